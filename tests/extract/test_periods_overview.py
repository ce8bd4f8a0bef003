"""A report on one year that no title calls an annual report (a chapter of one, a year overview):
the year it names most often and compares with the year before is the period of its figures that
name none; and a year after the base of a figure's own comparison is of another clause."""

from __future__ import annotations

from tests.extract._helpers import figures_of

_OVERVIEW = (
    "Meldingen\n"
    "In 2023 ontving de inspectie 4.210 meldingen, 12% meer dan in 2022. In 2023 werden 310 "
    "onderzoeken afgerond, tegen 280 in 2022. Het aantal boetes lag in 2023 hoger dan in 2022.\n\n"
    "Bezwaar\n"
    "In 2023 kwamen 95 bezwaarschriften binnen. Ook in 2023 was de doorlooptijd een punt van zorg. "
    "In 2023 is het aantal klachten ten opzichte van 2022 gedaald. In 2023 en in 2023 alleen werd "
    "de helpdesk verbouwd.\n\n"
    "Voorlichting\n"
    "De helpdesk beantwoordde 1.480 telefoontjes en 730 e-mails. In 2023 gaf de inspectie 12 "
    "voorlichtingen.\n"
)


def _period(text: str, evidence: str) -> str | None:
    found = [f for f in figures_of(text) if f.text == evidence]
    assert found, [f.text for f in figures_of(text)]
    return found[0].period


def test_a_figure_that_names_no_year_takes_the_year_the_overview_is_about() -> None:
    assert _period(_OVERVIEW, "1.480 telefoontjes") == "2023"
    assert _period(_OVERVIEW, "730 e-mails") == "2023"


def test_a_text_that_names_its_year_often_but_never_compares_gets_no_year_of_its_own() -> None:
    text = _OVERVIEW.replace("dan in 2022", "dan verwacht").replace("tegen 280 in 2022", "tegen verwachting")
    text = text.replace("ten opzichte van 2022 ", "")
    assert _period(text, "1.480 telefoontjes") is None


def test_a_year_after_the_base_of_the_figures_own_comparison_is_of_another_clause() -> None:
    text = _OVERVIEW + (
        "\nBeroep\nDit is een daling van 40% ten opzichte van 2022 en hangt samen met een eenmalig hoge "
        "instroom in 2022.\n"
    )
    assert _period(text, "40%") == "2022-2023"
