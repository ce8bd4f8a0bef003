"""Quotations without attribution whose speaker was named before (:mod:`._quote_continuation`):
interview answers in quotation marks, and a quotation that goes on with the last speaker across
narration, but not after narration about someone else."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text[:30], q.speaker) for q in items_of(Quote, text)]


def test_the_answers_of_an_interview_in_quotation_marks_are_the_interviewee_s_from_the_first_one() -> None:
    text = (
        "Wijkagent ziet meer overlast sinds de lockdown\n\n"
        "Sinds maart is het onrustiger in de wijken. Wij spraken met Karin de Boer, wijkagent in "
        "Leeuwarden-Oost, over het afgelopen jaar.\n\n"
        "Wat is er veranderd sinds maart?\n"
        "“Veel meer jongeren op straat, vooral in de avonduren. Ik krijg meer meldingen dan ooit.”\n\n"
        "Hoe reageren de bewoners daarop?\n"
        "“Ze zijn begripvol, maar het geduld raakt op.”\n\n"
        "Verwacht u dat het na de lockdown rustiger wordt?\n"
        "“Dat hoop ik wel. Maar sommige patronen blijven hangen.”\n"
    )
    assert [s for _, s in speakers(text)] == ["Karin de Boer"] * 3


def test_an_interview_printed_as_running_text_quotes_the_person_of_its_lead() -> None:
    text = (
        "Taxichauffeurs protesteerden gisteren bij het bedrijf. Hun eisen zijn nauwelijks bespreekbaar, "
        "blijkt uit een gesprek met directeur Sanne Vermeulen. Hoe is het om tweehonderd boze chauffeurs "
        "voor de deur te hebben? \"Dat is indrukwekkend, het was een grote groep en ze zijn ontevreden.\" "
        "Ze vinden de commissie per rit te hoog. Is dat bespreekbaar? \"Nee, die is al jaren hetzelfde "
        "en dat blijft ook zo.\" Wat gebeurt er nu? \"We gaan volgende week met ze praten over de "
        "roosters.\""
    )
    assert [s for _, s in speakers(text)] == ["Sanne Vermeulen"] * 3


def test_a_person_named_in_the_question_does_not_answer_it() -> None:
    # single quotation marks as most papers print them; the last question names someone else
    text = (
        "De wethouder ziet de uitslag als een keerpunt, zegt Marieke de Vries in haar werkkamer. 'Er moet "
        "echt iets veranderen in de wijken.' Waarom nu? 'Omdat de bewoners het niet meer pikken. Dat merk ik "
        "elke dag.' En de burgemeester? 'Die heeft het ook gezien.' Zijn voorganger Henk Jansen dan? "
        "'Inderdaad, die ook. Hij heeft dit jaren geleden al gezegd.'"
    )
    assert [s for _, s in speakers(text)] == ["Marieke de Vries"] * 4


def test_an_organisation_in_the_lead_is_no_interviewee() -> None:
    text = (
        "Het debat in Provinciale Staten ging over het klimaat. Heeft u geoefend? ,,Ja, dat hoort er "
        "allemaal bij, met rollenspelletjes en al.'' Hoort mediatraining daarbij? ,,Nee, maar ik kijk "
        "dingen wel terug.'' Lacht u minder? ,,Ik probeer nu iets neutraler te kijken.''"
    )
    assert all(s != "Provinciale Staten" for _, s in speakers(text))


def test_two_questions_far_apart_in_a_feature_make_no_interview() -> None:
    filler = "Het bedrijf breidde in die jaren flink uit en opende vestigingen in het hele land. " * 20
    text = (
        "Waar ging het mis? ,,Niemand had het zien aankomen, ook de directie niet.'' "
        f"{filler}Voelt het als een nederlaag? ,,Het is pijnlijk, maar dit hoort bij ondernemen.''"
    )
    assert speakers(text) == []


def test_a_sentence_about_unnamed_people_ends_the_speaker_s_run() -> None:
    text = (
        "“We zoeken met man en macht naar de dader”, zegt woordvoerder Kees Bakker van de politie.\n\n"
        "Ook de buurtbewoners maken zich zorgen over de veiligheid in de straat.\n\n"
        "“We durven ’s avonds niet meer over straat, zeker niet met de kinderen.”"
    )
    assert [s for _, s in speakers(text)] == ["Kees Bakker"]


def test_a_generic_plural_in_the_narration_keeps_the_speaker() -> None:
    text = (
        ",,We ruimen elke week het afval op de parkeerplaats op'', zegt beheerder Dini Koenders. "
        "Nederlanders eten en drinken vaker onderweg. ,,Inmiddels kennen wij de vaste afvalroutes.''"
    )
    assert [s for _, s in speakers(text)] == ["Dini Koenders"] * 2


_BOX = (
    "4.3 Ervaringen uit de praktijk\n\n"
    "Voor dit onderzoek spraken we met Ellen Verbeek, teamleider cybercrime bij de politie-eenheid "
    "Oost-Brabant. Zij ziet sinds het begin van de coronacrisis een verschuiving naar online "
    "criminaliteit.\n\n"
    "“Toen de winkels dichtgingen, zagen we binnen een paar weken de eerste golf van webwinkelfraude.”\n\n"
    "{narration}\n\n"
    "“Het gaat vaak om mensen die net een smartphone hebben. Binnen een uur is het geld weg.”\n"
)


def test_a_quotation_opening_a_paragraph_goes_on_with_the_interviewee_of_a_report_s_box() -> None:
    narration = ("Bij het Landelijk Meldpunt Internetoplichting steeg het aantal meldingen in 2020 met ruim "
                 "veertig procent. Vooral ouderen werden slachtoffer van fraude via WhatsApp.")
    assert [s for _, s in speakers(_BOX.format(narration=narration))] == ["Ellen Verbeek"] * 2


def test_a_quotation_after_a_paragraph_about_someone_else_or_a_document_gets_no_speaker() -> None:
    for narration in (
        "Ook burgemeester Piet de Vries ziet dat de fraude toeneemt.",
        "Gökmen T. werd eerder al veroordeeld voor oplichting.",
        "Uit het onderzoek blijkt dat de fraude sterk toenam.",
        "Veel slachtoffers schamen zich en doen geen aangifte.",
    ):
        found = speakers(_BOX.format(narration=narration))
        assert [s for q, s in found if q.startswith("Het gaat")] != ["Ellen Verbeek"], narration


def test_a_heading_between_two_paragraphs_ends_the_speaker_s_run() -> None:
    narration = "Aanpak in de regio\n\nIn de regio worden banken sneller gewaarschuwd bij verdachte betaling."
    assert [s for _, s in speakers(_BOX.format(narration=narration))] == ["Ellen Verbeek"]


def test_zegt_hij_refers_to_the_inverted_subject_named_by_surname_not_to_someone_named_before() -> None:
    text = (
        "Daan Verhoef schoot zijn ploeg zondag als invaller naar de winst. Na de training liep hij nog "
        "trappen onder toezicht van fysiotherapeut Kees Mulder. Helemaal fit is Verhoef nog niet. "
        ",,Ik bouw het stapje voor stapje op'', zei hij. ,,Tot nu toe gaat het goed.''"
    )
    assert [s for _, s in speakers(text)] == ["Daan Verhoef"] * 2


def test_long_narration_that_names_no_one_else_keeps_the_speaker() -> None:
    text = (
        ",,We zwemmen voor het goede doel'', zegt zwemmer Sander Bos. Het gaat niet om het record, vindt "
        "hij. Vorig jaar haalde de tocht ruim twee ton op. Een flink bedrag. Hoe mooi zou het zijn om dat "
        "te overtreffen. Maar ook minder is geen teleurstelling. ,,Elke euro die we ophalen is het "
        "meer dan waard.''"
    )
    assert [s for _, s in speakers(text)] == ["Sander Bos"] * 2


def test_long_narration_about_someone_else_ends_the_speaker_s_run() -> None:
    text = (
        ",,We zwemmen voor het goede doel'', zegt zwemmer Sander Bos. Het gaat niet om het record, vindt "
        "hij. Vorig jaar haalde de tocht ruim twee ton op. Ook de organisatie in Stavoren is tevreden. "
        "Volgend jaar komt er een tweede route. ,,Elke euro die we ophalen is het meer dan waard.''"
    )
    assert [s for _, s in speakers(text)] == ["Sander Bos"]


def test_a_running_header_between_two_paragraphs_of_a_pdf_is_no_heading() -> None:
    narration = ("Corona en criminaliteit | 23\n\nBij het meldpunt steeg het aantal meldingen in 2020 "
                 "met ruim veertig procent.")
    text = _BOX.format(narration=narration) + "\n24 | Corona en criminaliteit\n\nHet volgende hoofdstuk.\n"
    assert [s for _, s in speakers(text)] == ["Ellen Verbeek"] * 2
    once = _BOX.format(narration=narration) + "\nHet volgende hoofdstuk.\n"
    assert [s for _, s in speakers(once)] == ["Ellen Verbeek"]


def test_two_blank_lines_part_articles_in_news_with_a_blank_line_after_every_paragraph() -> None:
    text = ("“We zoeken met man en macht naar de dader”, zegt woordvoerder Kees Bakker van de politie.\n\n"
            "De straat is afgezet voor het onderzoek.\n\n\n"
            "In Zwolle is een nieuwe brug geopend, na twee jaar bouwen aan de oever van de rivier.\n\n"
            "“We zijn blij dat het verkeer weer kan doorrijden over de nieuwe brug.”\n")
    assert [s for _, s in speakers(text)] == ["Kees Bakker"]


def test_of_several_people_in_the_lead_the_interviewee_is_the_one_it_talks_with() -> None:
    text = (
        "Jongeren en de lockdown\n\n"
        "Burgemeester Anna Vos kondigde vorige week een avondklok aan. Wij spraken met jongerenwerker "
        "Karin de Boer over de gevolgen in de wijk.\n\n"
        "Wat is er veranderd sinds de avondklok?\n"
        "“Veel meer jongeren hangen overdag rond. Ik krijg meer telefoontjes dan ooit.”\n\n"
        "Hoe reageren de ouders daarop?\n"
        "“Ze zijn bezorgd, maar het geduld raakt op.”\n"
    )
    assert [s for _, s in speakers(text)] == ["Karin de Boer"] * 2
    unclear = text.replace("Wij spraken met jongerenwerker Karin de Boer over",
                           "Jongerenwerker Karin de Boer ziet")
    assert [s for _, s in speakers(unclear)] == []


def test_zegt_ze_refers_to_a_surname_right_after_the_verb_that_opens_the_sentence() -> None:
    text = (
        "De wiskundige Karin Smeets kreeg gisteren de Abelprijs. Eerder won Anna Vos die prijs als eerste "
        "vrouw. Toch twijfelde Smeets lang of ze wel in het vak thuishoorde. "
        "'Ik voelde me jarenlang een buitenstaander', zei ze in 1997."
    )
    assert [s for _, s in speakers(text)] == ["Karin Smeets"]
