"""The region of a figure: named in its sentence, carried from its section title, or none."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.extract import _text
from trendbeeld.model import Figure

REPORT = (
    "1 HET ECONOMISCH EN BUDGETTAIR BEELD\n"
    "1.1 De Nederlandse economie\n"
    "De economie presteerde sterk in 2018 en groeide met 2,7 procent.\n"
    "1.1.1 Arbeidsmarkt\n"
    "De werkloosheid daalde tot 3,8 procent.\n"
    "1.2 De overheidsfinanciën\n"
    "Het overschot bedroeg 1,5 procent.\n"
)


def test_a_numbered_title_after_a_title_line_stays_a_line_of_its_own() -> None:
    clean = _text.clean(REPORT).text
    assert "BEELD\n1.1 De Nederlandse economie\n" in clean


def test_a_section_title_that_names_a_place_gives_its_figures_their_region() -> None:
    growth, unemployment, surplus = items_of(Figure, REPORT)
    assert (growth.value, growth.region) == (2.7, "Nederland")
    assert (unemployment.value, unemployment.region) == (3.8, "Nederland")  # a subsection of 1.1
    assert (surplus.value, surplus.region) == (1.5, None)  # 1.2 names no place


def test_a_place_in_the_sentence_wins_over_the_section_title() -> None:
    text = "2.3 De Nederlandse woningmarkt\nIn Amsterdam stegen de prijzen met 12,9 procent.\n"
    [figure] = items_of(Figure, text)
    assert figure.region == "Amsterdam"


def test_a_numbered_sentence_is_no_section_title() -> None:
    text = "1 De blauwe lijn in Nederland is het aantal transacties.\nHet aantal steeg met 4 procent.\n"
    [figure] = items_of(Figure, text)
    assert figure.region is None


def test_a_place_name_at_a_line_end_is_not_glued_to_the_next_word() -> None:
    text = "De dreiging in Nederland\nvolgens de NCTV is substantieel. Sommige\ndingen veranderen."
    clean = _text.clean(text).text
    assert "Nederland volgens" in clean
    assert "Sommige dingen" in clean
    assert "ontwikkelingen" in _text.clean("de ontwikke\nlingen gaan door").text
