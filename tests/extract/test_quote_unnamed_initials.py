"""An unnamed advocate or relation "van" a suspect written with an initial ("de raadsvrouw van K.")
is no organisation K (issue 10): invented Dutch sentences."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def speakers(text: str) -> list[str]:
    return [q.speaker for q in items_of(Quote, text)]


def test_the_advocate_of_an_initial_is_no_organisation() -> None:
    for role in ("raadsvrouw", "advocaat"):
        text = ("Witwaszaak\n\nMarwan K. stond gisteren terecht. ,,Mijn cliënt is volkomen onschuldig in "
                f"deze zaak'', zegt de {role} van K. De rechtbank doet later uitspraak.")
        assert "K" not in speakers(text)


def test_the_advocate_of_an_initial_is_the_advocate_named_before() -> None:
    text = ("Witwaszaak\n\nAdvocaat Anna de Boer pleitte lang. Marwan K. stond gisteren terecht. ,,Mijn "
            "cliënt is volkomen onschuldig in deze zaak'', zegt de advocaat van K. De uitspraak volgt later.")
    assert speakers(text) == ["Anna de Boer"]


def test_a_spokesperson_of_an_acronym_still_gives_the_organisation() -> None:
    text = ("Bank groeit\n\nHet bedrijf groeit. ,,Wij verwachten een goed jaar voor de hele sector'', zegt "
            "een woordvoerder van ING. De cijfers volgen later.")
    assert speakers(text) == ["ING"]

