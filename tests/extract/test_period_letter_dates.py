"""A file of letters to parliament, each with its own date ("'s-Gravenhage, 2 november 1990", "(Ingezonden
14 december 1989)"): the text after a letter's date is dated by it, also when the file carries the
first letter's date as its own (read from its head): "thans" and "op dit moment" are of that letter's
year, "gisteren" too, a year named in a later letter is no forecast, and "sinds 1987" runs to the
letter's year (brief: relative expressions resolve against the date of the part they sit in)."""

from __future__ import annotations

from datetime import date

from tests.extract._helpers import figures_of
from trendbeeld.model import SourceMeta

_HEAD = (
    "Tweede Kamer der Staten-Generaal\nVergaderjaar {session}\n\n19 637 Vluchtelingenbeleid\n\n"
    "Nr. {nr} BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n{dateline}\n\n"
)
FIRST = _HEAD.format(session="1986-1987", nr=12, dateline="'s-Gravenhage, 12 maart 1987") + (
    "Hierbij bericht ik u dat vorig jaar 5600 asielverzoeken werden ingediend. "
    "Thans zijn 2100 verzoeken in behandeling.\n\n"
    "De Staatssecretaris van Justitie,\nV. N. M. Korte-van Hemel\n\n\n"
)
SECOND = _HEAD.format(session="1990-1991", nr=31, dateline="'s-Gravenhage, 2 november 1990") + (
    "In 1989 werden 8200 asielverzoeken ingediend. Daarvan werden er 3100 afgewezen.\n\n"
    "Op dit moment zijn 4000 verzoeken in behandeling. Sinds 1987 is het aantal opvangplaatsen "
    "gestegen tot 6500. Gisteren zijn 40 asielzoekers in Zeist aangekomen.\n\n"
    "De Staatssecretaris van Justitie,\nA. Kosto\n"
)


def _periods(text: str, meta: SourceMeta | None = None) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text, meta)}


def test_each_letter_dates_the_figures_after_its_own_date() -> None:
    # undated, and dated by the first letter's date as a file read from disk is
    for meta in (None, SourceMeta(date=date(1987, 3, 12))):
        periods = _periods(FIRST + SECOND, meta)
        assert periods[5600] == "1986"
        assert periods[2100] == "1987"  # "thans" in the letter of 1987
        assert periods[8200] == "1989"
        assert periods[3100] == "1989"  # 1989 is carried: no forecast in a letter of 1990
        assert periods[4000] == "1990"  # "op dit moment" in the letter of 1990
        assert periods[6500] == "1987-1990"
        assert periods[40] == "1990"


def test_a_question_is_dated_by_the_day_it_was_sent_in() -> None:
    question = (
        "Vragen van het lid Van Traa aan de Minister van Justitie over de opvang van asielzoekers "
        "(Ingezonden 14 december 1989)\n\n"
        "1. Is het waar dat dit jaar 900 asielzoekers zonder opvang bleven?\n\n\n"
    )
    assert _periods(FIRST + question)[900] == "1989"


def test_an_ocr_dateline_without_hyphen_or_with_a_space_before_the_comma() -> None:
    for dateline in ("'s Gravenhage, 2 november 1990", "'s-Gravenhage , 2 november 1990"):
        second = SECOND.replace("'s-Gravenhage, 2 november 1990", dateline)
        assert _periods(FIRST + second)[4000] == "1990", dateline


def test_a_newspaper_cited_with_its_date_is_no_letters_date() -> None:
    text = (
        "Vertrouwen in de rechtspraak\n\n"
        "„De rechter heeft het laatste woord”, schreef een commentator.\n"
        "NRC, 23 november 2020\n\n"
        "In 2021 kwamen 5400 klachten binnen. Daarvan waren 700 klachten gegrond.\n"
    )
    # a citation line names a newspaper, not a place: 2021 is no forecast of 2020 and is carried
    assert _periods(text, SourceMeta(date=date(2022, 5, 1)))[700] == "2021"


def test_a_reference_to_a_parliamentary_paper_names_no_period() -> None:
    # the paper's session year (1989/90) and a gazette's year (1988) date the paper, not the figure
    for reference in ("(Kamerstukken II 1989/90, 19 637, nr. 28)", "(Stb. 1988, 12)"):
        said = f"Zoals gemeld {reference} zijn 4000 verzoeken"
        second = SECOND.replace("Op dit moment zijn 4000 verzoeken", said)
        assert _periods(FIRST + second)[4000] is None, reference
