"""Text with odd spacing, as typed and pasted text has it, is read without failing: a word cut out
between two spaces is no word (simplemma refuses an empty string; every lemma helper returns "")."""

from __future__ import annotations

import re
from pathlib import Path

from tests.extract._helpers import items_of
from trendbeeld.extract import _cues
from trendbeeld.model import Evidence, TrendStatement
from trendbeeld.trends import _phrasing


def test_the_lemma_of_no_word_is_no_word() -> None:
    assert _cues.lemma("") == ""
    assert _phrasing.lemma("") == ""


def test_a_policy_with_two_spaces_before_om() -> None:
    items_of(TrendStatement, "De gemeente neemt maatregelen  om de overlast te verminderen.")


def test_a_real_report_with_every_space_doubled(shared: Path) -> None:
    text = (shared / "corpus" / "national-2020.txt").read_text(encoding="utf-8")[:60_000]
    doubled = re.sub(r"(?<=\S) (?=\S)", "  ", text)
    assert items_of(Evidence, doubled)  # the same text read again finds evidence, and nothing fails
