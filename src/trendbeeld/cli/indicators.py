"""``trendbeeld indicators``: import statistics, list and show series, assess trends."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from trendbeeld.cli import cli, command_store, fail, show_error, show_warning
from trendbeeld.cli._options import access_option, db_option
from trendbeeld.errors import NotFound, TrendbeeldError
from trendbeeld.labels import label, number
from trendbeeld.model import RegionLevel, SeriesVerdict

if TYPE_CHECKING:
    from trendbeeld.indicators.compare import RegionComparison

RANKED_LEVELS = [level.value for level in RegionLevel if level is not RegionLevel.COUNTRY]


def _verdict_line(verdict: SeriesVerdict) -> str:
    """One readable Dutch line per series: ``misdrijven — GM0599 (2015–2020, n=6): stijgend, …``."""
    parts = [label(verdict.direction)]
    if verdict.slope_per_period is not None:
        parts.append(f"helling {number(verdict.slope_per_period, decimals=2)} per periode")
    if verdict.p_value is not None:
        shown = "< 0,001" if verdict.p_value < 0.001 else f"= {number(verdict.p_value, decimals=3)}"
        parts.append(f"p {shown}")
    if verdict.yoy_pct is not None:
        parts.append(f"t.o.v. vorige periode {number(verdict.yoy_pct, decimals=1)}%")
    if verdict.change_pct is not None:
        parts.append(f"over de hele reeks {number(verdict.change_pct, decimals=1)}%")
    if verdict.change_point is not None:
        parts.append(f"trendbreuk in {verdict.change_point}")
    if verdict.seasonal:
        parts.append("seizoensgetoetst")
    from trendbeeld.indicators import regions

    name = regions.name_of(verdict.region)
    where = verdict.region if name == verdict.region else f"{name} ({verdict.region})"
    return (f"{verdict.indicator} — {where} ({verdict.first_period}–{verdict.last_period}, "
            f"n={verdict.n}): " + ", ".join(parts))


@cli.group()
def indicators() -> None:
    """Statistiek als tijdreeksen: importeren, bekijken en toetsen.

    Leest CSV en XLSX zoals StatLine en de politie ze publiceren, en StatLine-tabellen via de
    OData-API. Elke reeks krijgt een getoetst oordeel: stijgend, dalend, stabiel of te weinig gegevens.
    """


@indicators.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--access", type=click.Choice(["openbaar", "intern", "vertrouwelijk"]), default="openbaar",
              show_default=True, help="Toegangsniveau van deze cijfers.")
@db_option
def import_command(files: tuple[Path, ...], access: str, db: str) -> None:
    """Importeer statistiekbestanden (CSV/XLSX); gaat door na een fout bestand.

    Een bestand met een fout wordt in zijn geheel overgeslagen. De exitcode is 1 als er een mislukte.
    """
    from trendbeeld.indicators import import_file

    store = command_store(db)
    failed = 0
    series = observations = 0
    for path in files:
        try:
            report = import_file(store, path, access=access)
        except TrendbeeldError as exc:
            failed += 1
            show_error(exc)
            continue
        series += report.n_series
        observations += report.n_observations
        click.echo(report.summary())
        if report.unresolved_regions:
            shown = ", ".join(report.unresolved_regions[:5])
            click.echo(f"  {len(report.unresolved_regions)} regio's zonder bekende code, zoals: {shown}")
    ok = len(files) - failed
    click.echo(f"Klaar: {ok} van {len(files)} bestanden geïmporteerd ({series} reeksen, "
               f"{observations} waarnemingen); {failed} mislukt.")
    if failed:
        raise SystemExit(1)


@indicators.command("statline")
@click.argument("table_id")
@click.option("--filter", "filters", multiple=True, metavar="DIMENSIE=CODE[,CODE]",
              help="Alleen deze codes, bijvoorbeeld --filter RegioS=GM0344 --filter Perioden=2022JJ00.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None,
              help="Map voor de cache van StatLine-antwoorden (standaard ~/.cache/trendbeeld/statline).")
@click.option("--access", type=click.Choice(["openbaar", "intern", "vertrouwelijk"]), default="openbaar",
              show_default=True, help="Toegangsniveau van deze cijfers.")
@db_option
def statline_command(table_id: str, filters: tuple[str, ...], cache_dir: Path | None, access: str,
                     db: str) -> None:
    """Importeer een CBS StatLine-tabel (bijvoorbeeld 83648NED) via de OData-API."""
    from trendbeeld.indicators import import_statline

    parsed: dict[str, list[str]] = {}
    for item in filters:
        dimension, sep, codes = item.partition("=")
        if not sep or not codes:
            raise click.UsageError(f"filter '{item}' moet de vorm DIMENSIE=CODE hebben")
        parsed.setdefault(dimension.strip(), []).extend(c.strip() for c in codes.split(",") if c.strip())
    store = command_store(db)
    try:
        report = import_statline(store, table_id, filters=parsed or None, cache_dir=cache_dir, access=access)
    except TrendbeeldError as exc:
        fail(exc)
    click.echo(report.summary())


@indicators.command("list")
@access_option
@db_option
def list_command(access: str, db: str) -> None:
    """Toon de opgeslagen indicatoren met het aantal reeksen."""
    from trendbeeld.store.indicators import list_series

    counts: dict[str, int] = {}
    for s in list_series(command_store(db), access=access):
        counts[s.indicator] = counts.get(s.indicator, 0) + 1
    if not counts:
        click.echo("Nog geen indicatoren. Importeer cijfers met 'trendbeeld indicators import'.")
        return
    for name, n in sorted(counts.items()):
        click.echo(f"{name}  ({n} {'reeks' if n == 1 else 'reeksen'})")


@indicators.command("show")
@click.argument("indicator")
@click.option("--region", help="Regiocode (GM0344, RE03, PV26, NL01) of naam.")
@access_option
@db_option
def show_command(indicator: str, region: str | None, access: str, db: str) -> None:
    """Toon de reeksen van een indicator, met hun waarden per periode."""
    from trendbeeld.indicators import regions
    from trendbeeld.store.indicators import list_series

    code = (regions.resolve(region) or region) if region else None
    found = list_series(command_store(db), indicator=indicator, region=code, access=access)
    if not found:
        fail(NotFound(f"geen reeksen gevonden voor '{indicator}'" + (f" in {region}" if region else ""),
                      hint="Zie 'trendbeeld indicators list' voor de namen"))
    for s in found:
        unit = f" [{s.unit}]" if s.unit else ""
        click.echo(f"{s.indicator} — {regions.name_of(s.region)} ({s.region}){unit}, bron: {s.source or '?'}")
        for o in s.observations:
            click.echo(f"  {o.period}: {number(o.value)}{' (voorlopig)' if o.provisional else ''}")


@indicators.command("assess")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True,
              help="json: een lijst met één object per reeks; table: leesbaar overzicht.")
def assess_command(file: Path, fmt: str) -> None:
    """Toets elke reeks in een CSV (indicator,region,period,value): stijgend, dalend of stabiel."""
    from trendbeeld.indicators.reading import read_table
    from trendbeeld.indicators.verdicts import assess, to_record

    try:
        verdicts = [assess(s) for s in read_table(file)]
    except TrendbeeldError as exc:
        fail(exc)
    if fmt == "json":
        records: list[dict[str, Any]] = [to_record(v) for v in verdicts]
        click.echo(json.dumps(records, ensure_ascii=False))
        return
    for verdict in verdicts:
        click.echo(_verdict_line(verdict))


@indicators.command("compare")
@click.argument("indicator")
@click.option("--region", required=True, help="Regiocode (GM0599, RE03, PV28) of naam, zoals Rotterdam.")
@access_option
@db_option
def compare_command(indicator: str, region: str, access: str, db: str) -> None:
    """Vergelijk een regio met Nederland: index (Nederland = 100) per periode en groeiverschil."""
    from trendbeeld.indicators import compare_region, regions

    try:
        found = compare_region(command_store(db), indicator, region, access=access)
    except TrendbeeldError as exc:
        fail(exc)
    result = found.comparison
    click.echo(f"{indicator} — {regions.name_of(result.region)} ({result.region}) tegen Nederland, "
               f"{result.first_period}–{result.last_period}")
    if found.counts:
        show_warning("dit zijn absolute aantallen. De index zegt dan vooral iets over de grootte van de "
                     "regio, niet over hoe vaak iets voorkomt.")
    for period, value in result.index:
        click.echo(f"  {period}: index {number(value, decimals=1)}")
    _growth_line(result)
    if not found.counts:
        return
    if found.rates is None:
        show_warning(f"het inwonertal van {regions.name_of(result.region)} is niet bekend: vergelijk liever "
                     "een cijfer per 1.000 inwoners.")
        return
    click.echo("Per 1.000 inwoners (inwonertal 1 januari 2022), index Nederland = 100:")
    for period, value in found.rates.index:
        click.echo(f"  {period}: index {number(value, decimals=1)}")


def _growth_line(result: RegionComparison) -> None:
    region, national, gap = result.region_growth_pct, result.national_growth_pct, result.growth_gap_pp
    if region is not None and national is not None and gap is not None:
        click.echo(f"Groei: regio {number(region, decimals=1)}%, Nederland "
                   f"{number(national, decimals=1)}%, verschil {number(gap, decimals=1)} procentpunt.")


@indicators.command("rank")
@click.argument("indicator")
@click.option("--period", help="Periode, bijvoorbeeld 2023 (standaard: de laatste van elke reeks).")
@click.option("--level", type=click.Choice(RANKED_LEVELS),
              default="gemeente", show_default=True, help="Welke regio's tegen elkaar.")
@click.option("--per-1000", "per_1000", is_flag=True, help="Per 1.000 inwoners (CBS, 1 januari 2022).")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Aantal regels.")
@click.option("--ascending", is_flag=True, help="Laagste eerst.")
@access_option
@db_option
def rank_command(indicator: str, period: str | None, level: str, per_1000: bool, top: int, ascending: bool,
                 access: str, db: str) -> None:
    """Rangorde van regio's op een indicator, bijvoorbeeld gemeenten met de meeste misdrijven."""
    from trendbeeld.indicators import rank_regions, regions

    try:
        rows = rank_regions(command_store(db), indicator, access=access, level=RegionLevel(level),
                            period=period, per_1000=per_1000, descending=not ascending)
    except TrendbeeldError as exc:
        fail(exc)
    unit = " per 1.000 inwoners" if per_1000 else ""
    for row in rows[:top]:
        tie = " (gedeeld)" if row.tied else ""
        click.echo(f"{row.rank:>3}. {regions.name_of(row.region)} ({row.region}): "
                   f"{number(row.value)}{unit}{tie}")


