"""The figure side of the extractor runs in time linear in its input (issue 12, item 3).

Each text is read in a forked child with a CPU-time budget, so a pattern that backtracks or a loop
that rescans a whole sentence per number fails the test instead of hanging the suite. The texts
are what a statistical table, a page without punctuation or a generated document looks like after
conversion: long lines of percentages, amounts, numbers, years, places and quotation marks, and
paragraphs of 100 kB. Before the fix a line of 700 percentages (5 kB) took 12 s; each text here
is many times longer and takes about a second on an idle machine. Timing figures live in
``bench/bench_extract.py``; these budgets only catch superlinear time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests._child import in_child
from trendbeeld.extract import figures
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source, SourceMeta

LINE_CHARS = 25_000  # a numeric line this long (about 4,000 numbers) …
LINE_BUDGET = 10.0  # … is read in well under this many CPU seconds
PARAGRAPH_CHARS = 100_000
PARAGRAPH_BUDGET = 5.0


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _figures_of(text: str) -> Callable[[], object]:
    return lambda: figures.from_document(analyse(Source.create("lang", text, SourceMeta())))


def _full_extract(text: str) -> Callable[[], object]:
    from trendbeeld.extract import extract

    return lambda: extract(Source.create("lang", text, SourceMeta()))


LINES: dict[str, Callable[[int], str]] = {
    "percentages": lambda n: " ".join(f"{10 + i % 80},{i % 10}%" for i in range(n // 6)),
    "amounts": lambda n: " ".join(f"€{i % 1000} mln" for i in range(n // 9)),
    "numbers": lambda n: " ".join(f"{(i * 7919) % 100_000:,}".replace(",", ".") for i in range(n // 7)),
    "years-and-shares": lambda n: _repeat("in 2019 12% en in 2020 13%, ", n),
    "commas-and-semicolons": lambda n: _repeat("12, 13; 14, ", n),
    "places-and-shares": lambda n: _repeat("Utrecht 12%, Amsterdam 13% en Groningen, Friesland, ", n),
    "number-words": lambda n: _repeat("vijf honderden tientallen twintig meldingen ", n),
    "changes": lambda n: _repeat("van 12% naar 13% tegen 14 vorig jaar ", n),
    "labelled": lambda n: _repeat("206 letselgevallen (2017: 183) ", n),
    "quoted-shares": lambda n: _repeat("“12% ", n),
    "dashes": lambda n: _repeat("12 – 13 – 14 – ", n),
    "table-rows": lambda n: _repeat("Woninginbraken 76.357 1.234\n", n),
    "glued-vague-amounts": lambda n: _repeat("tientallen", n),
    "cells-on-own-lines": lambda n: _repeat("2018\n\n2017\n\n1,5\n\n2,5\n\n", n),
    "numbered-titles": lambda n: _repeat("1.1 De Nederlandse economie\nDe groei was 2,5 procent.\n", n),
    "restated-years": lambda n: _repeat("In 2017 waren dat er 214. Dat blijkt uit cijfers over 2018. ", n),
    "ages": lambda n: _repeat("Kuipers (54) en de 61-jarige Fred W. ", n),
}


@pytest.mark.parametrize("kind", sorted(LINES))
def test_a_long_line_of_figures_is_read_in_linear_time(kind: str) -> None:
    text = "Tabel 3\n\n" + LINES[kind](LINE_CHARS) + "\n"
    outcome, detail = in_child(_figures_of(text), LINE_BUDGET)
    assert outcome == "ok", detail


def test_figures_are_still_found_in_a_long_line() -> None:
    """A bounded context changes nothing about what a figure is: every share of the line is one."""
    line = LINES["percentages"](6_000)  # six blocks of context
    found = figures.from_document(analyse(Source.create("lang", line, SourceMeta())))
    assert len(found) == line.count("%")
    assert all(f.unit.value == "percent" for f in found)
    assert [f.text for f in found[:3]] == line.split()[:3]


def _paragraph(shared: Path, name: str, *, punctuation: bool) -> str:
    text = (shared / "corpus" / "dev" / name).read_text(encoding="utf-8").replace("\n", " ")
    if not punctuation:
        text = text.translate(str.maketrans("", "", ".!?;:"))
    return _repeat(text, PARAGRAPH_CHARS)


@pytest.mark.parametrize("punctuation", [True, False], ids=["sentences", "one-sentence"])
@pytest.mark.parametrize("name", ["politie-2017.txt", "om-mensenhandel-2013.txt"])
def test_a_100_kb_paragraph_is_read_in_linear_time(shared: Path, name: str, punctuation: bool) -> None:
    text = _paragraph(shared, name, punctuation=punctuation)
    outcome, detail = in_child(_figures_of(text), PARAGRAPH_BUDGET)
    assert outcome == "ok", detail


def test_the_whole_extractor_reads_a_line_of_percentages_in_linear_time() -> None:
    text = "Bijlage\n\n" + LINES["percentages"](LINE_CHARS // 2) + "\n"
    outcome, detail = in_child(_full_extract(text), LINE_BUDGET)
    assert outcome == "ok", detail


def test_phrases_over_a_long_run_of_numbers_with_a_word_at_its_end_are_linear() -> None:
    """strip_edges read on to the first content word, once per span: quadratic on numbers (fuzz, text)."""
    from trendbeeld.extract._phrases import strip_edges

    text = " ".join(str(i) for i in range(30_000)) + " woord"

    def every_span() -> None:
        for start in range(0, len(text), 50):
            strip_edges(text, start, len(text))

    assert in_child(every_span, PARAGRAPH_BUDGET)[0] == "ok"


def test_line_starts_on_one_long_line_of_numbers_is_linear() -> None:
    """line_starts looked back to the start of the line for every number (fuzz, interview family)."""
    from trendbeeld.extract._scan import line_starts

    text = " ".join("12" for _ in range(200_000))
    assert in_child(lambda: line_starts(text, range(0, len(text), 3)), PARAGRAPH_BUDGET)[0] == "ok"
    assert line_starts("x\n  12 34\n56 7 \n   8", [4, 5, 7, 8, 10, 11, 13, 19]) == [4, 10, 19]
