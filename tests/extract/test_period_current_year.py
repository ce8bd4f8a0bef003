"""The current year of a text without a date, read from the text itself (CONVENTIONS "Periods",
NOTES "Periods in undated news"): a whole earlier year that a count so far is compared with, "dit
jaar" after a year named just before, "In 2019 is er inmiddels …"; and no year guessed from an
older event's year, a forecast year or a deadline."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text)}


def test_a_count_so_far_against_a_whole_year_dates_the_text_after_that_year() -> None:
    text = (
        "Meer meldingen van fraude\n\n"
        "De Fraudehelpdesk kreeg dit jaar al bijna 90 meldingen van phishing, "
        "tegen 218 meldingen in heel 2018. "
        "Vorig jaar ging het om 1,2 miljoen euro schade."
    )
    periods = _periods(text)
    assert periods[90] == "2019"
    assert periods[1_200_000] == "2018"


def test_this_year_takes_the_year_named_in_the_sentence_before() -> None:
    text = (
        "Diefstal van bestelbusjes\n\n"
        "In 2019 is er inmiddels voor 1,4 miljoen euro aan gereedschap gestolen. "
        "Bovendien zijn dit jaar al 39 bestelbusjes verdwenen."
    )
    assert _periods(text) == {1_400_000: "2019", 39: "2019"}


def test_meanwhile_after_a_year_that_opens_the_clause_keeps_that_year() -> None:
    text = (
        "Schade door inbraken\n\n"
        "In 2019 is er inmiddels voor 2,3 miljoen euro buitgemaakt. "
        "In 2015 telde de club 734 leden en inmiddels zijn het er 533."
    )
    assert _periods(text) == {2_300_000: "2019", 734: "2015", 533: None}


def test_this_year_does_not_take_a_year_of_a_plan() -> None:
    text = (
        "Nieuwe school\n\n"
        "De stichting wil de school in augustus 2020 laten beginnen. "
        "Dit jaar meldden zich al 40 leerlingen aan."
    )
    assert _periods(text) == {40: None}


def test_this_year_does_not_take_a_year_after_since() -> None:
    text = (
        "Begrotingsregels\n\n"
        "Sinds Duitsland en Frankrijk in 2003 ongestraft wegkwamen, lijkt het hek van de dam. "
        "Even leek het erop dat Italië eind dit jaar een boete opgelegd zou krijgen van 3,5 miljard euro."
    )
    assert _periods(text) == {3_500_000_000: None}


def test_no_current_year_from_an_old_event_when_a_later_year_is_named() -> None:
    text = (
        "Verkiezingen in Turkije\n\n"
        "Erdogan werd in 1994 burgemeester van Istanbul. Sinds 1994 regeert zijn partij de stad; "
        "de zege van 1994 wordt elk jaar gevierd. In 2014 won de partij opnieuw. "
        "Dit is bijna 2 procent minder dan bij de verkiezingen van vorig jaar."
    )
    assert _periods(text)[2] is None


def test_no_current_year_from_a_forecast_year() -> None:
    text = (
        "Italiaanse economie\n\n"
        "In 2020 zal het tekort naar verwachting verder oplopen. Het kabinet wil in 2020 bezuinigen. "
        "Verwacht werd dat de economie dit jaar met 1 procent zou groeien."
    )
    assert _periods(text)[1] is None


def test_a_capitalised_preposition_before_a_year_is_no_title_year() -> None:
    text = (
        "Giroblauw\n\n"
        "In 1990 opende ik als twintiger een rekening. Vorig jaar betaalde ik 120 euro aan kosten."
    )
    assert _periods(text)[120] is None


def test_a_deadline_year_is_not_carried_into_later_sentences_of_undated_news() -> None:
    text = (
        "Asbestdaken\n\n"
        "Voor 2025 moeten alle asbestdaken in Nederland zijn verwijderd, zo wil het kabinet. "
        "Rotterdam telt tweehonderd woningen met een dak van asbest. "
        "Driekwart van die huizen staat in één buurt."
    )
    assert _periods(text) == {200: None, 75: None}


def test_the_dateline_of_a_letter_to_parliament_after_its_heads_dates_the_letter() -> None:
    text = (
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 1986-1987\n\n19 637 Vluchtelingenbeleid\n\n"
        "Nr. 12 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "'s-Gravenhage, 12 maart 1987\n\n"
        "Hierbij bericht ik u dat vorig jaar 5600 asielverzoeken werden ingediend."
    )
    assert _periods(text) == {5600: "1986"}


def test_the_date_of_receipt_of_a_parliamentary_paper_dates_it() -> None:
    text = (
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 1989-1990\n\n"
        "Nr. 5 MEMORIE VAN ANTWOORD (Ontvangen 2 februari 1990)\n\n"
        "Vorig jaar werden 5600 asielverzoeken ingediend. In 1988 waren het er 4100."
    )
    assert _periods(text) == {5600: "1989", 4100: "1988"}


def test_last_year_compared_with_a_named_year_is_the_year_after_it() -> None:
    text = (
        "Omzet tuincentra stijgt\n\n"
        "De omzet van de tuincentra was vorig jaar 1,5 miljard euro, meer dan in 2017. "
        "Ook gaven we vorig jaar 267 miljoen euro uit aan planten."
    )
    periods = _periods(text)
    assert periods[1_500_000_000] == "2018"
    assert periods[267_000_000] == "2018"


def test_the_previous_year_in_formal_wording_is_last_year() -> None:
    text = (
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 1986-1987\n\n"
        "Nr. 12 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE\n\n"
        "'s-Gravenhage, 12 maart 1987\n\n"
        "Het lopende jaar laat tot nu toe 900 verzoeken zien. "
        "Het vorige jaar werden 450 vergunningen verleend."
    )
    assert _periods(text) == {900: "1987", 450: "1986"}


def test_an_annual_report_keeps_its_year_beside_a_count_so_far_against_a_whole_year() -> None:
    text = (
        "Jaarverslag 2018\n\n"
        "In dit jaarverslag leest u over 2018. "
        "In 2018 waren er al 300 meldingen, tegen 250 meldingen in heel 2017. "
        "Vorig jaar kwamen 120 klachten binnen."
    )
    periods = _periods(text)
    assert periods[300] == "2018"
    assert periods[120] == "2017"


def test_a_plan_for_the_year_in_its_title_is_written_in_that_year() -> None:
    # "Jaarverslag 2023" is written in 2024; "Jaarplan 2024" looks ahead from (just before) 2024
    text = (
        "Belastingdienst Jaarplan 2024\n\nInleiding\n\n"
        "Het afgelopen jaar behandelden we 9 miljoen aangiften inkomstenbelasting. "
        "Dat aantal houden we de komende jaren vast."
    )
    assert _periods(text)[9_000_000] == "2023"
    report = text.replace("Jaarplan 2024", "Jaarverslag 2024")
    assert _periods(report)[9_000_000] == "2024"
