"""Periods in a file of several letters to parliament: each letter's own dateline ("'s-Gravenhage,
12 maart 1990") or date of receipt dates the relative periods after it ("vorig jaar", "dit jaar")."""

from __future__ import annotations

from tests.extract._helpers import figures_of

FIRST_LETTER = (
    "Tweede Kamer der Staten-Generaal\nVergaderjaar 1986-1987\n\n19 637 Vluchtelingenbeleid\n\n"
    "Nr. 12 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "'s-Gravenhage, 12 maart 1987\n\n"
    "Hierbij bericht ik u dat vorig jaar 5600 asielverzoeken werden ingediend.\n\n\n"
)
SECOND_LETTER = (
    "Tweede Kamer der Staten-Generaal\nVergaderjaar 1989-1990\n\n19 637 Vluchtelingenbeleid\n\n"
    "Nr. 31 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "'s-Gravenhage, 2 april 1990\n\n"
    "Het afgelopen jaar werden 8200 asielverzoeken ingediend. Dit jaar verwacht ik er ongeveer 9000.\n"
)


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text)}


def test_each_letter_counts_last_year_from_its_own_date() -> None:
    periods = _periods(FIRST_LETTER + SECOND_LETTER)
    assert periods[5600.0] == "1986"
    assert periods[8200.0] == "1989"
    assert periods[9000.0] == "1990"


def test_a_date_of_receipt_dates_the_paper_after_it() -> None:
    received = SECOND_LETTER.replace(
        "Nr. 31 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE\n\n",
        "Nr. 31 MEMORIE VAN ANTWOORD\n(Ontvangen 2 april 1990)\n\n",
    ).replace("'s-Gravenhage, 2 april 1990\n\n", "")
    periods = _periods(FIRST_LETTER + received)
    assert periods[8200.0] == "1989"