@indicators.command("check")
@click.option("--pairs", "pairs_file", type=click.Path(path_type=Path),
              help="YAML met paren registratie/enquête per verschijnsel (zie docs/indicators.md).")
@click.option("--region", help="Alleen deze regio (code of naam).")
@click.option("--claims/--no-claims", default=True, show_default=True,
              help="Ook de uitspraken in de bronnen over stijging en daling toetsen aan de cijfers.")
@access_option
@db_option
def check_command(pairs_file: Path | None, region: str | None, claims: bool, access: str, db: str) -> None:
    """Zoek tegenstrijdigheden: registratie tegen enquête, en wat de tekst zegt tegen de cijfers.

    Een paar met verschillende richtingen krijgt 'geen eenduidig beeld'; een uitspraak die de
    cijfers niet steunen wordt gemeld als 'tegengesproken' of 'niet bevestigd'.
    """
    from trendbeeld.indicators import find_contradictions, regions

    try:
        found = find_contradictions(command_store(db), access=access, pairs=pairs_file, region=region,
                                    claims=claims)
    except TrendbeeldError as exc:
        fail(exc)
    for pair in found.pairs:
        click.echo(f"{regions.name_of(pair.region)}: {pair.note}")
    for claim in found.claims:
        click.echo(f"[{claim.status}] “{claim.text}” — {claim.note}")
    click.echo(f"{found.flagged} tegenstrijdigheden gevonden.")
