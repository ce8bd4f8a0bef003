"""Quotation spans that had no quote record on unlabelled news (issue 10, bench/quote_recall_scan.py):
the speaker as the subject of a verb of saying or thinking in the sentence before the quote, a
"volgens" sentence before it, and a quoted title whose lead says who said it ("Dat concludeert …").
Never a guess: two people give no speaker, nor a title its lead does not restate. Invented Dutch
sentences."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.extract import _document, _quotemarks
from trendbeeld.extract._quote_subjects import speaking_subject
from trendbeeld.model import Quote, Source


def quotes(text: str) -> list[Quote]:
    return items_of(Quote, text)


def speaker_of(text: str, words: str) -> str | None:
    return next((q.speaker for q in quotes(text) if words in q.text), None)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the subject with a verb of judging; another person named in its clause is not the speaker
        ("Titel\n\nMarco de Lange leidde jarenlang de omroep. „Het programma was een vergissing.” "
         "De Lange vindt dat Kees Bakker eerder had moeten stoppen. „Hij had zelf moeten zeggen dat "
         "het niet meer ging. Dat had iedereen begrepen.” De zender wil niet reageren.",
         "Hij had zelf moeten zeggen", "Marco de Lange"),
        # a role and a full name as the subject, a verb the lexicon of forms does not list ("wijst")
        ("Titel\n\nDe gemeente sluit het zwembad. Wethouder Sandra Visser wijst erop dat de kosten te "
         "hoog zijn opgelopen. „We kunnen het geld maar één keer uitgeven en de scholen gaan voor.”",
         "We kunnen het geld", "Sandra Visser"),
        # "volgens" and a person in apposition
        ("Titel\n\nDe partij verloor zetels. Volgens de fractievoorzitter in de raad, Henk Mulder, is er "
         "geen reden tot paniek. „Wij blijven gewoon ons verhaal vertellen in de wijken.”",
         "Wij blijven gewoon", "Henk Mulder"),
    ],
)
def test_the_speaker_is_the_subject_of_the_sentence_before(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_two_people_as_the_subject_give_no_speaker() -> None:
    text = ("Titel\n\nJan Smit en Anna de Vries vinden dat het anders moet. „We wachten al jaren op een "
            "oplossing van de gemeente.”")
    assert not quotes(text)


def test_a_quoted_title_is_the_speaker_the_lead_names() -> None:
    text = ("‘Jongeren slapen steeds slechter’\n\nJongeren slapen slechter dan tien jaar geleden en "
            "liggen langer wakker. Dat concludeert slaaponderzoeker Marieke de Boer in haar "
            "proefschrift. Ze ondervroeg 4000 scholieren.")
    assert speaker_of(text, "Jongeren slapen steeds slechter") == "Marieke de Boer"


def test_a_quoted_title_whose_lead_does_not_restate_it_gets_no_speaker() -> None:
    text = ("‘Kom niet aan mijn auto’\n\nDe gemeente sluit het centrum voor vrachtverkeer. Dat maakte "
            "wethouder Kees Post gisteren bekend. Ondernemers zijn boos.")
    assert speaker_of(text, "Kom niet aan mijn auto") is None


@pytest.mark.parametrize(
    "before",
    [
        "De vrouw van Jan Smit vindt dat de buurt onveilig is.",  # his relation speaks
        "Oud-wethouder Jan Smit koppelt het besluit aan de verkiezingen.",  # a verb of doing
    ],
)
def test_the_subject_rule_gives_no_relation_and_no_doer(before: str) -> None:
    text = f"Titel\n\nJan Smit woont in de wijk. {before} „Ik ga hier 's avonds niet meer over straat.”"
    doc = _document.analyse(Source.create("t.txt", text))
    cand = next(c for c in _quotemarks.candidates(doc.text) if doc.text[c.start : c.end].startswith("Ik ga"))
    assert speaking_subject(doc, cand, {}) is None
