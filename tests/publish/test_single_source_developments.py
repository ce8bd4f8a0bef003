"""One poll's statements of change are no list of developments of a theme (publish/_select.per_source).

Before curation a theme page lists the developments the sources name. In the real edition Zorg en
veiligheid and Demografie listed eight each, nearly all from one VNG Burgerpeiling ('Behoefte aan zorg
neemt toe', 'Belasting op mantelzorgers neemt toe', …), each '1 bron'. Now at most two of one
source's own are listed and the page says how many more that source alone names. Real parts: the
four VNG Burgerpeiling reports, added through the CLI into SQLite and read as an edition reads them.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from trendbeeld.cli import cli
from trendbeeld.model import TrendStatement
from trendbeeld.publish import _select
from trendbeeld.publish._corpus import Corpus

REPORTS = "corpus/real/reports"


@pytest.fixture(scope="module")
def corpus(vng_corpus: Corpus) -> Corpus:
    return vng_corpus


def test_at_most_two_developments_of_one_source_alone(corpus: Corpus) -> None:
    statements = [e for e in corpus.evidence.values() if isinstance(e, TrendStatement)]
    every = _select.developments(statements, corpus.sources, theme="zorg", limit=len(statements))
    alone = Counter(v.links[0].source_id for v in every if v.n_sources == 1)
    assert max(alone.values()) > _select.MAX_PER_SOURCE  # one poll names many changes
    shown, left = _select.per_source(every)
    listed = Counter(v.links[0].source_id for v in shown if v.n_sources == 1)
    assert max(listed.values()) <= _select.MAX_PER_SOURCE
    assert len(shown) <= _select.MAX_DEVELOPMENTS
    for source_id, n in alone.items():  # every one left out is counted for the page's note
        assert listed[source_id] + left.get(source_id, 0) == n
    source_id, n = max(left.items(), key=lambda item: item[1])
    note = _select.left_note(n, corpus.sources[source_id].meta.title)
    assert note.startswith(f"Nog {n} ontwikkelingen uit alleen ‘")
    assert note.endswith("staan niet in de lijst: één bron is nog geen trend.")


def test_the_front_page_calls_developments_no_trends(shared: Path, tmp_path: Path) -> None:
    """The front page counted a theme's developments as trends ('8 trends' under Demografie, every
    one a statement of one poll): it says what they are."""
    db = ("--db", str(tmp_path / "trendbeeld.db"))
    for args in (
        ("add", str(shared / REPORTS / "vng_burgerpeiling_mantelzorg_2023.pdf")),
        ("themes", "assign", "--taxonomy", "regionaal"),
        ("publish", "--edition", "peiling", "--taxonomy", "regionaal", "--access", "intern", "--concept",
         "--no-pdf", "--out", str(tmp_path / "out")),
    ):
        result = CliRunner().invoke(cli, [*args, *db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "peiling" / "site" / "index.html").read_text("utf-8")
    front = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert re.search(r"\d+ ontwikkelingen? uit de bronnen \(nog geen trends\)", front), front[2500:5000]
    assert not re.search(r"\b[1-9]\d* trends? ·", front), front[2500:5000]  # "0 trends": a theme of none
