"""Scoring a user's own annotated file does not depend on how its text is made plain when read.

``evaluate.extract_file`` moves the extracted items' offsets from the stored text into the file's own
text (``Extraction.file_records``, an ``evaluate.OffsetMap``), so gold offsets counted in a file with
Windows line ends, padding, soft hyphens, zero-width characters, accents written apart, ligatures,
tab indents, spaced or hard-wrapped lines score as the plain file does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import require
from trendbeeld import evaluate
from trendbeeld.evaluate import OffsetMap
from trendbeeld.evaluate._offsets import marks

WORDS = (
    "Het", "aantal", "woninginbraken", "steeg", "fietsendiefstallen", "officier", "financiële",
    "geïnterviewde", "één", "12", "procent", "daalde", "2.300", "‘We", "zien’,", "zegt", "de", "politie.",
    "officieel", "affluent", "café", "Tilburg", "(CBS)", "-", "misdrijven", "affaires", "flitsers",
)
LETTER = re.compile(r"(?<=[^\W\d_])(?=[^\W\d_])")


# --------------------------------------------------------------------- a file form with its true map

Edit = Callable[[str, int, str], str]  # what is written for one character (given the text and offset)


def saved(plain: str, edit: Edit) -> tuple[str, list[int]]:
    """``plain`` written another way, one character at a time, and where each character went (a
    character written as nothing, the "i" of a ligature, went into the one before it)."""
    parts: list[str] = []
    where: list[int] = []
    size = 0
    for index, char in enumerate(plain):
        written = edit(plain, index, char)
        where.append(size + _own(written, char) if written else where[-1])
        parts.append(written)
        size += len(written)
    return "".join(parts), where


def _own(written: str, char: str) -> int:
    """Where ``char`` lies in what was written for it (after an inserted invisible character or tab;
    an accented letter written apart or a ligature: at its first letter)."""
    if char in written:
        return written.index(char)
    return next((i for i, c in enumerate(written) if marks(c)[0]), 0)


def _inside_word(text: str, index: int) -> bool:
    return index > 0 and text[index - 1].isalpha() and text[index].isalpha()


FORMS: dict[str, Edit] = {
    "crlf": lambda t, i, c: "\r\n" if c == "\n" else c,
    "cr": lambda t, i, c: "\r" if c == "\n" else c,
    "padding": lambda t, i, c: "  \n" if c == "\n" else c,
    "tab-padding": lambda t, i, c: "\t\n" if c == "\n" else c,
    "spaced": lambda t, i, c: "\n\n" if c == "\n" else c,
    "indent": lambda t, i, c: "\t" + c if i and t[i - 1] == "\n" and c != "\n" else c,
    "shy": lambda t, i, c: "\xad" + c if _inside_word(t, i) and i % 3 == 0 else c,
    "zwsp": lambda t, i, c: "\u200b" + c if _inside_word(t, i) and i % 4 == 0 else c,
    "nfd": lambda t, i, c: {"ë": "e\u0308", "ï": "i\u0308", "é": "e\u0301"}.get(c, c),
    "ligatures": lambda t, i, c: (
        "" if i and t[i - 1 : i + 1] == "fi" else "\ufb01" if t[i : i + 2] == "fi" else c
    ),
    "wrap": lambda t, i, c: "\n" if c == " " and i % 5 == 0 else c,
    "bom": lambda t, i, c: "\ufeff" + c if i == 0 else c,
}

texts = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join), min_size=1, max_size=8
).flatmap(lambda lines: st.sampled_from(["\n", "\n\n"]).map(lambda gap: gap.join(lines) + "\n"))
forms = st.lists(st.sampled_from(sorted(FORMS)), min_size=1, max_size=5, unique=True)


def _written(plain: str, names: list[str]) -> tuple[str, list[int]]:
    """``plain`` in the forms ``names``, one after another, and where each character went."""
    text, where = plain, list(range(len(plain)))
    for name in names:
        text, step = saved(text, FORMS[name])
        where = [step[w] for w in where]
    return text, where


@settings(max_examples=80, deadline=None)
@given(texts, forms)
def test_every_mark_of_the_stored_text_maps_to_where_the_file_has_it(plain: str, names: list[str]) -> None:
    text, where = _written(plain, names)
    offsets = OffsetMap(text, plain)
    for index, char in enumerate(plain):
        if marks(char)[0]:
            assert offsets(index) == where[index], (names, index, char)


@settings(max_examples=80, deadline=None)
@given(texts, forms)
def test_a_span_of_words_is_mapped_to_the_same_words_in_the_file(plain: str, names: list[str]) -> None:
    text, _ = _written(plain, names)
    offsets = OffsetMap(text, plain)
    words = [m.span() for m in re.finditer(r"\S+", plain)]
    for first, last in zip(words, words[2:] or words[-1:], strict=False):
        start, end = offsets.span(first[0], last[1])
        assert marks(text[start:end])[0] == marks(plain[first[0] : last[1]])[0], names


@settings(max_examples=60, deadline=None)
@given(texts, st.data())
def test_marks_the_repairs_leave_out_are_skipped(plain: str, data: st.DataObject) -> None:
    """A hyphen at a cut word, a page number, a line of chart debris: marks in the file only."""
    lines = plain.split("\n")
    at = data.draw(st.integers(0, len(lines) - 1))
    extra = data.draw(st.sampled_from(["12", "- 3 -", "0 10 20 30 40 50", "Pagina 4 van 9"]))
    text = "\n".join([*lines[:at], extra, *lines[at:]])
    text = text.replace("woninginbraken", "woning-\ninbraken")
    offsets = OffsetMap(text, plain)
    positions = [offsets(i) for i, c in enumerate(plain) if marks(c)[0]]
    assert positions == sorted(positions)
    assert all(marks(text[offsets(i)])[0] == marks(c)[0] for i, c in enumerate(plain) if marks(c)[0])


def test_the_same_text_needs_no_map() -> None:
    offsets = OffsetMap("Het aantal steeg.", "Het aantal steeg.")
    assert offsets.starts == [] and offsets(7) == 7 and offsets.span(4, 10) == (4, 10)


def test_a_span_ending_in_an_accented_letter_keeps_its_accent_written_apart() -> None:
    text = "De financie\u0308le schade"
    offsets = OffsetMap(text, "De financiële schade")
    start, end = offsets.span(3, 13)
    assert text[start:end] == "financie\u0308le"
    start, end = offsets.span(3, 11)
    assert text[start:end] == "financie\u0308"


# --------------------------------------------------------------------- scoring a file in another form

LONG_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{6})(?=[^\W\d_]{5})")  # soft hyphen after 6 letters


def _windows_padded_soft(plain: str) -> tuple[str, list[int]]:
    """``plain`` with Windows line ends, two spaces ending every line and soft hyphens in long words."""
    cuts = {m.end() for m in LONG_WORD.finditer(plain)}
    return saved(plain, lambda t, i, c: "  \r\n" if c == "\n" else "\xad" + c if i in cuts else c)


def _gold_in(records: list[dict[str, Any]], text: str, where: list[int]) -> list[dict[str, Any]]:
    """Gold from the original's own extraction, its offsets and evidence counted in ``text``."""
    gold = []
    for found in _own_fields(records):
        if isinstance(found.get("start"), int):
            start, end = where[found["start"]], where[found["end"] - 1] + 1
            found.update(start=start, end=end, evidence=text[start:end])
        gold.append(found)
    return gold


