"""Acceptance tests: the whole chain on real material, selectable with ``-m real_corpus``."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "real_corpus: the whole chain on ../shared/corpus/real (several minutes)"
    )
