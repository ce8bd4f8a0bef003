"""Commands over editions: publish (site and PDF) and compare."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from trendbeeld.cli import cli, fail, show_warning
from trendbeeld.cli._options import db_option
from trendbeeld.errors import TrendbeeldError
from trendbeeld.model import AccessLevel, EditionSpec
from trendbeeld.store import open_store

OUT_DEFAULT = Path("out")


def _theme_list(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--themes a,b --themes c`` → ``("a", "b", "c")``."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@cli.command()
@click.option("--edition", "name", required=True, help="Naam van de editie; ook de mapnaam onder --out.")
@click.option("--audience", help="Doelgroep (organisatie) voor wie de editie is, bijvoorbeeld een gemeente.")
@click.option(
    "--region", help="Regio (naam of code, bijvoorbeeld Rotterdam of GM0599): kerncijfers voor die regio."
)
@click.option(
    "--themes",
    "themes",
    multiple=True,
    help="Alleen deze thema's (sleutels of namen, komma-gescheiden of de optie herhalen).",
)
@click.option(
    "--access",
    type=click.Choice([a.value for a in AccessLevel]),
    default=AccessLevel.PUBLIC.value,
    show_default=True,
    help="Toegangsniveau: een openbare editie bevat niets uit interne bronnen.",
)
@click.option("--taxonomy", help="Taxonomie (naam of YAML-bestand); standaard nationaal.")
@click.option(
    "--intro",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Markdown-bestand met titel, ondertitel (front matter) en inleiding.",
)
@click.option(
    "--previous",
    type=click.Path(path_type=Path),
    help="Map van een eerdere editie met hetzelfde of een lager toegangsniveau (volgens haar editie.json): "
    "voegt de pagina 'Wat is er veranderd' toe.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=OUT_DEFAULT,
    show_default=True,
    help="Map waaronder de editie komt (OUT/NAAM/site en OUT/NAAM/NAAM.pdf).",
)
@click.option(
    "--pdf/--no-pdf", "with_pdf", default=True, show_default=True, help="Ook de PDF-brochure maken."
)
@click.option(
    "--concept",
    is_flag=True,
    help="Bouw ook als de editie nog niet af is (voorbeeldinleiding, lege trendkaders); elke pagina "
    "zegt dan 'Concept'. Een interne concepteditie toont ook de kandidaat-trends.",
)
@click.option(
    "--key-figures",
    "--kerncijfers",
    "key_figures",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="YAML-bestand dat indicatoren aan thema's koppelt (thema:) of weglaat (uitsluiten:).",
)
@db_option
def publish(
    name: str,
    audience: str | None,
    region: str | None,
    themes: tuple[str, ...],
    access: str,
    taxonomy: str | None,
    intro: Path | None,
    previous: Path | None,
    out: Path,
    with_pdf: bool,
    concept: bool,
    key_figures: Path | None,
    db: str,
) -> None:
    """Bouw een editie: een toegankelijke website en een PDF-brochure.

    De website komt in OUT/NAAM/site/ (open index.html, werkt ook zonder internet), de brochure
    in OUT/NAAM/NAAM.pdf. Dezelfde database en opties geven dezelfde bestanden en editie-hash.
    """
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from trendbeeld.publish import build
    from trendbeeld.publish.edition import check_name

    try:
        check_name(name)  # before anything is opened or written
    except TrendbeeldError as exc:
        fail(exc)
    spec = EditionSpec(
        name=name,
        access=AccessLevel(access),
        audience=audience,
        region=region,
        themes=_theme_list(themes),
        taxonomy=taxonomy,
        intro=str(intro) if intro else None,
    )
    console = Console(stderr=True)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("stappen ·"),
        TimeElapsedColumn(),
        TextColumn("· nog ongeveer"),
        TimeRemainingColumn(),
    )
    # The bar only on a terminal: piped or captured output stays exactly the messages.
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("Editie bouwen", total=None)

        def progress(what: str, done: int, total: int) -> None:
            bar.update(task, description=f"Editie bouwen: {what}", completed=done, total=total)

        try:
            result = build(
                open_store(db),
                spec,
                out / name,
                with_pdf=with_pdf,
                previous=previous,
                concept=concept,
                key_figures=key_figures,
                progress=progress,
            )
        except TrendbeeldError as exc:
            bar.stop()
            fail(exc)
    for warning in result.warnings:
        show_warning(warning)
    if concept:
        show_warning("dit is een concept; elke pagina zegt dat")
    click.echo(f"Website: {result.index} ({result.pages} pagina's)")
    if result.pdf:
        click.echo(f"PDF: {result.pdf}")
    click.echo(f"Editie-hash: {result.hash}")


@cli.command()
@click.argument("before")
@click.argument("after")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=OUT_DEFAULT,
    show_default=True,
    help="Map met de edities (voor namen in plaats van paden).",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Uitvoer: leesbare tekst of JSON.",
)
def compare(before: str, after: str, out: Path, format_: str) -> None:
    """Vergelijk twee edities: nieuwe, doorlopende, sterkere, zwakkere en vervallen trends.

    BEFORE en AFTER zijn editienamen (onder --out) of mappen van gebouwde edities. Toont ook
    gewijzigde kerncijfers en nieuwe en vervallen bronnen.
    """
    from trendbeeld.publish import compare as compare_editions

    def where(value: str) -> Path:
        path = Path(value)
        return path if path.exists() else out / value

    try:
        comparison = compare_editions(where(before), where(after))
    except TrendbeeldError as exc:
        fail(exc)
    if format_ == "json":
        click.echo(json.dumps(asdict(comparison), ensure_ascii=False, indent=1))
    else:
        click.echo(comparison.to_text())
