"""The regions gazetteer: municipalities, police units, safety regions, provinces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trendbeeld.extract import lexicon, regions
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
        ("Met 437 incidenten voert ons land de ranglijst aan.", "Nederland"),
        ("Ons land telde vorig jaar 305 diefstallen.", "Nederland"),
        ("Hij woont in een ander land dan ons.", None),
    ],
)
def test_find(sentence: str, region: str | None) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region


def test_names_found_once_give_what_a_scan_gives() -> None:
    """A sentence's names are found once for all its figures: asked for a part of it, the answer
    is the one a scan of that part gives."""
    text = ("In Utrecht steeg het aantal met 12%, in Amsterdam daalde het met 3% "
            "en in ons land bleef het gelijk.")
    names = regions.names(text, 0, len(text))
    for near in (text.index("12%"), text.index("3%"), text.index("gelijk")):
        for start, end in ((0, len(text)), (text.index("in Amsterdam"), len(text)), (0, near)):
            assert regions.find(text, start, end, near=near, names=names) == regions.find(
                text, start, end, near=near
            )
    assert regions.find(text, 0, len(text), near=text.index("3%"), names=names) == "Amsterdam"


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("In het Gelderse Wehl sloegen inbrekers in één nacht 14 keer toe.", "Wehl"),
        ("In het Brabantse dorp Heeze werden 12 auto's opengebroken.", "Heeze"),
        ("In het Amsterdamse Zuidoost vielen 3 gewonden.", "Zuidoost"),
        ("Het Rotterdamse Openbaar Ministerie behandelde 40 zaken.", None),
        ("Het Nederlandse Rode Kruis hielp 300 mensen.", "Nederland"),  # the scope word, not "Rode"
        ("De Amsterdamse Femke Halsema noemde 20 incidenten.", None),
    ],
)
def test_a_place_is_neuter_after_the_adjective_of_a_province_or_city(
    sentence: str, region: str | None
) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("Wijkagent Breda telde 12 incidenten.", None),
        ("Meneer De Bilt zag 20 inbraken.", None),
        ("Volgens Hans Bergen waren er 20 inbraken.", None),
        ("Op de Utrechtseweg werden 14 fietsen gestolen.", None),
        ("In de gemeente Breda telde de wijkagent 12 incidenten.", "Breda"),
        ("In heel het land steeg het aantal met 12 procent.", "Nederland"),
    ],
)
def test_a_region_is_never_a_street_or_a_persons_name(sentence: str, region: str | None) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("In Brabantse gemeenten steeg het aantal woninginbraken.", "Noord-Brabant"),
        ("In Brabant steeg het aantal woninginbraken.", "Noord-Brabant"),
        ("Twentse bedrijven meldden meer diefstal.", "Twente"),
        ("Langs de Zeeuwse kust verdronken meer mensen.", "Zeeland"),
        ("De Bossche wijken kregen meer agenten.", "'s-Hertogenbosch"),
        ("In de Haagse politiek is daar weinig aandacht voor.", None),
        ("Het Gelderse dorp Hummelo kreeg een nieuwe school.", "Hummelo"),
    ],
)
def test_an_irregular_adjective_of_a_place_names_the_place(sentence: str, region: str | None) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("Een 45-jarige man uit Hoorn is aangehouden.", None),
        ("De 19-jarige uit Zwolle kreeg een taakstraf.", None),
        ("Volgens Pieter Smit (52) uit Emmen is het drukker.", None),
        ("De 30-jarige Sanne Bakker uit Portugal werd beroofd.", None),
        ("Leerlingen uit Hoorn haalden de beste cijfers.", "Hoorn"),
    ],
)
def test_where_one_person_lives_is_not_a_region(sentence: str, region: str | None) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("Ruim 200 Hagenaars kregen te veel bijstand.", "Den Haag"),
        ("Van de Amsterdammers fietst 60 procent dagelijks.", "Amsterdam"),
        ("Een 34-jarige Rotterdammer is opgepakt.", None),
        ("Ruim 7 miljoen Amerikanen hebben twee banen.", "Verenigde Staten"),
    ],
)
def test_inhabitants_in_the_plural_name_their_place(sentence: str, region: str | None) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("Bij de Amsterdam Trade Bank kwam 100 miljoen binnen.", None),
        ("Onderzoekers van Wageningen Marine Research plaatsen vier riffen.", None),
        ("In Amsterdam Zuidoost vielen twee doden.", "Amsterdam"),
        ("Het Nederlandse Rode Kruis hielp 300 mensen.", "Nederland"),
    ],
)
def test_a_place_that_starts_the_name_of_an_organisation_is_not_its_region(
    sentence: str, region: str | None
) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("In ’s-Hertogenbosch steeg het aantal inbraken met 12 procent.", "'s-Hertogenbosch"),
        ("De eenheid Zeeland-West-Brabant pakte 12 verdachten op.", "Zeeland-West-Brabant"),
        ("In Rotterdam-Zuid werden vier mensen aangehouden.", "Rotterdam-Zuid"),
        ("Op Noord-Beveland was de politie in 40 procent van de gevallen op tijd.", "Noord-Beveland"),
        ("In Bergen op Zoom werden 30 woningen doorzocht.", "Bergen op Zoom"),
    ],
)
def test_names_of_several_words_and_other_spellings(sentence: str, region: str) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region


def test_the_trie_pattern_finds_what_the_plain_alternation_finds(shared: Path) -> None:
    """The gazetteer's pattern is written as a trie for speed; on a real report it finds the same
    names, with the same adjective endings, as the plain longest-first alternation."""
    gaz = regions.gazetteer()
    words = {*gaz.regions, *regions.adjectives(), *regions.PHRASES}
    scope = lexicon.load().scope_words
    words |= set(scope) | {w[0].upper() + w[1:] for w in scope if w[0].islower()}
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    reference = re.compile(rf"(?<![\w-])(?:{plain}){regions.NAME_END}")
    text = (shared / "corpus" / "national-2020.txt").read_text("utf-8")
    found = [(m.span(), m.group("adj")) for m in gaz.pattern.finditer(text)]
    assert found == [(m.span(), m.group("adj")) for m in reference.finditer(text)]
    assert len(found) > 50


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("De Belgische politie hield 12 straatracers aan.", "België"),
        ("Bij Amerikaanse topuniversiteiten betaalden ouders 1 miljoen euro.", "Verenigde Staten"),
        ("De AIVD ontmaskerde twee Russische spionnen.", None),
        ("Er werden 40 Nederlandse volwassenen geteld.", "Nederland"),
    ],
)
def test_a_countrys_adjective_says_where_but_not_the_nationality_of_a_count(
    sentence: str, region: str | None
) -> None:
    assert regions.find(sentence, 0, len(sentence)) == region
