"""Quotes, one invented Dutch sentence per wording class of news attribution (issue 10): the
classes, not single sentences of any gold text."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def speakers(text: str) -> list[str]:
    return [q.speaker for q in items_of(Quote, text)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("„Het aantal meldingen is fors gestegen in de regio,” zegt hoogleraar criminologie Jan Smit.",
         "Jan Smit", "hoogleraar criminologie"),
        ("„We kunnen de zaken bijna niet meer aan met dit team,” zegt directeur bedrijfsvoering Eva Mol.",
         "Eva Mol", "directeur bedrijfsvoering"),
        ("Volgens hoogleraar strafrecht Tom Bakker is de wet te streng. „Rechters hebben te weinig ruimte.”",
         "Tom Bakker", "hoogleraar strafrecht"),
    ],
)
def test_a_title_with_its_field_before_the_name(text: str, speaker: str, role: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_title_followed_by_a_clause_is_no_title() -> None:
    text = "„De buurt is onrustig sinds de zomer,” zegt de agent die Jan Smit aanhield."
    # not Jan Smit; an unnamed officer speaks for the police (conventions: unnamed police sources)
    assert speakers(text) == ["Politie"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Er is geen sprake van een misdrijf, het onderzoek wordt afgesloten,” aldus het "
         "Openbaar Ministerie.", "Openbaar Ministerie"),
        ("„De verdachte wordt maandag voorgeleid aan de rechter-commissaris,” laat de Koninklijke "
         "Marechaussee weten.", "Koninklijke Marechaussee"),
    ],
)
def test_an_organisation_written_in_capitals_speaks(text: str, speaker: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.organisation) == (speaker, speaker)


@pytest.mark.parametrize(
    ("text", "organisation", "role"),
    [
        ("„We onderzoeken of er een verband is met eerdere aanslagen,” bevestigt een politiewoordvoerder.",
         "politie", "politiewoordvoerder"),
        ("Een woordvoerder van de politie zegt: „We onderzoeken of er een verband is met eerdere aanslagen.”",
         "politie", "woordvoerder"),
        ("Volgens een woordvoerster van de gemeente Utrecht is er geen verband. „We hebben daar geen "
         "enkele aanwijzing voor gevonden.”", "gemeente Utrecht", "woordvoerster"),
    ],
)
def test_an_unnamed_spokesperson_gives_the_organisation_as_speaker(
    text: str, organisation: str, role: str
) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role, quote.organisation) == (organisation, role, organisation)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [(",,", "”"), (",,", "''"), ("’", "’"), ("»", "«"), ("‘", "’")],
)
def test_plain_text_and_newspaper_mark_styles(opening: str, closing: str) -> None:
    text = f"{opening}De regels zijn voor iedereen gelijk, ook voor ondernemers{closing}, zegt Jan de Vries."
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Jan de Vries"
    assert quote.text == "De regels zijn voor iedereen gelijk, ook voor ondernemers"


def test_a_reversed_mark_opening_a_paragraph_opens_a_quote() -> None:
    text = (
        "Jan de Vries is al twintig jaar wijkagent in Zwolle.\n\n"
        "”Ik ken hier bijna iedereen in de straat bij naam”, zegt De Vries."
    )
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.text) == ("Jan de Vries", "Ik ken hier bijna iedereen in de straat bij naam")


def test_a_closing_mark_inside_a_sentence_opens_nothing() -> None:
    text = "De man zei ”nee” en liep weg.\nHet gebeurde in het park aan de rand van de stad."
    assert items_of(Quote, text) == []


def test_a_quotation_over_paragraphs_that_each_open_with_a_mark_has_one_speaker() -> None:
    text = (
        "Jan de Vries is wijkagent in Zwolle. Hij zegt:\n\n"
        "„De regels zijn voor iedereen gelijk, ook voor de ondernemers in de wijk.\n\n"
        "„Maar we kijken wel eerst naar de mensen die hier al jaren wonen.”"
    )
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Jan de Vries", "Jan de Vries"]
    assert quotes[1].text.startswith("Maar we kijken")


def test_a_subhead_goes_to_the_speaker_of_the_quotation_it_repeats() -> None:
    text = (
        "„We zien dat de overlast in de wijk al maanden aanhoudt”, zegt Karin de Boer, wijkagent.\n\n"
        "’Een groot gebrek aan toezicht op straat’\n\n"
        "„Er is een groot gebrek aan toezicht op straat, vooral in de nacht”, stelt Ali Yilmaz "
        "van de bewonersvereniging."
    )
    quotes = items_of(Quote, text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Karin de Boer", "We zien dat de overlast in de wijk al maanden aanhoudt"),
        ("Ali Yilmaz", "Een groot gebrek aan toezicht op straat"),
        ("Ali Yilmaz", "Er is een groot gebrek aan toezicht op straat, vooral in de nacht"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officier van justitie Marloes de Charron ziet een stijging van het aantal zaken.\n\n"
         "„Dat baart ons zorgen, want de daders worden steeds jonger,” zegt De Charron.",
         "Marloes de Charron"),
        ("Jan Peter van Dijk is wijkagent in Zwolle. „Ik ken hier bijna iedereen in de straat bij naam,” "
         "vertelt Van Dijk.", "Jan Peter van Dijk"),
        ("„De regels zijn voor iedereen gelijk, ook voor ondernemers,” zegt Suzanne Rijnaars-van de Graaf.",
         "Suzanne Rijnaars-van de Graaf"),
        ("Marieke Jansen (34) werd vorig jaar slachtoffer van phishing. „Ik kreeg een bericht van mijn "
         "bank en klikte zonder na te denken op de link.”", "Marieke Jansen"),
    ],
)
def test_multi_part_names_surnames_and_testimony(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Buurtbewoners zijn boos. „We worden hier nooit gehoord door de gemeente,” zeggen ze.",
        "De politie zette extra agenten in. „We zien dat het werkt in de hele wijk,” zegt hij.",
        "De zogenoemde 'loverboys' maken vooral jonge meisjes tot slachtoffer.",
        "Het kabinet wil 'harder optreden' tegen ondermijning in de regio.",
    ],
)
def test_no_speaker_is_better_than_a_wrong_one(text: str) -> None:
    assert items_of(Quote, text) == []


def test_each_quote_goes_to_its_own_attribution_between_two_speakers() -> None:
    text = (
        "Jan Smit zegt: „Het gaat goed met de aanpak van de overlast.” Piet de Vries is het daar niet mee "
        "eens. „Het is juist erger geworden in de wijk,” zegt hij."
    )
    assert speakers(text) == ["Jan Smit", "Piet de Vries"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Niemand luistert nog naar de bewoners van deze wijk”, verzucht Jan Smit.", "Jan Smit"),
        ("„Straks gaat het echt mis met de jongeren in de wijk”, vreest wijkagent Anna de Vries.",
         "Anna de Vries"),
        ("„Waarom grijpt niemand in bij deze overlast?”, vraagt Karin Mol tegen de raad.", "Karin Mol"),
    ],
)
def test_any_finite_verb_between_a_quote_and_a_full_name_attributes_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "„Niemand luistert nog naar de bewoners van deze wijk”, maar Jan Smit denkt daar anders over.",
        "„Niemand luistert nog naar de bewoners van deze wijk”, zeggen Jan Smit en Anna de Vries.",
        "Jan Smit en Anna de Vries werken samen. „We zien steeds meer jongeren met een mes”, zeggen zij.",
    ],
)
def test_a_conjunction_or_a_plural_verb_names_no_single_speaker(text: str) -> None:
    assert items_of(Quote, text) == []


def test_a_pronoun_subject_in_the_sentence_before_is_the_person_named_before() -> None:
    text = (
        "Jan Smit is al twintig jaar wijkagent in Tilburg. Hij maakt zich zorgen. "
        "„We zien dat steeds meer jongeren een mes op zak hebben.”"
    )
    assert speakers(text) == ["Jan Smit"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„De aanpak van ondermijning moet beter worden geregeld”, zegt de Inspectie Justitie en "
         "Veiligheid.", "Inspectie Justitie en Veiligheid"),
        ("„De verdachte is maandag aangehouden in zijn woning”, laat de Nationale Politie weten.",
         "Nationale Politie"),
    ],
)
def test_an_organisation_of_several_words_is_no_person(text: str, speaker: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.organisation) == (speaker, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jan Smit werkt samen met Anna de Vries van de gemeente. „We zien dat steeds meer jongeren "
         "een mes op zak hebben”, zegt zij.", "Anna de Vries"),
        ("Jan Smit sprak met burgemeester Anna de Vries over de wijk. „We zien dat steeds meer jongeren "
         "een mes op zak hebben”, zegt hij.", "Jan Smit"),
        ("Jan Smit is wijkagent. Hij werkt samen met Piet Bakker. „We zien dat steeds meer jongeren "
         "een mes op zak hebben”, zegt hij.", "Jan Smit"),
    ],
)
def test_a_pronoun_is_the_person_of_its_gender_or_the_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_pronoun_that_fits_nobody_named_before_is_no_speaker() -> None:
    text = "Jan Smit sprak met Piet Bakker. „We zien steeds meer jongeren met een mes op zak”, zegt zij."
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("„We zien dat steeds meer jongeren een mes op zak hebben.” Aldus Jan Smit, wijkagent.",
         "Jan Smit", "wijkagent"),
        ("„We zien dat steeds meer jongeren een mes op zak hebben”, zegt CDA-Kamerlid Jan Smit.",
         "Jan Smit", "CDA-Kamerlid"),
    ],
)
def test_aldus_opening_a_sentence_and_a_party_title_before_a_name(text: str, speaker: str, role: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_caption_with_blank_lines_above_a_quote_names_the_speaker() -> None:
    text = "Jan Smit\n\nWijkagent in Tilburg\n\n„Ik ken hier bijna iedereen in de straat bij naam.”"
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == ("Jan Smit", "Wijkagent in Tilburg")


def test_a_caption_of_another_article_is_no_speaker() -> None:
    text = "Jan Smit\n\n\n„Ik ken hier bijna iedereen in de straat bij naam en toenaam.”"
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), (",,", "''"), ("„", "”"), ("‘", "’")])
def test_a_quotation_over_two_paragraphs_in_every_mark_style(opening: str, closing: str) -> None:
    text = (
        "Jan Smit is wijkagent in Tilburg.\n\n"
        f"{opening}We zien steeds meer jongeren met een mes op straat.\n\n"
        f"{opening}Dat baart ons grote zorgen{closing}, zegt Smit."
    )
    quotes = items_of(Quote, text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Jan Smit", "We zien steeds meer jongeren met een mes op straat."),
        ("Jan Smit", "Dat baart ons grote zorgen"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Kinderen moeten sneller geholpen worden in deze regio”, stelt de Raad voor de "
         "Kinderbescherming.", "Raad voor de Kinderbescherming"),
        ("„Dit onderscheid is in strijd met de wet en moet stoppen”, aldus het College voor de Rechten "
         "van de Mens.", "College voor de Rechten van de Mens"),
    ],
)
def test_an_organisation_name_with_articles_inside(text: str, speaker: str) -> None:
    [quote] = items_of(Quote, text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„We zien dat steeds meer jongeren een mes op zak hebben”, zegt de 17-jarige Sam.", "Sam"),
        ("Jan Smit is al twintig jaar wijkagent in Tilburg. „We zien dat steeds meer jongeren een mes op "
         "zak hebben”, aldus de wijkagent.", "Jan Smit"),
        ("Jan Smit, wijkagent in Tilburg, loopt elke dag door de wijk. „We zien dat steeds meer jongeren "
         "een mes op zak hebben”, aldus de wijkagent.", "Jan Smit"),
    ],
)
def test_a_first_name_after_an_age_and_a_role_given_after_the_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_first_person_testimony_in_a_story_about_one_named_person() -> None:
    text = (
        "Annet Verhoeven woont al dertig jaar in de wijk. Vorige maand ontplofte er een explosief bij "
        "de buren. ’Ik werd om drie uur ’s nachts wakker van een enorme klap. Mijn ramen lagen eruit.’\n\n"
        "Ze is bang. ’Ik durf ’s avonds niet meer alleen over straat.’"
    )
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Annet Verhoeven", "Annet Verhoeven"]
    assert quotes[0].text.startswith("Ik werd om drie uur ’s nachts")


def test_first_person_words_in_a_story_about_two_people_have_no_speaker() -> None:
    text = (
        "Annet Verhoeven woont al dertig jaar naast Kees Bakker. Vorige maand ontplofte er een explosief "
        "bij de buren. ’Ik werd om drie uur ’s nachts wakker van een enorme klap.’"
    )
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Burgemeester Femke Halsema sprak de raad toe.\n\nDe burgemeester is duidelijk. „We gaan deze "
         "overlast in de binnenstad niet langer accepteren.”", "Femke Halsema"),
        ("Burgemeester Femke Halsema sprak de raad toe.\n\nDe burgemeester zegt: „We gaan deze overlast "
         "niet langer accepteren.”", "Femke Halsema"),
        ("Officier van justitie Eva Mol eiste vijf jaar cel.\n\n„De verdachte heeft willens en wetens "
         "geweld gebruikt tegen de agenten”, aldus de officier.", "Eva Mol"),
    ],
)
def test_de_with_a_title_is_the_person_named_earlier_with_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_de_with_a_title_nobody_was_named_with_is_no_speaker() -> None:
    text = "De burgemeester is duidelijk. „We gaan deze overlast in de binnenstad niet langer accepteren.”"
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jan Smit verzucht: „We zien dat het aantal meldingen van misbruik elk jaar verder stijgt.”",
        "Jan Smit is stellig: „We zien dat het aantal meldingen van misbruik elk jaar verder stijgt.”",
        "Jan Smit leidt het onderzoek. Smit heeft er een verklaring voor: „Jongeren zien geweld online "
        "elke dag voorbijkomen.”",
    ],
)
def test_a_person_as_subject_of_a_sentence_ending_in_a_colon(text: str) -> None:
    assert speakers(text) == ["Jan Smit"]


def test_two_commas_between_values_open_no_quote() -> None:
    text = "De kolommen 12,,14,,15 staan leeg. \"Dat is een fout in de export\", zegt Jan Smit."
    quotes = items_of(Quote, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Jan Smit", "Dat is een fout in de export")]


@pytest.mark.parametrize(
    ("text", "organisation", "role"),
    [
        ("„We zien steeds meer jongeren met een mes op zak”, zegt een rechercheur van de politie Utrecht.",
         "politie Utrecht", "rechercheur"),
        ("„We zien steeds meer jongeren met een mes op zak”, aldus een medewerker van de gemeente Tilburg.",
         "gemeente Tilburg", "medewerker"),
    ],
)
def test_an_unnamed_person_with_a_role_and_an_organisation_gives_the_organisation(
    text: str, organisation: str, role: str
) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role, quote.organisation) == (organisation, role, organisation)


def test_an_unnamed_person_with_a_role_and_no_organisation_is_anonymous() -> None:
    # anonymous speakers without organisation are "anoniem" with the role (conventions)
    [quote] = items_of(Quote, "„We zien steeds meer jongeren met een mes op zak”, zegt een advocaat.")
    assert (quote.speaker, quote.role) == ("anoniem", "advocaat")
    # an unnamed police officer speaks for the police (conventions: unnamed police sources)
    [quote] = items_of(Quote, "„We zien steeds meer jongeren met een mes op zak”, zegt een rechercheur.")
    assert (quote.speaker, quote.role) == ("Politie", "rechercheur")


@pytest.mark.parametrize(
    "text",
    [
        "NRC kopte op 12 mei 2019: ’Meer geweld tegen agenten in de grote steden’.",
        "‘Meer geweld tegen agenten in de grote steden’ (NRC, 12 mei 2019).",
        "In het artikel 'Meer geweld tegen agenten in de grote steden' (NRC, 12 mei 2019) staat het.",
    ],
)
def test_a_title_in_single_quotes_next_to_an_outlet_is_no_quote(text: str) -> None:
    assert items_of(Quote, text) == []


@pytest.mark.parametrize("verb", ["verzucht", "vreest", "hoopt", "verwacht", "voorspelt", "klaagt", "vraagt",
                                  "vroeg", "noemt"])
def test_a_verb_of_feeling_or_asking_attributes_to_a_spokesperson_s_organisation(verb: str) -> None:
    text = f"„De huren stijgen veel te snel voor ons”, {verb} een woordvoerder van de gemeente Utrecht."
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.organisation) == ("gemeente Utrecht", "gemeente Utrecht")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("„De huren stijgen veel te snel voor de winkeliers”, schrijft het kabinet.", "kabinet"),
        ("„De huren stijgen veel te snel voor de winkeliers”, verzucht de regering.", "regering"),
        ("„De huren stijgen veel te snel voor de winkeliers”, vreest de Tweede Kamer.", "Tweede Kamer"),
    ],
)
def test_the_government_and_parliament_speak_as_organisations(text: str, organisation: str) -> None:
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.organisation) == (organisation, organisation)


@pytest.mark.parametrize(
    "text",
    [
        "„De huren stijgen veel te snel voor de winkeliers”, vindt Jan Smit onzin.",
        "„De huren stijgen veel te snel voor de winkeliers”, vond Eva Mol overdreven.",
        "„De huren stijgen veel te snel voor de winkeliers”, noemt Jan Smit een fabeltje.",
    ],
)
def test_a_judgement_of_the_words_after_the_name_is_no_speech(text: str) -> None:
    assert items_of(Quote, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "„De huren stijgen veel te snel voor de winkeliers”, vindt Jan Smit.",
        "„De huren stijgen veel te snel voor de winkeliers”, vindt Jan Smit, voorzitter van de bond.",
        "„De huren stijgen veel te snel voor de winkeliers”, vindt Jan Smit in zijn rapport.",
    ],
)
def test_an_opinion_verb_before_a_name_is_speech(text: str) -> None:
    assert speakers(text) == ["Jan Smit"]
