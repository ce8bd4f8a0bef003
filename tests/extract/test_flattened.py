"""Quotes survive text whose paragraph breaks are lost (issue 10): a news article stored as one
string, a flattened PDF or HTML conversion. The readable held-out telegraaf-2019 text, flattened
(every whitespace run with a newline made one space), keeps its quote F1 within 0.10 of the
original; the bench script ``bench/score_flattened.py`` does the same for every visible text."""

from __future__ import annotations

import re
from pathlib import Path

from tests.extract._helpers import items_of
from trendbeeld import evaluate
from trendbeeld.model import Quote

GOLD = Path(__file__).resolve().parents[1] / "gold"
BREAK = re.compile(r"\s*\n\s*")


def _quote_f1(gold: list[dict[str, object]], text: Path) -> float:
    found = evaluate.extract_file(text, taxonomy="nationaal")
    f1 = evaluate.score(gold, found.file_records, found.text).kinds["quote"].f1
    assert f1 is not None
    return f1


def test_flattened_telegraaf_keeps_quote_f1(tmp_path: Path) -> None:
    text = GOLD / "texts" / "telegraaf-2019.txt"
    gold = evaluate.read_records(GOLD / "telegraaf-2019.jsonl")
    original = _quote_f1(gold, text)
    flat = tmp_path / text.name
    flat.write_text(BREAK.sub(" ", text.read_text(encoding="utf-8")), encoding="utf-8")
    # the gold placed by its evidence, flattened the same way
    moved = [{k: (BREAK.sub(" ", v) if k in ("evidence", "evidence_end") and isinstance(v, str) else v)
              for k, v in record.items() if k not in ("start", "end")} for record in gold]
    flattened = _quote_f1(moved, flat)
    assert original >= 0.9
    assert flattened >= original - 0.10


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text.split()[0], q.speaker) for q in items_of(Quote, text)]


def test_label_after_a_closed_quotation_on_the_same_line() -> None:
    # an interview whose lines were joined: "….” Piet: “…" names the next speaker
    text = ("MARIEKE BOSMAN Directeur Waterschap PIET HOEKSTRA Wethouder Jan Smit vertelt. "
            "Marieke: “We hebben dit jaar veel meer meldingen over wateroverlast gehad dan vorig jaar.” "
            "Piet: “Wij zien in de gemeente precies hetzelfde gebeuren bij de kelders van de huizen.”")
    assert _speakers(text) == [("We", "Marieke Bosman"), ("Wij", "Piet Hoekstra")]


def test_name_before_the_quotation_before_is_not_the_next_speaker() -> None:
    # a subhead in single quotes between, its line lost: no sentence end before the next quotation
    text = ("„De inbraken nemen al jaren toe in deze wijk”, zegt woordvoerder Karel Jansen van de politie. "
            "’Groot tekort aan agenten op straat’ „Wij zien nog steeds een groot tekort aan agenten op "
            "straat”, stelt Ria de Boer (FNV). "
            "„Het blijkt dat de meeste inbraken 's nachts gebeuren in huizen zonder alarm.”")
    # the subhead repeats Ria de Boer's words: hers too
    assert [s for _, s in _speakers(text)] == ["Karel Jansen", "Ria de Boer", "Ria de Boer", "Ria de Boer"]


def test_pull_quote_in_running_text_gets_the_speaker_of_the_quotation_it_repeats() -> None:
    # a pull quote whose own line was lost: it repeats words of the quotation below it
    text = ("Het aantal fietsendiefstallen in de binnenstad stijgt al jaren. "
            "„Wij kunnen niet op elke hoek een agent zetten” De gemeente zoekt naar oplossingen. "
            "„Wij kunnen niet op elke hoek een agent zetten, daar is het geld niet voor”, zegt "
            "wethouder Anna Visser. Ze wil meer bewaakte stallingen.")
    assert [s for _, s in _speakers(text)] == ["Anna Visser", "Anna Visser"]


def test_unattributed_quotation_that_repeats_nothing_stays_out() -> None:
    text = ("„Wij kunnen niet op elke hoek een agent zetten”, zegt wethouder Anna Visser. "
            "In de krant stond later „Er komen volgend jaar meer bewaakte stallingen bij” als kop.")
    assert [s for _, s in _speakers(text)] == ["Anna Visser"]


def test_dash_caption_on_the_same_line_names_the_speaker() -> None:
    text = ("“Wij zien de wachttijden in de jeugdzorg elk jaar langer worden.” – Karin Smit, directeur, "
            "Jeugdzorg Noord “Zonder extra geld lukt het de gemeenten niet om de zorg rond te krijgen.” "
            "– Bart Jansen, wethouder, gemeente Assen")
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Karin Smit", "Bart Jansen"]
    assert quotes[0].role == "directeur"


def test_single_quoted_pull_quote_right_after_a_quotation_is_that_speaker() -> None:
    text = ("Volgens directeur Els Bakker van de GGD is de zorg zwaar. “We moeten de wachtlijsten niet "
            "laten groeien, maar er samen iets aan doen.” ‘We moeten de wachtlijsten samen aanpakken’ "
            "Nieuwe cijfers over de jeugdzorg verschijnen in het voorjaar.")
    assert [s for _, s in _speakers(text)] == ["Els Bakker", "Els Bakker"]
    # a term in single quotes after a quotation stays a term
    term = text.replace("‘We moeten de wachtlijsten samen aanpakken’", "‘wachtlijst’")
    assert len(items_of(Quote, term)) == 1


def test_pronoun_looks_back_over_a_paragraph_not_the_whole_run_of_text() -> None:
    # an annual report whose paragraph breaks were lost: the foreword's author opens the text
    filler = "Het aantal meldingen over overlast in de wijken nam het afgelopen jaar verder toe. " * 8
    text = ("Voorwoord Karel Janssen " + filler + "Al met al is de organisatie op de goede weg, zo "
            "concludeerde ook de voorzitter van de evaluatiecommissie Wim de Vries. Eind 2017 "
            "presenteerde hij zijn bevindingen: ‘Er kan sneller worden opgeschaald en er wordt beter "
            "samengewerkt door de teams.’ Daar gaan we graag mee verder.")
    assert [s for _, s in _speakers(text)] == ["Wim de Vries"]


def test_a_word_counts_as_written_in_lower_case_only_as_a_word_of_its_own() -> None:
    from trendbeeld.extract import _flatnews

    written = _flatnews._written_lower("Politie zag de inbraak. Oud-politie 2inbraak, politiebureau; buurt")
    assert "inbraak" in written and "zag" in written and "buurt" in written
    # capitalised, part of a compound or a hyphenated word, after a digit: not written in lower case
    assert "politie" not in written and "bureau" not in written and "oud" not in written
    assert "Politie" not in written and "in" not in written


def test_a_common_capitalised_word_after_a_title_starts_the_glued_sentence() -> None:
    from trendbeeld.extract import _flatnews

    text = "Gemeente wil minder inbraken in binnenstad De gemeente wil het aantal inbraken halveren."
    assert _flatnews.opening_title(text) == (0, text.index(" De gemeente"))
