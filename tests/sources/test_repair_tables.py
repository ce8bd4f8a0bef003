"""Table and page repairs: a lone dash between table cells is an empty cell and keeps its place, and a
page gap inside a sentence before a number ("daalde naar 13% in" / "2022.") is closed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import require
from trendbeeld.sources import pdf, repair


def test_a_dash_between_table_cells_is_an_empty_cell() -> None:
    text = "Gemiddelde onderbrekingsduur (minuten)\n21,3\n\n-\n\n6,7\n7,2\n\nToelichting volgt."
    assert repair.drop_column_debris(text) == text


def test_a_dash_as_the_last_cell_of_a_table_stays() -> None:
    text = "Storingen per 1.000 aansluitingen\n12,4\n-\n"
    assert repair.drop_column_debris(text) == text


def test_two_empty_cells_in_a_row_stay() -> None:
    text = "Aantal meldingen\n2019\n–\n-\n31%\nTekst."
    assert repair.drop_column_debris(text) == text


def test_a_dash_between_words_is_still_debris() -> None:
    text = "De netbeheerder investeert\n-\nin nieuwe kabels."
    assert repair.drop_column_debris(text) == "De netbeheerder investeert\nin nieuwe kabels."


def test_a_dash_after_a_number_before_a_sentence_is_still_debris() -> None:
    text = "Tabel 3\n2018\n-\nDe kosten stegen."
    assert repair.drop_column_debris(text) == "Tabel 3\n2018\nDe kosten stegen."


@pytest.mark.parametrize(
    ("cut", "joined"),
    [
        (
            "Het aandeel daalde naar 13% in\n\n2022. Daarna bleef het gelijk.",
            "Het aandeel daalde naar 13% in\n2022. Daarna bleef het gelijk.",
        ),
        (
            "De groep vrijwilligers, waarvan\n\n60% ouder is dan 50 jaar.",
            "De groep vrijwilligers, waarvan\n60% ouder is dan 50 jaar.",
        ),
        (
            "Steeds vaker in de leeftijdsgroep van\n\n75-plussers.",
            "Steeds vaker in de leeftijdsgroep van\n75-plussers.",
        ),
        ("Het aantal steeg met\n\n12 procent.", "Het aantal steeg met\n12 procent."),
    ],
)
def test_a_page_gap_before_a_number_that_goes_on_is_closed(cut: str, joined: str) -> None:
    assert repair.join_continued_paragraphs(cut) == joined


@pytest.mark.parametrize(
    "kept",
    [
        # a footnote
        "Deze trend was al merkbaar in\n\n4 Concurrentie tussen mantelzorg en betaald werk, SCP (2015)",
        "De onderwerpen van\n\n1. Inleiding",  # a list item
        "Het rapport bestaat uit drie delen.\n\n2022 was een bijzonder jaar.",  # the sentence had ended
        "Kerncijfers over de inwoners\n\n60% voelt zich thuis in de buurt.",  # no preposition before the gap
    ],
)
def test_a_gap_before_a_number_that_starts_anew_stays(kept: str) -> None:
    assert repair.join_continued_paragraphs(kept) == kept


def test_a_page_gap_before_a_number_is_closed_in_a_real_report(shared: Path) -> None:
    name = "vng_burgerpeiling_eenzaamheid_en_sociale_veerkracht_2023.pdf"
    path = shared / "corpus" / "real" / "reports" / name
    require(path.is_file(), f"the VNG report is not in the shared corpus ({path})")
    text = "\n".join(repair.repair_pages(list(pdf.page_texts(path))))
    assert "daalde naar 13% in\n2022." in text
    assert "waarvan\n60% aandacht" in text
