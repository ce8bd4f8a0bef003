"""Whom a quote's pronoun or attribution refers to (:mod:`trendbeeld.extract._quote_referents`):
unnamed subjects, relations of a named person, capital particles, separable verbs."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", "Titel\n\n" + body + "\n"))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_unnamed_subject_blocks_the_person_named_before() -> None:
    found = _speakers(
        "Marieke Jansen woont al jaren in de straat. Een buurtbewoner kwam naar buiten. "
        ",,Ik heb het allemaal gezien, het was vreselijk'', zegt ze."
    )
    assert all(speaker != "Marieke Jansen" for speaker, _ in found)


def test_role_describing_the_person_just_named_keeps_him() -> None:
    found = _speakers(
        "De uitslag is bekend. ,,Utrecht plaatste alles in perspectief'', zegt Paul van Son. "
        "De marketingmanager bij de campus voerde de campagne aan. Hij is opgelucht over de opkomst. "
        ",,Zondag was de premier "
        "nog hier en we gaven hem een vaasje uit de printer.''"
    )
    assert [s for s, _ in found] == ["Paul van Son", "Paul van Son"]


def test_person_after_initials_of_a_party() -> None:
    found = _speakers(
        "Tot verdriet van de PVV. Armina Hambartsjumian kan het nieuws nauwelijks verwerken, vertelt ze "
        "aan de telefoon. ,,Het is niet te verwoorden, ik kan het nog niet goed verwerken.''"
    )
    assert found[0][0] == "Armina Hambartsjumian"


def test_surname_subject_is_the_full_name_given_earlier() -> None:
    found = _speakers(
        "Abdurahman Abdullah is voorzitter van een stichting. ,,Iedereen kent mensen die verdwenen "
        "zijn'', zegt hij. De inlichtingendienst waarschuwt voor 'een permanent gevoel van onveiligheid', "
        "aldus de AIVD. Abdullah heeft er ervaring mee. ,,Ik ga niet bij iedereen eten'', zegt hij."
    )
    assert found[-1] == ("Abdurahman Abdullah", "Ik ga niet bij iedereen eten")


def test_capital_particle_after_a_first_name() -> None:
    found = _speakers(
        "Kees Ter Riet is voorzitter van de club. ,,We hebben veel leden erbij gekregen dit jaar'', "
        "zegt Ter Riet."
    )
    assert found == [("Kees Ter Riet", "We hebben veel leden erbij gekregen dit jaar")]


def test_relation_with_a_first_name_speaks() -> None:
    found = _speakers(
        "Walter Biemans richtte de loods in. ,,Maar waarom zou dat niet mogen?'', vraagt Biemans' vrouw "
        "Maaike zich af. ,,Bedrijfspanden hebben vaak toch ook een kantine?''"
    )
    assert [s for s, _ in found] == ["Maaike", "Maaike"]


def test_relation_without_a_name_is_written_as_the_relation() -> None:
    found = _speakers(
        "Nando's vader staat bij de rechtbank. ,,Mijn zoon heeft niets gedaan en dat weet iedereen'', "
        "zegt hij."
    )
    assert found == [("vader van Nando", "Mijn zoon heeft niets gedaan en dat weet iedereen")]
    after = _speakers(
        "Walter Biemans is boos. ,,Misschien moet hij zelf eens zijn huis beter isoleren'', countert "
        "Biemans' vrouw."
    )
    assert after[0][0] == "vrouw van Biemans"


def test_separable_verb_after_the_quote() -> None:
    found = _speakers(
        "De zaak ligt gevoelig. 'Dat is heel ernstig', vaart socioloog Ignacio Sánchez-Cuenca uit. "
        "Walter Biemans is boos. ,,En de afstand tot het huis van mijn buurman is zo'n twintig meter'', "
        "schat Biemans in."
    )
    assert [s for s, _ in found] == ["Ignacio Sánchez-Cuenca", "Walter Biemans"]


def test_quote_continues_the_speaker_across_two_sentences_of_narration() -> None:
    found = _speakers(
        "De dienst maakt alle rapporten openbaar. ,,We hopen daarmee dat restaurants de regels meer "
        "naleven'', zegt woordvoerder Tjitte Mastenbroek. Bij een inspectie probeert de dienst de "
        "restaurants ook te helpen. Zo wijzen ze door naar adviesbureaus. ,,We hebben ook de "
        "hygiënecode laten vertalen. Maar uiteindelijk moeten de ondernemers zelf zorgen.''"
    )
    assert [s for s, _ in found] == ["Tjitte Mastenbroek", "Tjitte Mastenbroek"]


def test_quote_does_not_continue_across_narration_about_another_person() -> None:
    found = _speakers(
        "De crisis duurt voort. ,,We gaan door tot het einde'', zegt Nicolás Maduro. Hij sprak "
        "voor een grote menigte. In een toespraak heeft Guaidó de uitzetting veroordeeld. "
        ",,Ze bedreigen een belangrijk Europees land dat hulp verleent.''"
    )
    assert [s for s, _ in found] == ["Nicolás Maduro"]


def test_pronoun_after_the_verb_of_the_sentence_before() -> None:
    found = _speakers(
        "D66-fractieleider Rob Jetten wil meer arbeidsmigranten. In een interview met de krant wijst hij "
        "op alarmerende cijfers over vacatures. ,,Partijen die de behoefte aan werknemers ontkennen, sluiten "
        "de ogen voor de realiteit.''"
    )
    assert [s for s, _ in found] == ["Rob Jetten"]


def test_pronoun_in_a_subordinate_clause_gives_no_speaker() -> None:
    found = _speakers(
        "Jan de Vries werkte in de haven. De politie meldt dat hij gisteren is aangehouden. ,,We hebben "
        "het onderzoek afgerond en de zaak overgedragen aan het OM.''"
    )
    assert all(speaker != "Jan de Vries" for speaker, _ in found)


def test_definite_role_refers_to_the_unnamed_person_introduced() -> None:
    found = _speakers(
        "Een ondernemer die met de verdachte heeft gewerkt, zegt dat hij het probeerde. ,,Hij leek iemand "
        "die erg gedreven was en er echt iets van wilde maken'', aldus de ondernemer, die anoniem wil "
        "blijven."
    )
    assert found[0][0] == "anoniem"


def test_organisation_acronym_without_article() -> None:
    found = _speakers(
        "Het aantal meldingen steeg fors. ,,We zien een forse toename van het aantal meldingen van "
        "misbruik'', aldus EOKM."
    )
    assert found[0][0] == "EOKM"


def test_fragment_after_a_verb_of_saying_or_judging() -> None:
    found = _speakers(
        "De raad vergaderde gisteren. Wethouder Bas van Wakeren zegt het 'voor 99 procent' eens te zijn "
        "met de plannen. Minister Ferd Grapperhaus vindt de plannen 'veel te duur'."
    )
    assert found == [("Bas van Wakeren", "voor 99 procent"), ("Ferd Grapperhaus", "veel te duur")]


def test_fragment_told_to_a_medium_is_not_the_medium() -> None:
    found = _speakers(
        "Boris Johnson staat onder druk. Tegen Sky News zei hij dat iedereen 'bijzonder gefrustreerd' is."
    )
    assert all(speaker != "Sky News" for speaker, _ in found)


def test_pronoun_is_unclear_when_another_person_is_named_after_the_subject() -> None:
    found = _speakers(
        "Thierry Baudet wil snel een college. Baudet is erop uit zijn winst te verzilveren. Om te voorkomen "
        "dat de partijen hem passeren, kondigde hij aan dat Hans Wiegel en publicist Paul Scheffer "
        "gingen onderzoeken wat haalbaar is. Iets wat "
        "Scheffer meteen tegensprak. 'Daar klopt niets van, dat heb ik nooit gezegd', zei hij tegen NRC."
    )
    assert all(speaker != "Thierry Baudet" for speaker, _ in found)


def test_subhead_glued_to_a_function_word_is_no_name() -> None:
    found = _speakers(
        "Marieke de Wit werkt bij de bank. Eén dag per week gaat ze naar school. Papiertje Tot ze na de "
        "zomer haar papiertje hoopt te hebben. 'Het is een heel druk programma en alles is nieuw voor mij.'"
    )
    assert all(speaker != "Papiertje Tot" for speaker, _ in found)


def test_glued_subhead_before_a_capitalised_title_opens_the_subjects_sentence() -> None:
    found = _speakers(
        "Dat leidde bij Piet Hein Donner wel tot een rechtszaak. Reacties: verbijsterd, boos, "
        "teleurgesteld Burgemeester Anneke Visser noemt de bedreigingen onaanvaardbaar. "
        'In het Dagblad zegt zij: "Niemand hoeft zich in deze stad onveilig te voelen."'
    )
    assert ("Anneke Visser", "Niemand hoeft zich in deze stad onveilig te voelen.") in found


def test_capitalised_compound_title_after_a_verb_is_no_subject() -> None:
    found = _speakers(
        "Piet Hein Donner sprak gisteren Ajax-trainer Erik ten Hag. "
        'Daarna zei hij: "We hebben goed gepraat over de toekomst."'
    )
    assert all(speaker != "Erik ten Hag" for speaker, _ in found)


def test_surname_given_only_after_a_title_is_the_pronouns_referent() -> None:
    found = _speakers(
        "De Franse president Macron wil de Europese defensie versterken. De Duitsers aarzelen nog. "
        "Macron lijkt zich daar weinig van aan te trekken. Op een persconferentie zei hij alvast: "
        '"Europa moet zichzelf kunnen verdedigen. Daar is geen alternatief voor."'
    )
    assert ("Macron", "Europa moet zichzelf kunnen verdedigen. Daar is geen alternatief voor.") in found


def test_pronoun_after_another_full_name_resumed_by_surname_is_not_the_last_speaker() -> None:
    found = _speakers(
        "Middenvelder Kees Bosman van NEC kwam gisteren voor het eerst weer in actie. "
        '"Ik voel me steeds beter", zegt trainer Joop Hendriks. "Hij moet nog wel wedstrijdritme opdoen." '
        "De kleine twintig minuten die de middenvelder op het veld stond, benutte hij goed. "
        "Tegen zijn oude club schoot Bosman de winnende treffer binnen. "
        '"Daar ben ik heel erg blij mee", reageerde hij na afloop.'
    )
    assert ("Joop Hendriks", "Daar ben ik heel erg blij mee") not in found


def test_quantifier_before_a_capitalised_plural_is_no_person() -> None:
    found = _speakers(
        "Senator Anna Whitfield werd in de brief genoemd. Verschillende Democraten eisten haar aftreden, "
        "maar ze gaf geen duimbreed toe. 'Je kunt het oneens zijn met mijn stem, maar ik blijf', tweette ze."
    )
    assert all(speaker != "Verschillende Democraten" for speaker, _ in found)


def test_a_titled_surname_opening_the_sentence_is_the_pronoun_after_the_quote() -> None:
    # 'chirurg' is a role: 'Ook UMC-chirurg Van der Meer' is the subject, not the speaker quoted before
    found = _speakers(
        "Hoogleraar Jaap de Boer is tevreden. ‘De resultaten zien er heel goed uit, dat is mooi.’ "
        "Dat vindt ook transplantatiechirurg Piet van der Meer van het UMC. "
        "Het succes moet nog wel omhoog, vindt De Boer. "
        "Ook UMC-chirurg Van der Meer ziet de resultaten als ‘een bemoedigend stapje vooruit’, zegt hij."
    )
    assert ("Piet van der Meer", "een bemoedigend stapje vooruit") in found


def test_a_pronoun_after_another_surname_acting_since_is_not_the_person_named_before() -> None:
    # 'kondigde Bakker aan' (named in full before) acts after Karin Mulder spoke: 'Zij' is not Karin
    found = _speakers(
        "Ellen Bakker is minister van Defensie. Volgens Kamerlid Karin Mulder ligt er een probleem. "
        "\"Bakker had het steeds over veiligheid, maar dat houdt geen stand als ik de stukken lees.\" "
        "Het draait allemaal om het terrein, een stuk grond van bijna 13 hectare. De stad en het ministerie "
        "ruzien hier sinds vorig jaar over. Maar in de zomer van 2018 kondigde Bakker plotseling aan dat het "
        "leger een veel groter deel wil houden. Zij sprak toen over 'dwingende redenen': \"Het terrein is "
        "strategisch gelegen in de hoofdstad en is voor ons onmisbaar.\""
    )
    assert all(speaker != "Karin" for speaker, text in found if text.startswith("Het terrein"))
