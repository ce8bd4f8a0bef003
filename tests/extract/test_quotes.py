"""Quotes: every quotation-mark style, attributions before and after, role and organisation."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote, SourceMeta, SourceType


@pytest.mark.parametrize(
    ("opening", "closing"), [("“", "”"), ("„", "”"), ('"', '"'), ("«", "»")]
)
def test_quotation_mark_styles_with_attribution_after(opening: str, closing: str) -> None:
    text = (
        f"{opening}De georganiseerde misdaad wordt steeds gewelddadiger,{closing} zegt Jan de Vries, "
        "officier van justitie bij het OM."
    )
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Jan de Vries"
    assert quote.role == "officier van justitie"
    assert quote.organisation == "OM"
    assert quote.text.startswith("De georganiseerde misdaad")


def test_attribution_before_and_a_first_name_later() -> None:
    text = (
        "Pauline Bakker, projectleider ondermijning bij de Politie Eenheid Oost-Brabant, ziet dat jongeren "
        "vatbaar zijn. “Wat ik zie bij jonge aanwas is de aantrekkelijkheid van snel geld.” Pauline vreest "
        "ook een recessie. “Als we in een recessie komen, heeft dat zeker invloed op de jongeren.”"
    )
    first, second = items_of(Quote, text)
    assert first.speaker == second.speaker == "Pauline Bakker"
    assert first.role == "projectleider ondermijning"
    assert first.organisation == "Politie Eenheid Oost-Brabant"


def test_volgens_and_a_title_before_a_surname() -> None:
    text = (
        "Volgens Karin Jansen, hoofd IND, is migratie geen crisis. "
        "“Het gaat om mensen die bescherming zoeken.” "
        "Burgemeester Halsema zei: „De stad moet veilig blijven voor iedereen die er woont.”"
    )
    first, second = items_of(Quote, text)
    assert (first.speaker, first.role, first.organisation) == ("Karin Jansen", "hoofd IND", "IND")
    assert (second.speaker, second.role) == ("Halsema", "Burgemeester")


def test_dash_line_after_a_quote_gives_role_and_organisation() -> None:
    text = (
        "“Sociale media worden op steeds meer manieren ingezet om onderwerpen te agenderen.”\n"
        "– Anna van der Berg, hoogleraar sociale verandering, Universiteit Utrecht\n"
    )
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role, quote.organisation) == (
        "Anna van der Berg", "hoogleraar sociale verandering", "Universiteit Utrecht"
    )


def test_pull_quote_takes_the_last_speaker_and_terms_in_quotes_are_skipped() -> None:
    text = (
        "“We moeten technologie niet de vrije loop laten,” aldus Sander de Wit, onderzoeker bij Waag. "
        "Hij noemt dat ‘grip’ houden.\n\n"
        " ‘We moeten technologie niet \nde vrije loop laten’\n\n"
    )
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Sander de Wit", "Sander de Wit"]
    assert "grip" not in " ".join(q.text for q in quotes).split()


def test_unattributed_quote_far_from_any_speaker_is_dropped() -> None:
    assert items_of(Quote, "Het motto was “Samen werken aan een veilige buurt voor iedereen”.") == []


def test_interview_notes_without_quotation_marks_quote_the_interviewee() -> None:
    meta = SourceMeta(type=SourceType.INTERVIEW, author="Eva Smit", role="wijkagent", organisation="Politie")
    text = "Ik zie dat jongeren in de wijk sneller naar een mes grijpen dan vroeger het geval was.\n\nKort."
    [quote] = items_of(Quote, text, meta)
    assert (quote.speaker, quote.role, quote.organisation) == ("Eva Smit", "wijkagent", "Politie")


def _one(text: str) -> tuple[str, str | None, str | None, str]:
    source_quotes = items_of(Quote, text)
    assert len(source_quotes) == 1, [q.text for q in source_quotes]
    [quote] = source_quotes
    assert text[quote.span.start : quote.span.end] == quote.text
    return quote.speaker, quote.role, quote.organisation, quote.text


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("“", "”"), ('"', '"'), ("„", '"'), ("„", "”"), ("„", "“"),
        ("‘", "’"), ("'", "'"), ("‚", "‘"), ("«", "»"),
    ],
)
def test_every_mark_style_with_aldus_role_bij_organisation(opening: str, closing: str) -> None:
    text = (
        f"{opening}We zien steeds meer jongeren met een mes,{closing} "
        "aldus Petra de Boer, teamchef bij de politie Rotterdam."
    )
    assert _one(text) == (
        "Petra de Boer", "teamchef", "politie Rotterdam", "We zien steeds meer jongeren met een mes,"
    )


def test_volgens_title_name_van_place_then_colon_quote() -> None:
    text = (
        "“Het gaat goed met de wijk,” zegt Jan de Vries, wijkagent.\n\n"
        "Volgens burgemeester Ahmed Aboutaleb van Rotterdam is de situatie ernstig: "
        '"Dit kunnen we niet accepteren."'
    )
    first, second = items_of(Quote, text)
    assert first.speaker == "Jan de Vries"
    assert (second.speaker, second.role, second.organisation) == (
        "Ahmed Aboutaleb", "burgemeester", "Rotterdam"
    )
    assert text[second.span.start : second.span.end] == "Dit kunnen we niet accepteren."


def test_single_curly_quote_with_zegt_and_a_multiword_title() -> None:
    text = "‘De drugshandel verplaatst zich naar de haven’, zegt officier van justitie Jan Smit."
    assert _one(text) == (
        "Jan Smit", "officier van justitie", None, "De drugshandel verplaatst zich naar de haven"
    )


def test_compound_title_name_and_organisation_in_brackets_before_a_colon() -> None:
    text = (
        "‘Dit is een zaak van de gemeente zelf’, zegt wethouder Piet Klaassen.\n"
        'Hoofdcommissaris Fred Westerbeke (Politie Rotterdam): "De aanpak werkt, maar het is niet genoeg."'
    )
    first, second = items_of(Quote, text)
    assert first.speaker == "Piet Klaassen"
    assert (second.speaker, second.role, second.organisation) == (
        "Fred Westerbeke", "Hoofdcommissaris", "Politie Rotterdam"
    )
    assert text[second.span.start : second.span.end] == "De aanpak werkt, maar het is niet genoeg."


def test_low_quote_after_another_speaker_takes_its_own_attribution() -> None:
    text = (
        "Volgens burgemeester Ahmed Aboutaleb van Rotterdam is de situatie ernstig: "
        '"Dit kunnen we niet accepteren."\n'
        "„Er is sprake van een verharding\", stelt criminoloog Maria Janssen van de Erasmus Universiteit."
    )
    _first, second = items_of(Quote, text)
    assert (second.speaker, second.role, second.organisation) == (
        "Maria Janssen", "criminoloog", "Erasmus Universiteit"
    )
    assert text[second.span.start : second.span.end] == "Er is sprake van een verharding"


@pytest.mark.parametrize(
    "text",
    [
        "Jan Smit zegt: “We zien dat de criminaliteit in de haven toeneemt.”",
        "Jan Smit, teamchef bij de politie Rotterdam: "
        "“We zien dat de criminaliteit in de haven toeneemt.”",
        "Dat zegt Jan Smit: «We zien dat de criminaliteit in de haven toeneemt.»",
    ],
)
def test_attribution_before_the_quote(text: str) -> None:
    speaker, role, organisation, quoted = _one(text)
    assert speaker == "Jan Smit"
    assert quoted == "We zien dat de criminaliteit in de haven toeneemt."
    if "teamchef" in text:
        assert (role, organisation) == ("teamchef", "politie Rotterdam")


def test_quote_spanning_a_line_break() -> None:
    text = (
        "“We zien dat de criminaliteit\nin de haven toeneemt,” waarschuwt Jan Smit, "
        "woordvoerder van de gemeente Rotterdam."
    )
    assert _one(text) == (
        "Jan Smit", "woordvoerder", "gemeente Rotterdam",
        "We zien dat de criminaliteit\nin de haven toeneemt,",
    )


def test_pronoun_refers_back_but_a_new_paragraph_does_not_continue_a_speaker() -> None:
    text = (
        "“De aanpak van ondermijning vraagt om geduld,” zegt Karin de Wit, onderzoeker bij het WODC. "
        "“Het duurt jaren voordat je resultaat ziet,” vertelt ze.\n\n"
        "Uit het onderzoek blijkt veel.\n\n“Criminelen zoeken steeds vaker jongeren op via sociale media.”"
    )
    quotes = items_of(Quote, text)
    assert [(q.speaker, q.organisation) for q in quotes] == [("Karin de Wit", "WODC")] * 2


def test_titles_and_scare_quotes_are_not_quotes() -> None:
    text = (
        "“De aanpak van ondermijning vraagt om geduld,” zegt Karin de Wit, onderzoeker bij het WODC. "
        "Zij schreef het rapport “Ondermijning in de regio: een analyse van vijf jaar aanpak” "
        "en waarschuwt voor zogenaamde “uithalers” in de haven."
    )
    assert [q.speaker for q in items_of(Quote, text)] == ["Karin de Wit"]


def test_a_term_in_single_quotes_is_not_a_quote() -> None:
    text = "Zo ontstaat een ‘cultuur van wegkijken en zwijgen in de wijk’ die moeilijk te doorbreken is."
    assert items_of(Quote, text) == []


# --------------------------------------------------------------------------- general Dutch attribution rules


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pieter de Charron leidt het buurthuis al jaren.\n\n"
         "“Het aantal inbraken in de regio neemt nog altijd toe,” zegt De Charron.", "Pieter de Charron"),
        ("Jan Peter van Dijk woont al dertig jaar in de wijk.\n\n"
         "\"We durven 's avonds niet meer over straat te gaan\", zegt Van Dijk.", "Jan Peter van Dijk"),
        ("Wethouder Karin van der Laan kwam kijken. 'De buurt moet veiliger worden voor iedereen hier', "
         "zegt Van der Laan.", "Karin van der Laan"),
    ],
)
def test_a_surname_alone_is_the_full_name_given_earlier(text: str, speaker: str) -> None:
    assert _one(text)[0] == speaker


def test_a_surname_without_an_earlier_full_name_stays_a_surname() -> None:
    assert _one("“De camera's in de binnenstad worden na de zomer uitgebreid,” licht Smit toe.")[0] == "Smit"


def test_role_before_the_name_after_a_quote() -> None:
    speaker, role, _org, _text = _one("“Online misbruik van kinderen is de laatste jaren fors gegroeid,” "
                                      "denkt directeur Arda Gerkens.")
    assert (speaker, role) == ("Arda Gerkens", "directeur")


def test_an_age_before_the_name_is_no_obstacle() -> None:
    text = ("“Het aantal meldingen van overlast is verdubbeld sinds vorig jaar,” "
            "zegt de 45-jarige Marco Verbeek.")
    assert _one(text)[0] == "Marco Verbeek"


def test_a_pronoun_is_the_last_person_named_in_the_paragraph() -> None:
    text = ("Buurtbewoner Kees Jansen zag het gebeuren vanaf zijn balkon. "
            "‘Ik hoorde een harde knal en zag daarna overal glas liggen’, zegt hij.")
    assert _one(text)[:2] == ("Kees Jansen", "Buurtbewoner")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("\"De verdachte is inmiddels overgedragen aan de recherche in Utrecht\", aldus het OM.", "OM", None),
        ("“Er zijn twee mannen aangehouden voor de overval op de juwelier,” meldt de politie.",
         "politie", None),
        ("“We onderzoeken of de branden in de wijk met elkaar te maken hebben,” zegt een woordvoerder "
         "van de brandweer.", "brandweer", "woordvoerder"),
        ("Een woordvoerder van de gemeente Rotterdam bevestigt het nieuws. "
         "“We onderzoeken wat er precies is gebeurd in die nacht.”", "gemeente Rotterdam", "woordvoerder"),
    ],
)
def test_an_organisation_speaks_for_itself_or_through_a_spokesperson(
    text: str, speaker: str, role: str | None
) -> None:
    found = _one(text)
    assert (found[0], found[1], found[2]) == (speaker, role, speaker)


def test_an_anonymous_spokesperson_speaks_for_the_organisation_named_before() -> None:
    text = ("De overlast komt volgens de politie niet van één groep jongeren. "
            "“We zien wel dat de meldingen vooral in het weekend binnenkomen,” zegt een woordvoerder. "
            "“Daar passen we onze diensten op aan en dat helpt al.”")
    quotes = items_of(Quote, text)
    assert [(q.speaker, q.role) for q in quotes] == [("politie", "woordvoerder")] * 2


def test_an_anonymous_spokesperson_without_any_organisation_is_no_quote() -> None:
    text = "“We weten nog niet wat de oorzaak van de brand in de loods was,” zegt een woordvoerder."
    assert items_of(Quote, text) == []


def test_a_compound_role_names_the_organisation() -> None:
    text = ("Politiewoordvoerder Sanne Rijnders-van den Berg legt uit hoe het werkt. "
            "'Wie de link aanklikt, krijgt een waarschuwing te zien over de gevolgen.'")
    assert _one(text)[:3] == ("Sanne Rijnders-van den Berg", "Politiewoordvoerder", "politie")


def test_dat_zegt_in_the_sentence_after_the_quote() -> None:
    text = ("“De aanpak van drugscriminaliteit kost veel tijd en geld.” "
            "Dat zegt burgemeester Jan Bos van Deventer.")
    assert _one(text)[:3] == ("Jan Bos", "burgemeester", "Deventer")


def test_a_definite_role_refers_to_the_person_named_with_it() -> None:
    text = ("Burgemeester Femke de Wit sprak de gemeenteraad toe. "
            "“Dit geweld accepteren wij niet in onze stad,” aldus de burgemeester.")
    assert _one(text)[0] == "Femke de Wit"


def test_reversed_guillemets_and_mixed_single_marks() -> None:
    said = "De situatie in de wijk is al maanden onhoudbaar voor de bewoners"
    assert _one(f"»{said}«, zegt Eva Bakker.")[0] == "Eva Bakker"
    assert _one(f"‘{said}', zegt Eva Bakker.")[0] == "Eva Bakker"


def test_answers_of_a_question_and_answer_interview_go_to_the_interviewee() -> None:
    text = (
        "‘We zien steeds jongere daders bij de overvallen in de stad’, zegt rechercheur Tom Visser.\n\n"
        "Waarom zijn de daders zo jong?\n\n"
        "‘Ze worden geronseld via sociale media en krijgen er een paar honderd euro voor.’\n\n"
        "Wat doet de politie daaraan?\n\n"
        "‘We gaan de scholen langs en praten met ouders over de risico's van snel geld.’"
    )
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Tom Visser"] * 3


def test_a_quote_whose_closing_mark_is_lost_ends_with_its_paragraph() -> None:
    text = ("Voorzitter Lotte Kramer van de commissie schreef het rapport. Daarin was zij duidelijk: "
            "‘De samenwerking tussen de regio's moet beter en sneller worden georganiseerd\n\n"
            "Het volgende hoofdstuk gaat over geld.")
    speaker, _role, _org, quoted = _one(text)
    assert speaker == "Lotte Kramer"
    assert quoted.endswith("georganiseerd")


def test_a_title_next_to_an_outlet_and_a_date_is_a_headline_not_a_quote() -> None:
    text = "'Politie zet drones in bij grote evenementen in de stad', meldt NOS op 2 juni 2022."
    assert items_of(Quote, text) == []


def test_campaign_slogans_and_video_titles_are_no_quotes() -> None:
    text = ("Marije de Boer maakte voor de politie een filmpje. Op de site stond de video 'Examenstress - "
            "uitstel krijgen met een handige truc' en de campagne ‘Wie praat, die gaat naar huis’.")
    assert items_of(Quote, text) == []


def test_a_quotation_over_two_paragraphs_closes_once_and_has_one_speaker() -> None:
    text = ("“We hebben in de wijk veel last van jongeren die 's nachts op straat rondhangen.\n\n"
            "“Er wordt gedeald en er gaan ruiten kapot,” zegt bewoner Henk Mulder.")
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Henk Mulder", "Henk Mulder"]
    assert quotes[0].text.startswith("We hebben")


def test_a_quote_after_a_sentence_about_one_named_person_is_that_person() -> None:
    said = "‘Elke nacht staan er auto's met draaiende motor voor de deur.’"
    assert _one(f"Ook Jan Smit (52) uit Zwolle heeft er al jaren last van. {said}")[0] == "Jan Smit"
    assert items_of(Quote, f"De politie arresteerde vorige week in Zwolle Jan Smit. {said}") == []
    assert items_of(Quote, f"Jan Smit en Piet de Vries wonen er al jaren. {said}") == []


def test_a_caption_line_under_a_quote_names_the_speaker() -> None:
    text = ("Het jaar in vogelvlucht.\n\n“We willen de energietransitie in de regio versnellen met onze "
            "partners.”\nJeroen de Haas, CEO van Enexis Groep\n\nDe volgende alinea.")
    assert _one(text)[:3] == ("Jeroen de Haas", "CEO", "Enexis Groep")


INTERVIEW = """Korpschef Marieke Dekker van de politie Oost-Nederland blikt terug op een druk jaar.

