"""Speakers read from the sentences before a quote (:mod:`trendbeeld.extract.quotes`,
:mod:`trendbeeld.extract._quote_attribution`): short spoken sentences, a subject right after a
closed quotation or described before its name, a spokesperson of another body, and adjectives that
open the names of states."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", "Nieuws uit de regio\n\n" + body + "\n"))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_short_sentence_after_reported_speech() -> None:
    found = _speakers(
        "De broers mopperen over het verbod. Frans Lodewijk stelt zich voor. Hij is 81 jaar, zegt hij. "
        "\"Even oud als de koningin.\" Hij vindt het verbod onzin."
    )
    assert ("Frans Lodewijk", "Even oud als de koningin.") in found


def test_short_title_without_full_stop_is_no_quote() -> None:
    found = _speakers("Het programma \"Wie is de Mol\" trekt elke week veel kijkers, meldt de omroep.")
    assert found == []


def test_subject_right_after_a_closed_quotation() -> None:
    found = _speakers(
        "De man zit al weken vast. \"Ik weet nog steeds niet waarvan hij wordt verdacht en dat is "
        "vreemd.\" Advocaat Pieter Haverkamp stond de man eerder bij. Waarvan zijn cliënt wordt "
        "verdacht, is de strafpleiter niet duidelijk. \"Dat heb ik nog steeds niet gehoord.\""
    )
    assert ("Pieter Haverkamp", "Dat heb ik nog steeds niet gehoord.") in found


def test_name_inside_a_quotation_is_no_subject() -> None:
    found = _speakers(
        "\"Waarom is dat erg?\" \"O. Ach zo, dat had ik niet begrepen, maar nu zie ik het wel.\" "
        "Ik zou even stil zijn. \"Maar het is toch mooi dat er een monument komt voor iedereen?\""
    )
    assert all(not speaker.startswith("O.") for speaker, _ in found)


def test_subject_described_before_the_name() -> None:
    found = _speakers(
        "\"Ik denk dat de geur de honden trok, maar bewijzen kon ik het niet\", zegt onderzoeker Tom "
        "Sanders. Sanders kon het niet bewijzen. De Nederlandse hondencoach en jachttrainer Klaas "
        "Wiersma wandelde vaak in Schotland. Hij was weleens bezorgd. ,,Flauwekul! Honden kunnen geen "
        "diepte inschatten, dat weet iedere trainer.''"
    )
    said = "Flauwekul! Honden kunnen geen diepte inschatten, dat weet iedere trainer."
    assert ("Klaas Wiersma", said) in found


def test_spokesperson_of_another_body_ends_the_run() -> None:
    found = _speakers(
        "Een woordvoerder van het ministerie van Justitie wil niets zeggen. \"We kunnen alleen bevestigen "
        "dat de man vastzit.\" De man krijgt hulp van het consulaat in Rome. Een woordvoerder van dat "
        "consulaat zegt niets te kunnen doen. \"Dat moet hij zelf regelen.\""
    )
    assert all(text != "Dat moet hij zelf regelen." or "inisterie" not in speaker for speaker, text in found)


def test_adjective_of_a_state_opens_no_personal_name() -> None:
    found = _speakers(
        "Advocaat Umit Yilmaz weet niet wat zijn cliënt doormaakt. Wel stond hij eerder een Nederlander "
        "bij die in de Verenigde Arabische Emiraten werd aangehouden. \"In dat geval zat mijn cliënt een "
        "maand in de cel zonder een verdenking te horen.\""
    )
    assert [s for s, _ in found] == ["Umit Yilmaz"]


def test_weekday_surname_after_a_first_name() -> None:
    found = _speakers(
        "De proef loopt nog. ,,Ons uitgangspunt is dat we huurders van tevoren informeren'', zegt "
        "woordvoerder Jolanda Zondag van woningcorporatie Talis. ,,Bewoners hoeven niet bang te zijn.''"
    )
    assert [s for s, _ in found] == ["Jolanda Zondag", "Jolanda Zondag"]


def test_subject_after_the_verb_behind_a_fronted_phrase() -> None:
    found = _speakers(
        "De spanning loopt op in Caracas. In een toespraak in het parlement heeft Juan Guaidó de uitzetting "
        "van de ambassadeur veroordeeld. \"Ze bedreigen een belangrijk land dat humanitaire hulp verleent.\""
    )
    assert [s for s, _ in found] == ["Juan Guaidó"]


def test_name_in_a_clause_behind_the_fronted_phrase_is_no_subject() -> None:
    found = _speakers(
        "De spanning loopt op in Caracas. Het besluit dat de regering van president Maduro heeft genomen "
        "raakt Juan Guaidó hard. \"Ze bedreigen een belangrijk land dat humanitaire hulp verleent.\""
    )
    assert all(s != "Juan Guaidó" for s, _ in found)


def test_name_after_a_long_title_keeps_its_surname() -> None:
    found = _speakers(
        "De bedreigingen nemen toe. Tweede Kamervoorzitter Khadija Arib toont zich bezorgd. "
        "\"Als voorzitter maak ik mij grote zorgen over wat wij zien gebeuren.\" De Kamer debatteert morgen."
    )
    assert [s for s, _ in found] == ["Khadija Arib"]


def test_quotation_between_two_of_one_speaker() -> None:
    found = _speakers(
        "Het stel kocht het huis in de jaren negentig. ,,Ons werd verteld dat het geen problemen zou "
        "geven'', zegt Miranda Schelling. Dat pakte anders uit. Het dak is nog in goede staat. "
        "De Kamer stemde in met een wet. Die bepaalt dat het eraf moet. ,,Dat gaat ons zestigduizend "
        "euro kosten.'' Geld dat het stel niet heeft. ,,De bank geeft geen tweede lening'', zegt Schelling."
    )
    assert ("Miranda Schelling", "Dat gaat ons zestigduizend euro kosten.") in found


def test_quotation_introduced_by_a_colon_between_them_is_not_theirs() -> None:
    found = _speakers(
        "\"Mijn moeder kwam langs zonder afspraak en dat ging niet goed\", zegt Ruud Akkerman. Ze keek "
        "me aan en vroeg: \"Wanneer ga je eens echt werk zoeken?\" Het gesprek duurde kort. \"Ik ben "
        "schrijver en dat blijf ik\", zegt Akkerman."
    )
    assert all(text != "Wanneer ga je eens echt werk zoeken?" for _, text in found)


def test_verb_and_name_after_a_quote_with_the_clause_going_on() -> None:
    found = _speakers(
        "Het verzet wordt geleid door Ioannis Sakkaros, geboren in Stuttgart. De suggestie van een "
        "snelheidslimiet leidde tot woedende reacties. 'Mobiliteit is vrijheid, als die verdwijnt kom "
        "je in verzet', vertolkt Sakkaros het gevoel van de demonstranten."
    )
    assert [s for s, _ in found] == ["Ioannis Sakkaros"]


def test_conjunction_after_a_quote_is_no_verb_of_a_speaker() -> None:
    found = _speakers(
        "De demonstranten trekken naar het stadhuis. 'Mobiliteit is vrijheid, als die verdwijnt kom je in "
        "verzet', maar Ioannis Sakkaros denkt daar anders over."
    )
    assert all(s != "Ioannis Sakkaros" for s, _ in found)


def test_pronoun_after_a_quote_refers_to_a_quoted_surname_mid_sentence() -> None:
    found = _speakers(
        "\"Ik sta elke dag met plezier voor de klas, want dat is mijn vak\", zegt lerares Daisy Mertens. "
        "Uit duizenden docenten werd een selectie gemaakt. Op school, zegt Mertens, voelde ze zich veilig. "
        "Die veiligheid geeft ze ook haar leerlingen. \"We moeten het systeem omgooien\", betoogde ze."
    )
    assert ("Daisy Mertens", "We moeten het systeem omgooien") in found


def test_possessive_surname_is_no_referent_of_a_pronoun() -> None:
    found = _speakers(
        "\"We hebben een regentank gekocht en dat scheelt veel\", zegt bewoner Cory Zue. \"De consumptie "
        "is veertig procent lager dan vroeger\", zegt onderzoekster Kirsty Carden. Dat komt doordat "
        "mensen investeren, zoals in Zue's regentank. \"Daar moet het stadsbestuur rekening mee houden\", "
        "nuanceert ze."
    )
    assert ("Kirsty Carden", "Daar moet het stadsbestuur rekening mee houden") in found


def test_first_name_label_is_the_full_name_quoted_before() -> None:
    found = _speakers(
        "De cursus begint om acht uur. \"In een telefoon gaan wel honderd onderdelen\", zegt coach Max "
        "Kloosterman. Volgens coach Elke werken feitenbombardementen averechts. Coach Max: \"Ben je een "
        "zure mopperkont, dan help je niemand.\""
    )
    assert [s for s, _ in found] == ["Max Kloosterman", "Max Kloosterman"]


def test_name_after_a_relative_pronoun_is_no_described_subject() -> None:
    from trendbeeld.extract._quote_attribution import sentence_subject

    sentence = "De dame die Jan Smit gisteren zag, woont in de straat."
    assert not sentence_subject(sentence, sentence.index("Jan"))
    described = "De 52-jarige advocaat Jan Smit zegt het."
    assert sentence_subject(described, described.index("Jan"))


def test_party_name_with_a_preposition_before_a_glued_title() -> None:
    found = _speakers(
        "Het debat liep uit. Forum voor Democratie-voorman Thierry Baudet koppelt de aanslag aan het "
        "immigratiebeleid. 'Natuurlijk moeten we empathie hebben met de slachtoffers, maar het is wel een "
        "gevolg van beleid.'"
    )
    assert [s for s, _ in found] == ["Thierry Baudet"]
