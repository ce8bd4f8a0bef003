"""``trendbeeld themes``: taxonomies, theme assignment of stored evidence, analysts' corrections."""

from __future__ import annotations

import json
from collections import Counter

import click

from trendbeeld import themes
from trendbeeld.cli import cli, fail
from trendbeeld.cli._options import access_option, actor_option, db_option, load_taxonomy, taxonomy_option
from trendbeeld.errors import TrendbeeldError
from trendbeeld.model import AccessLevel
from trendbeeld.store import open_store
from trendbeeld.store import themes as theme_store


@cli.group("themes")
def themes_group() -> None:
    """Thema's: taxonomieën, toewijzing van bewijs aan thema's en correcties door analisten."""


@themes_group.command("list")
@taxonomy_option
def list_themes(taxonomy: str) -> None:
    """Toon de thema's en subthema's van een taxonomie."""
    loaded = load_taxonomy(taxonomy)
    click.echo(f"{loaded.title} ({loaded.name})")
    for theme in loaded.themes:
        indent = "    " if theme.parent else "  "
        impact = f" [{theme.impact.value}]" if theme.impact and not theme.parent else ""
        click.echo(f"{indent}{theme.key}: {theme.name}{impact}")


@themes_group.command("check")
@click.argument("path", type=click.Path(dir_okay=False))
def check(path: str) -> None:
    """Controleer een eigen taxonomie (YAML) en meld wat er niet klopt."""
    loaded = load_taxonomy(path)
    tops = sum(1 for t in loaded.themes if not t.parent)
    click.echo(f"In orde: '{loaded.name}' met {tops} thema's en {len(loaded.themes) - tops} subthema's.")


@themes_group.command("assign")
@taxonomy_option
@access_option
@db_option
def assign(taxonomy: str, access: str, db: str) -> None:
    """Wijs nieuw of gewijzigd bewijs toe aan thema's (correcties van analisten gaan voor).

    Alleen bewijs zonder geldige toewijzing wordt berekend; na een gewijzigde taxonomie of een nieuwe
    correctie wordt alles opnieuw toegewezen. Toewijzingen van ander bewijs blijven staan.
    """
    from trendbeeld.cli._progress import progress
    from trendbeeld.themes.assign import run

    loaded = load_taxonomy(taxonomy)
    store = open_store(db)
    try:
        with progress("Thema's toewijzen") as report:
            ranked, done = run(store, loaded, access=AccessLevel(access), progress=report)
    except TrendbeeldError as exc:
        fail(exc)
    finally:
        store.close()
    counts = Counter(themes.top_level(loaded, c[0][0]) for c in ranked.values() if c)
    for theme in loaded.themes:
        if not theme.parent:
            click.echo(f"  {theme.name}: {counts.get(theme, 0)}")
    click.echo(
        f"Samenvatting: {len(ranked)} bewijsstukken toegewezen ({done.computed} nu berekend, "
        f"{done.kept} ongewijzigd), {sum(1 for c in ranked.values() if not c)} zonder thema."
    )


@themes_group.command("show")
@click.argument("evidence_id")
@taxonomy_option
@click.option("--format", "format_", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
def show(evidence_id: str, taxonomy: str, format_: str, db: str) -> None:
    """Toon de thema's (met scores) van één bewijsstuk, zoals laatst toegewezen."""
    loaded = load_taxonomy(taxonomy)
    store = open_store(db)
    try:
        choices = theme_store.stored_assignment(store, loaded.name).get(evidence_id, [])
        correction = theme_store.corrections(store, loaded.name).get(evidence_id)
    finally:
        store.close()
    if format_ == "json":
        click.echo(
            json.dumps(
                {
                    "evidence": evidence_id,
                    "themes": choices,
                    "correction": correction.theme if correction else None,
                },
                ensure_ascii=False,
            )
        )
        return
    if not choices:
        click.echo("Nog geen thema's: voer eerst `trendbeeld themes assign` uit.")
    for key, score in choices:
        click.echo(f"  {key}: {score:.2f}")
    if correction:
        click.echo(
            f"Gecorrigeerd naar {correction.theme} door {correction.actor} op {correction.at:%d-%m-%Y}."
        )


@themes_group.command("correct")
@click.argument("evidence_id")
@click.argument("theme")
@taxonomy_option
@actor_option
@db_option
def correct(evidence_id: str, theme: str, taxonomy: str, actor: str, db: str) -> None:
    """Leg vast dat een bewijsstuk bij THEME hoort; dit gaat voor en leert de toewijzing bij."""
    loaded = load_taxonomy(taxonomy)
    store = open_store(db)
    try:
        themes.correct(store, evidence_id, theme, taxonomy=loaded, actor=actor)
    except TrendbeeldError as exc:
        fail(exc)
    finally:
        store.close()
    click.echo(f"Vastgelegd: {evidence_id} → {theme} (door {actor}).")
