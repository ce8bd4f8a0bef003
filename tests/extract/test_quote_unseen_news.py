"""Quotes in unseen Dutch news (issue 10, second round): attribution wordings found by scanning
unlabelled newspaper articles, one invented sentence per wording class."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def attributed(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.speaker, q.role) for q in items_of(Quote, text)]


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        ("zegt verslaggever Karin Mulder van de Leeuwarder Courant", "Karin Mulder", "verslaggever"),
        ("stelt sportmarketeer Bram de Wit", "Bram de Wit", "sportmarketeer"),
        ("zegt ontwikkelaar Erik Bos", "Erik Bos", "ontwikkelaar"),
        ("stelt AIVD-baas Jan Visser", "Jan Visser", "AIVD-baas"),
        ("zegt PvdA'er Kees Jansen", "Kees Jansen", "PvdA'er"),
        ("zegt de Bredase VVD-lijsttrekker Anna Kok", "Anna Kok", "VVD-lijsttrekker"),
        ("vraagt NOS-presentatrice Eva Dekker", "Eva Dekker", "NOS-presentatrice"),
    ],
)
def test_a_news_role_before_the_name_after_the_quote(attribution: str, speaker: str, role: str) -> None:
    text = f",,De wijk verandert sneller dan we ooit hadden gedacht'', {attribution}. Het plan ligt klaar."
    assert attributed(text) == [("De wijk verandert sneller dan we ooit hadden gedacht", speaker, role)]


def test_a_titled_surname_with_a_capital_particle_is_the_full_name_given_earlier() -> None:
    text = ("Minister Ingrid van Dalen presenteerde gisteren haar plannen. ,,We stoppen met deze "
            "overbodige papieren regel'', zegt minister Van Dalen. "
            ",,Niemand op school heeft er ooit iets aan gehad.''")
    assert [(q, s) for q, s, _ in attributed(text)] == [
        ("We stoppen met deze overbodige papieren regel", "Ingrid van Dalen"),
        ("Niemand op school heeft er ooit iets aan gehad.", "Ingrid van Dalen"),
    ]


def test_a_titled_surname_never_named_in_full_keeps_the_surname() -> None:
    text = ",,We stoppen met deze overbodige papieren regel'', zegt minister Van Dalen (Onderwijs)."
    assert [(q, s, r) for q, s, r in attributed(text)] == [
        ("We stoppen met deze overbodige papieren regel", "Van Dalen", "minister")]


def test_a_subhead_run_into_the_title_before_a_name_is_no_part_of_the_name() -> None:
    # flattened news: the subhead "Impact" glued to the sentence that introduces the speaker
    text = ("Het centrum trekt steeds meer bezoekers. Impact Winkeldeskundige Jan Molenaar spreekt van "
            "een kansrijk concept. Hij benadrukt: ,,De nieuwe snelweg zorgt voor een grote toevoer van "
            "klanten uit de hele regio.''")
    assert attributed(text) == [
        ("De nieuwe snelweg zorgt voor een grote toevoer van klanten uit de hele regio.", "Jan Molenaar",
         "Winkeldeskundige")]


def test_an_organisation_with_a_title_in_its_name_is_no_person() -> None:
    # "Coördinator" inside an organisation's name makes no person of the word after it
    text = ("Dat schrijft de Nationaal Coördinator Terrorisme en Veiligheid (NCTV) in het dreigingsbeeld: "
            ",,Het is voorstelbaar dat extremisten de komende tijd vaker van zich laten horen.''")
    assert all(s != "Terrorisme" for _, s, _ in attributed(text))


def test_answers_of_an_interview_printed_as_running_text_quote_the_interviewee() -> None:
    text = ("Jan de Wit (45) leidt sinds vorig jaar de wijkraad. ,,We zien de wijk elk jaar een beetje "
            "veranderen'', zegt De Wit. Merkt u dat ook aan de overlast? ,,Ja, de overlast van jongeren "
            "op het plein is de laatste jaren flink toegenomen.'' Wat doet de gemeente daaraan? ,,Te weinig, "
            "want er zijn nog altijd te weinig handhavers in de wijk.'' Gaat u verder? ,,Zeker, we blijven "
            "elke maand bij de wethouder aankloppen.''")
    assert [s for _, s, _ in attributed(text)] == ["Jan de Wit"] * 4


def test_volgens_after_a_quote_opens_the_next_sentence_about_someone_else() -> None:
    text = ('"Hij heeft de afgelopen jaren meer opgepakt dan menig ander," zegt Kamerlid Anna Smit. '
            '"Dat is beter dan op je lauweren rusten en alle kritiek vermijden." Volgens zijn '
            "partijgenote neemt hij zijn verantwoordelijkheid.")
    assert [s for _, s, _ in attributed(text)] == ["Anna Smit", "Anna Smit"]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("zegt een vriend", "vriend"),
        ("aldus een ander", "ander"),
        ("vertelt een voormalige activiste", "voormalige activiste"),
        ("zei een 81-jarige man", "81-jarige man"),
        ("zegt een vrijwilliger", "vrijwilliger"),
    ],
)
def test_a_person_without_name_or_organisation_is_anonymous(attribution: str, role: str) -> None:
    text = f'"Hier in de straat wordt elke week wel een fiets gestolen", {attribution}. Het is stil.'
    assert attributed(text) == [("Hier in de straat wordt elke week wel een fiets gestolen", "anoniem", role)]


def test_an_anonymous_speaker_does_not_continue_across_another_person() -> None:
    text = ('"Hier in de straat wordt elke week wel een fiets gestolen", zegt een vriend. '
            'Mijn vrouw vindt het te druk. "Ik weet niet of de kinderen hier goed kunnen opgroeien."')
    assert [s for _, s, _ in attributed(text)] == ["anoniem"]


def test_volgens_haar_does_not_refer_to_an_anonymous_man() -> None:
    text = ('"Ik laat me niet doodrijden door al die scooters hier,\" zei een 81-jarige man. '
            "De scooters rijden volgens haar in veel straten veel te hard. "
            '"Daar wil ik voor geen goud tussen rijden met mijn fiets."')
    assert [r for _, _, r in attributed(text)] == ["81-jarige man"]


@pytest.mark.parametrize(
    ("introduced", "attribution", "speaker"),
    [
        ("Verkeersminister Cora van Dalen scherpt de regels aan.", "aldus de minister", "Cora van Dalen"),
        ("Hoogleraar Paul Frissen is kritisch.", "zegt de Bredase hoogleraar", "Paul Frissen"),
        ("Oud-vicepremier Paul Frissen is kritisch.", "aldus de gewezen vicepremier", "Paul Frissen"),
    ],
)
def test_a_definite_role_is_the_person_named_earlier_with_that_title(
    introduced: str, attribution: str, speaker: str
) -> None:
    text = f"{introduced} ,,Met deze eisen zetten we de veiligheid op de eerste plek'', {attribution}."
    assert [s for _, s, _ in attributed(text)] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        ("zegt ruimtevaartconsultant Erik Laan", "Erik Laan", "ruimtevaartconsultant"),
        ("weet transplantatiechirurg Daan Vliet (Radboud UMC)", "Daan Vliet", "transplantatiechirurg"),
        ("zegt de conservatief Enoch Powell", "Enoch Powell", "conservatief"),
    ],
)
def test_a_noun_the_role_lexicon_does_not_list_before_a_full_name(
    attribution: str, speaker: str, role: str
) -> None:
    text = f"'Maar het is de regering ook te doen om prestige', {attribution}. Het plan ligt klaar."
    assert attributed(text) == [("Maar het is de regering ook te doen om prestige", speaker, role)]


@pytest.mark.parametrize("between", ["tegenover", "namens", "samen"])
def test_a_preposition_before_a_name_makes_no_title(between: str) -> None:
    text = f"'Maar het is de regering ook te doen om prestige', zegt {between} Erik Laan. Het ligt klaar."
    assert attributed(text) == []


def test_an_unnamed_person_who_speaks_next_is_not_the_speaker_before() -> None:
    text = (',,Dit is het einde van duizend jaar onafhankelijkheid", zegt de conservatief Enoch Powell. '
            "En een Labour-politicus zegt dat hij onder geen beding Frans als voertaal wil: "
            ',,Non, merci beaucoup, dat gaan we echt niet doen!"')
    assert [s for _, s, _ in attributed(text)] == ["Enoch Powell"]


@pytest.mark.parametrize(
    "sentence", ["Wel is hij nieuwsgierig naar het debat.", "Zelf zegt hij er vertrouwen in te hebben."]
)
def test_a_pronoun_after_an_opening_adverb_is_the_person_named_before(sentence: str) -> None:
    text = (f"Jan de Wit leidt sinds vorig jaar de fractie in de raad. {sentence} ,,Als kijker dacht ik wel "
            "eens: wat staan ze daar te schreeuwen om aandacht.''")
    assert [s for _, s, _ in attributed(text)] == ["Jan de Wit"]


def test_a_band_name_is_no_person() -> None:
    text = ("The Cure speelt in juni op Pinkpop. Zanger Robert Smith verklapt nog niets over het album. "
            'Wel kan hij fans geruststellen. "We behandelen verschillende genres, maar het klinkt als ons."')
    assert [s for _, s, _ in attributed(text)] == ["Robert Smith"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Later tijdens de borrel zegt architect Dirk Peters:", "Dirk Peters"),
        ("Er woedt een strijd onder moslims, waarschuwt islamgeleerde Bassam Tibi.", "Bassam Tibi"),
    ],
)
def test_a_title_after_a_speech_verb_before_the_quote(sentence: str, speaker: str) -> None:
    text = f"{sentence} ,,Op kantoor noemen we het gebouw al maanden de Haaienbek.''"
    assert [s for _, s, _ in attributed(text)] == [speaker]


def test_an_unlisted_noun_before_a_surname_alone_gives_no_speaker() -> None:
    text = "Later zegt scheepsbouwer Peters: ,,Op kantoor noemen we het gebouw al maanden de Haaienbek.''"
    assert attributed(text) == []


@pytest.mark.parametrize("lead", ["Toen", "Hengeloër", "Curator"])
def test_a_capitalised_word_before_a_first_name_is_no_part_of_the_name(lead: str) -> None:
    text = (f"{lead} Fred Westerhof woont al jaren aan de Industriestraat. "
            '"Ik vind het nog altijd jammer dat het oude gebouw is afgebroken," zegt hij.')
    assert [s for _, s, _ in attributed(text)] == ["Fred Westerhof"]


def test_a_capitalised_conjunction_before_a_name_is_no_part_of_the_name() -> None:
    text = ("Tot Rob Hoogma in 2018 een nieuwe zorgaanbieder begon. "
            ',,Misschien hebben we het op een slecht moment in de markt gezet", verzucht Hoogma.')
    assert [s for _, s, _ in attributed(text)] == ["Rob Hoogma"]


def test_a_quote_that_ended_its_sentence_is_not_continued_across_a_newly_named_person() -> None:
    text = ('"Ik zie dat mijn dochter zich echt verdiept in de insectenwereld," zegt Petra van Haren. '
            '"Mooi om te zien." Ook de vader van Cleo Vermeulen ziet dat zijn dochter het leuk vindt. '
            '"Dat kan nooit kwaad, ze steekt er zeker iets van op."')
    assert [(q, s) for q, s, _ in attributed(text)] == [
        ("Ik zie dat mijn dochter zich echt verdiept in de insectenwereld,", "Petra van Haren"),
        ("Mooi om te zien.", "Petra van Haren"),
    ]
