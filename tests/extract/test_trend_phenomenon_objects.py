"""The phenomenon is what changes, not who sees, causes or has it (extract/_trend_phenomena.py).

Invented sentences for two classes found on unlabelled news (bench/trend_review.py): the object of
a perception or causative verb ("ziet de leerprestaties niet verbeteren") and the noun after
"steeds meer/minder/vaker" ("behandelt steeds meer mannen"); "voor het eerst" ends a phenomenon.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # the object of a perception or causative verb
        ("De inspectie ziet de rekenvaardigheid van leerlingen niet verbeteren.",
         "rekenvaardigheid van leerlingen"),
        ("Sinds de crisis zagen veel boeren de prijs van hun melk fors dalen.", "prijs van hun melk"),
        ("Het college liet het aantal klachten niet verder oplopen.", "aantal klachten"),
        # the noun after "steeds meer", not the subject that has or gives it
        ("Huisartsen geven steeds minder antibiotica aan kinderen.", "antibiotica aan kinderen"),
        ("Wijkagenten krijgen steeds vaker meldingen van overlast door jongeren.", "meldingen van overlast"),
        # "voor het eerst" is no part of the phenomenon
        ("In Utrecht daalt het aantal woninginbraken voor het eerst sinds jaren.",
         "aantal woninginbraken"),
    ],
)
def test_what_changes(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # before a verb, a particle or an idiom noun "steeds meer" names no object
        ("Het draagvlak voor de maatregel wordt steeds meer uitgehold.", "draagvlak voor de maatregel"),
        ("De handel in namaakpillen vindt steeds vaker plaats via internet.", "handel in namaakpillen"),
        # in an adverbial or after a linking verb "steeds meer" is no quantity of an object
        ("Drones worden op steeds meer plaatsen ingezet.", "Drones"),
    ],
)
def test_subject_stays(text: str, phenomenon: str) -> None:
    found = [s.phenomenon for s in statements_of(text)]
    assert any(name.startswith(phenomenon) for name in found), found


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a noun of change opens no phenomenon: what changes follows it
        ("De opmars van elektrische fietsen zorgt voor drukte op de fietspaden.", "elektrische fietsen"),
        ("Er is een verschuiving in de verhoudingen tussen de partijen.", "verhoudingen tussen de partijen"),
        # a compound noun of change keeps its first part, not the place after it
        ("De inbraakgolf in Zuilen houdt aan.", "inbraakgolf in Zuilen"),
        # what a bare measure counts after a participle or adjective, or a number compound
        ("Vorig jaar was er een daling in het aantal opgehelderde inbraken.", "aantal opgehelderde inbraken"),
        ("Het aantal 65-plussers met een baan neemt toe.", "aantal 65-plussers met een baan"),
    ],
)
def test_change_nouns_and_measures(text: str, phenomenon: str) -> None:
    found = [s.phenomenon for s in statements_of(text)]
    assert phenomenon in found, found


def test_verb_after_measure_is_nothing_counted() -> None:
    found = [s.phenomenon for s in statements_of("In Tilburg is het zo dat het aantal daalde, tien procent.")]
    assert all("daalde" not in name for name in found), found


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a time without determiner, or cut short, ends the phenomenon
        ("Het aantal verkeersdoden is afgelopen jaar fors gestegen.", "aantal verkeersdoden"),
        ("Wij verwachten dat de vraag naar zorg de komende tijd zal toenemen.", "vraag naar zorg"),
        ("Naar verwachting zal het aantal inwoners de komende twintig jaar groeien.", "aantal inwoners"),
        # a superlative is the degree of the change
        ("Onder ouderen is de eenzaamheid het sterkst gestegen.", "eenzaamheid"),
        # a pronominal adverb or "met name" opens no phenomenon
        ("Een nieuwe school, waarvan het aantal leerlingen volgend jaar verdubbelt.", "aantal leerlingen"),
        ("Met name het aantal fietsdiefstallen steeg flink.", "aantal fietsdiefstallen"),
    ],
)
def test_times_degrees_and_openings(text: str, phenomenon: str) -> None:
    found = [s.phenomenon for s in statements_of(text)]
    assert phenomenon in found, found


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a heading or dateline run on into the sentence: the part next to the wording of change
        ("Zorgen in de wijk En de overlast van jongeren groeit nog steeds.", "overlast van jongeren"),
        ("Dalende ledenaantallen Het bestuur van de vereniging zoekt naar oplossingen.", "ledenaantallen"),
        ("ZWOLLE - Het aantal fietsendiefstallen in Zwolle is flink gedaald.",
         "aantal fietsendiefstallen in Zwolle"),
    ],
)
def test_heading_run_on(text: str, phenomenon: str) -> None:
    found = [s.phenomenon for s in statements_of(text)]
    assert phenomenon in found, found


def test_name_particle_is_no_sentence_opening() -> None:
    found = [s.phenomenon for s in statements_of("Volgens onderzoeker Van der Berg groeit de criminaliteit.")]
    assert all(not name.startswith("der Berg") for name in found), found