Wat was het belangrijkste moment van dit jaar?
Voor mij was dat de opening van het nieuwe bureau in Enschede, waar we nu met alle teams samenwerken.

Waar maakt u zich zorgen over?
Ik zie dat jongeren steeds vaker worden ingezet door criminelen, daar moeten we met scholen iets aan doen.
"""


def test_answers_of_an_interview_without_quotation_marks_are_quotes_of_the_interviewee() -> None:
    quotes = items_of(Quote, INTERVIEW)
    assert [(q.speaker, q.organisation) for q in quotes] == [("Marieke Dekker", "politie Oost-Nederland")] * 2
    assert quotes[1].text.startswith("Ik zie dat jongeren")


def test_questions_answered_by_the_writer_are_no_interview() -> None:
    text = ("Wanneer mag je een mes bij je hebben?\n"
            "Een mes met een lemmet langer dan tien centimeter mag je nooit zomaar bij je dragen.\n\n"
            "Wat is de straf voor het dragen van een mes?\n"
            "Volwassenen kunnen een flinke boete krijgen en het mes wordt altijd in beslag genomen.\n")
    assert items_of(Quote, text) == []


def test_an_unresolved_speaker_after_the_quote_is_no_guess() -> None:
    text = ("Ook Karin Bos uit Zwolle kwam kijken. ‘Zij voelt zich niet veilig in de buurt’, "
            "bevestigde een woordvoerster van woningstichting …")
    assert items_of(Quote, text) == []


def test_a_place_or_a_platform_ends_no_personal_name() -> None:
    text = "“Wie iets heeft gezien, kan contact opnemen met de recherche,” meldt agent Dennis op Instagram."
    assert _one(text)[0] == "Dennis"
    assert items_of(Quote, "Doorrijder Breda: ‘Hij kon het niet langer voor zich houden’") == []
    assert _one("“Ik woon hier al mijn hele leven met plezier,” zegt Jan van Weert.")[0] == "Jan van Weert"


def test_a_quote_interrupted_by_its_attribution_goes_on_after_it() -> None:
    text = "„Het is een zware tijd geweest voor de buurt”, zegt Petra Jansen, „maar we gaan samen door.”"
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Petra Jansen", "Petra Jansen"]
    assert quotes[1].text == "maar we gaan samen door."


def test_an_organisations_questions_and_answers_are_no_interview() -> None:
    text = ("Directeur Anna Visser presenteert het jaarverslag van de netbeheerder.\n\n"
            "Wat betekent de energietransitie voor het net?\n"
            "We investeren de komende jaren fors in nieuwe kabels en stations in de hele regio.\n\n"
            "Hoe houden we de kosten voor klanten laag?\n"
            "We werken samen met gemeenten en plannen onze werkzaamheden zo veel mogelijk tegelijk.\n")
    assert items_of(Quote, text) == []


def test_a_pronoun_at_the_start_of_a_paragraph_is_the_one_person_of_the_paragraph_before() -> None:
    said = "\n\n‘Maar de laatste tijd is het hier echt niet meer te doen’, zegt hij."
    assert _one(f"Jan Smit woont er al twintig jaar met veel plezier.{said}")[0] == "Jan Smit"
    assert items_of(Quote, f"Jan Smit en Piet de Vries wonen er al twintig jaar.{said}") == []
