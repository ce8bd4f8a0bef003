"""The regions gazetteer: municipalities, police units, safety regions, provinces."""

from __future__ import annotations

import pytest

from trendbeeld.extract import regions
from trendbeeld.model import RegionLevel


def test_lookup_knows_levels_and_parents() -> None:
    [tilburg] = regions.lookup("Tilburg")
    assert tilburg.level is RegionLevel.MUNICIPALITY
    assert tilburg.code.startswith("GM")
    assert any(p.startswith("PV") for p in tilburg.parents)
    levels = {r.level for r in regions.lookup("Groningen")}
    assert {RegionLevel.MUNICIPALITY, RegionLevel.PROVINCE} <= levels


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("In Eindhoven nam het aantal inbraken af.", "Eindhoven"),
        ("De eenheid Midden-Nederland registreerde meer fraude.", "Midden-Nederland"),
        ("Van de Nederlanders voelt 40% zich veilig.", "Nederland"),
        ("Het cijfer ligt landelijk lager.", "Nederland"),
        ("In de gemeente Best steeg het aantal meldingen.", "Best"),
        ("Best mogelijk is dat het aantal meldingen steeg.", None),
    ],
)
def test_find(sentence: str, region: str | None) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region
