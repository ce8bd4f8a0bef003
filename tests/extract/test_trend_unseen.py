"""Trend statements from wording classes that texts nobody tuned on use (issue 10): long
separable verbs, surge nouns, nouns of change that point back, comparatives as attributes and
changes shown by two numbers in consecutive sentences.

Every example sentence is made up for these tests; none comes from a gold text.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from tests.extract._helpers import statements_of as statements
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # subject and an adverbial of time between the parts of a separable verb
        ("In Limburg nam de overlast door drugsrunners in de loop van het voorjaar geleidelijk toe.",
         Change.UP, "overlast door drugsrunners"),
        ("Daarna liep het aantal meldingen van oplichting in de tweede helft van het jaar op.",
         Change.UP, "aantal meldingen van oplichting"),
    ],
)
def test_separable_verbs_with_a_long_middle(text: str, direction: Change, phenomenon: str) -> None:
    found = pairs(text)
    assert (direction, phenomenon) in found


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Na de inbraakgolf in Zuid-Limburg kwamen er extra surveillances.", "inbraakgolf in Zuid-Limburg"),
        ("Een aanslagengolf houdt de stad al weken in zijn greep.", "aanslagengolf"),
        ("Door de besmettingsgolven aan het begin van het jaar lag het werk stil.", "besmettingsgolven"),
    ],
)
def test_surge_nouns_are_a_rise_of_their_first_part(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text", ["Hij speelt op zaterdag golf met zijn buren.", "De golven op het strand waren hoog.",
             "De golfbaan ligt naast het bos."],
)
def test_the_head_alone_is_no_surge(text: str) -> None:
    assert pairs(text) == []


def test_a_noun_of_change_over_a_time_refers_to_the_change_before() -> None:
    found = pairs("Het aantal woninginbraken daalde in 2021 tot 18.000. Daarmee zet de afname van de"
                  " voorgaande jaren door.")
    assert found == [(Change.DOWN, "aantal woninginbraken"), (Change.DOWN, "aantal woninginbraken")]


def test_a_noun_of_change_over_a_time_without_a_change_before_is_dropped() -> None:
    assert pairs("Het college bespreekt de stijging van de afgelopen jaren in mei.") == []


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # a verb-final clause opened by "wat" about the clause before: the object precedes the verb
        ("Buurtbewoners delen via apps informatie, wat de pakkans aanzienlijk vergrootte.",
         Change.UP, "pakkans"),
        # a passive whose subject stands before a comma, with its relative clause
        ("De achterstand waar de rechtbank lang mee kampte, is weggewerkt.", Change.DOWN, "achterstand"),
        # a passive in the last conjunct has its own subject
        ("Het gat in de begroting is gedicht en de schuld is weggewerkt.", Change.DOWN, "schuld"),
    ],
)
def test_the_object_of_a_causative_verb(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a comparative with "worden" before a purpose clause
        ("Digitale vaardigheden, zoals werken met data en programmeren, worden belangrijker om mee te"
         " kunnen.", "Digitale vaardigheden (belangrijker)"),
        # the subject before an apposition of examples
        ("Vermogensdelicten, waaronder fietsendiefstal, zijn afgenomen.", "Vermogensdelicten"),
    ],
)
def test_subject_before_examples_and_comparative_before_purpose(text: str, phenomenon: str) -> None:
    assert [p for _, p in pairs(text)] == [phenomenon]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("De douane onderschepte in 2021 340 kilo heroïne bij controles. In 2020 was dat nog 410.",
         Change.DOWN, "kilo heroïne bij controles"),
        ("Agenten schreven in 2019 1.250 boetes uit. Een jaar eerder waren dat er 980.", Change.UP, "boetes"),
    ],
)
def test_a_figure_against_an_earlier_one_in_the_next_sentence(
    text: str, direction: Change, phenomenon: str
) -> None:
    [statement] = statements(text)
    assert (statement.direction, statement.phenomenon) == (direction, phenomenon)
    assert statement.text.endswith(("410", "980"))


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 waren dat er 12.",  # no figure before
        "Er waren 40 meldingen. In 2017 waren dat er 30.",  # no later year to compare with
    ],
)
def test_no_earlier_figure_without_a_later_one(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize("mark", ["•", "-", "o", "ċċ", "□"])
def test_a_participle_after_a_list_mark_is_an_attribute(mark: str) -> None:
    text = f"Knelpunten:\n{mark} verminderde instroom op de politieacademie;\n{mark} gestegen werkdruk."
    assert pairs(text) == [(Change.DOWN, "instroom op de politieacademie"), (Change.UP, "werkdruk")]


def test_a_quantity_comparative_opens_a_new_noun_phrase() -> None:
    found = pairs("Door de gestegen werkdruk minder cursussen werden gevolgd.")
    assert (Change.UP, "werkdruk") in found


def test_the_subject_of_a_negated_passive_in_the_last_conjunct() -> None:
    found = pairs("De hervormingen waren zwaar en de gevolgen daarvan zijn nog niet weggewerkt.")
    assert found == [(Change.STABLE, "gevolgen daarvan")]


def test_a_participle_coordinated_with_an_attributed_noun_phrase_is_an_attribute() -> None:
    found = pairs("Het inkomen van gezinnen steeg dankzij de hogere lonen en gestegen huurtoeslag.")
    assert (Change.UP, "huurtoeslag") in found
    assert (Change.UP, "inkomen van gezinnen") in found


def test_a_participle_after_a_subject_and_en_stays_a_verb() -> None:
    assert pairs("Het aantal zaken is gedaald en de wachttijden zijn gestegen.") == [
        (Change.DOWN, "aantal zaken"), (Change.UP, "wachttijden")]


def test_improvements_in_the_plural_are_measures_not_a_trend() -> None:
    assert pairs("Op alle stations hebben we verbeteringen doorgevoerd.") == []
    found = pairs("Er is een verbetering van de bereikbaarheid.")
    assert found == [(Change.UP, "bereikbaarheid")]


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal meldingen zou kunnen toenemen.",  # a mere possibility
        "De wachttijden zouden kunnen dalen als er meer rechters komen.",
        "Er wordt gepleit voor een uitbreiding van het cameratoezicht.",  # a plea
        "De raad bepleit een verhoging van de boetes.",
        "De inspectie adviseert een uitbreiding van het toezicht.",  # a recommendation
    ],
)
def test_possibilities_pleas_and_recommendations_are_no_trend(text: str) -> None:
    assert pairs(text) == []


def test_an_expectation_stays_a_trend() -> None:
    assert pairs("Het aantal overvallen zal de komende jaren toenemen.") == [(Change.UP, "aantal overvallen")]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De gemeenten voeren de controles op.", "controles"),  # simplemma reads "voeren" as the noun "voer"
        ("De wachttijden lopen in veel regio's verder op.", "wachttijden"),
    ],
)
def test_plural_forms_of_separable_verbs(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.UP, phenomenon)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het aantal aangiften ligt hoger dan 10 jaar geleden.", "aantal aangiften"),
        ("De gemiddelde boete is hoger dan vijf jaar geleden.", "gemiddelde boete"),
    ],
)
def test_a_comparative_against_a_number_of_years_ago(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.UP, phenomenon)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Illegale wapens in omloop namen sterk toe.", "Illegale wapens in omloop"),  # "wapens" is no verb
        ("De bende sloeg 169 keer toe, tegen 25 in het jaar ervoor.", "bende"),  # "sloeg" is (slaan)
    ],
)
def test_plural_nouns_and_strong_verbs_in_noun_phrases(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.UP, phenomenon)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("In plaats van handhaving werd ingezet op preventie.", "handhaving naar preventie"),
        ("Jongeren betalen steeds vaker met cryptomunten in plaats van met contant geld.",
         "contant geld naar cryptomunten"),
        ("Gemeenten kiezen nu voor cameratoezicht in plaats van voor extra handhavers.",
         "extra handhavers naar cameratoezicht"),
    ],
)
def test_instead_of_is_a_shift_from_the_old_to_the_new_choice(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.SHIFT, phenomenon)]


@pytest.mark.parametrize(
    "text",
    [
        "De rechtbank is dan dichtbij in plaats van op grote afstand.",  # no change of a choice
        "In plaats van een boete kreeg hij een taakstraf.",  # one case
    ],
)
def test_instead_of_without_a_change_is_no_shift(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Voorheen ging het om drugs, nu ook steeds vaker om wapens.", "drugs naar wapens"),
        ("Vroeger richtten oplichters zich op ouderen, nu op jongeren.", "ouderen naar jongeren"),
    ],
)
def test_then_and_now_with_a_preposition_of_choice(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.SHIFT, phenomenon)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De spanningen sindsdien zijn verdiept.", "spanningen"),
        ("De wachtlijsten inmiddels zijn gegroeid.", "wachtlijsten"),
    ],
)
def test_a_phenomenon_ends_before_an_adverb_of_time(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.UP, phenomenon)]


def test_a_noun_of_change_after_dit_is_refers_to_the_change_before() -> None:
    found = pairs("Het aantal cybermeldingen groeide met 30 procent. Dit is de sterkste stijging sinds 2015.")
    assert found == [(Change.UP, "aantal cybermeldingen"), (Change.UP, "aantal cybermeldingen")]
    assert pairs("Dit is een forse toename.") == []  # nothing to refer to


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Het aantal verkeersdoden was het laagste in tien jaar.", Change.DOWN, "aantal verkeersdoden"),
        ("Het aantal aangiften was het hoogste sinds jaren.", Change.UP, "aantal aangiften"),
        ("Het aantal faillissementen bereikte het hoogste niveau in 12 jaar.", Change.UP,
         "aantal faillissementen"),
    ],
)
def test_record_levels_over_a_number_of_years(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_a_noun_of_change_in_a_time_is_no_pointer() -> None:
    # "de groei in de tweede helft" names no phenomenon; it is not the change said before either
    found = pairs("Het aantal zaken daalde. De groei in de tweede helft van het jaar viel tegen.")
    assert found == [(Change.DOWN, "aantal zaken")]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("In 2023 werden 97 aanhoudingen verricht, tegenover 62 in 2022.", Change.UP, "aanhoudingen"),
        ("Er werden 310 fietsen gestolen, tegen 420 een jaar eerder.", Change.DOWN, "fietsen"),
    ],
)
def test_two_numbers_name_what_is_counted_without_the_verb(
    text: str, direction: Change, phenomenon: str
) -> None:
    assert pairs(text) == [(direction, phenomenon)]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("De laatste jaren is de straatroof in de binnenstad sterk toegenomen.", Change.UP,
         "straatroof in de binnenstad"),
        ("De afgelopen maanden daalde het aantal aangiftes van fietsdiefstal.", Change.DOWN,
         "aantal aangiftes van fietsdiefstal"),
        ("Het afgelopen jaar zijn de wachttijden bij de rechtbank opgelopen.", Change.UP,
         "wachttijden bij de rechtbank"),
    ],
)
def test_a_time_that_opens_the_clause_is_no_subject(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_a_noun_phrase_of_time_before_another_verb_keeps_its_subject() -> None:
    assert pairs("De komende jaren zal de vergrijzing verder toenemen.") == [(Change.UP, "vergrijzing")]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # a pointer: the figure of the sentence before
        ("Vorig jaar registreerde de politie 840 woninginbraken. Dat is een daling van 12 procent ten "
         "opzichte van 2017.", Change.DOWN, "woninginbraken"),
        ("Vorig jaar kregen verzekeraars 5100 verdachte claims. Dat is 14 procent meer dan in 2017.",
         Change.UP, "verdachte claims"),
        # the count before the change in the same sentence
        ("Er werden vorig jaar in Twente 88 drugslabs opgerold, 20 procent minder dan in 2017.", Change.DOWN,
         "drugslabs"),
        # the subject, when the figure is an amount
        ("De buit van de plofkrakers was vorig jaar 3,2 miljoen euro, een stijging van 40 procent.",
         Change.UP, "buit van de plofkrakers"),
        # the counted thing after the size
        ("In 2018 was er een toename van ruim 15 procent van geweld tegen boa's.", Change.UP,
         "geweld tegen boa's"),
    ],
)
def test_a_change_sized_against_a_figure_is_about_what_the_figure_counts(
    text: str, direction: Change, phenomenon: str
) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_a_sized_change_inside_another_noun_names_no_phenomenon() -> None:
    assert pairs("De oorzaak van de daling van 7 procent wordt onderzocht.") == []


def test_a_size_against_a_group_is_no_change() -> None:
    assert pairs("De prijzen in biowinkels liggen 15 procent hoger dan elders.") == []


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Het aantal aangiftes van oplichting is het hoogste sinds het begin van de metingen.", Change.UP,
         "aantal aangiftes van oplichting"),
        ("De jeugdwerkloosheid staat op het laagste niveau sinds de crisis.", Change.DOWN,
         "jeugdwerkloosheid"),
    ],
)
def test_a_record_since_an_event(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_a_record_that_opens_with_dat_is_about_the_figure_before() -> None:
    text = (
        "Vorig jaar kwamen 21.000 meldingen van overlast binnen. "
        "Dat is het hoogste aantal sinds de start van het meldpunt."
    )
    assert (Change.UP, "meldingen van overlast") in pairs(text)


def test_en_er_opens_a_new_conjunct() -> None:
    found = pairs(
        "De werkloosheid staat op het laagste niveau sinds de crisis en er zijn meer vacatures dan ooit."
    )
    assert (Change.DOWN, "werkloosheid") in found
    assert (Change.UP, "vacatures") in found


@pytest.mark.parametrize(
    "text",
    [
        "Er is een wildgroei aan keurmerken voor veilig wonen.",
        "De wildgroei van flitsbezorgers baart zorgen.",
    ],
)
def test_a_wildgroei_is_a_rise(text: str) -> None:
    assert [d for d, _ in pairs(text)] == [Change.UP]


def test_a_surge_compound_that_a_verb_changes_is_said_by_the_verb() -> None:
    found = pairs("De inbraakgolf in de Achterhoek neemt af.")
    assert found == [(Change.DOWN, "inbraakgolf in de Achterhoek")]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Webwinkels moeten voortaan een keurmerk tonen.", "Webwinkels"),
        ("Voortaan vallen drones onder de luchtvaartwet.", "drones onder de luchtvaartwet"),
        ("Daarnaast krijgen boa's voortaan een bodycam.", "boa's"),
        ("Veel jongeren betalen tegenwoordig met hun telefoon.", "jongeren"),
    ],
)
def test_voortaan_and_tegenwoordig_shift_the_subject(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.SHIFT, phenomenon)]


def test_a_group_that_does_something_nowadays_names_what_it_does() -> None:
    found = pairs("Daarom eisen ze tegenwoordig dat er bij elke levering extra pakketten meegaan.")
    assert len(found) == 1
    assert found[0][0] is Change.SHIFT
    assert "extra pakketten" in found[0][1]


def test_a_comparative_with_tegenwoordig_gives_the_direction() -> None:
    found = pairs("Tegenwoordig zijn agenten en buurtbewoners veel meer op elkaar aangewezen.")
    assert found == [(Change.UP, "agenten en buurtbewoners")]


@pytest.mark.parametrize(
    "text",
    [
        "Hij woont tegenwoordig in Spanje.",
        "De jeugd van tegenwoordig leest weinig.",
        "De gemeente wil dat bewoners voortaan zelf overlast melden.",
        "Ik ga voortaan met de fiets.",
    ],
)
def test_a_person_a_wish_or_a_noun_phrase_with_tegenwoordig_is_no_shift(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het geweld tussen de jeugdbendes is opnieuw opgelaaid.", "geweld tussen de jeugdbendes"),
        ("In de wijk laait de overlast door hangjongeren weer op.", "overlast door hangjongeren"),
        ("Het oplaaiende geweld rond de stadions baart de burgemeester zorgen.", "geweld rond de stadions"),
    ],
)
def test_oplaaien_is_a_rise(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Het vertrouwen in de rechtspraak is aan het afnemen.", Change.DOWN, "vertrouwen in de rechtspraak"),
        ("Het aantal fietsdiefstallen is weer aan het stijgen.", Change.UP, "aantal fietsdiefstallen"),
    ],
)
def test_a_change_going_on_aan_het(text: str, direction: Change, phenomenon: str) -> None:
    assert pairs(text) == [(direction, phenomenon)]


def test_aan_het_before_a_noun_of_change_is_no_progressive() -> None:
    assert pairs("De gemeente werkt aan het terugdringen van ondermijning.") == []


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("In 2018 kwamen er 40 procent meer meldingen van phishing binnen.", Change.UP,
         "meldingen van phishing"),
        ("In Twente werden 25 procent minder autokraken gepleegd dan in dezelfde periode vorig jaar.",
         Change.DOWN, "autokraken"),
        ("In de regio was sprake van 30 procent minder drugsdumpingen ten opzichte van vorig jaar.",
         Change.DOWN, "drugsdumpingen"),
    ],
)
def test_a_count_changed_by_a_share(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jongeren hebben 20 procent meer schulden dan ouderen.",
        "Vrouwen lopen in 2018 73 procent meer risico op letsel bij een ongeval.",
        "Het aantal verkopen daalde sterk. Gemiddeld vonden 13 procent minder verkopen plaats.",
    ],
)
def test_a_share_against_a_group_a_risk_or_without_a_time_is_no_new_change(text: str) -> None:
    assert all("procent" not in s.text for s in statements(text))
