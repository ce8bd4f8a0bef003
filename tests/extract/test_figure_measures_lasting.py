"""Durations as a number adjective of one activity ("het 14 jaar durende verzet", "de acht maanden
durende veldslag", "een 20 minuten lange video": NOTES, a figure in its unit, dated like the event),
a vague amount on its own as a crowd ("Duizenden zijn op de vlucht geslagen": a count), and a sentence
of one year or month written with "een" ("tot een jaar cel")."""

from __future__ import annotations

from tests.extract._helpers import figures_of
from trendbeeld.model import Unit


def _found(text: str) -> dict[float, tuple[Unit, str | None]]:
    return {f.value: (f.unit, f.period) for f in figures_of(text)}


def test_a_duration_as_a_number_adjective_is_a_figure() -> None:
    found = _found(
        "Het 14 jaar durende verzet van de bewoners is voorbij. Bij de opening draaide een 20 minuten "
        "lange video. Na een vijf uur durende zitting sprak de rechter."
    )
    assert found[14] == (Unit.YEARS, None)
    assert found[20][0] is Unit.OTHER
    assert found[5][0] is Unit.OTHER


def test_a_duration_of_narration_stays_a_time_reference() -> None:
    assert _found("Hij woonde er twee jaar lang. Drie weken later kwam hij terug.") == {}


def test_the_length_of_an_event_is_dated_like_the_event() -> None:
    found = _found("De troepen landden in 1916 aan de kust. Zij verloren de zes maanden durende slag.")
    assert found[6] == (Unit.OTHER, "1916")


def test_a_vague_amount_on_its_own_counts_a_crowd() -> None:
    assert _found("Bij de overstroming vielen honderden doden. Duizenden zijn op de vlucht geslagen.") == {
        100: (Unit.COUNT, None), 1000: (Unit.COUNT, None)}
    assert _found("Via brievenbusfirma's sluisde hij miljarden naar het buitenland.")[1e9][0] is Unit.OTHER


def test_a_sentence_of_one_year_or_month_written_with_een() -> None:
    text = "De rechter veroordeelde de man tot een jaar cel. Zijn broer zat een maand in de cel."
    assert [(f.value, f.unit, f.text) for f in figures_of(text)] == [
        (1, Unit.YEARS, "een jaar"), (1, Unit.OTHER, "een maand")]
    values = [(f.value, f.unit) for f in figures_of("De officier eiste een maand celstraf tegen de man.")]
    assert values == [(1, Unit.OTHER)]
    mixed = [(f.value, f.unit) for f in figures_of("De rechtbank gaf hem acht jaar en een maand celstraf.")]
    assert mixed == [(8.08, Unit.YEARS)]
    assert figures_of("Het duurde een jaar voordat de cel klaar was. Over een maand begint de bouw.") == []
