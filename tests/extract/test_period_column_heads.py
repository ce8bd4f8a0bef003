"""A table's column heads ("Waarvan ingekocht  2018  2017") date its columns, not the running text
after the table: no year is carried from them."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_a_column_head_year_is_not_carried_to_the_sentence_after_the_table() -> None:
    text = (
        "Horeca Groep Jaarverslag 2018\n"
        "Voor u ligt het jaarverslag van de groep.\n"
        "Aantal aandelen\n"
        "Stand einde boekjaar  2018  2017\n"
        " OVERIGE RESERVES\n"
        "Van deze reserve is € 13 miljoen (2017: € 13) niet uitkeerbaar.\n"
    )
    [now, before] = [f for f in figures_of(text) if f.unit.value == "euro"]
    assert (now.period, before.period) == ("2017-2018", "2017")


def test_a_year_in_running_text_is_still_carried() -> None:
    text = (
        "In 2017 steeg de omzet van de groep flink.\n"
        "De winst bedroeg 12 miljoen euro.\n"
    )
    [profit] = figures_of(text)
    assert profit.period == "2017"

