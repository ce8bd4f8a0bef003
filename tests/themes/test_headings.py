"""Which lines are section headings: typographic rules on small texts, and real reports scored by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import require
from trendbeeld import sources
from trendbeeld.model import Source, SourceMeta
from trendbeeld.themes import load_taxonomy, sections

REPORTS = "corpus/real/reports"
SCORER = "tools/score_extraction.py"
HEADINGS = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "vng_headings.yaml").read_text(encoding="utf-8")
)
MIN_F1 = 0.9
PARAGRAPH = (
    "De politie registreerde vorig jaar in de regio meer meldingen dan in het jaar ervoor. Vooral in de "
    "grote steden nam het aantal toe, terwijl het op het platteland gelijk bleef."
)


def _titles(text: str) -> list[str]:
    return [s.title for s in sections(Source.create("rapport.txt", text), None)]


def _section_f1(shared: Path, gold: list[str], predicted: list[str], folder: Path) -> float:
    """Section title F1 as the project's scorer computes it (normalised titles, similarity >= 0.8)."""
    gold_path, pred_path = folder / "gold.jsonl", folder / "pred.jsonl"
    for path, titles in ((gold_path, gold), (pred_path, predicted)):
        lines = (json.dumps({"kind": "section", "title": t}, ensure_ascii=False) for t in titles)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(shared / SCORER), "--gold", str(gold_path), "--pred", str(pred_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    f1: float = json.loads(result.stdout)["kinds"]["section"]["f1"]
    return f1


@pytest.mark.parametrize("name", sorted(HEADINGS))
def test_headings_of_a_real_report_match_the_hand_made_list(shared: Path, name: str, tmp_path: Path) -> None:
    path = shared / REPORTS / name
    require(path.is_file(), f"{name} ontbreekt in {shared}")
    require((shared / SCORER).is_file(), f"{SCORER} ontbreekt in {shared}")
    (source,) = sources.read(str(path), meta=SourceMeta(), encoding=None)
    predicted = [s.title for s in sections(source, load_taxonomy("regionaal"))]
    assert _section_f1(shared, HEADINGS[name], predicted, tmp_path) >= MIN_F1, predicted


def test_a_heading_on_its_own_line_above_a_paragraph_is_a_section() -> None:
    text = f"Veiligheidsbeeld 2024\n\nMeer meldingen in de steden\n\n{PARAGRAPH}\n"
    assert _titles(text) == ["Meer meldingen in de steden"]


def test_the_document_title_is_not_a_section() -> None:
    assert _titles(f"Veiligheidsbeeld 2024\n\n{PARAGRAPH}\n") == []
    assert _titles(f"# Veiligheidsbeeld 2024\n\n{PARAGRAPH}\n") == []


def test_numbered_and_question_headings() -> None:
    text = f"Rapport\n\n1. Beeld\n\n{PARAGRAPH}\n\n2.3 Wat betekent dit voor de regio?\n{PARAGRAPH}\n"
    assert _titles(text) == ["1. Beeld", "2.3 Wat betekent dit voor de regio?"]


def test_a_heading_may_end_in_the_particle_of_a_verb() -> None:
    text = f"Rapport\n\nGeweld neemt toe\n\n{PARAGRAPH}\n\nOnrust houdt aan\n\n{PARAGRAPH}\n"
    assert _titles(text) == ["Geweld neemt toe", "Onrust houdt aan"]


@pytest.mark.parametrize(
    "line",
    [
        "Sociale steun komt voor een deel uit de groep compenseerders, waarvan",  # a sentence goes on
        "4 Concurrentie tussen mantelzorg en betaald werk, Josten & De Boer, SCP (2015)",  # footnote
        "Figuur 3: Geregistreerde misdrijven per 1.000 inwoners",  # caption
        "Woninginbraak en straatroof ........ 12",  # table of contents
        "Brief derden - Algemene Rekenkamer te Den Haag - 26 oktober 2016",  # dated letter
        "Het aantal meldingen van",  # open ending
    ],
)
def test_lines_that_only_look_like_headings(line: str) -> None:
    assert _titles(f"Rapport\n\n{line}\n\n{PARAGRAPH}\n") == []


def test_a_sentence_broken_by_a_blank_line_is_no_heading() -> None:
    text = f"Rapport\n\nDe combinatie van zorgen en onzekerheid over (eigen)\n\nondersteuning {PARAGRAPH}\n"
    assert _titles(text) == []


def test_form_labels_and_lists_without_sentences_are_no_body() -> None:
    form = "Afschrift brief over het rapport\n\n Zaak:\n\n Besluit:\n\nBuZa\nBZK\ni.v.m. agendapunt\n"
    text = f"Rapport\n\n{form}"
    assert _titles(text) == []


def test_a_short_paragraph_continues_in_the_next_block() -> None:
    text = (
        "Rapport\n\nPijlers voor vertrouwen\nUit de analyse komen vijf factoren naar voren, in volgorde van "
        "belangrijkheid:\n\n1. Betrouwbaarheid: inwoners verwachten dat de gemeente doet wat ze belooft.\n"
    )
    assert _titles(text) == ["Pijlers voor vertrouwen"]


def test_a_sub_heading_that_recurs_in_every_chapter_is_reported_each_time() -> None:
    text = f"Rapport\n\n1 Jeugd\n\nDuiding\n{PARAGRAPH}\n\n2 Ondermijning\n\nDuiding\n{PARAGRAPH}\n"
    found = sections(Source.create("rapport.txt", text), load_taxonomy("regionaal"))
    assert [(s.title, s.level, s.theme) for s in found] == [
        ("1 Jeugd", 1, "Jeugd"),  # chapter titles are sections too (shared/gold/dev/CONVENTIONS.md)
        ("Duiding", 2, "Jeugd"),
        ("2 Ondermijning", 1, "Georganiseerde en ondermijnende criminaliteit"),
        ("Duiding", 2, "Georganiseerde en ondermijnende criminaliteit"),
    ]


def test_a_numbered_chapter_that_names_no_theme_ends_the_chapter_theme() -> None:
    body = "Criminelen gebruiken leegstaande schuren voor drugslabs en witwassen hun geld via vastgoed. " * 2
    text = f"Rapport\n\n1 Jeugd\n\nMessen op straat\n{PARAGRAPH}\n\n2 Buitengebied\n\nSchuren\n{body}\n"
    themes = {
        s.title: s.theme
        for s in sections(Source.create("rapport.txt", text), load_taxonomy("regionaal"))
        if s.level == 2  # the sections under the chapters
    }
    assert themes == {"Messen op straat": "Jeugd", "Schuren": "Georganiseerde en ondermijnende criminaliteit"}
