"""The layers of docs/pipeline.md as a checked contract: imports point down the pipeline.

``[tool.importlinter]`` in pyproject.toml lists the layers from the CLI down to the domain model; a
backward import (the store importing a stage, a stage importing a later one) breaks the contract,
and with it this test and CI. Known exceptions are listed there as commented ``ignore_imports``.
"""

from __future__ import annotations

import pkgutil
import re
import tomllib
from pathlib import Path

import pytest

import trendbeeld

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def test_imports_keep_the_contracts(capsys: pytest.CaptureFixture[str]) -> None:
    from importlinter.cli import lint_imports

    code = lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
    assert code == 0, capsys.readouterr().out


def test_every_top_level_module_has_a_layer() -> None:
    """A new stage or helper module must be placed in the layers, or the contract would not see it."""
    layers = next(c for c in _contracts() if c["id"] == "pipeline-layers")["layers"]
    assert isinstance(layers, list)
    placed = {name.strip("() ") for layer in layers for name in re.split(r"[|:]", layer)}
    modules = {f"trendbeeld.{m.name}" for m in pkgutil.iter_modules(trendbeeld.__path__)}
    assert modules - placed == set()



# --------------------------------------------------------------------------- one home per word list

SRC = Path(trendbeeld.__file__).resolve().parent
# Month names live in extract/lexicon/months.tsv, read by extract.lexicon and, for every other
# layer, by months.py (issue 13): no module keeps a copy of them.
MONTH_COPIES: set[str] = set()
# Trend status words live in labels.py, and nowhere else (issues 13 and 14).
STATUS_COPIES = {"labels.py"}


def _modules_matching(pattern: str) -> set[str]:
    found = re.compile(pattern, re.DOTALL)
    return {
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if found.search(path.read_text(encoding="utf-8"))
    }


def test_month_names_have_one_home() -> None:
    assert _modules_matching(r"januari.{0,200}?februari") <= MONTH_COPIES


def test_trend_status_words_have_one_home() -> None:
    assert _modules_matching(r"\"(aanvaard|verworpen|samengevoegd)\"") <= STATUS_COPIES
