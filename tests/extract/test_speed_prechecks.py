"""The literal prechecks before slow patterns (issue 10, speed) keep what the patterns find: the
noun of change after a preposition and an article (``_trend_actual._presupposed``), a place apposed
to a noun of place (``regions._appositions``) and an office's credit lines (``_region_national``)."""

from __future__ import annotations

from trendbeeld.extract import regions
from trendbeeld.extract._cues import Cue
from trendbeeld.extract._region_national import _is_office_publication
from trendbeeld.extract._trend_actual import _presupposed
from trendbeeld.model import Change


def _noun_cue(text: str, word: str) -> Cue:
    start = text.index(word)
    return Cue(start, start + len(word), Change.UP, "noun", word)


def test_a_noun_of_change_after_a_preposition_and_an_article_is_presupposed() -> None:
    text = "De wethouder wil als antwoord op de verharding van de samenleving meer boa's inzetten."
    assert _presupposed(text, _noun_cue(text, "verharding"))
    text = "Zij schreef het plan ondanks  het   toenemen van de overlast in de wijk."
    assert _presupposed(text, _noun_cue(text, "toenemen"))
    text = "De gemeente werkt aan de verbetering van de veiligheid in het centrum."
    assert not _presupposed(text, _noun_cue(text, "verbetering"))  # a goal
    text = "De ronde verbetering van de cijfers viel op."
    assert not _presupposed(text, _noun_cue(text, "verbetering"))  # "ronde" is no article
    text = "Na de stijging van vorig jaar volgt nu een daling."
    assert _presupposed(text, _noun_cue(text, "stijging"))
    text = "De stijging van vorig jaar was groot."
    assert not _presupposed(text, _noun_cue(text, "stijging"))  # no preposition before the article


def test_a_place_apposed_to_a_noun_of_place_is_still_found() -> None:
    text = "De aanslag in de Nieuw-Zeelandse stad Christchurch schokte het land."
    assert [a.place for a in regions.names(text, 0, len(text)).apposed] == ["Christchurch"]
    text = "De verdachte vluchtte naar haar geboorteplaats Pezinok in Slowakije."
    assert [a.place for a in regions.names(text, 0, len(text)).apposed] == ["Pezinok"]
    text = "De verdachte vluchtte naar het buitenland."
    assert regions.names(text, 0, len(text)).apposed == []


def test_two_credit_lines_of_the_office_make_its_publication() -> None:
    text = "Tabel 1\nTotaal\t2 560\nBron: CBS.\n\nTabel 2\nTotaal\t3 150\nBron: CBS.\n"
    assert _is_office_publication(text, 0, len(text))
    text = "Tabel 1\nTotaal\t2 560\nvolgens het CBS.\n"
    assert not _is_office_publication(text, 0, len(text))
