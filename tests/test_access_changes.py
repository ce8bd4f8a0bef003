"""A source's access level changes only by a recorded decision, and everything read from it follows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pypdfium2 as pdfium
from click.testing import CliRunner

from tests.conftest import ROOT, require
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import open_store
from trendbeeld.store import search as search_store
from trendbeeld.store import sources as source_store
from trendbeeld.store.trends import list_decisions

REPORT = "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
DEMO = ROOT / "src" / "trendbeeld" / "data" / "demo"


def _report(shared: Path, tmp_path: Path) -> Path:
    path = shared / REPORT
    require(path.is_file(), f"{path} ontbreekt")
    copy = tmp_path / "analyse.txt"
    shutil.copy(path, copy)
    return copy


def _add(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["add", *args, "--db", str(db), "--door", "Analist A"])
    assert result.exit_code == 0, result.output
    return result.output


def _public_view(db: Path) -> tuple[int, int, int]:
    store = open_store(str(db))
    public = AccessLevel.PUBLIC
    return (len(source_store.list_sources(store, access=public)),
            len(evidence_store.list_evidence(store, access=public)),
            len(search_store.search(store, "misdrijven", access=public)))


def test_re_adding_stricter_hides_the_source_and_all_it_gave(shared: Path, tmp_path: Path) -> None:
    report, db = _report(shared, tmp_path), tmp_path / "t.db"
    _add(db, str(report))
    sources, items, hits = _public_view(db)
    assert sources == 1 and items > 0 and hits > 0
    output = _add(db, str(report), "--access", "intern")
    assert "is nu intern" in output
    assert _public_view(db) == (0, 0, 0)
    store = open_store(str(db))
    [decision] = list_decisions(store, action="toegang")
    assert decision.actor == "Analist A"
    assert '"na": "intern"' in decision.payload and '"voor": "openbaar"' in decision.payload


def test_a_looser_level_needs_the_flag(shared: Path, tmp_path: Path) -> None:
    report, db = _report(shared, tmp_path), tmp_path / "t.db"
    _add(db, str(report), "--access", "vertrouwelijk")
    output = _add(db, str(report))  # the default level, openbaar, is looser
    assert "blijft vertrouwelijk" in output and "--loosen-access" in output
    assert _public_view(db)[0] == 0
    _add(db, str(report), "--access", "openbaar", "--loosen-access")
    assert _public_view(db)[0] == 1
    actions = [d.payload for d in list_decisions(open_store(str(db)), action="toegang")]
    assert len(actions) == 1 and '"na": "openbaar"' in actions[0]


def test_a_changed_file_keeps_the_stricter_level_of_what_it_replaces(shared: Path, tmp_path: Path) -> None:
    report, db = _report(shared, tmp_path), tmp_path / "t.db"
    _add(db, str(report), "--access", "intern")
    changed = report.read_text(encoding="utf-8") + "\nEen zin die later is toegevoegd.\n"
    report.write_text(changed, encoding="utf-8")
    output = _add(db, str(report))
    assert "1 vervangen" in output and "blijft intern" in output
    store = open_store(str(db))
    [summary] = source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL)
    assert summary.meta.access is AccessLevel.INTERNAL


# --------------------------------------------------------------------------- end to end: an openbaar edition

CANARY = "Rnv3"  # a short token in the title, the file name and the text of the re-added source


def _run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.output


def _edition_text(directory: Path) -> str:
    """Every file name and byte of a built edition, with its PDF's text and metadata."""
    parts: list[str] = []
    for path in sorted(directory.rglob("*")):
        parts.append(path.relative_to(directory).as_posix())
        if path.is_file():
            parts.append(path.read_bytes().decode("utf-8", errors="replace"))
        if path.suffix == ".pdf":
            document = pdfium.PdfDocument(str(path))
            try:
                parts.append(json.dumps(document.get_metadata_dict(), ensure_ascii=False))
                parts.extend(page.get_textpage().get_text_bounded() for page in document)
            finally:
                document.close()
    return "\n".join(parts)


def test_re_added_stricter_the_source_leaves_the_next_openbaar_edition(shared: Path, tmp_path: Path) -> None:
    report = _report(shared, tmp_path)
    note = tmp_path / "bronnen" / f"analyse-{CANARY}.md"
    note.parent.mkdir()
    note.write_text(
        f"---\ntitle: {CANARY}\ntype: publicatie\ndate: 2024-03-01\n---\n"
        f"Het aantal meldingen van {CANARY} in de regio neemt toe, van 40 naar 65 in 2024.\n\n"
        + report.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    db, out = tmp_path / "t.db", tmp_path / "out"
    _add(db, str(note), str(DEMO / "notitie-online-fraude.md"))
    _run(db, "themes", "assign")
    _run(db, "trends", "cluster")
    common = ("--concept", "--out", str(out))
    _run(db, "publish", "--edition", "voorjaar", "--no-pdf", *common)
    assert CANARY in _edition_text(out / "voorjaar"), "while openbaar, the source is in the edition"

    assert "is nu intern" in _add(db, str(note), "--access", "intern")
    _run(db, "publish", "--edition", "najaar", "--previous", str(out / "voorjaar"), *common)
    after = out / "najaar"
    assert (after / "najaar.pdf").is_file() and (after / "site" / "zoekindex.js").is_file()
    changed = (after / "site" / "veranderd.html").read_text(encoding="utf-8")
    assert "Vervallen bronnen" in changed or "vervallen" in changed.casefold()
    assert CANARY.casefold() not in _edition_text(after).casefold()
    outputs = [
        _run(db, "evidence", "--access", "openbaar"),
        _run(db, "trends", "list", "--access", "openbaar"),
        _run(db, "indicators", "check", "--access", "openbaar"),
        _run(db, "sources", "--access", "openbaar"),
        _run(db, "search", CANARY, "--access", "openbaar"),
    ]
    assert all(CANARY.casefold() not in o.casefold() for o in outputs)
    assert CANARY in _run(db, "evidence", "--access", "intern"), "an intern reader still sees it"