def _own_fields(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records without what names the file (its source id, and the item ids made from it)."""
    return [{k: v for k, v in r.items() if k not in ("id", "source_id")} for r in records]


def _table(scores: evaluate.Scores) -> tuple[object, object]:
    return scores.kinds, scores.attributes


def test_a_real_report_saved_with_crlf_padding_and_soft_hyphens_scores_as_the_original(
    shared: Path, tmp_path: Path
) -> None:
    report = shared / "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
    require(report.is_file(), f"{report} ontbreekt")
    plain = report.read_text(encoding="utf-8")
    found = evaluate.extract_file(report, taxonomy="nationaal")
    assert found.offsets is None and found.file_records == found.records  # a plain file is its own text
    gold = _gold_in(found.records, plain, list(range(len(plain))))
    original = evaluate.score(gold, found.file_records, found.text)
    text, where = _windows_padded_soft(plain)
    assert "\xad" in text and "  \r\n" in text
    copy = tmp_path / report.name
    copy.write_bytes(text.encode())
    gold = _gold_in(found.records, text, where)
    moved = evaluate.extract_file(copy, taxonomy="nationaal")
    # (The stored text need not be the original's: the padding goes with a space the original ends a
    # line with.)
    assert moved.text == text
    for record in moved.file_records:
        if isinstance(record.get("start"), int):
            assert marks(text[record["start"] : record["end"]])[0] == marks(record["evidence"])[0]
    assert _table(evaluate.score(gold, moved.file_records, moved.text)) == _table(original)
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    assert _table(evaluate.evaluate_file(gold_path, copy, taxonomy="nationaal")) == _table(original)
    assert all(score.f1 == 1.0 for score in original.kinds.values())


NEWS = (
    "Meer woninginbraken in Tilburg\n\n"
    "TILBURG - Het aantal woninginbraken in Tilburg is vorig jaar met 12 procent gestegen tot 1.250. "
    "Dat meldt de politie donderdag.\n\n"
    "'We zien vooral meer inbraken in de avonduren', zegt wijkagent Peter de Vries.\n"
)


def _hold(found: evaluate.Extraction) -> None:
    located = [r for r in found.file_records if isinstance(r.get("start"), int)]
    assert located
    for record in located:
        assert marks(found.text[record["start"] : record["end"]])[0] == marks(record["evidence"])[0]


def test_offsets_count_in_a_file_after_its_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bericht.md"
    text = "---\npublisher: Omroep Brabant\ndate: 2019-03-01\n---\n" + NEWS
    path.write_bytes(text.replace("\n", "\r\n").encode())
    found = evaluate.extract_file(path, taxonomy="nationaal")
    assert found.text.startswith("---\r\npublisher")
    _hold(found)


def test_offsets_count_in_a_windows_1252_file_as_it_was_written(tmp_path: Path) -> None:
    path = tmp_path / "bericht.txt"
    text = "\t" + NEWS.replace("Tilburg is", "Tilburg (€ 5 miljoen schade) is")
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    found = evaluate.extract_file(path, taxonomy="nationaal")
    assert "€" in found.text and "\r\n" in found.text
    _hold(found)
