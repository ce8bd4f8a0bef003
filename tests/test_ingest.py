"""End to end: files in, evidence stored — a real PDF, a batch with bad files, and a killed ingest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa
from click.testing import CliRunner

from tests.conftest import require
from tests.sources import pdfs
from trendbeeld import pipeline, sources
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel, Figure, SourceMeta, Unit, evidence_id
from trendbeeld.store import Store, open_store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store
from trendbeeld.store.schema import evidence, page, passage, source
from trendbeeld.store.sources import SaveOutcome

VNG_TRUST = "corpus/real/reports/vng_burgerpeiling_vertrouwen_in_de_gemeente_2023.pdf"
TRENDBEELD = Path(sys.executable).with_name("trendbeeld")


def _real_pdf(shared: Path) -> Path:
    path = shared / VNG_TRUST
    require(path.is_file(), f"{path} ontbreekt")
    return path


def test_real_pdf_is_stored_with_a_known_figure_on_its_page(shared: Path, store: Store) -> None:
    pdf = _real_pdf(shared)
    report = pipeline.ingest(store, [pdf])
    assert report.errors == []
    assert report.outcomes[SaveOutcome.ADDED] == 1
    [summary] = source_store.list_sources(store, access=AccessLevel.PUBLIC)
    stored = source_store.get(store, summary.id, access=AccessLevel.PUBLIC)
    assert stored is not None
    assert [p.number for p in stored.pages] == list(range(1, 8))
    # The report says (page 2): "bleef dit percentage stabiel op 18%" — its footnote marker 3 dropped.
    sentence = "bleef dit percentage stabiel op 18%."
    at = stored.text.index(sentence) + len(sentence) - len("18%.")
    assert stored.page_at(at) == 2
    figures = [
        item
        for item in evidence_store.list_evidence(store, access=AccessLevel.PUBLIC, source_ids=[stored.id])
        if isinstance(item, Figure) and item.value == 18.0 and item.unit is Unit.PERCENT
    ]
    [figure] = figures
    assert (figure.span.start, figure.span.end) == (at, at + len("18%"))
    assert stored.text[figure.span.start : figure.span.end] == figure.text == "18%"
    assert figure.page == 2
    page_two = stored.pages[1]
    assert page_two.start <= figure.span.start < figure.span.end <= page_two.end


def test_adding_the_same_pdf_twice_changes_nothing(shared: Path, sqlite_store: Store) -> None:
    pdf = _real_pdf(shared)
    first = pipeline.ingest(sqlite_store, [pdf])
    again = pipeline.ingest(sqlite_store, [pdf])
    assert again.outcomes[SaveOutcome.UNCHANGED] == 1
    assert again.evidence == 0
    assert len(source_store.list_sources(sqlite_store, access=AccessLevel.PUBLIC)) == 1
    stored = evidence_store.list_evidence(sqlite_store, access=AccessLevel.PUBLIC)
    assert len(stored) == first.evidence


def test_changed_file_replaces_its_evidence(tmp_path: Path, sqlite_store: Store) -> None:
    note = tmp_path / "notitie.txt"
    note.write_text("Het aantal woninginbraken daalde in 2023 met 12 procent.\n", encoding="utf-8")
    pipeline.ingest(sqlite_store, [note])
    note.write_text("Het aantal woninginbraken daalde in 2023 met 15 procent.\n", encoding="utf-8")
    report = pipeline.ingest(sqlite_store, [note])
    assert report.outcomes[SaveOutcome.REPLACED] == 1
    values = [i.value for i in evidence_store.list_evidence(sqlite_store, access=AccessLevel.PUBLIC)
              if isinstance(i, Figure)]
    assert 15.0 in values and 12.0 not in values


# --------------------------------------------------------------------------- a batch with bad files


def _bad_and_good_files(folder: Path) -> dict[str, str]:
    """Writes a batch; returns the expected error message per bad file."""
    folder.mkdir()
    (folder / "goed.txt").write_text("De overlast door jongeren nam in 2023 met 8 procent toe.\n")
    (folder / "windows.txt").write_bytes("Café’s in Tilburg: 12% meer overlast.\n".encode("cp1252"))
    pdfs.two_column_pdf(folder / "rapport.pdf", 2)
    whole = (folder / "rapport.pdf").read_bytes()
    (folder / "kapot.pdf").write_bytes(whole[: len(whole) // 2])
    pdfs.encrypted_pdf(folder / "versleuteld.pdf", user_password="geheim")
    (folder / "leeg.txt").touch()
    (folder / "binair.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "scripts.html").write_text(f"<html><body>{'<script>alert(1)</script>' * 100}</body></html>")
    (folder / "nieuws.csv").write_text("title;outlet;date;url\nInbraak,nos.nl,2024-01-02,https://nos.nl/1\n")
    with (folder / "groot.txt").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    return {
        "binair.txt": "dit is geen tekstbestand (binaire gegevens)",
        "groot.txt": "het bestand is te groot (200 MB, grens 100 MB)",
        "kapot.pdf": "de PDF is beschadigd en niet te lezen",
        "leeg.txt": "het bestand is leeg",
        "nieuws.csv": "regel 2: deze regel heeft 1 kolom, de kopregel 4",
        "scripts.html": "de HTML-pagina bevat geen leesbare hoofdtekst",
        "versleuteld.pdf": "de PDF is versleuteld met een wachtwoord",
    }


def test_add_goes_on_past_bad_files_summarises_and_exits_1(tmp_path: Path) -> None:
    expected = _bad_and_good_files(tmp_path / "batch")
    db = tmp_path / "trendbeeld.db"
    result = CliRunner().invoke(cli, ["add", str(tmp_path / "batch"), "--db", str(db)])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("fout: ")]
    assert len(errors) == len(expected)
    for name, problem in expected.items():
        [line] = [e for e in errors if e.startswith(f"fout: {tmp_path / 'batch' / name}")]
        assert problem in line
    assert result.stdout.strip().splitlines()[-1].startswith(
        "Samenvatting: 3 toegevoegd, 0 ongewijzigd, 0 vervangen; "
    )
    assert result.stdout.strip().endswith(f"; {len(expected)} mislukt.")
    store = open_store(str(db))
    origins = {Path(s.origin).name for s in source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL)}
    assert origins == {"goed.txt", "windows.txt", "rapport.pdf"}
    _assert_consistent(store)
    store.close()


# --------------------------------------------------------------------------- killed halfway

N_FILES = 400


def _many_notes(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_FILES):
        (folder / f"signaal-{i:04d}.txt").write_text(
            f"Signaal {i} uit wijk {i % 37}.\n\n"
            f"Het aantal meldingen van overlast steeg in 2023 met {i % 50 + 1} procent. "
            f"De wijkagent ziet dat jongeren vaker een mes dragen; het vertrouwen in de politie daalt.\n\n"
            f"“Het wordt onrustiger op straat,” zegt wijkagent Jansen {i}.\n",
            encoding="utf-8",
        )


def _count_sources(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("select count(*) from source").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created or not migrated yet


def _assert_consistent(store: Store) -> None:
    """Every source is whole (pages, passages, all its evidence) and nothing points nowhere."""
    with store.read() as conn:
        ids = set(conn.execute(sa.select(source.c.id)).scalars())
        for table in (evidence, passage, page):
            assert set(conn.execute(sa.select(table.c.source_id).distinct()).scalars()) <= ids
        with_passages = set(conn.execute(sa.select(passage.c.source_id).distinct()).scalars())
        assert with_passages == ids
        if store.is_sqlite:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            conn.exec_driver_sql("INSERT INTO passage_fts(passage_fts) VALUES ('integrity-check')")
    for summary in source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL):
        stored = source_store.get(store, summary.id, access=AccessLevel.CONFIDENTIAL)
        assert stored is not None
        assert summary.n_evidence == len({evidence_id(item) for item in pipeline.evidence_of(stored)})


def test_ingest_killed_halfway_leaves_a_consistent_store_and_a_rerun_completes(
    tmp_path: Path, store_url: str
) -> None:
    folder = tmp_path / "signalen"
    _many_notes(folder)
    db = tmp_path / "trendbeeld.db"
    url = store_url if "://" in store_url else str(db)
    open_store(url).close()  # migrate first, so the kill lands among the sources
    probe = db if "://" not in url else None
    command = [str(TRENDBEELD), "add", str(folder), "--db", url]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = open_store(url)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            stored = _count_sources(probe) if probe else len(
                source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL))
            if stored >= 25:
                break
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
        done = len(source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL))
        assert 25 <= done < N_FILES, "the ingest was not killed halfway"
        _assert_consistent(store)

        rerun = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        assert rerun.returncode == 0, rerun.stderr
        assert f"{done} ongewijzigd" in rerun.stdout
        assert len(source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL)) == N_FILES
        _assert_consistent(store)
    finally:
        if process.poll() is None:
            process.kill()
        store.close()


def test_discovered_metadata_reaches_the_store(tmp_path: Path, sqlite_store: Store) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "notitie.md").write_text("# Notitie\n\nDe overlast nam toe met 9 procent.\n", encoding="utf-8")
    (folder / "trendbeeld.yaml").write_text("defaults: {toegang: intern, uitgever: Gemeente Ede}\n")
    pipeline.ingest(sqlite_store, [folder], meta=SourceMeta(region="Ede"))
    assert source_store.list_sources(sqlite_store, access=AccessLevel.PUBLIC) == []
    [summary] = source_store.list_sources(sqlite_store, access=AccessLevel.INTERNAL)
    meta = summary.meta
    assert (meta.publisher, meta.region, meta.title) == ("Gemeente Ede", "Ede", "Notitie")
    found = sources.discover([str(folder)], meta=None)
    assert [Path(t).name for t, _ in found] == ["notitie.md"]
