"""Extension points that work: a third-party extractor, registered through the plugin manager or
installed as a package with a ``trendbeeld`` entry point, contributes its evidence.
"""

from __future__ import annotations

import textwrap
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import trendbeeld.extract
from trendbeeld import hookspecs, plugins
from trendbeeld.cli import cli
from trendbeeld.extract import extract
from trendbeeld.model import AccessLevel, Source, TrendStatement
from trendbeeld.store import open_store
from trendbeeld.store.evidence import list_evidence

PLUGIN = textwrap.dedent('''
    """trendbeeld-drugsafval: every mention of dumped drug waste as a rising trend statement."""

    import re

    from trendbeeld.hookspecs import hookimpl
    from trendbeeld.model import Change, Span, TrendStatement


    class DrugWasteExtractor:
        name = "trends.drugsafval"

        def extract(self, source):
            for match in re.finditer(r"\\bdrugsafval\\b", source.text):
                span = Span(source.id, match.start(), match.end())
                yield TrendStatement(span, match.group(), phenomenon="drugsafval", direction=Change.UP)


    @hookimpl
    def register_extractors(registry):
        registry[DrugWasteExtractor.name] = DrugWasteExtractor()
''')
TEXT = "In de polder wordt steeds vaker drugsafval gedumpt. Boeren vinden het drugsafval op hun land.\n"


def _module() -> types.ModuleType:
    module = types.ModuleType("trendbeeld_drugsafval")
    exec(compile(PLUGIN, "trendbeeld_drugsafval.py", "exec"), module.__dict__)
    return module


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Extractors are looked up once per process: forget them before and after the test."""
    trendbeeld.extract._registered.cache_clear()
    yield
    trendbeeld.extract._registered.cache_clear()


def _theirs(items: list[object]) -> list[tuple[int, str]]:
    return [(i.span.start, i.text) for i in items if isinstance(i, TrendStatement) and i.text == "drugsafval"]


def test_every_default_plugin_exists_and_is_registered() -> None:
    pm = plugins.plugin_manager()
    assert [name for name in plugins.DEFAULT_PLUGINS if pm.get_plugin(name) is None] == []
    hooks = {name for name in dir(hookspecs) if name.startswith("register_")}
    used = {impl for name in plugins.DEFAULT_PLUGINS for impl in dir(pm.get_plugin(name))
            if impl.startswith("register_")}
    assert used == hooks  # every hook has a default that fills it, and no default fills a missing hook


def test_an_extractor_registered_with_the_plugin_manager_adds_its_evidence() -> None:
    pm = plugins.plugin_manager()
    pm.register(_module())
    found = plugins.registry("register_extractors", pm)
    assert list(found) == ["figures.rules", "trends.rules", "quotes.rules", "headlines.rules",
                           "trends.drugsafval"]
    source = Source.create("polder.txt", TEXT)
    items = extract(source, extractors=found)
    assert _theirs(items) == [(32, "drugsafval"), (70, "drugsafval")]
    assert items[: len(extract(source, extractors=plugins.registry("register_extractors")))] == [
        i for i in items if i.text != "drugsafval"
    ]


def test_a_later_plugin_replaces_a_default_of_the_same_name() -> None:
    replacement = types.ModuleType("vervanger")

    @hookspecs.hookimpl
    def register_extractors(registry: dict[str, object]) -> None:
        registry["quotes.rules"] = "vervangen"

    replacement.register_extractors = register_extractors  # type: ignore[attr-defined]
    pm = plugins.plugin_manager()
    pm.register(replacement)
    assert plugins.registry("register_extractors", pm)["quotes.rules"] == "vervangen"


def test_an_installed_plugin_package_adds_evidence_to_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: None
) -> None:
    site = tmp_path / "site-packages"
    (site / "trendbeeld_drugsafval-0.1.dist-info").mkdir(parents=True)
    (site / "trendbeeld_drugsafval.py").write_text(PLUGIN, encoding="utf-8")
    (site / "trendbeeld_drugsafval-0.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: trendbeeld-drugsafval\nVersion: 0.1\n", encoding="utf-8")
    (site / "trendbeeld_drugsafval-0.1.dist-info" / "entry_points.txt").write_text(
        "[trendbeeld]\ndrugsafval = trendbeeld_drugsafval\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    text = tmp_path / "polder.txt"
    text.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "t.db"

    result = CliRunner().invoke(cli, ["add", str(text), "--db", str(db)])

    assert result.exit_code == 0, result.output
    store = open_store(str(db))
    try:
        stored = list_evidence(store, access=AccessLevel.PUBLIC)
    finally:
        store.close()
    assert _theirs(list(stored)) == [(32, "drugsafval"), (70, "drugsafval")]
