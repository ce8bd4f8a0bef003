"""News-style titles of stories about one person in a web data story or a feature: a line of its
own with a name and the age in brackets, running text under it. Headlines without outlet or date."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Headline

BODY = (
    "Ze kreeg een bericht van iemand die zich voordeed als haar kleinzoon. Hij had een nieuw nummer en "
    "moest dringend een rekening betalen. Zonder na te denken maakte ze het geld over. Pas later "
    "begreep ze dat het om oplichting ging."
)


def test_a_story_title_with_a_name_and_an_age_is_a_headline() -> None:
    text = (
        "Slachtoffers aan het woord\n\n"
        f"Oma Truus (81) via WhatsApp opgelicht voor 3.000 euro\n\n{BODY}\n\n"
        f"Student Mark (23) verloor zijn spaargeld aan een nepbank\n\n{BODY}\n"
    )
    assert [(h.title, h.outlet, h.date) for h in items_of(Headline, text)] == [
        ("Oma Truus (81) via WhatsApp opgelicht voor 3.000 euro", None, None),
        ("Student Mark (23) verloor zijn spaargeld aan een nepbank", None, None),
    ]


def test_a_name_with_an_age_inside_running_text_is_no_headline() -> None:
    text = f"De politie hield Peter (34) aan na een achtervolging door de stad.\n\n{BODY}\n"
    assert items_of(Headline, text) == []


def test_a_story_title_needs_running_text_under_it() -> None:
    assert items_of(Headline, "Oma Truus (81) via WhatsApp opgelicht\n\nZie ook pagina 4\n") == []
