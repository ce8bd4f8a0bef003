"""A place's adjective before the name of a place qualifies that place (issue 10, ``regions``): "de
Groningse en Drentse Veenkoloniën", "de Gelderse Achterhoek" are the Veenkoloniën and the
Achterhoek, not the provinces; a name that is no place keeps its reading ("De Drentse Monden", a
wind farm)."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def _regions(text: str) -> list[str | None]:
    return [f.region for f in figures_of(text)]


def test_adjectives_before_a_region_qualify_it() -> None:
    text = "Tegen de bouw van twee windmolenparken in de Groningse en Drentse Veenkoloniën is veel verzet."
    assert _regions(text) == ["Veenkoloniën"]
    assert _regions("In de Gelderse Achterhoek staan inmiddels 30 windmolens.") == ["Achterhoek"]
    assert _regions("In het Brabantse Oss werden 12 woningen doorzocht.") == ["Oss"]


def test_an_adjective_before_a_noun_or_a_name_keeps_its_reading() -> None:
    assert _regions("De Groningse gedeputeerde kreeg vorige week 3 dreigbrieven.") == ["Groningen"]
    assert _regions("Het windpark De Drentse Monden krijgt 45 molens.") == [None]
