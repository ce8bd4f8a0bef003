"""Crash safety and concurrency of ``trendbeeld add`` on SQLite and PostgreSQL.

- ``add`` killed with SIGKILL at random moments over a folder of real files leaves a consistent
  store after every kill: the database is intact, every foreign key resolves, no evidence is
  without its source and no source without text. Running ``add`` again completes, and the counts
  then equal those of a clean run.
- Several ``add`` processes on one store at once all complete and nothing is lost; a writer that
  cannot get the SQLite lock in time stops with a clear Dutch message.

The folder is built in a temporary directory from copies of real reports and a slice of a real
news export in ../shared/corpus.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import require

ROOT = Path(__file__).resolve().parents[1]
TRENDBEELD = Path(sys.executable).with_name("trendbeeld")
REPORTS = (
    "tweedekamer_besluitenlijst_bzk_2009-04-03.pdf",
    "dashboard_crime_nl_analyse_83648NED_2010_2022.txt",
)
NEWS = "news/politie_nl_nieuwsberichten_2012_2019.csv"
NEWS_ROWS = 40  # below the pipeline's threshold for worker processes, so a kill leaves no orphans
KILLS = 2  # one at a random moment of a run, one just after the first source was stored
RUN_LIMIT = 120  # seconds; a run that takes longer fails the test
TABLES = ("source", "page", "evidence", "passage")


def _folder(real: Path, target: Path, *, reports: tuple[str, ...] = REPORTS, rows: int = NEWS_ROWS) -> Path:
    target.mkdir(parents=True)
    for name in reports:
        shutil.copyfile(real / "reports" / name, target / name)
    lines = (real / NEWS).read_text(encoding="utf-8").splitlines(keepends=True)
    (target / "politie-nieuws.csv").write_text("".join(lines[: rows + 1]), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def real(shared: Path) -> Path:
    path = shared / "corpus" / "real"
    require(all((path / "reports" / name).is_file() for name in REPORTS), f"reports missing in {path}")
    return path


def _add(db: str, *targets: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(TRENDBEELD), "add", *map(str, targets), "--db", db],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "TRENDBEELD_ACTOR": "test", **(env or {})},
    )


def _complete(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=RUN_LIMIT)
    assert process.returncode == 0, f"add failed ({process.returncode}):\n{out}\n{err}"
    return out


def _engine(db: str) -> sa.Engine:
    if db.startswith("postgresql://"):
        return sa.create_engine(db.replace("postgresql://", "postgresql+psycopg://", 1))
    return sa.create_engine(f"sqlite:///{db}")


def _counts(db: str) -> dict[str, int]:
    engine = _engine(db)
    try:
        with engine.connect() as conn:
            names = set(sa.inspect(conn).get_table_names())
            return {t: int(conn.exec_driver_sql(f"select count(*) from {t}").scalar() or 0)
                    for t in TABLES if t in names}
    finally:
        engine.dispose()


def _check_consistent(db: str) -> None:
    """Intact, every key resolving, no evidence without a source, no source without text."""
    if not db.startswith("postgresql://"):
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    engine = _engine(db)
    try:
        with engine.connect() as conn:
            if "source" not in sa.inspect(conn).get_table_names():
                return  # killed before the schema was made: nothing to check
            for table in ("evidence", "page", "passage"):
                orphans = conn.exec_driver_sql(
                    f"select count(*) from {table} t left join source s on s.id = t.source_id "
                    "where s.id is null"
                ).scalar()
                assert orphans == 0, f"{orphans} rows of {table} without their source"
            empty = conn.exec_driver_sql(
                "select count(*) from source where text is null or text = ''"
            ).scalar()
            assert empty == 0, f"{empty} sources without text"
    finally:
        engine.dispose()


def _wait_for_a_source(db: str, process: subprocess.Popen[str]) -> None:
    """Until the running ``add`` has stored a source (more than before), or has ended."""
    before = _counts(db).get("source", 0) if _has_schema(db) else 0
    while process.poll() is None:
        if _has_schema(db) and _counts(db).get("source", 0) > before:
            return
        time.sleep(0.05)


def _has_schema(db: str) -> bool:
    if db.startswith("postgresql://"):
        return True
    return Path(db).exists()


@pytest.fixture(scope="module")
def clean_run(real: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int], float]:
    """The folder, the counts of a clean run on a fresh SQLite store, and how long it took."""
    base = tmp_path_factory.mktemp("clean")
    folder = _folder(real, base / "bronnen")
    started = time.monotonic()
    _complete(_add(str(base / "clean.db"), folder))
    counts = _counts(str(base / "clean.db"))
    assert counts["source"] > NEWS_ROWS // 2 and counts["evidence"] > 0, counts
    return folder, counts, time.monotonic() - started


def test_add_killed_at_random_moments_leaves_a_consistent_store(
    clean_run: tuple[Path, dict[str, int], float], store_url: str
) -> None:
    folder, clean, clean_seconds = clean_run
    rng = random.Random(f"kill-{store_url[:10]}")
    for kill in range(KILLS):
        process = _add(store_url, folder)
        if kill == 0:
            time.sleep(rng.uniform(0.3, clean_seconds))
        else:
            _wait_for_a_source(store_url, process)
            time.sleep(rng.uniform(0.0, 0.5))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        _check_consistent(store_url)

    _complete(_add(store_url, folder))
    _check_consistent(store_url)
    assert _counts(store_url) == clean


def test_concurrent_adds_on_one_store_all_complete(real: Path, store_url: str, tmp_path: Path) -> None:
    folders = [
        _folder(real, tmp_path / "a", reports=REPORTS[:1], rows=0),
        _folder(real, tmp_path / "b", reports=REPORTS[1:], rows=0),
        _folder(real, tmp_path / "c", reports=(), rows=40),
    ]
    for folder in folders[:2]:
        (folder / "politie-nieuws.csv").unlink()
    clean_db = str(tmp_path / "clean.db")
    _complete(_add(clean_db, *folders))
    processes = [_add(store_url, folder) for folder in folders]
    for process in processes:
        _complete(process)
    _check_consistent(store_url)
    assert _counts(store_url) == _counts(clean_db)


def test_a_writer_that_cannot_get_the_lock_says_so(real: Path, tmp_path: Path) -> None:
    folder = _folder(real, tmp_path / "bronnen", reports=REPORTS[1:], rows=0)
    (folder / "politie-nieuws.csv").unlink()
    db = str(tmp_path / "trendbeeld.db")
    _complete(_add(db, folder))
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock throughout
        (folder / "extra.txt").write_text("In 2023 steeg het aantal inbraken met 12%.\n", encoding="utf-8")
        process = _add(db, folder, env={"TRENDBEELD_BUSY_TIMEOUT": "1"})
        out, err = process.communicate(timeout=RUN_LIMIT)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert process.returncode != 0
    assert "de database is bezet" in out + err, out + err
    assert "Traceback" not in err
    _check_consistent(db)
