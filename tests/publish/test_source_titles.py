"""A source without a title is named by its file, as it is on disk (real edition, issue 11).

The CBS crime analysis of the real corpus is plain text without a title line; the reader took a
stray "$" for its title, and the edition showed "Dashboard crime nl analyse 83648NED 2010 2022
(bestand zonder titel)" in its source list and under "Tekst tegen cijfers": half a title, and no
file of that name. The reader now takes its first heading; a title without words that is stored
already (or comes from a user's metadata) is still shown as the file's own name. Real parts: that
report and a VNG report, added through the CLI into SQLite.
"""

from __future__ import annotations

from pathlib import Path

from tests.publish._helpers import added_corpus
from trendbeeld.model import Source, SourceMeta
from trendbeeld.publish import _select

CRIME = "dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
VNG = "vng_burgerpeiling_verbondenheid_door_burenhulp_2023.pdf"


def test_a_source_without_a_title_is_named_by_its_file(shared: Path, tmp_path: Path) -> None:
    reports = shared / "corpus" / "real" / "reports"
    db = str(tmp_path / "trendbeeld.db")
    corpus = added_corpus([str(reports / CRIME), str(reports / VNG)], db)
    titles = sorted(_select.source_title(source) for source in corpus.sources.values())
    assert titles == ["Misdrijven en Populatie", "Verbondenheid door burenhulp"]
    untitled = Source.create(str(reports / CRIME), "Tekst.", SourceMeta(title="$"))
    assert _select.source_title(untitled) == f"Bestand {CRIME}"
