"""A pronoun after a verb the speech-verb lexicon does not list ("„Waarom …?” donderde hij", "‘…’,
gilt ze, meermaals"), and a subject after the verb behind a fronted prepositional phrase ("In zijn
toespraken suggereerde Yilmaz …") that such a pronoun refers to
(:mod:`trendbeeld.extract._quote_attribution`)."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", "Nieuws uit de regio\n\n" + body + "\n"))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_question_then_unlisted_verb_and_pronoun_is_the_inverted_subject() -> None:
    found = _speakers(
        "De Turkse premier Yilmaz sprak gisteren in Izmir. Het stadion was vol. Volgens historicus Jan de "
        "Vries is dat bijzonder. In zijn toespraken suggereerde Yilmaz dat de oppositie heimelijk met het "
        "buitenland samenwerkt. \"Waarom zwijgen jullie hierover?\" donderde hij. \"Om maar één reden: "
        "jullie hebben iets te verbergen.\""
    )
    assert ("Yilmaz", "Waarom zwijgen jullie hierover?") in found
    assert ("Yilmaz", "Om maar één reden: jullie hebben iets te verbergen.") in found
    assert all(speaker != "Jan de Vries" for speaker, _ in found)


def test_unlisted_verb_with_comma_and_a_time_after_the_pronoun() -> None:
    found = _speakers(
        "Wethouder Anja Verbeek wil een nieuwe aanpak. Zij kent de wijk goed. 'Dit moet nu echt anders, "
        "het duurt al veel te lang', verzuchtte ze gisteren."
    )
    assert ("Anja Verbeek", "Dit moet nu echt anders, het duurt al veel te lang") in found


def test_she_after_a_body_named_in_the_sentences_before_is_no_person() -> None:
    found = _speakers(
        "Minister Karin Hoek wil het verbod snel invoeren. De Raad van State was eerder kritisch. Volgens "
        "het adviesorgaan is het nut niet aangetoond. Het plan voorziet niet 'in een dringende behoefte "
        "die een beperking kan rechtvaardigen', redeneerde ze in 2015."
    )
    assert all(speaker != "Karin Hoek" for speaker, _ in found)



def test_a_name_after_the_neuter_article_is_no_person_a_pronoun_refers_to() -> None:
    found = _speakers(
        "De rechtszaak tegen natuurgenezer Karel Brink begon gisteren. ,,Ik heb niets verkeerd gedaan,'' zei "
        "Brink. In de rechtbank praatte Brink alsof hij morgen weer aan het werk wil. Vol vuur vertelde hij "
        "hoe hij via zijn werk voor het Rode Kruis ontdekte hoe mooi zorg is. ,,Dat was een triggermoment.''"
    )
    assert ("Karel Brink", "Dat was een triggermoment.") in found


def test_pronoun_subject_of_a_colon_clause_after_a_title_with_a_clause() -> None:
    found = _speakers(
        "De raad kwam bijeen na een bericht van een wethouder waarin Forum voor Democratie werd genoemd. "
        "Raadslid Hans Smit eiste het aftreden van wethouder Marcelle Hendriks. Ze schreef letterlijk: 'Ik "
        "hoop dat mensen zich realiseren wat een stem op deze partij betekent.'"
    )
    said = "Ik hoop dat mensen zich realiseren wat een stem op deze partij betekent."
    assert ("Marcelle Hendriks", said) in found


def test_she_is_no_person_written_after_a_noun_for_a_man() -> None:
    found = _speakers(
        "Zij wil de corruptie aanpakken. Ze zal niet toestaan dat de zakenman Marian Kocic zijn straf "
        "ontloopt. Kocic was ook haar tegenstander in de zaak. In haar toespraak richtte ze zich tot de "
        "kiezers en zei: 'Ik ben blij met de uitslag en met het vertrouwen van de kiezers.'"
    )
    assert all(speaker != "Marian Kocic" for speaker, _ in found)
