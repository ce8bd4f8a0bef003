"""The extractive summary: real sentences of the source, in their order, within the budget."""

from __future__ import annotations

from pathlib import Path

from tests.publish._helpers import DEMO
from trendbeeld.publish.summary import MAX_CHARS, sentences, summarize


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_summary_of_a_report_is_made_of_its_own_sentences_in_order() -> None:
    text = (DEMO / "veiligheidsanalyse-rotterdam-rijnmond-2024.md").read_text(encoding="utf-8")
    summary = summarize(text)
    flat = _flat(text)
    chosen = sentences(summary)
    assert 1 <= len(chosen) <= 3
    positions = [flat.index(s) for s in chosen]
    assert positions == sorted(positions)
    assert len(summary) <= MAX_CHARS
    assert summarize(text) == summary


def test_summary_of_the_national_trend_report(shared: Path) -> None:
    text = (shared / "corpus" / "national-2020.txt").read_text(encoding="utf-8")
    summary = summarize(text)
    assert summary
    assert all(s in _flat(text) for s in sentences(summary))


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = (
        "Volgens o.a. de politie en het OM neemt het aantal meldingen van online fraude sterk toe. "
        "Dat blijkt uit cijfers over de periode 2019 tot en met 2023 van de landelijke eenheid."
    )
    assert sentences(text) == [
        "Volgens o.a. de politie en het OM neemt het aantal meldingen van online fraude sterk toe.",
        "Dat blijkt uit cijfers over de periode 2019 tot en met 2023 van de landelijke eenheid.",
    ]


def test_text_without_full_sentences_has_no_summary() -> None:
    assert summarize("# Kop\n\nNog een kop\n\n- punt een\n- punt twee") == ""
    assert summarize("") == ""
