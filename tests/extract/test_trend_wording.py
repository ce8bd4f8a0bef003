"""Trend statements from general Dutch wording of change: lemmas, separable verbs, participles,
comparatives, negation and modality, persistence, two numbers, and what the change is about.

Every example sentence is made up for these tests; none comes from a gold text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import require
from tests.extract._helpers import statements_of as statements
from trendbeeld.extract import _cues
from trendbeeld.model import Change

_POINTERS = {"dit", "dat", "deze", "die", "het", "die trend", "deze ontwikkeling"}



def one(text: str) -> tuple[Change, str]:
    [statement] = statements(text)
    return statement.direction, statement.phenomenon


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("stegen", "stijgen"),  # simplemma gives "steeg": looked up once more
        ("teruglopende", "teruglopen"),  # present participle by inflection
        ("verscherpte", "verscherpen"),  # weak past tense by inflection
        ("geïntensiveerd", "intensiveren"),  # participle with a diaeresis
        ("oplopen", "oplopen"),  # an infinitive is its own lemma
    ],
)
def test_verbs_of_change_are_known_by_lemma(word: str, lemma: str) -> None:
    assert _cues._verb_lemma(word, _cues._verbs().table) == lemma


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # inflections that no list of forms named
        ("Het aantal fietsendiefstallen halveerde.", Change.DOWN, "aantal fietsendiefstallen"),
        ("De wachttijden bij de rechtbank verdrievoudigden.", Change.UP, "wachttijden bij de rechtbank"),
        ("De huurprijzen zijn sterk gestegen.", Change.UP, "huurprijzen"),
        # separable verbs with the subject or other words between the parts
        ("In Drenthe liep het aantal branden op tot 400.", Change.UP, "aantal branden"),
        ("De gemeente voerde de controles op.", Change.UP, "controles"),
        ("Zo gaat de boete voor zwartrijden omhoog.", Change.UP, "boete voor zwartrijden"),
        ("Het ziekteverzuim onder agenten nam vorig jaar af.", Change.DOWN, "ziekteverzuim onder agenten"),
        # participles as attributes
        ("Stijgende energieprijzen raken huishoudens.", Change.UP, "energieprijzen"),
        ("Door verminderde inkomsten sloot het buurthuis.", Change.DOWN, "inkomsten"),
        # nominalisations
        ("Er is een toevloed van nieuwe aanvragen.", Change.UP, "nieuwe aanvragen"),
        ("De verlaging van de accijns kost geld.", Change.DOWN, "accijns"),
    ],
)
def test_wording_of_change_by_morphology(text: str, direction: Change, phenomenon: str) -> None:
    assert one(text) == (direction, phenomenon)


def test_a_preposition_after_the_particle_is_no_separable_verb() -> None:
    assert statements("De wandelaar loopt op het fietspad.") == []


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het aantal klachten over geluidsoverlast nam niet af.", "aantal klachten over geluidsoverlast"),
        ("Aan de bezetting van de meldkamer verandert er niets wezenlijks.", "bezetting van de meldkamer"),
        ("Het vertrouwen in de rechtspraak is onverminderd groot.", "vertrouwen in de rechtspraak"),
        ("De oorlog tussen de bendes speelt al jaren.", "oorlog tussen de bendes"),
    ],
)
def test_negated_change_and_persistence_are_stable(text: str, phenomenon: str) -> None:
    direction, found = one(text)
    assert direction is Change.STABLE
    assert phenomenon.lower() in found.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal wijkagenten moet worden uitgebreid.",  # a wish
        "Wanneer het vertrouwen in de overheid verdwijnt, is herstel moeilijk.",  # a condition
        "Zonder toezicht vermindert de naleving van de regels.",  # a condition
        "Bij herhaling kan de boete oplopen tot 5.000 euro.",  # a bound
        "Er zitten geen dalende wachtlijsten in de kast.",  # a negated attribute
    ],
)
def test_wishes_conditions_and_bounds_are_no_trends(text: str) -> None:
    assert statements(text) == []


def test_an_expectation_is_a_trend() -> None:
    assert one("Het aantal ouderen zal de komende jaren toenemen.") == (Change.UP, "aantal ouderen")


def test_a_wish_in_a_relative_clause_does_not_govern_the_change() -> None:
    text = "Het aantal keren dat de brandweer moest uitrukken is in vijf jaar gestegen."
    [statement] = statements(text)
    assert statement.direction is Change.UP
    assert "brandweer" in statement.phenomenon


def test_blijven_with_a_verb_of_change_takes_that_direction() -> None:
    direction, phenomenon = one("De wachtlijsten voor jeugdzorg bleven oplopen.")
    assert direction is Change.UP
    assert phenomenon == "wachtlijsten voor jeugdzorg"


def test_two_conjuncts_are_two_statements() -> None:
    text = "Uit de peiling blijkt dat de tevredenheid niet is gedaald en het vertrouwen onveranderd hoog is."
    found = [(s.direction, s.phenomenon) for s in statements(text)]
    assert found == [(Change.STABLE, "tevredenheid"), (Change.STABLE, "vertrouwen")]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Er kwamen 412 meldingen van burenruzies (2021: 380).", Change.UP, "meldingen van burenruzies"),
        ("In 2023 werden 1.250 fietsen gestolen, tegenover 1.400 in 2022.", Change.DOWN, "fietsen"),
        # the phenomenon is what the words between the number and the comparison say
        ("Van de bewoners voelt 64% zich veilig (2022: 64%).", Change.STABLE, "veilig"),
    ],
)
def test_a_change_shown_only_by_two_numbers(text: str, direction: Change, phenomenon: str) -> None:
    direction_found, found = one(text)
    assert direction_found is direction
    assert phenomenon.lower() in found.lower()


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Er werden minder inbraken gepleegd dan een jaar eerder.", Change.DOWN, "inbraken"),
        ("Een groter deel van de scholieren gebruikt een vape.", Change.UP, "deel van de scholieren"),
        ("Het aantal overvallen is het laagste sinds 2005.", Change.DOWN, "aantal overvallen"),
    ],
)
def test_comparatives_against_an_earlier_time(text: str, direction: Change, phenomenon: str) -> None:
    direction_found, found = one(text)
    assert direction_found is direction
    assert found.lower().startswith(phenomenon.lower())


def test_a_comparative_with_a_pointer_takes_the_figure_before() -> None:
    text = "In de binnenstad werden 310 zakkenrollers aangehouden. Dit is 12% hoger dan in 2021."
    [statement] = statements(text)
    assert statement.direction is Change.UP
    assert statement.phenomenon == "zakkenrollers"  # what the figure counts, not the place
    assert statement.text == "hoger"


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # never a number phrase
        ("In de haven nam het aantal met 30 procent toe.", "aantal in de haven"),
        ("Bij de jeugd stegen de cijfers fors.", "cijfers bij de jeugd"),
        # "deze ontwikkeling" is resolved to the statement before it
        ("De cybercrime groeit snel. Sociale media versterken deze ontwikkeling.", "cybercrime"),
    ],
)
def test_phenomenon_is_the_noun_phrase_the_change_is_about(text: str, phenomenon: str) -> None:
    assert [s.phenomenon for s in statements(text)][-1] == phenomenon


def test_a_pointer_without_an_antecedent_is_dropped() -> None:
    assert statements("Sociale media versterken deze ontwikkeling.") == []


def test_object_after_the_subject_in_an_inverted_clause() -> None:
    direction, phenomenon = one("Vorig jaar intensiveerde de douane in 2022 haar controles op cocaïne.")
    assert direction is Change.UP
    assert phenomenon == "controles op cocaïne"


@pytest.mark.parametrize(
    "text",
    [
        "Het team leverde verdiepende analyses aan.",  # a causative's participle: in-depth, no change
        "Met 40% vrouwen in de top blijven we het gemiddelde ver voor.",  # "voorblijven"
        "Het bureau kon de daling van de afgelopen jaren vasthouden.",  # a time is no phenomenon
    ],
)
def test_no_statement_without_a_phenomenon_that_changes(text: str) -> None:
    assert statements(text) == []


def test_a_clause_that_opens_with_its_verb_takes_the_subject_before_the_comma() -> None:
    text = "Buurten die al arm waren, zijn door de crisis armer geworden."
    [statement] = statements(text)
    assert statement.direction is Change.DOWN
    assert statement.phenomenon.startswith("Buurten")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeente verwacht een verdere professionalisering van de handhaving.", True),
        ("Er is verdere informatie nodig over de aanvragen.", False),
    ],
)
def test_verdere_before_a_process_noun_is_a_rise(text: str, expected: bool) -> None:
    assert bool(statements(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De kans op overstromingen blijft reëel.", [(Change.STABLE, "kans op overstromingen")]),
        ("Zakkenrollerij blijft een aandachtspunt binnen de aanpak.", [(Change.STABLE, "Zakkenrollerij")]),
        ("De gemeente blijft investeren in straatverlichting.", []),  # an activity goes on, no state
    ],
)
def test_blijven_is_stable_only_with_a_state(text: str, expected: list[tuple[Change, str]]) -> None:
    assert [(s.direction, s.phenomenon) for s in statements(text)] == expected


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # a subordinate clause puts the object of a causative before the verb
        ("Er kwamen camera's, waardoor de gemeente het toezicht sterk vergrootte.", Change.UP, "toezicht"),
        # a shift towards something
        ("De recherche ziet een verschuiving naar digitale fraude.", Change.SHIFT, "digitale fraude"),
        # "een … vlucht nemen" with an adjective in it
        ("In 2020 nam het thuiswerken een enorme vlucht.", Change.UP, "thuiswerken"),
    ],
)
def test_objects_complements_and_fixed_expressions(text: str, direction: Change, phenomenon: str) -> None:
    direction_found, found = one(text)
    assert direction_found is direction
    assert phenomenon in found


def test_a_possibility_in_the_passive_is_no_trend() -> None:
    assert statements("We kijken hoe die afhankelijkheid verkleind kan worden.") == []


@pytest.mark.parametrize(
    "name", ["corpus/national-2020.txt", "corpus/dev/politie-2017.txt", "corpus/dev/ns-2018.txt"]
)
def test_real_reports_give_noun_phrases_never_numbers_or_pointers(shared: Path, name: str) -> None:
    path = shared / name
    require(path.is_file(), f"{path} ontbreekt")
    found = statements(path.read_text(encoding="utf-8"))
    assert found
    for statement in found:
        words = statement.phenomenon.split()
        assert words, statement
        assert not words[0][0].isdigit(), statement
        assert "\x00" not in statement.phenomenon, statement
        assert statement.phenomenon.lower() not in _POINTERS, statement


def test_hetzelfde_geldt_voor_repeats_the_change_for_another_phenomenon() -> None:
    text = "Het aantal fietsdiefstallen nam toe. Hetzelfde geldt voor inbraken in schuren."
    found = [(s.direction, s.phenomenon) for s in statements(text)]
    assert found == [(Change.UP, "aantal fietsdiefstallen"), (Change.UP, "inbraken in schuren")]


def test_a_bare_measure_takes_the_scope_after_an_opening_adverb() -> None:
    direction, phenomenon = one("Ook bij de jeugdzorg stegen de cijfers.")
    assert (direction, phenomenon) == (Change.UP, "cijfers bij de jeugdzorg")


def test_a_noun_of_change_as_a_goal_is_no_trend() -> None:
    assert statements("De subsidie is ter verbetering van de verlichting in parken.") == []


def test_a_phenomenon_never_starts_with_a_past_tense() -> None:
    text = "We openden een nieuw meldpunt en verbeterden de website."
    assert all(not s.phenomenon.lower().startswith("openden") for s in statements(text))


def test_a_noun_after_an_article_does_not_end_the_noun_phrase() -> None:
    direction, phenomenon = one("Er is een verhoging van de boete voor zwartrijden.")
    assert (direction, phenomenon) == (Change.UP, "boete voor zwartrijden")


def test_a_participle_after_an_adverb_of_degree_is_an_attribute() -> None:
    direction, phenomenon = one("Het fors toegenomen aantal meldingen baart zorgen.")
    assert (direction, phenomenon) == (Change.UP, "aantal meldingen")


def test_then_and_now_is_a_shift_towards_what_holds_now() -> None:
    text = "Waar vroeger vooral banken werden overvallen, zijn nu ook juweliers het doelwit."
    [statement] = statements(text)
    assert statement.direction is Change.SHIFT
    assert statement.phenomenon.endswith("juweliers het doelwit")


@pytest.mark.parametrize("count", ["drie", "twaalf", "dertig", "vijftig"])
def test_a_comparative_against_an_earlier_time_reads_the_number_words_of_numbers(count: str) -> None:
    text = f"Het aantal inbraken is nu lager dan {count} jaar geleden."
    [cue] = _cues.comparative_cues(text, text.lower())
    assert (cue.text, cue.kind, cue.direction) == ("lager", "comp", Change.DOWN)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het kortdurend verzuim, waarbij medewerkers ziek thuis zaten, nam toe.", "kortdurend verzuim"),
        ("Het aantal aangiften, die de politie in behandeling nam, steeg.", "aantal aangiften"),
    ],
)
def test_the_verb_after_a_relative_clause_takes_the_subject_before_it(text: str, phenomenon: str) -> None:
    [statement] = statements(text)
    assert (statement.phenomenon, statement.direction) == (phenomenon, Change.UP)


def test_a_separable_verb_split_over_two_lines_keeps_its_particle() -> None:
    text = "De omzet van de winkels in de binnenstad nam in het derde kwartaal\ntoe, zo blijkt uit cijfers."
    [statement] = statements(text)
    assert (statement.phenomenon, statement.direction) == ("omzet van de winkels in de binnenstad", Change.UP)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a multiple against an earlier time, after the phrase or before it
        ("Vergeleken met 2020 zijn er in 2021 ruim twee keer zoveel vrijwilligers bij de club ingestroomd.",
         "vrijwilligers bij de club"),
        ("Er werden in de gemeente drie keer zoveel scooters gestolen als vorig jaar.", "scooters gestolen"),
    ],
)
def test_a_multiple_against_an_earlier_time_is_a_rise(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in [(s.direction, s.phenomenon) for s in statements(text)]


def test_a_multiple_between_groups_is_no_rise() -> None:
    assert statements("Jongeren sporten bijna drie keer zoveel als ouderen.") == []


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a comparative before the auxiliary of "geworden" at the end of a subordinate clause
        ("Buurtbewoners merken dat de overlast van hangjongeren erger is geworden.",
         "overlast van hangjongeren (erger)"),
        ("De onderzoekers concluderen dat de wachttijden langer zijn geworden.", "wachttijden (langer)"),
    ],
)
def test_a_comparative_before_is_geworden(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in [(s.direction, s.phenomenon) for s in statements(text)]
