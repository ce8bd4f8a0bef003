"""Name forms of speakers (_speakers.name_regex): a surname with a capital inside ("McConnell",
"O'Rourke") is a name, a company written so ("McDonald's") is none (issue 10): invented Dutch sentences."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def speakers(text: str) -> list[str]:
    return [q.speaker for q in items_of(Quote, text)]


def test_a_surname_with_a_capital_inside_is_a_name() -> None:
    text = ("Senaat\n\nDe Republikeinen vrezen het plan. 'Auto's, grasmaaiers, alles moet wijken', zei de "
            "Republikeinse leider Mitch McConnell donderdag. Senator Beto O'Rourke was het oneens. 'Dit plan "
            "redt banen en de planeet', zei O'Rourke later.")
    assert speakers(text) == ["Mitch McConnell", "Beto O'Rourke"]


def test_a_company_with_a_capital_inside_is_no_surname() -> None:
    text = ("Zwerfvuil\n\nMedewerker Lorenzo Bakker van McDonald's in Winterswijk ruimt op. ,,Die mensen "
            "snappen niet hoe schadelijk het afval is'', zegt Bakker.")
    assert speakers(text) == ["Lorenzo Bakker"]
