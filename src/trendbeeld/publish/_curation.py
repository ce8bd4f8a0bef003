"""The curation check: an edition that is not a concept must be one an analyst can put their name under.

It needs accepted trends, an introduction of its own (not the bundled example text) and, for every
theme it shows, a trend box that says what the developments mean for the organisation. Each missing
piece is named with what to write where; ``--concept`` builds anyway, marked as concept.
"""

from __future__ import annotations

from trendbeeld.errors import ConfigError
from trendbeeld.model import EditionSpec, Taxonomy
from trendbeeld.publish import _format, _regions
from trendbeeld.publish._view import ThemeView

PLACEHOLDERS = ("Pas deze tekst aan", "nog niet beschreven")


def problems(
    spec: EditionSpec, intro_html: str, themes: tuple[ThemeView, ...], taxonomy: Taxonomy
) -> list[str]:
    """What stops this edition from being published, each with what to do, in Dutch."""
    found = []
    text = _format.plain(intro_html)
    if not spec.intro:
        found.append(
            "De inleiding is de voorbeeldtekst van trendbeeld. Schrijf een eigen inleiding in een "
            "Markdown-bestand (met 'titel:' en 'ondertitel:' in de kop tussen '---'-regels) en geef het "
            "mee met --intro BESTAND."
        )
    elif any(marker.casefold() in text.casefold() for marker in PLACEHOLDERS):
        found.append(
            f"De inleiding ({spec.intro}) bevat nog voorbeeldtekst ('Pas deze tekst aan …'). "
            "Vervang die door een eigen tekst."
        )
    curated = [t for t in themes if any(tr.curated for tr in t.trends)]
    if not curated:
        found.append(
            "Er zijn nog geen aanvaarde trends. Bekijk de kandidaten met `trendbeeld trends list` en "
            "aanvaard wat klopt met `trendbeeld trends accept ID`."
        )
    organisation = spec.audience or "de organisatie"
    name = spec.taxonomy or taxonomy.name
    for theme in curated:
        if not theme.box.meaning or any(m in theme.box.meaning for m in PLACEHOLDERS):
            found.append(
                f"Thema ‘{theme.name}’: het trendkader mist ‘Betekenis voor {organisation}’. Schrijf het met "
                f"`trendbeeld trends boxes --taxonomy {name} --thema {theme.key} --laag betekenis "
                f"--tekst \"…\"`."
            )
    return found


def check(
    spec: EditionSpec,
    intro_html: str,
    themes: tuple[ThemeView, ...],
    taxonomy: Taxonomy,
    region: _regions.RegionRef | None = None,
) -> None:
    """Raise a ConfigError listing every problem (see ``problems``); nothing when there are none."""
    found = problems(spec, intro_html, themes, taxonomy)
    if found:
        listed = "\n".join(f"  - {p}" for p in found)
        raise ConfigError(
            f"editie '{spec.name}' is nog niet klaar om te publiceren:\n{listed}\n",
            hint="Of bouw een concept met --concept: dan komt op elke pagina 'Concept' te staan",
        )
