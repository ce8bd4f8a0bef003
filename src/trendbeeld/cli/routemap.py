"""``trendbeeld routekaart``: suggest, confirm, add and remove links; export the route map."""

from __future__ import annotations

from pathlib import Path

import click

from trendbeeld.cli import cli, command_store, run_or_fail
from trendbeeld.cli._options import access_option, actor_option, db_option, load_taxonomy
from trendbeeld.labels import count
from trendbeeld.model import AccessLevel, LinkType

TYPE_CHOICES = click.Choice([t.value for t in LinkType] + ["leidt tot", "hangt samen met"])



@cli.group()
def routekaart() -> None:
    """De routekaart: hoe trends en thema's elkaar versterken of tot elkaar leiden.

    Verbanden worden voorgesteld op grond van gedeeld bewijs, samen genoemd worden en
    inhoudelijke verwantschap, en door een analist bevestigd, toegevoegd of verwijderd.
    """


@routekaart.command("suggest")
@click.option(
    "--min-score", type=float, default=0.25, show_default=True, help="Laagste score van een voorstel."
)
@access_option
@db_option
def suggest_command(min_score: float, access: str, db: str) -> None:
    """Stel verbanden voor tussen trends (en hun thema's), elk met een score en toelichting."""
    from trendbeeld.routemap import link_label, suggest, titles

    store = command_store(db)
    links = run_or_fail(suggest, store, access=AccessLevel(access), min_score=min_score)
    names = titles(store, access=AccessLevel(access), taxonomy=load_taxonomy("nationaal"))
    for link in links:
        mark = "bevestigd" if link.confirmed else "voorstel"
        source, target = names.get(link.source, link.source), names.get(link.target, link.target)
        click.echo(
            f"{link.id}  [{mark}] {source} {link_label(link.type)} {target} "
            f"(score {link.score:.2f}): {link.rationale}"
        )
    click.echo(f"{count(len(links), 'verband', 'verbanden')}.")


@routekaart.command("confirm")
@click.argument("link_id")
@click.option("--type", "type_", type=TYPE_CHOICES, help="Ander soort verband dan voorgesteld.")
@click.option("--rationale", "--toelichting", "rationale", help="Eigen toelichting van één regel.")
@click.option(
    "--reading", "--lees", "reading", multiple=True, help="Leestip: bron-id of titel (herhaalbaar)."
)
@actor_option
@db_option
def confirm_command(
    link_id: str, type_: str | None, rationale: str | None, reading: tuple[str, ...], actor: str, db: str
) -> None:
    """Bevestig een voorgesteld verband."""
    from trendbeeld.routemap import confirm

    store = command_store(db)
    link = run_or_fail(
        confirm, store, link_id, actor=actor, type=type_, rationale=rationale, reading=list(reading) or None
    )
    click.echo(f"Verband {link.id} bevestigd door {actor}.")


@routekaart.command("add")
@click.argument("source")
@click.argument("target")
@click.option("--type", "type_", type=TYPE_CHOICES, required=True, help="Soort verband.")
@click.option("--rationale", "--toelichting", "rationale", required=True, help="Toelichting van één regel.")
@click.option(
    "--reading", "--lees", "reading", multiple=True, help="Leestip: bron-id of titel (herhaalbaar)."
)
@actor_option
@db_option
def add_command(
    source: str, target: str, type_: str, rationale: str, reading: tuple[str, ...], actor: str, db: str
) -> None:
    """Voeg een verband toe tussen twee trends of thema's (ids of themasleutels)."""
    from trendbeeld.routemap import add

    store = command_store(db)
    link = run_or_fail(add, store, source, target, type_, rationale=rationale, reading=reading, actor=actor)
    click.echo(f"Verband {link.id} toegevoegd.")


@routekaart.command("import")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@actor_option
@db_option
def import_command(file: Path, actor: str, db: str) -> None:
    """Voeg de verbanden uit een YAML-bestand toe.

    Het bestand heeft een lijst 'verbanden'; elk verband heeft van, naar, soort en toelichting, en
    eventueel lezen (titels of bron-ids). Elk verband wordt eerst gecontroleerd: bij één fout
    verband wordt niets toegevoegd.
    """
    from trendbeeld.routemap import import_links

    store = command_store(db)
    links = run_or_fail(import_links, store, file, actor=actor)
    click.echo(f"{count(len(links), 'verband', 'verbanden')} toegevoegd uit {file}.")


@routekaart.command("remove")
@click.argument("link_id")
@actor_option
@db_option
def remove_command(link_id: str, actor: str, db: str) -> None:
    """Verwijder een verband; het wordt niet opnieuw voorgesteld."""
    from trendbeeld.routemap import remove

    store = command_store(db)
    run_or_fail(remove, store, link_id, actor=actor)
    click.echo(f"Verband {link_id} verwijderd.")


@routekaart.command("export")
@click.option("--format", "format_", type=click.Choice(["json", "graphml", "dot", "svg"]), default="json",
              show_default=True, help="Uitvoerformaat.")  # fmt: skip
@click.option("--out", "--uit", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Schrijf naar dit bestand (standaard: standaarduitvoer).")  # fmt: skip
@click.option("--all", "--alles", "everything", is_flag=True, help="Ook onbevestigde voorstellen.")
@click.option(
    "--taxonomy", default="nationaal", show_default=True, help="Taxonomie voor de namen van thema's."
)
@access_option
@db_option
def export_command(
    format_: str, out: Path | None, everything: bool, taxonomy: str, access: str, db: str
) -> None:
    """Exporteer de routekaart als JSON, GraphML, DOT of SVG.

    Alleen verbanden waarvan beide uiteinden op dit toegangsniveau leesbaar zijn komen mee.
    """
    from trendbeeld import routemap

    store = command_store(db)
    names = routemap.titles(store, access=AccessLevel(access), taxonomy=load_taxonomy(taxonomy))
    shown = routemap.readable(routemap.load(store, confirmed_only=not everything), names)
    render = {
        "json": routemap.to_json,
        "graphml": routemap.to_graphml,
        "dot": routemap.to_dot,
        "svg": routemap.render_svg,
    }[format_]
    text = render(shown, names)
    if out is None:
        click.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    click.echo(f"Routekaart ({len(shown.links)} verbanden) geschreven naar {out}.", err=True)
