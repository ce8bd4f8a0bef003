"""Two words with a blank line between them are one split word only when the joined form is a word
("ontwikke" / "lingen" over a page break); a title that ends in a lower-case word before a text that
opens with one ("… zuinigjes doen" / "droogte - Een jaar geleden …") stays two words."""

from __future__ import annotations

import pytest

from trendbeeld.extract import _text


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Regen of niet, de stad blijft zuinigjes doen", "droogte - Een jaar geleden was de stad in de ban"),
        ("Zomertijd weer op de Brusselse agenda", "klok - Een parlementaire commissie omarmt het plan."),
        ("Alle schilderijen in een overzichtstentoonstelling", "museum Het bekende werk hangt er nu."),
    ],
)
def test_a_title_and_the_text_after_a_blank_line_stay_apart(title: str, body: str) -> None:
    cleaned = _text.clean(f"{title}\n\n{body}")
    first, last = title.rsplit(" ", 1)[-1], body.split(" ", 1)[0]
    assert first + last not in cleaned.text
    assert cleaned.text.startswith(title)


def test_a_word_split_over_a_blank_line_is_still_joined() -> None:
    cleaned = _text.clean("De maatschappelijke ontwikke\n\nlingen gaan snel.")
    assert "maatschappelijke ontwikkelingen gaan" in cleaned.text
