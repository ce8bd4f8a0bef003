"""Numbers grouped by spaces as CBS and the Rijksoverheid write them (``28 450``, ``per 1 000 inwoners``)."""

from __future__ import annotations

from trendbeeld.extract import _digit_groups, _text, extract
from trendbeeld.model import Figure, Source, Unit


def _figures(text: str) -> list[Figure]:
    return [e for e in extract(Source.create("t", text)) if isinstance(e, Figure)]


def _values(text: str) -> list[float]:
    return [f.value for f in _figures(text)]


def test_a_number_grouped_by_spaces_is_one_number() -> None:
    assert _values("Eind 2022 hadden 28 450 jongeren een maatregel van jeugdbescherming.") == [28450]
    assert 17_590_672 in _values("Volgens het CBS telde Nederland op 1 januari 2023 17 590 672 inwoners.")


def test_no_break_and_thin_spaces_group_too() -> None:
    assert _values("Het aantal woninginbraken daalde naar 18\xa0700 in 2022.") == [18700]
    assert _values("Het aantal woninginbraken daalde naar 18\u202f700 in 2022.") == [18700]
    assert _values("Het aantal woninginbraken daalde naar 18\u2009700 in 2022.") == [18700]


def test_a_rate_per_1_000_inhabitants() -> None:
    (rate,) = _figures("In 2022 telde de gemeente 42,5 geregistreerde misdrijven per 1 000 inwoners.")
    assert (rate.value, rate.unit) == (42.5, Unit.PER_1000)


def test_a_range_of_grouped_numbers() -> None:
    cleaned = _text.clean("In gemeenten met 5 000 tot 10 000 inwoners daalde de criminaliteit.").text
    assert "5.000 tot 10.000 inwoners" in cleaned
    assert "5.000-10.000 inwoners" in _text.clean("In gemeenten met 5 000-10 000 inwoners.").text


def test_a_year_before_a_number_stays_apart() -> None:
    assert _values("In 2019 300 zaken, in 2020 waren het er 450.") == [300, 450]
    assert "2020 450" in _text.clean("Op 1 januari 2020 450 meldingen.").text


def test_not_across_a_tab_a_line_break_or_two_spaces() -> None:
    assert _digit_groups.group_spans("12\t345") == []
    assert _digit_groups.group_spans("12\n345") == []
    assert _digit_groups.group_spans("12  345") == []
    assert _digit_groups.group_spans("12 345") == [2]


def test_phone_numbers_and_codes_are_no_groups() -> None:
    assert _digit_groups.group_spans("Bel 06 123 456 78, 020 555 1234 of 020-555 1234.") == []
    assert _digit_groups.group_spans("Op de A2 300 meter file.") == []


def test_parliamentary_paper_numbers_are_no_amounts() -> None:
    text = "Tweede Kamer, vergaderjaar 2018–2019, 35 200, nr. 1. Zie Kamerstuk 31 475 en dossier (34 550)."
    assert _digit_groups.group_spans(text) == []
    assert _values(text) == []


def test_a_table_with_tab_separated_cells() -> None:
    text = (
        "Jeugdbescherming in cijfers\n\nAantal jongeren met een maatregel\t2021\t2022\n"
        "Beginstand (1-1-2022)\t28 450\t29 300\nInstroom\t12 100\t11 800\nEindstand\t29 300\t27 900\n"
    )
    found = {(f.value, f.period) for f in _figures(text)}
    assert {(12100, "2021"), (11800, "2022"), (29300, "2021"), (27900, "2022")} <= found
    assert {f.value for f in _figures(text)} == {28450, 29300, 12100, 11800, 27900}


def test_the_scale_of_a_column_is_no_amount() -> None:
    assert _values("Besteedbaar inkomen (x 1 000 euro) per huishouden in 2022.") == []
    assert _values("Aantal inwoners (x 1 000) per provincie in 2022.") == []
    assert _values("Hij kreeg een boete (1 000 euro).") == [1000]


def test_the_cells_of_a_collapsed_table_row_stay_apart() -> None:
    assert _digit_groups.group_spans("Handhaving\nOntvangen meldingen 120 135\nOpgelegde boetes 0 3\n") == []
    assert _digit_groups.group_spans("Meldingen\t28 450\t29 300\n") == [12, 19]


def test_a_number_after_a_word_that_numbers_is_a_label() -> None:
    assert _digit_groups.group_spans("In week 3 120 meldingen, volgens artikel 3 100 keer.") == []
    assert _digit_groups.group_spans("Er kwamen 3 120 meldingen binnen.") == [11]
    assert _digit_groups.group_spans("Per week 1 500 meldingen.") == [10]


def test_a_row_of_grouped_cells_whose_spaces_were_made_one() -> None:
    text = (
        "Meldingen per soort, 2021\n\nTotaal 41 210 10 875 9 960 42 125\n"
        "Fietsdiefstal 12 340 4 015 3 990 12 365\n"
    )
    assert {41210, 10875, 9960, 42125, 12340, 4015, 3990, 12365} <= set(_values(text))


def test_a_wrapped_sentence_that_breaks_after_a_number() -> None:
    assert 18700 in _values("Het aantal jongeren daalde naar 18 700\njongeren op 30 juni 2023.\n")
