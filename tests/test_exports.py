"""The public surface: every stage package says what it exports, every name resolves and is typed.

In the manner of httpx's ``test_exported_members``: a name in ``__all__`` that does not exist, or a
package without ``__all__``, is a broken promise to plugin authors and scripts. Where a package's
``__init__`` is an index, ``__all__`` is exactly its public names, and mypy sees each as what it is
(not ``Any``, as names served through a module ``__getattr__`` would be).
"""

from __future__ import annotations

import importlib
import types
from pathlib import Path

import pytest
from mypy import api as mypy_api

PACKAGES = (
    "trendbeeld",
    "trendbeeld.sources",
    "trendbeeld.extract",
    "trendbeeld.themes",
    "trendbeeld.trends",
    "trendbeeld.indicators",
    "trendbeeld.routemap",
    "trendbeeld.publish",
)


def _isort_style(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps: CONSTANTS, then Classes, then everything else."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


@pytest.mark.parametrize("name", PACKAGES)
def test_every_exported_name_resolves(name: str) -> None:
    package = importlib.import_module(name)
    exported = package.__all__
    assert exported == sorted(exported, key=_isort_style), f"{name}.__all__ is not sorted"
    missing = [member for member in exported if not hasattr(package, member)]
    assert missing == []


def test_the_top_level_package_exports_the_domain_and_the_errors() -> None:
    import trendbeeld

    domain = {"Source", "Evidence", "Figure", "TrendStatement", "Quote", "Headline", "Span"}
    assert domain <= set(trendbeeld.__all__)
    assert {"TrendbeeldError", "SourceError", "UnreadableFile", "EncodingError", "BadTable", "ConfigError",
            "StoreError"} <= set(trendbeeld.__all__)


# Packages whose ``__all__`` is exactly their public names: every stage package.
EXACT = (
    "trendbeeld.sources",
    "trendbeeld.extract",
    "trendbeeld.themes",
    "trendbeeld.trends",
    "trendbeeld.indicators",
    "trendbeeld.routemap",
    "trendbeeld.publish",
)


def _public_names(package: types.ModuleType) -> set[str]:
    """Names without underscore that are not modules, and not imported from outside trendbeeld; a
    CONSTANT (``DEMO_INTRO``, a ``Path``) is a public name whatever the module of its type."""
    found = set()
    for name, value in vars(package).items():
        if name.startswith("_") or name == "TYPE_CHECKING" or isinstance(value, types.ModuleType):
            continue
        origin = getattr(value, "__module__", None)
        if origin is None or str(origin).startswith("trendbeeld") or name.isupper():
            found.add(name)
    return found


@pytest.mark.parametrize("name", EXACT)
def test_all_is_exactly_the_public_names(name: str) -> None:
    package = importlib.import_module(name)
    assert set(package.__all__) == _public_names(package)


def test_every_exported_name_is_typed(tmp_path: Path) -> None:
    """mypy reveals a real type for each exported name of the stage packages, never plain ``Any``."""
    lines = []
    for name in EXACT:
        for member in importlib.import_module(name).__all__:
            lines.append(f"import {name}\nreveal_type({name}.{member})  # {name}.{member}")
    probe = tmp_path / "probe.py"
    probe.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, _, _ = mypy_api.run([str(probe), "--follow-imports=silent",
                              "--ignore-missing-imports"])
    revealed = [line for line in out.splitlines() if "Revealed type is" in line]
    assert len(revealed) == len(lines), out
    untyped = [line for line in revealed if line.rstrip().endswith('"Any"')]
    assert untyped == []
