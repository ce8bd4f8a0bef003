"""The curation check: an edition that is not a concept must be one an analyst can put their name under.

It needs accepted trends, an introduction of its own (not the bundled example text) and, for every
theme it shows, a trend box that says what the developments mean for the organisation. Each missing
piece is named with what to write where; ``--concept`` builds anyway, marked as concept.
"""

from __future__ import annotations

from trendbeeld.errors import ConfigError
from trendbeeld.model import EditionSpec, Taxonomy
from trendbeeld.publish import _format
from trendbeeld.publish._view import BoxView, TrendView

PLACEHOLDERS = ("Pas deze tekst aan", "nog niet beschreven")


def problems(
    spec: EditionSpec,
    intro_html: str,
    trends: list[TrendView],
    boxes: dict[str, BoxView],
    names: dict[str, str],
    taxonomy: Taxonomy,
) -> list[str]:
    """What stops this edition from being published, each with what to do, in Dutch.

    ``trends`` are the edition's curated trends, ``boxes`` the analysts' trend-box texts per theme and
    ``names`` the theme names by key. Runs before anything is drawn, so a refusal comes quickly.
    """
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
    order = list(names)
    curated = sorted(
        {t.theme for t in trends if t.curated}, key=lambda k: order.index(k) if k in order else len(order)
    )
    if not curated:
        found.append(
            "Er zijn nog geen aanvaarde trends. Bekijk de kandidaten met `trendbeeld trends list` en "
            "aanvaard wat klopt met `trendbeeld trends accept ID`."
        )
    organisation = spec.audience or "de organisatie"
    name = spec.taxonomy or taxonomy.name
    for key in curated:
        given = boxes.get(key)
        meaning = (given.meaning if given else "") or " ".join(
            t.meaning for t in trends if t.theme == key and t.curated and t.meaning
        )
        if not meaning or any(m in meaning for m in PLACEHOLDERS):
            found.append(
                f"Thema ‘{names.get(key, key)}’: het trendkader mist ‘Betekenis voor {organisation}’. "
                f"Schrijf het met `trendbeeld trends boxes --taxonomy {name} --thema {key} "
                f"--laag betekenis --tekst \"…\"`."
            )
    return found


def check(
    spec: EditionSpec,
    intro_html: str,
    trends: list[TrendView],
    boxes: dict[str, BoxView],
    names: dict[str, str],
    taxonomy: Taxonomy,
) -> None:
    """Raise a ConfigError listing every problem (see ``problems``); nothing when there are none."""
    found = problems(spec, intro_html, trends, boxes, names, taxonomy)
    if found:
        listed = "".join(f"\n  - {p}" for p in found)
        raise ConfigError(
            f"editie '{spec.name}' is nog niet klaar om te publiceren",
            hint=f"Nog te doen:{listed}\nOf bouw een concept met --concept: "
            "dan staat op elke pagina 'Concept'",
        )
