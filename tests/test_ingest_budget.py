"""Per-source budgets: a source over its time or size budget is ended with a Dutch message, the rest go on.

The slow source is a real report made long (the national scan forty times over, one text of about
2 MB), which takes far longer than the tiny budget given here; the quick ones are real reports that
take a fraction of it. Afterwards the store holds only whole sources.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from trendbeeld import pipeline
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel
from trendbeeld.store import Store, open_store
from trendbeeld.store import sources as source_store
from trendbeeld.store.schema import evidence

QUICK = ("ns-2018.txt", "politie-2017.txt")
BUDGET_SECONDS = 3
REPEATS = 40


@pytest.fixture
def folder(shared: Path, tmp_path: Path) -> Path:
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in QUICK:
        shutil.copyfile(shared / "corpus" / "dev" / name, batch / name)
    national = (shared / "corpus" / "national-2020.txt").read_text(encoding="utf-8")
    (batch / "groot.txt").write_text("\n\n".join([national] * REPEATS), encoding="utf-8")
    return batch


def _stored(store: Store) -> tuple[list[str], list[str]]:
    """(origins of the stored sources, ids of the stored evidence), after checking both are whole."""
    stored = source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL)
    with store.read() as conn:
        rows = conn.execute(sa.select(evidence.c.id, evidence.c.source_id)).all()
    ids = {source.id for source in stored}
    assert all(source_id in ids for _, source_id in rows)  # no evidence without its source
    texts = [source_store.get(store, source.id, access=AccessLevel.CONFIDENTIAL) for source in stored]
    assert all(text is not None and text.text for text in texts)  # no source without text
    return sorted(Path(source.origin).name for source in stored), sorted(row.id for row in rows)


def test_a_source_over_its_time_budget_is_ended_and_the_batch_goes_on(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "budget.db"
    arguments = ["add", str(folder), "--max-seconds", str(BUDGET_SECONDS), "--db", str(db)]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("fout: ")]
    assert errors == [f"fout: {folder / 'groot.txt'}: afgebroken: één bron lezen en verwerken duurde langer "
                      f"dan {BUDGET_SECONDS} seconden. De andere bronnen gaan door. Verhoog de grens met "
                      "--max-seconds"]
    assert "Samenvatting: 2 toegevoegd" in result.stdout
    assert "1 mislukt" in result.stdout
    _check_sqlite(db)
    origins, ids = _stored(open_store(str(db)))
    assert origins == sorted(QUICK)
    # The quick sources are stored exactly as a run without any budget, in this process, stores them.
    plain = open_store(str(tmp_path / "plain.db"))
    report = pipeline.ingest(plain, [folder / name for name in QUICK], budget=pipeline.Budget(None, None))
    assert report.errors == []
    assert _stored(plain) == (origins, ids)


def test_a_file_over_the_size_budget_is_not_read(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "size.db"
    result = CliRunner().invoke(cli, ["add", str(folder), "--max-mb", "1", "--db", str(db)])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("fout: ")]
    assert errors == [f"fout: {folder / 'groot.txt'}: het bestand is te groot (2 MB, grens 1 MB). "
                      "Splits het bestand of verhoog de grens met --max-mb"]
    assert _stored(open_store(str(db)))[0] == sorted(QUICK)


def _check_sqlite(path: Path) -> None:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` on a SQLite file."""
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    engine.dispose()
