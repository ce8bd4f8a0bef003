"""What `add` reads from a folder: each file once, no links out of it, never a FIFO or a device."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import require
from trendbeeld import pipeline
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel
from trendbeeld.store import open_store
from trendbeeld.store import sources as source_store
from trendbeeld.userfiles import load_yaml, read_text

REPORT = "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
DEV_TEXT = "corpus/dev/nscr-2024.txt"


@pytest.fixture
def folder(shared: Path, tmp_path: Path) -> Path:
    for part in (REPORT, DEV_TEXT):
        require((shared / part).is_file(), f"{part} ontbreekt in {shared}")
    inside = tmp_path / "bronnen"
    inside.mkdir()
    shutil.copy(shared / REPORT, inside / "analyse.txt")
    outside = tmp_path / "elders"
    outside.mkdir()
    shutil.copy(shared / DEV_TEXT, outside / "buiten.txt")
    (inside / "link_naar_buiten.txt").symlink_to(outside / "buiten.txt")
    (inside / "lus").symlink_to(inside, target_is_directory=True)  # a loop: bronnen/lus/lus/...
    (inside / "kopie.txt").symlink_to(inside / "analyse.txt")  # the same file under a second name
    os.mkfifo(inside / "pijp.txt")
    return inside


def _origins(db: Path) -> list[str]:
    store = open_store(str(db))
    stored = source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL)
    return sorted(Path(s.origin).name for s in stored)


def test_a_folder_is_read_once_without_links_out_or_fifos(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    report = pipeline.ingest(open_store(str(db)), [folder])
    assert _origins(db) == ["analyse.txt"]
    messages = sorted(str(error) for error in report.errors)
    assert any("link_naar_buiten.txt" in m and "buiten de map" in m for m in messages), messages
    assert any("pijp.txt" in m and "FIFO" in m for m in messages), messages
    assert len(messages) == 2  # the loop and the second name are simply visited once


def test_follow_links_reads_the_file_outside(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    result = CliRunner().invoke(cli, ["add", str(folder), "--follow-links", "--db", str(db)])
    assert "pijp.txt" in result.output and result.exit_code == 1  # the FIFO is still refused
    assert _origins(db) == ["analyse.txt", "buiten.txt"]  # stored under the real path


def test_a_fifo_or_device_named_directly_gets_a_clear_error(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    result = CliRunner().invoke(cli, ["add", str(folder / "pijp.txt"), "/dev/zero", "--db", str(db)])
    assert result.exit_code == 1
    assert "pijp.txt: dit is een FIFO" in result.output
    assert "/dev/zero: dit is een apparaat" in result.output


def test_user_yaml_is_read_with_limits(folder: Path, tmp_path: Path) -> None:
    from trendbeeld.errors import ConfigError, UnreadableFile

    with pytest.raises(UnreadableFile, match="FIFO"):
        read_text(folder / "pijp.txt")
    deep = tmp_path / "diep.yaml"
    deep.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    with pytest.raises(ConfigError, match="te diep genest"):
        load_yaml(deep)
    laughs = tmp_path / "lachjes.yaml"
    levels = ['a0: &a0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    laughs.write_text("\n".join(levels), encoding="utf-8")
    with pytest.raises(ConfigError, match="verwijzingen") as caught:
        load_yaml(laughs)
    assert caught.value.line is not None and caught.value.line > 1
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("titel: veiligheid\nnaam: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="UTF-8") as bad:
        load_yaml(latin)
    assert bad.value.line == 2
