"""Quoted fragments, titles, messages, reports and nested quotations (issue 10): invented Dutch
sentences, one per wording class the annotation conventions define."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def attributed(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in items_of(Quote, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wethouder Karin Mulder noemt de nieuwe cijfers 'een signaal' voor de provincie.",
        "Wethouder Karin Mulder spreekt na afloop van 'een zwarte dag' voor de wijk.",
        "Wethouder Karin Mulder zegt dat de maatregel 'feitelijk overbodig' is geworden.",
        "Volgens wethouder Karin Mulder leidt de sluiting tot 'grote onrust' in de wijk.",
    ],
)
def test_a_fragment_of_two_words_in_reported_speech_is_a_quote_of_its_speaker(sentence: str) -> None:
    text = f"Nieuws uit Deventer\n\n{sentence} De raad praat er donderdag over."
    assert [s for _, s in attributed(text)] == ["Karin Mulder"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wethouder Karin Mulder zegt dat de wijk 'onbegrijpelijk' is behandeld.",  # one word
        "Wethouder Karin Mulder noemt het onderzoek naar de 'Troika Laundromat' belangrijk.",  # a name
        "Wethouder Karin Mulder spreekt van 'doekoe maken' (geld verdienen) in de wijk.",  # a gloss
        "In de wijk hangen spandoeken met 'geen nieuwe flats' op veel balkons.",  # no speaker
    ],
)
def test_words_terms_names_and_glosses_in_single_marks_are_no_quotes(sentence: str) -> None:
    text = f"Nieuws uit Deventer\n\n{sentence} De raad praat er donderdag over."
    assert attributed(text) == []


def test_a_second_fragment_in_the_same_sentence_has_the_same_speaker() -> None:
    text = ("Nieuws uit Deventer\n\nMinister Bas Hofman reageerde fel: dat er op deze manier 'een lobby' "
            "werd gevoerd, daar kon hij 'met zijn pet niet bij'. Het debat gaat door.")
    assert attributed(text) == [("een lobby", "Bas Hofman"), ("met zijn pet niet bij", "Bas Hofman")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tegen de Volkskrant zei minister Bas Hofman dat iedereen 'bijzonder gefrustreerd' is.",
        "De voorzitter zei op het congres in het gezicht van minister Bas Hofman dat de plannen "
        "'een illusie' zijn.",
    ],
)
def test_a_fragment_is_not_given_to_someone_only_spoken_to(sentence: str) -> None:
    text = f"Nieuws uit Den Haag\n\n{sentence} Het kabinet vergadert vrijdag."
    assert all(s != "Bas Hofman" or "gefrustreerd" in q for q, s in attributed(text))
    assert all(s not in ("Volkskrant", "de Volkskrant") for _, s in attributed(text))


def test_words_a_speaker_reports_inside_a_quotation_are_a_nested_quote_of_that_speaker() -> None:
    text = ("Nieuws uit Zwolle\n\n„Ik stond bij de kassa en toen zei ik: ‘Ik wacht hier wel op je.’ Hij kwam "
            "niet meer terug”, zegt Anna de Vries. Ze is verdrietig.")
    quotes = attributed(text)
    assert ("Ik wacht hier wel op je.", "Anna de Vries") in quotes
    assert len(quotes) == 2 and all(s == "Anna de Vries" for _, s in quotes)


@pytest.mark.parametrize(
    "inner",
    [
        "Dan kunnen ze zeggen van: 'het was maar een grap, echt waar'",
        "'Naar cursussen voor de hele groep', hoor je dan",
        "Op straat roept iedereen 'lekker met de meiden'",
    ],
)
def test_words_said_or_imagined_inside_a_quotation_are_nested_quotes(inner: str) -> None:
    text = f"Nieuws uit Zwolle\n\n„{inner}. Dat vind ik jammer”, zegt Anna de Vries. Ze is boos."
    assert len(attributed(text)) == 2


@pytest.mark.parametrize(
    "inner",
    [
        "Ze lopen achter dat 'frame' aan",  # one word
        "Laat dat 'in potentie' maar weg",  # words mentioned, not said
        "Termen als 'goedemorgen deze morgen' hoor je vaak",  # a term
    ],
)
def test_terms_and_mentioned_words_inside_a_quotation_are_no_nested_quotes(inner: str) -> None:
    text = f"Nieuws uit Zwolle\n\n„{inner}. Dat vind ik jammer”, zegt Anna de Vries. Ze is boos."
    assert len(attributed(text)) == 1


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("'Wij gaan jouw huis zorgvuldig afbreken', staat in een dreigbrief die de wethouder ontving.",
         "anoniem", "afzender van een dreigbrief"),
        ("De verdachten wisselden tekstjes uit. 'Die hond moet weg, vandaag nog', luiden de berichten.",
         "anoniem", "afzender van de berichten"),
        ("'Volkert, waar ben je nu?', schreef een universitair docent onder een artikel op Facebook.",
         "anoniem", "universitair docent"),
        ("\"Als je hem dood wil hebben, zeg dan 'paf'\", riep een demonstrante dit weekeinde.",
         "anoniem", "demonstrante"),
        ("Op de beelden scandeert een 21-jarige vrouw uit Nijmegen: „Als je hem dood wil schieten, zeg "
         "dan paf.”", "anoniem", "21-jarige vrouw uit Nijmegen"),
        ("Onder de post schreef een anonieme Facebookgebruiker: 'Ik kom je binnenkort opzoeken, let maar "
         "op.'", "anoniem", "anonieme Facebookgebruiker"),
    ],
)
def test_threats_and_intercepted_messages_are_quotes_of_anoniem_with_the_printed_role(
    sentence: str, speaker: str, role: str
) -> None:
    text = f"Nieuws uit Arnhem\n\n{sentence} De politie onderzoekt de zaak."
    assert [(q.speaker, q.role) for q in items_of(Quote, text)] == [(speaker, role)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("'De kans op een aanslag in Nederland blijft reëel', staat in het nieuwste dreigingsbeeld van de "
         "NCTV.", "NCTV"),
        ("Het extremisme kan opflakkeren, schrijft de Nationaal Coördinator Terrorisme en Veiligheid (NCTV) "
         "in het dreigingsbeeld van februari: „Het is voorstelbaar dat extremisten vaker van zich laten "
         "horen.”", "NCTV"),
        ("Gisteren verscheen het rapport van Kuijken over de opsporing. 'De ministeries werkten langs elkaar "
         "heen en niemand nam de leiding', staat in het rapport.", "Kuijken"),
        ("In het persbericht geeft de politie ook het kenteken: 'Ziet u de auto, bel dan direct 112.'",
         "politie"),
    ],
)
def test_a_quotation_from_a_report_is_a_quote_of_its_author(sentence: str, speaker: str) -> None:
    text = f"Nieuws uit Den Haag\n\n{sentence} De minister reageert morgen."
    assert [s for _, s in attributed(text)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "'Extra zetels voor de oppositie in de senaat', luidt de kop van de krant.",  # printed matter
        "'Samen sterk voor een veilige wijk', staat op het spandoek bij het stadhuis.",  # a banner
        "Er verscheen een rapport. 'De ministeries werkten langs elkaar heen', staat in het rapport.",
    ],
)
def test_printed_matter_and_a_report_without_an_author_are_no_quotes(sentence: str) -> None:
    text = f"Nieuws uit Den Haag\n\n{sentence} De minister reageert morgen."
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("D66: 'Defensie moet het terrein opgeven'. Marineterrein", "D66"),
        ("CDA slikt verlies: 'Het valt nog wel mee vanavond'", "CDA"),
        ("Mulder: 'Ik zie wel gelijkenis met vorig seizoen'. DÉJA VU", "Karin Mulder"),
        ("Wethouder Mulder: 'Ik zie wel gelijkenis met vorig seizoen'", "Karin Mulder"),
    ],
)
def test_a_quotation_in_a_title_has_the_speaker_printed_before_its_colon(title: str, speaker: str) -> None:
    text = (f"{title}\n\nVoor wethouder Karin Mulder is de uitslag geen verrassing. Het CDA en D66 "
            "verliezen fors. De raad vergadert donderdag.")
    assert [s for _, s in attributed(text)] == [speaker]


def test_a_kicker_word_before_a_quoted_title_is_no_speaker() -> None:
    text = ("Nachtwacht: 'Deventer, de mensen, de stad'. Kunstwerk\n\nDe Deventer Nachtwacht hangt sinds "
            "gisteren in het stadhuis. Het werk is gemaakt door kunstenaar Sven de Wit.")
    assert all(s != "Deventer Nachtwacht" for _, s in attributed(text))


def test_a_quoted_title_that_shortens_a_quotation_of_the_article_has_its_speaker() -> None:
    text = ("'Kinderen graven zelf in de modder om hun ouders te vinden'. Noodhulp\n\nDe orkaan richtte "
            "een enorme ravage aan. ,,Het is een enorme modderzooi. Kinderen graven nog altijd zelf om hun "
            "ouders te vinden'', zegt hulpverlener Jolanda Westering. De hulp komt langzaam op gang.")
    assert [s for _, s in attributed(text)] == ["Jolanda Westering", "Jolanda Westering"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("'Het is van belang voor de beeldvorming, beter dan foto's', zei de officier van justitie vrijdag.",
         "officier van justitie"),
        ("Het vertrouwen in de rechtsstaat is geschaad, aldus de advocaat-generaal, die vond dat er van de "
         "zaak 'een duidelijk signaal' moet uitgaan.", "advocaat-generaal"),
    ],
)
def test_an_unnamed_official_makes_the_public_body_the_speaker_with_the_office_as_role(
    sentence: str, role: str
) -> None:
    text = f"Nieuws uit Maastricht\n\n{sentence} De uitspraak volgt over twee weken."
    assert [(q.speaker, q.role) for q in items_of(Quote, text)] == [("Openbaar Ministerie", role)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kamerlid Anna de Boer is 'een beetje teleurgesteld' over de uitslag.",
        "Ook Frans van Dijk, broer van de wethouder, toonde zich 'zwaar teleurgesteld' over de brief.",
        "De kritische Kamerleden Anna de Boer (CDA), Piet Smit (D66) en Kees Bos (SP) betoonden zich 'geen "
        "voorstander van het plan' en eisten meer waarborgen voor 'rechtszekerheid en proportionaliteit'.",
    ],
)
def test_a_fragment_saying_what_the_person_opening_the_sentence_is_or_shows_is_a_quote(sentence: str) -> None:
    text = f"Nieuws uit Den Haag\n\n{sentence} Het kabinet reageert volgende week."
    quotes = attributed(text)
    assert quotes and all(s in ("Anna de Boer", "Frans van Dijk") for _, s in quotes)


def test_a_wish_of_the_person_opening_the_sentence_is_no_quote() -> None:
    text = "Nieuws uit Zwolle\n\nWethouder Anna de Boer wil dat de buurt 'weer veilig wordt voor kinderen'."
    assert attributed(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Wel noemt Van Dijk het stilleggen van de campagne te drastisch: 'Natuurlijk is het raar dat "
        "partijleiders nu met elkaar in discussie gaan over het klimaat.'",
        "Dan kijkt Van Dijk hem in de ogen en zegt: 'Gerard, ik heb niets gedaan. Dat weet je toch?'",
    ],
)
def test_a_quote_after_a_colon_sentence_with_one_person_and_a_verb_of_saying_is_theirs(sentence: str) -> None:
    text = f"Nieuws uit Utrecht\n\nWethouder Henk van Dijk sprak gisteren. {sentence} Het debat gaat door."
    assert [s for _, s in attributed(text)] == ["Henk van Dijk"]


def test_a_colon_sentence_of_the_writer_gives_no_speaker() -> None:
    text = ("Nieuws uit Utrecht\n\nIn 2017 wilde ik verklaren waarom het Verenigd Koninkrijk zoveel moeite "
            "heeft met Europa: 'Een vertrek zou Europa pijn doen, maar ik geloof daar niets van.' Het debat "
            "gaat door.")
    assert attributed(text) == []


def test_a_pronoun_for_an_unnamed_person_described_before_gives_anoniem_with_the_description() -> None:
    text = ("Nieuws uit Amsterdam\n\nMaandag werd een 23-jarige vrouw uit Zwolle aangehouden voor het "
            "scanderen van leuzen. 'Als je hem dood wil hebben, zeg je paf', riep ze tot afschuw van veel "
            "politici.")
    assert [(q.speaker, q.role) for q in items_of(Quote, text)] == [("anoniem", "23-jarige vrouw uit Zwolle")]


def test_a_quoted_title_whose_subtitle_names_a_speaker_of_the_article_is_theirs() -> None:
    text = ("'We moeten het vertrouwen in ons herstellen'. Anneke Bolhuis bij de zorgstichting\n\n"
            "Na een roerige periode maakt de stichting een doorstart. ,,Er is veel misgegaan, dat weten "
            "we'', zegt directeur Anneke Bolhuis. De raad is tevreden.")
    assert [s for _, s in attributed(text)] == ["Anneke Bolhuis", "Anneke Bolhuis"]


def test_a_subtitle_that_names_no_speaker_of_the_article_gives_no_speaker() -> None:
    text = ("'Niet nog meer steen en staal'. Protest Bos op het plein\n\nZe willen dat de plannen de "
            "ijskast ingaan. ,,We zijn laat, maar nog niet te laat'', zegt initiatiefnemer Esther Glas. De "
            "raad beslist.")
    assert [s for _, s in attributed(text)] == ["Esther Glas"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Volgens het rapport van de Inspectie is het optreden 'onvoldoende effectief' geweest.",
         "Inspectie"),
        ("In het rapport van de Onderzoeksraad voor Veiligheid staat dat de brandweer 'te laat en te weinig' "
         "deed.", "Onderzoeksraad voor Veiligheid"),
        ("In het jaarverslag schrijft de politie dat de druk 'onverminderd hoog' blijft.", "politie"),
    ],
)
def test_a_fragment_in_a_sentence_citing_a_report_is_its_authors_quote(sentence: str, speaker: str) -> None:
    text = f"Nieuws uit Den Haag\n\nGisteren verscheen een rapport. {sentence} De minister reageert morgen."
    assert [s for _, s in attributed(text)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Wethouder Karin Mulder ziet de cijfers als 'een goed signaal' voor de wijk.", "Karin Mulder"),
        ("De FNV ziet het plan van de Rabobank 'niet als een oplossing, maar als een sluiproute'.", "FNV"),
        ("Het Openbaar Ministerie omschreef het als 'ingestudeerde verklaringen'.", "Openbaar Ministerie"),
    ],
)
def test_a_fragment_after_a_verb_of_viewing_with_als_is_a_quote_of_the_subject(
    sentence: str, speaker: str
) -> None:
    # NOTES G1: a fragment of two or more words attributed to a speaker is a quote (hard)
    text = f"Nieuws uit Deventer\n\n{sentence} De raad praat er donderdag over."
    assert [s for _, s in attributed(text)] == [speaker]


def test_seeing_without_als_is_no_reported_speech() -> None:
    text = "Nieuws uit Deventer\n\nKarin Mulder zag 'een zwarte auto' wegrijden. De politie zoekt getuigen."
    assert attributed(text) == []


def test_a_fragment_after_omschreef_hij_is_the_pronouns_referent() -> None:
    text = ("Nieuws uit Deventer\n\nWethouder Karel Jansen is fel tegen het plan. In de raad liet Jansen "
            "geen kans voorbijgaan om het af te kraken. In zijn column omschreef hij het plan als "
            "'een tikkende tijdbom'. De raad praat er donderdag over.")
    assert [s for _, s in attributed(text)] == ["Karel Jansen"]


_SPOKEN_BEFORE = ("Nieuws uit Deventer\n\nDe raad sluit het zwembad. 'Dit is een zwarte dag voor de wijk', "
                  "zegt "
                  "wethouder Karin Mulder. ")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mulder snapt 'helemaal niets' van de kritiek van de oppositie.",
        "Mulder verwijt de oppositie 'bangmakerij van de ergste soort'.",
        "Mulder wil het tekort 'op een nette manier oplossen' met de provincie.",
        "Zij is al langer kritisch op de 'wildgroei aan regels' in het sportbeleid.",
    ],
)
def test_a_fragment_after_a_quoted_person_opening_the_sentence_is_her_quote(sentence: str) -> None:
    """Whatever the verb, a fragment of two or more words in a sentence that opens with someone
    the article quotes (her surname, or a pronoun for her) is her quote (NOTES: fragments, hard)."""
    quotes = attributed(f"{_SPOKEN_BEFORE}{sentence} De raad praat er donderdag over.")
    assert [s for q, s in quotes if q != "Dit is een zwarte dag voor de wijk"] == ["Karin Mulder"]


def test_a_fragment_seen_by_a_named_person_is_her_quote() -> None:
    text = ("Nieuws uit Deventer\n\nDe zaak tegen de wethouder dient donderdag. Advocaat Karin Mulder ziet "
            "'onvoldoende aanknopingspunten in het dossier' voor een veroordeling. De rechtbank doet over "
            "twee weken uitspraak.")
    assert [s for _, s in attributed(text)] == ["Karin Mulder"]


def test_a_fragment_of_a_person_who_goes_on_speaking_is_her_quote() -> None:
    text = ("Nieuws uit Deventer\n\nDe raad sluit het zwembad. Wethouder Karin Mulder heeft 'geen enkele "
            "moeite' met het besluit. \"We moeten keuzes maken.\" De raad praat er donderdag over.")
    assert [s for _, s in attributed(text)] == ["Karin Mulder", "Karin Mulder"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mulder vraagt de bewoners geregeld om 'de brieven' te bewaren.",  # an article and a noun: a term
        "Mulder liet er een 'als dit, dan dat'-redenering op los.",  # part of a compound
    ],
)
def test_terms_after_a_quoted_person_are_no_quotes(sentence: str) -> None:
    quotes = attributed(f"{_SPOKEN_BEFORE}{sentence} De raad praat er donderdag over.")
    assert [q for q, _ in quotes] == ["Dit is een zwarte dag voor de wijk"]


def test_a_short_quoted_sentence_after_a_fragment_keeps_its_speaker() -> None:
    text = (f"{_SPOKEN_BEFORE}Mulder neemt graag het voortouw, al moet de raad het 'ook plezierig vinden', "
            "houdt zij een slag om de arm. 'Anders wordt het niks.' De raad praat er donderdag over.")
    assert [s for _, s in attributed(text)] == ["Karin Mulder"] * 3


def test_a_short_quoted_sentence_after_reported_speech_is_a_quote_of_its_speaker() -> None:
    text = ("Nieuws uit Deventer\n\nDe kans dat de raad daarvoor stemt, is klein, zegt wethouder Karin "
            "Mulder van de gemeente Deventer. 'Het zal veel weerstand opleveren.' De raad praat er donderdag "
            "over.")
    assert attributed(text) == [("Het zal veel weerstand opleveren.", "Karin Mulder")]


def test_a_short_quoted_sentence_right_after_a_quotation_keeps_its_speaker() -> None:
    text = ("Nieuws uit Deventer\n\nHet zwembad gaat dicht, waarschuwt wethouder Karin Mulder. 'Als de "
            "raad niet ingrijpt, verliest de wijk haar laatste voorziening.' 'Immens frustrerend.' De raad "
            "praat er donderdag over.")
    assert [s for _, s in attributed(text)] == ["Karin Mulder", "Karin Mulder"]


def test_a_fragment_after_a_speech_verb_with_an_infinitive_is_reported_speech() -> None:
    found = attributed(
        "De meldingen zijn verdubbeld. Minister Ank Bijleveld zei eerder een onafhankelijk onderzoek in te "
        "stellen 'als de meldingen hiervoor aanleiding geven'. Ze besluit daarover in april."
    )
    assert ("als de meldingen hiervoor aanleiding geven", "Ank Bijleveld") in found
