"""Commands over sources and evidence: add, extract, evidence, sources, search, demo."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from trendbeeld import pipeline
from trendbeeld.cli import cli, fail, show_error, show_warning
from trendbeeld.cli._options import access_option, actor_option, db_option
from trendbeeld.cli._progress import steps
from trendbeeld.errors import ConfigError, TrendbeeldError
from trendbeeld.labels import count, label
from trendbeeld.model import AccessLevel, EvidenceKind, SourceMeta, SourceType
from trendbeeld.records import to_record
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import open_store
from trendbeeld.store import search as search_store
from trendbeeld.store import sources as source_store

KIND_CHOICES = click.Choice([k.value for k in EvidenceKind])
F = TypeVar("F", bound=Callable[..., Any])


def _meta_options(func: F) -> F:
    options = [
        click.option("--type", "type_", type=click.Choice([t.value for t in SourceType]),
                     help="Soort bron (standaard: afgeleid uit het bestand of het manifest)."),
        click.option("--title", help="Titel van de bron."),
        click.option("--publisher", help="Uitgever, bijvoorbeeld CBS of WODC."),
        click.option("--date", "date_", type=click.DateTime(["%Y-%m-%d"]), help="Datum (JJJJ-MM-DD)."),
        click.option("--url", help="Vindplaats van de bron."),
        click.option("--region", help="Regio waar de bron over gaat."),
        click.option("--access", type=click.Choice([a.value for a in AccessLevel]),
                     help="Toegangsniveau: openbaar, intern of vertrouwelijk (standaard openbaar)."),
        click.option("--encoding", help="Tekencodering van tekstbestanden, bijvoorbeeld cp1252."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _meta(type_: str | None, title: str | None, publisher: str | None, date_: object, url: str | None,
          region: str | None, access: str | None) -> SourceMeta | None:
    """Metadata given on the command line; None where nothing was given."""
    given: dict[str, Any] = {
        "type": SourceType(type_) if type_ else None,
        "title": title,
        "publisher": publisher,
        "date": date_.date() if date_ is not None else None,  # type: ignore[attr-defined]
        "url": url,
        "region": region,
        "access": AccessLevel(access) if access else None,
    }
    chosen = {k: v for k, v in given.items() if v is not None}
    return dataclasses.replace(SourceMeta(), **chosen) if chosen else None


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_meta_options
@click.option("--loosen-access", is_flag=True,
              help="Sta toe dat een opgeslagen bron een ruimer toegangsniveau krijgt (bijvoorbeeld van "
                   "intern naar openbaar). Zonder deze optie blijft het strengere niveau staan.")
@click.option("--follow-links", is_flag=True,
              help="Volg in mappen ook symbolische links naar bestanden buiten de map.")
@click.option("--max-seconds", type=click.FloatRange(min=0), default=pipeline.DEFAULT_MAX_SECONDS,
              show_default=True, help="Hoogstens zoveel seconden om één bron te lezen en te verwerken; "
                                      "een bron die langer duurt wordt afgebroken en gemeld (0: geen grens).")
@click.option("--max-mb", type=click.FloatRange(min=0), default=pipeline.DEFAULT_MAX_MB,
              show_default=True, help="Grotere bestanden worden niet gelezen maar gemeld (0: geen grens).")
@actor_option
@db_option
def add(paths: tuple[str, ...], type_: str | None, title: str | None, publisher: str | None,
        date_: object, url: str | None, region: str | None, access: str | None, encoding: str | None,
        loosen_access: bool, follow_links: bool, max_seconds: float, max_mb: float, actor: str,
        db: str) -> None:
    """Voeg bronnen toe: bestanden, mappen (met manifest) of feed-URL's.

    Leest PDF, HTML, DOCX, tekst en Markdown, interviewverslagen, RSS/Atom en nieuws-CSV's,
    haalt er bewijs uit en slaat elke bron in één transactie op. Een bestand dat niet lukt
    wordt gemeld; de rest gaat door. Exitstatus 1 als er iets misging.

    Een bron die al is opgeslagen krijgt met --access een strenger toegangsniveau; een ruimer
    niveau alleen met --loosen-access. Elke wijziging komt met naam en tijd in het besluitenlog.

    Een bron die langer duurt dan --max-seconds of uit een bestand groter dan --max-mb komt,
    wordt afgebroken en gemeld; de andere gaan door.
    """
    try:
        store = open_store(db)
    except TrendbeeldError as exc:
        fail(exc)
    meta = _meta(type_, title, publisher, date_, url, region, access)
    with steps() as progress:
        progress.add("Bestanden", _count_targets(paths, meta))
        progress.add("Bronnen opgeslagen")
        report = pipeline.ingest(
            store, paths, meta=meta, encoding=encoding,
            progress=lambda target: progress.advance("Bestanden", detail=Path(target).name),
            saved=lambda n: progress.advance("Bronnen opgeslagen", n),
            loosen_access=loosen_access, actor=actor, follow_links=follow_links,
            budget=pipeline.Budget(seconds=max_seconds or None, megabytes=max_mb or None),
        )
    _print_report(report)
    if report.failed:
        sys.exit(1)


def _count_targets(paths: tuple[str, ...], meta: SourceMeta | None) -> int:
    """How many files and URLs ``paths`` expand to, for the progress bar."""
    from trendbeeld import sources

    total = 0
    for path in paths:
        try:
            total += len(sources.discover([path], meta=meta))
        except TrendbeeldError:
            total += 1  # ingest reports it
    return max(total, 1)


def _print_report(report: pipeline.IngestReport) -> None:
    for error in report.errors:
        show_error(error)
    for origin, level in report.access_changed:
        click.echo(f"toegang: {origin} is nu {level.value}", err=True)
    for origin, level in report.looser_refused:
        show_warning(f"{origin} blijft {level.value}; een ruimer toegangsniveau vraagt --loosen-access")
    counts = ", ".join(f"{n} {outcome.value}" for outcome, n in report.outcomes.items())
    click.echo(f"Samenvatting: {counts}; {report.evidence} bewijsstukken opgeslagen; "
               f"{len(report.errors)} mislukt.")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "format_", type=click.Choice(["jsonl", "text"]), default="text",
              show_default=True, help="Uitvoer: JSON Lines (één item per regel) of leesbare tekst.")
@click.option("--kind", "kinds", type=KIND_CHOICES, multiple=True, help="Alleen deze soort(en) bewijs.")
@click.option("--taxonomy", help="Geef hoofdstukken (section) een thema uit deze taxonomie.")
@_meta_options
def extract(paths: tuple[str, ...], format_: str, kinds: tuple[str, ...], taxonomy: str | None,
            type_: str | None, title: str | None, publisher: str | None, date_: object, url: str | None,
            region: str | None, access: str | None, encoding: str | None) -> None:
    """Haal bewijs uit bestanden en druk het af, zonder database.

    Met --format jsonl komt elk cijfer, elke trenduitspraak, elk citaat, elke kop en elk
    hoofdstuk als één JSON-object per regel op standaarduitvoer, met begin- en eindpositie in
    de tekst. Hoofdstukken krijgen alleen met --taxonomy een thema.
    """
    from trendbeeld import sources

    meta = _meta(type_, title, publisher, date_, url, region, access)
    failed = 0
    for target, target_meta in sources.discover(list(paths), meta=meta):
        try:
            for source, items in pipeline.read_and_extract(target, target_meta, encoding=encoding):
                found = [*items, *pipeline.sections(source, taxonomy)]  # without a taxonomy: theme null
                for item in found:
                    if kinds and item.kind.value not in kinds:
                        continue
                    _echo_item(to_record(item), format_)
        except TrendbeeldError as exc:
            failed += 1
            show_error(exc)
    if failed:
        click.echo(f"{count(failed, 'bestand', 'bestanden')} mislukt.", err=True)
        sys.exit(1)


def _echo_item(record: dict[str, object], format_: str) -> None:
    if format_ == "jsonl":
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    where = f"p. {record['page']}, " if record.get("page") else ""
    click.echo(f"[{label(EvidenceKind(str(record['kind'])))}] {where}{record['start']}–{record['end']}: "
               f"{record['evidence']!s}".replace("\n", " "))


@cli.command()
@click.option("--kind", "kinds", type=KIND_CHOICES, multiple=True, help="Alleen deze soort(en) bewijs.")
@click.option("--source", "source_ids", multiple=True, help="Alleen bewijs uit deze bron(nen) (id).")
@click.option("--format", "format_", type=click.Choice(["jsonl", "text"]), default="text", show_default=True,
              help="Uitvoer: JSON Lines of leesbare tekst.")
@click.option("--limit", type=int, default=None, help="Hoogstens zoveel items.")
@click.option("--theme", help="Alleen bewijs bij dit thema (sleutel), volgens de laatste `themes assign`.")
@click.option("--taxonomy", default="nationaal", show_default=True, help="Taxonomie van --theme.")
@access_option
@db_option
def evidence(kinds: tuple[str, ...], source_ids: tuple[str, ...], format_: str, limit: int | None,
             theme: str | None, taxonomy: str, access: str, db: str) -> None:
    """Toon het opgeslagen bewijs, te filteren op soort, bron en thema."""
    try:
        store = open_store(db)
        items = evidence_store.list_evidence(store, access=AccessLevel(access),
                                             kinds=[EvidenceKind(k) for k in kinds] or None,
                                             source_ids=list(source_ids) or None,
                                             limit=None if theme else limit)
        if theme:
            from trendbeeld.themes import load_taxonomy
            from trendbeeld.themes.filtering import of_theme

            items = of_theme(store, items, theme, taxonomy=load_taxonomy(taxonomy))[:limit]
    except TrendbeeldError as exc:
        fail(exc)
    for item in items:
        _echo_item(to_record(item), format_)


@cli.command(name="sources")
@access_option
@db_option
def list_sources(access: str, db: str) -> None:
    """Toon de opgeslagen bronnen met hun metadata en aantal bewijsstukken."""
    try:
        rows = source_store.list_sources(open_store(db), access=AccessLevel(access))
    except TrendbeeldError as exc:
        fail(exc)
    for row in rows:
        when = row.meta.date.isoformat() if isinstance(row.meta.date, date) else "zonder datum"
        click.echo(f"{row.id}  {row.meta.type.value:<11} {row.meta.access.value:<13} {when}  "
                   f"{row.meta.title or row.origin}  ({row.n_evidence} bewijsstukken)")


@cli.command()
@click.argument("query")
@click.option("--limit", type=int, default=search_store.DEFAULT_LIMIT, show_default=True,
              help="Hoogstens zoveel passages.")
@access_option
@db_option
def search(query: str, limit: int, access: str, db: str) -> None:
    """Zoek in de tekst van alle bronnen (met Nederlandse woordstammen)."""
    try:
        hits = search_store.search(open_store(db), query, access=AccessLevel(access), limit=limit)
    except TrendbeeldError as exc:
        fail(exc)
    if not hits:
        click.echo("Niets gevonden.")
    for hit in hits:
        where = f", pagina {hit.page}" if hit.page else ""
        snippet = " ".join(hit.text.split())[:200]
        click.echo(f"{hit.title or hit.source_id}{where} [{hit.start}–{hit.end}]\n  {snippet}")


@cli.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("out/demo"), show_default=True,
              help="Map voor de demo-database en de editie.")
@click.option("--pdf/--geen-pdf", "with_pdf", default=True, show_default=True,
              help="Ook de PDF-brochure maken.")
def demo(out: Path, with_pdf: bool) -> None:
    """Doorloop het hele proces op het meegeleverde demo-corpus en publiceer de demo-editie.

    Leest de bronnen in, importeert de statistiek, wijst bewijs toe aan thema's, clustert
    kandidaat-trends, stelt verbanden voor de routekaart voor en bouwt website en PDF.
    """
    from trendbeeld.demo import run as run_demo

    result = run_demo(out, with_pdf=with_pdf, step=lambda name: click.echo(name, err=True),
                      progress=lambda t: click.echo(f"  {Path(t).name}", err=True))
    _print_report(result.ingest)
    click.echo(f"Indicatoren: {sum(r.n_series for r in result.imports)} reeksen uit "
               f"{len(result.imports)} bestanden.")
    analysis = result.analysis
    click.echo(f"Thema's: {analysis.themed} bewijsstukken toegewezen; kandidaat-trends: "
               f"{analysis.trends.candidates}; voorgestelde verbanden: {analysis.links}.")
    store = open_store(str(result.database))
    counts = evidence_store.count_by_kind(store, access=AccessLevel.CONFIDENTIAL)
    store.close()
    click.echo("Bewijs in de database: " + ", ".join(
        f"{n} × {label(EvidenceKind(kind))}" for kind, n in sorted(counts.items())))
    click.echo(f"Database: {result.database}")
    click.echo(f"Website: {result.edition.site / 'index.html'}")
    if result.edition.pdf:
        click.echo(f"PDF: {result.edition.pdf}")
    report = result.ingest
    if report.failed:
        sys.exit(1)


KIND_NAMES = {"figure": "cijfers", "trend": "trenduitspraken", "quote": "citaten", "headline": "koppen",
              "section": "hoofdstukken"}
ATTRIBUTE_NAMES = {"direction": "richting", "period": "periode", "region": "regio", "role": "functie",
                   "organisation": "organisatie", "outlet": "medium", "date": "datum", "impact": "impact",
                   "theme": "thema"}
COLUMNS = ("goud", "voorspeld", "terecht", "precisie", "dekking", "F1", "dekking kern")


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--source", "source_paths", multiple=True, required=True, type=click.Path(path_type=Path),
              help="Het bronbestand bij elk goudbestand, in dezelfde volgorde (herhaal de optie).")
@click.option("--taxonomy", help="Geef hoofdstukken een thema uit deze taxonomie (voor de thema-score).")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als één JSON-object, voor programma's.")
@click.option("--encoding", help="Tekencodering van tekstbestanden, bijvoorbeeld cp1252.")
@click.option("--details", is_flag=True, help="Toon ook de gemiste gouditems en de onterechte uitvoer.")
def evaluate(gold: tuple[Path, ...], source_paths: tuple[Path, ...], taxonomy: str | None, as_json: bool,
             encoding: str | None, details: bool) -> None:
    """Meet hoe goed de extractie werkt op eigen, met de hand geannoteerde documenten.

    Elk GOUD-bestand is een JSON Lines-bestand met de items die een analist in een bron vond,
    in de velden van `extract --format jsonl`; de bron erbij volgt met --source, in dezelfde
    volgorde. Per document en gemiddeld over de documenten (macro) komt per soort bewijs: hoeveel
    items in het goud staan, hoeveel de extractie vond, hoeveel daarvan terecht zijn, precisie,
    dekking (recall), F1 en de dekking van de kernitems (zonder 'hard'), en op de terechte items
    hoe vaak richting, periode, regio en andere kenmerken kloppen. Met --details ook welke
    gouditems gemist zijn en welke uitvoer onterecht is.
    """
    from trendbeeld import evaluate as scoring

    if len(gold) != len(source_paths):
        fail(ConfigError(f"{count(len(gold), 'goudbestand', 'goudbestanden')} maar "
                         f"{count(len(source_paths), 'bron', 'bronnen')}",
                         hint="Geef na --source bij elk goudbestand één bron, in dezelfde volgorde"))
    documents: list[tuple[Path, scoring.Scores]] = []
    for gold_path, source_path in zip(gold, source_paths, strict=True):
        try:
            documents.append((gold_path, scoring.evaluate_file(gold_path, source_path, taxonomy=taxonomy,
                                                               encoding=encoding)))
        except TrendbeeldError as exc:
            fail(exc)
    average = scoring.macro([scores for _, scores in documents])
    if as_json:
        rows = [{"gold": str(path), "source": str(source), **scores.as_dict(),
                 **({"missed": scores.missed, "unmatched": scores.unmatched} if details else {})}
                for (path, scores), source in zip(documents, source_paths, strict=True)]
        click.echo(json.dumps({"documents": rows, "macro": average.as_dict()}, ensure_ascii=False, indent=2))
        return
    for path, scores in documents:
        click.echo(f"Document {path.name}")
        _print_scores({kind: score.as_dict() for kind, score in scores.kinds.items()},
                      {kind: {name: a.accuracy for name, a in attrs.items()}
                       for kind, attrs in scores.attributes.items()})
        if details:
            _print_details(scores)
        click.echo("")
    click.echo(f"Gemiddelde over {count(average.documents, 'document', 'documenten')} (macro)")
    _print_scores(average.kinds, average.attributes)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def _print_details(scores: Any) -> None:
    """The gold items the extraction missed and its output that matched no gold item, per kind."""
    for kind, name in KIND_NAMES.items():
        for heading, items in (("gemist", scores.missed[kind]), ("onterecht", scores.unmatched[kind])):
            for item in items:
                what = next((item[k] for k in ("title", "phenomenon", "speaker", "value") if k in item), "")
                evidence = " ".join(str(item.get("evidence") or "").split())[:80]
                click.echo(f"  {heading} ({name}): {what}" + (f" | {evidence}" if evidence else ""))


def _print_scores(kinds: dict[str, dict[str, Any]], attributes: dict[str, dict[str, float | None]]) -> None:
    """A table with a row per kind, then the accuracy of attributes of matched items."""
    keys = ("gold", "pred", "matched", "precision", "recall", "f1", "recall_core")
    click.echo(f"  {'soort':<16}" + "".join(f"{name:>13}" for name in COLUMNS))
    for kind, values in kinds.items():
        present = values.get("gold") or values.get("pred")  # otherwise the scores say nothing
        cells = [_cell(values.get(key)) if present or key in keys[:3] else "-" for key in keys]
        click.echo(f"  {KIND_NAMES[kind]:<16}" + "".join(f"{cell:>13}" for cell in cells))
    for kind, attrs in attributes.items():
        if all(value is None for value in attrs.values()):
            continue
        parts = [f"{ATTRIBUTE_NAMES[name]} {_cell(value)}" for name, value in attrs.items()]
        click.echo(f"  terechte {KIND_NAMES[kind]}: " + ", ".join(parts))
