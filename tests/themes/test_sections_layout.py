"""Section headings in the layouts Dutch reports reach us in: PDF text without blank lines, chapter titles
above sub-headings, forewords, bylines, tables, question lists and news articles.

The development texts in ``../shared/corpus/dev`` are scored against their gold sections with the
library's scorer; the rules are checked one by one on small texts.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.conftest import require
from trendbeeld import evaluate, records, sources
from trendbeeld.model import Source, SourceMeta, SourceType
from trendbeeld.themes import sections

PARAGRAPH = (
    "De politie registreerde vorig jaar in de regio meer meldingen dan in het jaar ervoor. Vooral in de "
    "grote steden nam het aantal toe, terwijl het op het platteland gelijk bleef."
)
# Section title F1 on the development texts (measured 1.00, 0.93, 1.00, 0.98; no gold and no output
# on the news text), with some room for other layouts' rules.
MIN_F1 = {"politie-2017": 0.9, "ns-2018": 0.85, "nscr-2024": 0.9, "national-2020": 0.9}


def _titles(text: str) -> list[str]:
    return [s.title for s in sections(Source.create("rapport.txt", text), None)]


def _paths(shared: Path, name: str) -> tuple[Path, Path]:
    if name == "national-2020":
        return shared / "gold" / f"{name}.jsonl", shared / "corpus" / f"{name}.txt"
    return shared / "gold" / "dev" / f"{name}.jsonl", shared / "corpus" / "dev" / f"{name}.txt"


@pytest.mark.parametrize("name", sorted(MIN_F1))
def test_sections_of_the_development_texts_match_their_gold(shared: Path, name: str) -> None:
    gold, text = _paths(shared, name)
    require(gold.is_file() and text.is_file(), f"{name} ontbreekt in {shared}")
    found = [
        records.to_record(s) for src in sources.read(str(text), meta=SourceMeta()) for s in sections(src)
    ]
    expected = [r for r in evaluate.read_records(gold) if r["kind"] == "section"]
    scores = evaluate.score(expected, found, text.read_text(encoding="utf-8"))
    assert scores.kinds["section"].f1 >= MIN_F1[name], scores.unmatched["section"] + scores.missed["section"]


def test_news_articles_with_subheads_and_questions_have_no_sections(shared: Path) -> None:
    _, text = _paths(shared, "7days-2019")
    require(text.is_file(), f"7days-2019 ontbreekt in {shared}")
    (source,) = sources.read(str(text), meta=SourceMeta())
    assert sections(source) == []


def test_a_heading_inside_a_block_of_pdf_text_is_found(shared: Path) -> None:
    _, text = _paths(shared, "politie-2017")
    require(text.is_file(), f"politie-2017 ontbreekt in {shared}")
    (source,) = sources.read(str(text), meta=SourceMeta())
    found = sections(source)
    titles = [s.title for s in found]
    assert titles[:1] == ["High impact crime"] and "Mobiel banditisme" in titles
    assert "Voorwoord" not in titles and "Resultaten" not in titles  # the foreword and its sub-headings
    assert "Gerealiseerd" not in titles  # a table's label
    assert all(source.text[s.span.start : s.span.end] == s.text for s in found)


def test_a_chapter_title_above_a_section_is_a_section_too() -> None:
    text = f"Rapport\n\nJeugd\n\nMessen op straat\n\n{PARAGRAPH}\n\nJonge aanwas\n\n{PARAGRAPH}\n"
    found = sections(Source.create("rapport.txt", text), None)
    assert [(s.title, s.level) for s in found] == [("Jeugd", 1), ("Messen op straat", 2), ("Jonge aanwas", 2)]


def test_pdf_text_without_blank_lines_is_split_at_its_headings() -> None:
    lines = [
        "Rapport",
        "",
        "De politie registreerde vorig jaar in",
        "de regio meer meldingen dan ervoor.",
        "Woninginbraken",
        "Het aantal woninginbraken daalde in",
        "alle gemeenten van de regio, vooral in",
        "de steden. Ook het aantal pogingen nam af.",
        "Overvallen",
        "Overvallen op winkels kwamen minder",
        "vaak voor dan een jaar eerder. De daders",
        "waren vaker jong dan voorheen.",
    ]
    assert _titles("\n".join(lines) + "\n") == ["Woninginbraken", "Overvallen"]


def test_questions_of_a_question_list_are_not_sections() -> None:
    questions = ["Wat is een nepwapen?", "Mag je het bij je hebben?", "Wat doet de politie?"]
    text = "Zes vragen\n\n" + "".join(f"{q}\n\n{PARAGRAPH}\n\n" for q in questions)
    assert _titles(text) == []


def test_bylines_and_forewords_are_not_sections() -> None:
    text = (
        f"Rapport\n\nWim Bernasco, Stijn Ruiter & Steve van de Weijer\n\n{PARAGRAPH}\n\n"
        f"Voorwoord\n\n{PARAGRAPH}\n\nTerugblik\n\n{PARAGRAPH}\n\n1 Jeugd\n\n{PARAGRAPH}\n"
    )
    assert _titles(text) == ["1 Jeugd"]


def test_extract_records_of_sections_carry_a_null_theme_without_a_taxonomy() -> None:
    text = f"Rapport\n\nMessen op straat\n\n{PARAGRAPH}\n"
    (found,) = sections(Source.create("rapport.txt", text), None)
    record = records.to_record(found)
    assert json.loads(json.dumps(record))["theme"] is None and record["title"] == "Messen op straat"


def test_running_headers_page_numbers_and_table_titles_are_not_sections() -> None:
    text = (
        f"Rapport\n\nJaarplan 2024 Belastingdienst\n\n{PARAGRAPH}\n\nToezicht op aangiften\n\n{PARAGRAPH}\n\n"
        f"Jaarplan 2024 Belastingdienst\n\n{PARAGRAPH}\n\n"
        f"35 Fraudebestrijding en opsporing\n\n{PARAGRAPH}\n\n"
        f"Activiteitentabel opsporing\n\n{PARAGRAPH}\n"
    )
    assert _titles(text) == ["Toezicht op aangiften"]


def test_a_news_source_has_no_sections() -> None:
    text = f"Geweld tegen agenten neemt toe\n\nKort lontje\n\n{PARAGRAPH}\n"
    news = Source.create("nieuws.txt", text, SourceMeta(type=SourceType.NEWS))
    assert sections(Source.create("rapport.txt", text), None) and sections(news, None) == []


def test_an_abbreviation_in_a_heading_is_no_sentence_end() -> None:
    heading, sentences = "Vervolging op grond van art. 273f Sr", "Dit is zo. Het blijft"
    text = f"Rapport\n\n{heading}\n\n{PARAGRAPH}\n\n{sentences}\n\n{PARAGRAPH}\n"
    assert _titles(text) == ["Vervolging op grond van art. 273f Sr"]


def test_numbered_headings_take_their_level_from_the_number() -> None:
    text = f"Rapport\n\n3 Criminaliteit\n\n3.2 Cybercrime\n\n{PARAGRAPH}\n\n3.2.1 Phishing\n\n{PARAGRAPH}\n"
    found = sections(Source.create("rapport.txt", text), None)
    assert [(s.title, s.level) for s in found] == [
        ("3 Criminaliteit", 1),
        ("3.2 Cybercrime", 2),
        ("3.2.1 Phishing", 3),
    ]


def test_a_footnote_marker_is_not_part_of_the_title() -> None:
    text = f"Rapport\n\nFiscale delicten2\n\n{PARAGRAPH}\n\nCOVID-19\n\n{PARAGRAPH}\n"
    assert _titles(text) == ["Fiscale delicten", "COVID-19"]


def test_a_news_article_with_one_subhead_and_quotes_has_no_sections() -> None:
    article = (
        "Geweld tegen agenten neemt toe\n\n"
        "Agenten krijgen vaker met geweld te maken, blijkt uit cijfers van de politie over vorig jaar.\n\n"
        "'We zien dat mensen sneller boos worden en een kort lontje hebben', zegt een woordvoerder.\n\n"
        "Kort lontje\n\n"
        "Vooral in het uitgaansleven nam het geweld toe. 'Drank en drugs spelen vaak mee', zegt hij.\n"
    )
    assert _titles(article) == []


def test_text_with_a_paragraph_per_line_and_no_blank_lines() -> None:
    text = "\n".join(
        [
            "Aanwijzing",
            "Opsporing",
            "Aanhouding",
            PARAGRAPH,
            "2",
            "Verhoor",
            PARAGRAPH,
            "Vervolging",
            PARAGRAPH,
        ]
    )
    assert _titles(text + "\n") == ["Opsporing", "Aanhouding", "Verhoor", "Vervolging"]


def test_news_with_many_quotations_has_no_sections_in_any_layout() -> None:
    quote = "'Het geweld neemt toe en dat baart ons zorgen', zegt de burgemeester van de stad.\n"
    wrapped = "\n".join(textwrap.wrap(PARAGRAPH, 40))
    part = f"{wrapped}\n{quote}\n{quote}"
    article = f"Onrust in de wijk\n\nBewoners\n{part}\nPolitie\n{part}"
    assert _titles(article) == []


def test_the_fields_of_a_letter_are_not_sections() -> None:
    field = "Betreft: Voortgang aanpak woninginbraken"
    text = f"Brief\n\n{field}\n\n{PARAGRAPH}\n\nAanpak in de regio\n\n{PARAGRAPH}\n"
    assert _titles(text) == ["Aanpak in de regio"]
    assert _titles(text.replace("Betreft:", "Betreft")) == ["Aanpak in de regio"]


def test_the_last_of_a_run_of_labels_is_no_chapter_title(shared: Path) -> None:
    _, text = _paths(shared, "ns-2018")
    require(text.is_file(), f"ns-2018 ontbreekt in {shared}")
    (source,) = sources.read(str(text), meta=SourceMeta())
    titles = [(s.title, s.level) for s in sections(source)]
    assert ("Veiligheid", 1) in titles  # a chapter title above 'Omschrijving'
    assert not any(title == "Trend" for title, _ in titles)  # a table's column header after a page header
