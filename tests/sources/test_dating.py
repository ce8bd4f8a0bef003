"""A document's date from its dateline or file name when its metadata has none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from trendbeeld import sources
from trendbeeld.model import SourceMeta
from trendbeeld.sources.dating import dateline_date, head_date, name_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Den Haag, 28 oktober 2016", dt.date(2016, 10, 28)),
        ("'s-Hertogenbosch, 3 april 2009", dt.date(2009, 4, 3)),
        ("Rotterdam, woensdag 1 maart 2023", dt.date(2023, 3, 1)),
        ("12 januari 2021", dt.date(2021, 1, 12)),
        ("31 februari 2021", None),
        ("De politie meldde op 12 januari 2021 een inbraak", None),
        ("Hoofdstuk 3, 12 pagina's 2021", None),
    ],
)
def test_a_dateline_gives_its_day(line: str, expected: dt.date | None) -> None:
    assert dateline_date(line) == expected


def test_the_dateline_must_stand_at_the_head() -> None:
    head = "Gemeente Voorbeeld\n\nUtrecht, 5 juni 2022\n\nBetreft: overlast"
    assert head_date(head) == dt.date(2022, 6, 5)
    assert head_date("\n".join(["Regel"] * 30 + ["Utrecht, 5 juni 2022"])) is None


def test_an_iso_date_in_the_file_name() -> None:
    assert name_date("/data/besluitenlijst_2016-10-28.pdf") == dt.date(2016, 10, 28)
    assert name_date("rapport_2016-13-40.pdf") is None
    assert name_date("rapport_2016.pdf") is None


def test_a_letter_is_dated_and_titled_by_its_head_not_by_its_dateline(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Den Haag, 14 maart 2024\n\nVoortgang aanpak woninginbraken\n\n"
        "Het aantal woninginbraken daalde in 2023 met 8 procent.\n",
        encoding="utf-8",
    )
    (source,) = sources.read(str(letter), meta=SourceMeta())
    assert source.meta.date == dt.date(2024, 3, 14)
    assert source.meta.title == "Voortgang aanpak woninginbraken"


def test_a_date_given_by_the_user_is_kept(tmp_path: Path) -> None:
    letter = tmp_path / "brief_2020-01-02.txt"
    letter.write_text("Den Haag, 14 maart 2024\n\nVoortgang\n", encoding="utf-8")
    (source,) = sources.read(str(letter), meta=SourceMeta(date=dt.date(2024, 1, 1)))
    assert source.meta.date == dt.date(2024, 1, 1)


def test_the_real_parliamentary_decision_lists_get_their_dates(shared: Path) -> None:
    folder = shared / "corpus" / "real" / "reports"
    found = {
        path.name: next(iter(sources.read(str(path), meta=SourceMeta()))).meta
        for path in sorted(folder.glob("tweedekamer_*.pdf"))
    }
    assert found, "the real corpus holds the Tweede Kamer decision lists"
    for name, meta in found.items():
        assert meta.date is not None, name
        assert name_date(name) == meta.date
        assert dateline_date(meta.title) is None, f"{name}: the title is its dateline ({meta.title})"


def test_a_stray_mark_is_no_title(tmp_path: Path) -> None:
    """A dashboard export whose first short line is a "$" (a chart's placeholder) is titled by its
    first heading, not by the mark."""
    export = tmp_path / "dashboard.txt"
    long_line = "Onderstaande tabel toont de ontwikkeling van het aantal misdrijven per 1000 inwoners " * 2
    export.write_text(
        f"{long_line}\n\n$\n\n#### Misdrijven en populatie\n\nHet aantal misdrijven daalde.\n",
        encoding="utf-8",
    )
    (source,) = sources.read(str(export), meta=SourceMeta())
    assert source.meta.title == "Misdrijven en populatie"
