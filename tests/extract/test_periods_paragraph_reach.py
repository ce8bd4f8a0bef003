"""Periods in a report stored with a blank line between its paragraphs (read as double-spaced text):
the year a long paragraph's figures carry holds for a figure in the sentence right after them, even
where the year itself was named further back than a year is carried."""

from __future__ import annotations

from tests.extract._helpers import figures_of

# Short paragraphs after the report's own: with them the text has enough blank lines to be read as
# double-spaced, as text saved with a blank line after every paragraph is.
CLOSING = "\n\n" + "\n\n".join((
    "De gegevens zijn afkomstig van de politie.",
    "Zij zijn bewerkt door de onderzoekers.",
    "De kaarten zijn gemaakt met open software.",
    "Meer informatie staat op de website.",
    "Vragen kunnen per mail worden gesteld.",
    "De auteurs danken de meelezers.",
)) + "\n"

LONG = (
    "Waar liggen de gemeenten met veel en met weinig ongelijkheid? Op de kaart kleuren we de gemeenten "
    "naar hun score, van licht naar donker, zodat verschillen tussen regio's in een oogopslag te zien "
    "zijn. Een kaart zegt echter niet alles: kleine gemeenten vallen weg naast grote, en de kleuren "
    "overdrijven verschillen die bij nadere beschouwing klein zijn. We kijken daarom ook naar de "
    "verdeling van de scores over de provincies, en naar de vraag of de verschillen groter zijn dan "
    "toeval zou doen verwachten. "
)


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text + CLOSING)}


def test_the_year_carried_by_the_sentence_before_holds_for_the_next_figure() -> None:
    text = (
        "Ongelijkheid tussen buurten\n\n"
        "Nederland telde in 2023 in totaal 342 gemeenten. In 2023 werden in die gemeenten ruim "
        "600.000 misdrijven geregistreerd. De ongelijkheid is gemeten per buurt, met de cijfers over 2023 "
        "en de buurtgrenzen van 2023.\n\n"
        + LONG + "\n\n"
        + LONG + "Er tekent zich geen sterk patroon af, al lijkt de ongelijkheid in het noorden en het "
        "zuiden op het eerste gezicht wat groter dan elders. Getalsmatig klopt dat wel, want in de drie "
        "noordelijke provincies heeft 78 procent van de gemeenten een score boven het gemiddelde en "
        "in Limburg geldt dat voor 55 procent van de gemeenten, ook als we de kleinste gemeenten en de "
        "Waddeneilanden buiten beschouwing laten en uitsluitend de gemeenten meetellen die uit voldoende "
        "buurten bestaan om een betrouwbare score te berekenen. In de rest van Nederland heeft "
        "slechts 39 procent van de gemeenten een bovengemiddelde score.\n"
    )
    periods = _periods(text)
    assert periods[78.0] == "2023"
    assert periods[39.0] == "2023"


def test_a_figure_after_a_sentence_without_a_figure_takes_no_far_year() -> None:
    text = (
        "Ongelijkheid tussen buurten\n\n"
        "Nederland telde in 2023 in totaal 342 gemeenten. In 2023 werden in die gemeenten ruim "
        "600.000 misdrijven geregistreerd. De ongelijkheid is gemeten per buurt, met de cijfers over 2023 "
        "en de buurtgrenzen van 2023.\n\n"
        + LONG + "\n\n"
        + LONG + LONG + "Er tekent zich geen sterk patroon af. "
        "In de rest van Nederland heeft slechts 39 procent van de gemeenten een bovengemiddelde score.\n"
    )
    assert _periods(text)[39.0] is None
