"""The public surface: every stage package says what it exports, and every name resolves.

In the manner of httpx's ``test_exported_members``: a name in ``__all__`` that does not exist, or a
package without ``__all__``, is a broken promise to plugin authors and scripts.
"""

from __future__ import annotations

import importlib

import pytest

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
