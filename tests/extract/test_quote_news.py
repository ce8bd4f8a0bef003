"""Quotes in news text as newspapers store it (issue 10): one invented sentence per wording class
of attribution that unseen news uses, often with the paragraph breaks lost."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def attributed(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in items_of(Quote, text)]


def test_an_unresolved_speaker_ends_the_run_of_the_speaker_before() -> None:
    text = ("„We zien het aantal inbraken in de wijk al jaren dalen”, zegt Jan de Vries, wijkagent. "
            "„Dat komt door de buurtapps.” De buurt is tevreden. "
            "„Maar de fietsendiefstallen nemen nog steeds toe”, zegt de conciërge. "
            "„Vooral bij het station worden veel fietsen gestolen.”")
    assert attributed(text) == [
        ("We zien het aantal inbraken in de wijk al jaren dalen", "Jan de Vries"),
        ("Dat komt door de buurtapps.", "Jan de Vries"),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("„Er gaat elke week een partij van honderd kilo door de haven”, zegt een goed ingevoerde bron "
         "uit de drugswereld.", "goed ingevoerde bron uit de drugswereld"),
        ("„De meeste jongens weten precies waar de camera's hangen”, aldus een ingewijde.", "ingewijde"),
        ("„Ik hoorde eerst een harde knal en toen zag ik de rook”, vertelt een buurtbewoner.",
         "buurtbewoner"),
        ("„Hier wordt elke nacht wel iets gestolen uit de auto's”, zegt iemand uit de straat.",
         "iemand uit de straat"),
        ("„Hier wordt elke nacht wel iets gestolen uit de auto's”, zegt een buurtbewoonster.",
         "buurtbewoonster"),
    ],
)
def test_an_unnamed_person_without_an_organisation_is_anonymous(text: str, role: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role, quote.organisation) == ("anoniem", role, None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("„Vroeger keken we op van een partij van honderd kilo”, zegt een politie-expert.", "politie-expert"),
        ("„Vroeger keken we op van een partij van honderd kilo”, zegt een politiebron.", "politiebron"),
        ("„Vroeger keken we op van een partij van honderd kilo”, zegt de politiespecialist.",
         "politiespecialist"),
        ("„Vroeger keken we op van een partij van honderd kilo”, zegt een ervaren politieman.",
         "ervaren politieman"),
        ("„Vroeger keken we op van een partij van honderd kilo”, zegt een bron bij de politie.", "bron"),
    ],
)
def test_an_unnamed_source_of_an_organisation_gives_the_organisation(text: str, role: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role, quote.organisation) == ("politie", role, "politie")


def test_the_words_after_an_unnamed_source_continue_its_quote() -> None:
    text = ("„Veel van die partijen gaan meteen door naar Engeland”, zegt een goed ingevoerde crimineel. "
            "„Daar betalen ze de hoogste prijs voor een kilo.” De politie herkent dat beeld.")
    assert attributed(text) == [
        ("Veel van die partijen gaan meteen door naar Engeland", "anoniem"),
        ("Daar betalen ze de hoogste prijs voor een kilo.", "anoniem"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "„Vroeger keken we op van een partij van honderd kilo”, zegt een zakenman.",
        "„Vroeger keken we op van een partij van honderd kilo”, zegt de bron.",
        # "zegt een van de bewoners" is one of a group of unnamed people, "anoniem" (NOTES: anonymous
        # speakers, "aldus een ander"): see test_quote_unnamed_groups.py
    ],
)
def test_an_unnamed_person_who_is_no_source_or_was_introduced_before_is_no_guess(text: str) -> None:
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wethouder Karin Mol schrijft de raad dat de buurt 'niet langer veilig is voor kinderen'.",
        "Karin Mol is wethouder in Zwolle. Zij zegt dat de buurt 'niet langer veilig is voor kinderen'.",
        "Volgens wethouder Karin Mol is de buurt 'niet langer veilig voor kinderen'.",
    ],
)
def test_a_fragment_in_single_marks_inside_reported_speech_is_a_quote(text: str) -> None:
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Karin Mol"
    assert quote.text.startswith("niet langer veilig")


@pytest.mark.parametrize(
    "text",
    [
        "Wethouder Karin Mol zegt dat het een 'inside job' was.",
        "Wethouder Karin Mol wil dat de buurt 'niet langer veilig is voor kinderen'.",
        "Het rapport 'Veilig wonen in de wijk' verscheen in mei, zegt Karin Mol.",
    ],
)
def test_a_term_or_a_fragment_outside_reported_speech_is_no_quote(text: str) -> None:
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("„De overlast rond het station is flink toegenomen”, zegt de Rotterdamse burgemeester Ahmed "
         "Aboutaleb.", "Ahmed Aboutaleb", "burgemeester"),
        ("„De overlast rond het station is flink toegenomen”, zegt de Utrechtse politiechef Eva Mol.",
         "Eva Mol", "politiechef"),
    ],
)
def test_a_place_adjective_before_the_title_of_a_named_person(text: str, speaker: str, role: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("In een verklaring laat het OM weten: „De verdachte wordt maandag voorgeleid aan de rechter.”",
         "OM"),
        ("Op Twitter meldt de politie: „De verdachte wordt maandag voorgeleid aan de rechter.”", "politie"),
        ("„De verdachte wordt maandag voorgeleid aan de rechter”, klinkt het bij de politie.", "politie"),
        ("„De verdachte wordt maandag voorgeleid aan de rechter”, zo klinkt het bij het OM.", "OM"),
    ],
)
def test_an_organisation_speaks_with_the_verb_before_it(text: str, organisation: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.organisation) == (organisation, organisation)


def test_a_fragment_attributed_by_a_sentence_after_it() -> None:
    text = ("De nieuwe regel is 'feitelijk overbodig' en geeft de politie 'geen extra bevoegdheid'. "
            "Daarom is de regel geschrapt. Dat heeft minister Eva Mol aan de Tweede Kamer laten weten.")
    assert attributed(text) == [("feitelijk overbodig", "Eva Mol"), ("geen extra bevoegdheid", "Eva Mol")]


@pytest.mark.parametrize(
    "text",
    [
        # "Dat heeft" without a verb of saying: no attribution
        "De nieuwe regel is 'feitelijk overbodig'. Dat heeft minister Eva Mol nooit begrepen.",
        # too far: three sentences lie between
        "De nieuwe regel is 'feitelijk overbodig'. De regel is oud. Hij is geschrapt. "
        "Dat heeft minister Eva Mol laten weten.",
    ],
)
def test_a_fragment_without_a_saying_sentence_close_after_it_is_no_quote(text: str) -> None:
    assert items_of(Quote, text) == []


def test_narration_of_several_sentences_ends_a_run_in_text_without_paragraph_breaks() -> None:
    text = ("„We zien het aantal inbraken in de wijk al jaren dalen”, zegt wijkagent Jan de Vries. "
            "De gemeente plaatste vorig jaar camera's. Die hangen bij het station. Ook kwam er meer "
            "verlichting. 'Ten behoeve van de veiligheid kan de burgemeester cameratoezicht instellen.' "
            "„Dat komt vooral door de buurtapps in de straat.”")
    assert attributed(text) == [
        ("We zien het aantal inbraken in de wijk al jaren dalen", "Jan de Vries"),
    ]


def test_the_questions_of_an_interview_do_not_end_a_run() -> None:
    text = ("„De meeste jongens die de moorden plegen zijn nog erg jong”, zegt journalist Jan de Vries. "
            "Waarom doen ze dit? En wie stuurt hen aan? "
            "„Het gaat altijd om geld en om de snelle handel in drugs.”")
    assert [speaker for _text, speaker in attributed(text)] == ["Jan de Vries", "Jan de Vries"]


def test_a_title_that_shortens_a_quotation_gets_its_speaker() -> None:
    text = ("'Rotterdam is draaischijf Europese wapenhandel'\n\n"
            "De politie nam vorig jaar meer wapens in beslag. „Rotterdam is de draaischijf van de "
            "Europese handel in wapens”, zegt hoogleraar Eva Mol. „Een groot deel gaat door naar "
            "Engeland.” Ook de douane ziet het. „Veel containers worden niet gecontroleerd”, zegt "
            "Jan de Vries van de douane.")
    title = items_of(Quote, text)[0]
    assert (title.text, title.speaker) == ("Rotterdam is draaischijf Europese wapenhandel", "Eva Mol")


def test_a_title_that_fits_two_speakers_quotations_as_well_is_no_guess() -> None:
    text = ("'Rotterdam draaischijf wapenhandel'\n\n"
            "„Rotterdam is een draaischijf van de wapenhandel”, zegt hoogleraar Eva Mol. "
            "„Rotterdam is zeker een draaischijf van de wapenhandel”, zegt Jan de Vries van de douane.")
    assert [q.speaker for q in items_of(Quote, text)] == ["Eva Mol", "Jan de Vries"]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("„De overlast rond het station is flink toegenomen”, stelt Tweede Kamerlid Eva Mol.",
         "Eva Mol", "Kamerlid"),
        ("„De overlast rond het station is flink toegenomen”, zegt prof. dr. Eva Mol.", "Eva Mol", None),
        ("„De overlast rond het station is flink toegenomen”, zegt mr. E. Mol.", "E. Mol", None),
        ("„De overlast rond het station is flink toegenomen”, aldus de burgemeester van Zwolle, Eva Mol.",
         "Eva Mol", "burgemeester van Zwolle"),
        ("„De overlast rond het station is flink toegenomen”, zegt de voorzitter van de buurtvereniging, "
         "Eva Mol.", "Eva Mol", "voorzitter van de buurtvereniging"),
        ("„De overlast rond het station is flink toegenomen”, zegt buurtbewoonster Eva Mol.",
         "Eva Mol", "buurtbewoonster"),
    ],
)
def test_titles_and_roles_around_a_full_name(text: str, speaker: str, role: str | None) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    "subject",
    ["Van Dijk maakt zich zorgen over de toename.", "Van Dijk reageert verbaasd op de cijfers.",
     "Van Dijk, die al tien jaar wethouder is, maakt zich zorgen."],
)
def test_a_surname_as_subject_of_the_sentence_before_a_quote(subject: str) -> None:
    text = ("Wethouder Jan Peter van Dijk presenteerde dinsdag zijn plannen. " + subject
            + " ,,De overlast in de wijk is het afgelopen jaar flink toegenomen.''")
    assert attributed(text) == [("De overlast in de wijk is het afgelopen jaar flink toegenomen.",
                                 "Jan Peter van Dijk")]


def test_a_surname_named_nowhere_before_is_no_subject() -> None:
    text = "Van Dijk maakt zich zorgen over de toename. ,,De overlast in de wijk is flink toegenomen.''"
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    "subject",
    ["De politie herkent het beeld.", "Ook de gemeente Utrecht is somber.", "Bij de politie zijn ze somber."],
)
def test_an_organisation_as_subject_of_the_sentence_before_a_quote(subject: str) -> None:
    text = subject + " ,,We zien de overlast in de wijk al jaren flink toenemen.''"
    [quote] = items_of(Quote, text)
    assert quote.speaker == quote.organisation
    assert quote.speaker in {"politie", "gemeente Utrecht"}


@pytest.mark.parametrize(
    "text",
    [
        "De politie arresteerde drie verdachten. ,,Ik schrok me kapot van de harde knal in de straat.''",
        "De politie sprak met Jan de Vries. ,,We zien de overlast in de wijk al jaren flink toenemen.''",
    ],
)
def test_an_organisation_subject_does_not_say_ik_nor_speaks_over_a_person(text: str) -> None:
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Een buurtbewoner zegt: „De overlast in de wijk is het afgelopen jaar flink toegenomen.”",
         "anoniem", "buurtbewoner"),
        ("Een ingewijde: „De overlast in de wijk is het afgelopen jaar flink toegenomen.”",
         "anoniem", "ingewijde"),
        ("Een politiebron vertelt: „De overlast in de wijk is het afgelopen jaar flink toegenomen.”",
         "politie", "politiebron"),
        ("Volgens een ingewijde gaat het mis. „De overlast in de wijk is het afgelopen jaar flink "
         "toegenomen.”", "anoniem", "ingewijde"),
    ],
)
def test_an_unnamed_source_before_the_quote(text: str, speaker: str, role: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == (speaker, role)


def test_an_unnamed_source_as_subject_of_the_sentence_before_speaks() -> None:
    text = ("„We krijgen meer meldingen van overlast in het weekend”, zegt een woordvoerder van de politie. "
            "Een goed ingevoerde bron in de wijk nuanceert het beeld. "
            "„Het gaat om een klein groepje jongeren, de rest doet niks verkeerd.”")
    assert [(q.speaker, q.role) for q in items_of(Quote, text)] == [
        ("politie", "woordvoerder"), ("anoniem", "goed ingevoerde bron in de wijk")]


def test_an_unnamed_source_not_at_the_start_of_the_sentence_before_is_no_subject() -> None:
    text = ("Volgens de buurt belde een buurtbewoner de politie. "
            "„De overlast in de wijk is het afgelopen jaar flink toegenomen.”")
    assert items_of(Quote, text) == []


def test_two_apostrophes_open_and_close_a_quote() -> None:
    text = "''De overlast in de wijk is het afgelopen jaar flink toegenomen'', zegt Jan de Vries."
    assert attributed(text) == [
        ("De overlast in de wijk is het afgelopen jaar flink toegenomen", "Jan de Vries")
    ]


def test_two_apostrophes_after_a_sentence_open_no_quote() -> None:
    text = ("Het gaat goed.'' De overlast in de wijk is het afgelopen jaar flink toegenomen'', "
            "zegt Jan de Vries.")
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    ("ending", "organisation"),
    [
        ("zegt het Centraal Bureau voor de Statistiek.", "Centraal Bureau voor de Statistiek"),
        ("aldus de KMar.", "KMar"),
        ("aldus de politievakbond ACP.", "politievakbond ACP"),
        ("oordeelt de rechtbank.", "rechtbank"),
    ],
)
def test_organisations_named_in_news(ending: str, organisation: str) -> None:
    [quote] = items_of(Quote, f"„De verdachte heeft de vrouw opzettelijk aangereden”, {ending}")
    assert (quote.speaker, quote.organisation) == (organisation, organisation)


@pytest.mark.parametrize("ending", ["vertelt de 34-jarige.", "vertelt de 34-jarige Amsterdammer."])
def test_an_age_refers_to_the_person_named_with_it(ending: str) -> None:
    text = ("Jan de Vries (34) woont al jaren in de wijk. De gemeente doet volgens hem te weinig. "
            f"„Ik kan 's nachts niet meer slapen door het lawaai op straat”, {ending}")
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Jan de Vries"


def test_an_age_with_a_full_name_is_that_name() -> None:
    text = ("Jan de Vries (34) woont al jaren in de wijk. "
            "„Ik kan 's nachts niet meer slapen door het lawaai op straat”, vertelt de 34-jarige Eva Mol.")
    assert [q.speaker for q in items_of(Quote, text)] == ["Eva Mol"]


@pytest.mark.parametrize(
    ("ending", "speaker"), [("zegt de man.", "Jan de Vries"), ("zegt de vrouw.", "Anna Mol")]
)
def test_a_gendered_noun_refers_back_like_a_pronoun(ending: str, speaker: str) -> None:
    text = ("Jan de Vries woont al jaren naast Anna Mol. Zij zien de overlast toenemen. "
            f"„Ik kan 's nachts niet meer slapen door het lawaai op straat”, {ending}")
    assert [q.speaker for q in items_of(Quote, text)] == [speaker]


def test_a_gendered_noun_with_a_clause_after_it_is_no_reference() -> None:
    text = ("Jan de Vries woont al jaren in de wijk. "
            "„Ik kan 's nachts niet meer slapen door het lawaai op straat”, zegt de man die naast hem woont.")
    assert items_of(Quote, text) == []


def test_a_surname_with_a_lower_case_particle_written_with_a_capital() -> None:
    text = ("Jongerenwerker Ahmed el Amrani is kritisch. "
            "„Deze jongeren hebben vooral een plek nodig waar ze terecht kunnen”, zegt El Amrani.")
    assert [q.speaker for q in items_of(Quote, text)] == ["Ahmed el Amrani"]


def test_a_surname_after_volgens_does_not_hide_the_full_name_before_it() -> None:
    text = ("Dat schrijft minister Lotte Verhoeven in een brief aan de Kamer. Volgens Verhoeven is de "
            "misdaad een bedreiging. ‘We kunnen niet langer toekijken hoe criminelen geld witwassen’, "
            "zegt Verhoeven.")
    assert [q.speaker for q in items_of(Quote, text)] == ["Lotte Verhoeven"]


def test_a_fragment_after_noemt_is_a_quote_of_the_one_who_names_it() -> None:
    text = ("Hoogleraar Pieter de Wit is kritisch. Hij noemt het bedrag ‘een druppel op een gloeiende "
            "plaat’. De Wit noemt het plan ‘naïef’.")
    assert attributed(text) == [("een druppel op een gloeiende plaat", "Pieter de Wit")]


def test_a_clause_after_a_name_is_no_role() -> None:
    text = ("De burgemeester van Tilburg, Maria Jansen, wil meer bevoegdheden. "
            "‘Wij zien de gevolgen van de drugshandel op straat’, aldus Jansen.")
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == ("Maria Jansen", None)


@pytest.mark.parametrize(
    "introduction",
    ["De krant kopte:", "In een brief aan de bewoners staat:", "Een dag later schreef de krant:"],
)
def test_words_introduced_as_someone_else_s_do_not_continue_the_speaker(introduction: str) -> None:
    text = ("„De overlast in de wijk is het afgelopen jaar flink toegenomen”, zegt wethouder Jan de Vries. "
            f"{introduction} „Wij nemen de zorgen van de bewoners zeer serieus.”")
    assert [q.speaker for q in items_of(Quote, text)] == ["Jan de Vries"]


def test_a_bridging_sentence_of_the_writer_continues_the_speaker() -> None:
    text = ("„De overlast in de wijk is het afgelopen jaar flink toegenomen”, zegt wethouder Jan de Vries. "
            "Ook in de zomer moet er aandacht voor zijn: „We moeten de bewoners niet uit het oog verliezen.”")
    assert [q.speaker for q in items_of(Quote, text)] == ["Jan de Vries", "Jan de Vries"]


def test_an_unnamed_source_after_the_verb_before_a_colon() -> None:
    text = "Op Twitter schreef iemand: „Eindelijk doet de gemeente iets aan de overlast hier.”"
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == ("anoniem", "iemand")


@pytest.mark.parametrize(
    ("between", "speakers"),
    [
        ("Zijn buurman denkt daar anders over.", ["Jan de Vries"]),
        # an unnamed officer is the police (conventions: unnamed police sources)
        ("Een agent in de wijk denkt daar anders over.", ["Jan de Vries", "Politie"]),
        ("De wethouder wil daarom meer geld.", ["Jan de Vries", "Jan de Vries"]),
    ],
)
def test_another_person_without_a_name_ends_the_speaker_s_run(between: str, speakers: list[str]) -> None:
    text = ("„De overlast in de wijk is het afgelopen jaar flink toegenomen”, zegt wethouder Jan de Vries. "
            f"{between} „Het gaat om een klein groepje jongeren, de rest doet niks verkeerd.”")
    assert [q.speaker for q in items_of(Quote, text)] == speakers


def test_a_pronoun_of_the_other_gender_ends_the_speaker_s_run() -> None:
    text = ("„De overlast in de wijk is het afgelopen jaar flink toegenomen”, zegt wethouder Jan de Vries. "
            "Zij is het daar niet mee eens. "
            "„Het gaat om een klein groepje jongeren, de rest doet niks verkeerd.”")
    assert [q.speaker for q in items_of(Quote, text)] == ["Jan de Vries"]


def test_a_first_name_label_takes_the_role_under_the_name_in_capitals() -> None:
    text = ("ANNA DE GRAAF\n\nDirecteur Veilig Wonen\n\nWE MOETEN ANDERS GAAN WERKEN.\n\nAnna de Graaf\n\n"
            "Anna en Piet werken al jaren samen in de wijk.\n\n"
            "Anna: “We hebben onderzocht wat bewoners belangrijk vinden en veiligheid staat bovenaan.”")
    [quote] = [q for q in items_of(Quote, text) if q.text.startswith("We hebben")]
    assert (quote.speaker, quote.role) == ("Anna de Graaf", "Directeur Veilig Wonen")


@pytest.mark.parametrize(
    "text",
    [
        "VVD-Kamerlid Ziengs stelde vragen. De liberaal wil dat het kabinet ingrijpt. "
        "„Dit kan zo niet langer doorgaan in onze steden.”",
        "Kamerlid Jan Ziengs (PVV) is boos. "
        "„Dit kan zo niet langer doorgaan in onze steden”, zegt de PVV'er.",
    ],
)
def test_a_party_member_noun_refers_to_the_politician_named_with_the_party(text: str) -> None:
    [quote] = items_of(Quote, text)
    assert quote.speaker.endswith("Ziengs")


def test_a_party_member_noun_without_that_party_named_is_no_guess() -> None:
    text = ("Kamerlid Jan Smit (CDA) is boos. "
            "„Dit kan zo niet langer doorgaan in onze steden”, zegt de liberaal.")
    assert items_of(Quote, text) == []


def test_an_organisation_label_before_a_title_quote() -> None:
    text = "Politie: 'Meer geweld tegen agenten tijdens de jaarwisseling'\n\nDe politie maakt zich zorgen."
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.organisation) == ("Politie", "Politie")


@pytest.mark.parametrize(
    "subject",
    ["Een 34-jarige man is zaterdag aangehouden.", "Een buurtbewoner werd zaterdag beroofd."],
)
def test_an_unnamed_person_spoken_about_is_no_speaker(subject: str) -> None:
    assert items_of(Quote, f"{subject} „Hij had een groot mes bij zich in de tas, zeggen ze.”") == []


def test_an_unnamed_source_that_acts_speaks() -> None:
    text = "Een buurtbewoner werd wakker van het lawaai. „Ik hoorde geschreeuw op straat en belde 112.”"
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == ("anoniem", "buurtbewoner")


def test_an_organisation_in_a_passive_sentence_is_no_speaker() -> None:
    text = ("De politie werd gealarmeerd door buren. "
            "„We hoorden harde knallen en zagen rook uit het huis komen.”")
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    ("ending", "speaker"),
    [
        ("aldus een verklaring van het OM.", "OM"),
        ("staat in een persbericht van de politie.", "politie"),
        ("aldus een verklaring van burgemeester Femke Halsema.", "Femke Halsema"),
    ],
)
def test_the_author_of_a_statement_speaks(ending: str, speaker: str) -> None:
    [quote] = items_of(Quote, f"„De verdachte wordt maandag voorgeleid aan de rechter-commissaris”, {ending}")
    assert quote.speaker == speaker


def test_a_text_without_an_author_gives_no_speaker() -> None:
    text = ("„De overlast is flink toegenomen”, zegt wethouder Jan de Vries. "
            "„Het aantal meldingen verdubbelde in twee jaar tijd”, staat in het rapport.")
    assert [q.speaker for q in items_of(Quote, text)] == ["Jan de Vries"]


@pytest.mark.parametrize(
    "verb", ["lacht", "grapt", "ontkent", "herhaalt", "beklemtoont", "verzekert", "belooft"]
)
def test_more_verbs_of_saying_with_a_surname(verb: str) -> None:
    text = ("Wethouder Jan de Vries kent de wijk goed. "
            f"„Dit is echt de laatste keer dat we dit toestaan in de wijk”, {verb} De Vries.")
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Jan de Vries"


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Volgens de politie gaat het om „een georganiseerde bende van jongeren uit de wijk”.", "politie"),
        ("Volgens het OM is de verdachte „een gevaar voor de hele samenleving”.", "OM"),
        ("De politie zegt dat het gaat om 'een georganiseerde bende van jongeren'.", "politie"),
    ],
)
def test_a_fragment_reported_from_an_organisation(text: str, organisation: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.organisation) == (organisation, organisation)


def test_an_organisation_reporting_does_not_say_ik() -> None:
    text = "De politie meldt dat een man is aangehouden. „Ik was er die avond helemaal niet bij.”"
    assert items_of(Quote, text) == []


def test_a_first_name_after_the_verb_is_the_full_name_given_earlier() -> None:
    text = ("Jan de Vries woont al jaren in de wijk. "
            "„Ik kan 's nachts niet meer slapen door het lawaai op straat”, zegt Jan.")
    assert [q.speaker for q in items_of(Quote, text)] == ["Jan de Vries"]
