"""The docs stay true to the code: generated pages are current, every glossary code name exists,
every model class, hook and command is documented, and the example plugin runs."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import types
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import click
import pytest
from cogapp import Cog

import trendbeeld
from trendbeeld import hookspecs, model
from trendbeeld.cli import cli
from trendbeeld.model import SourceMeta, SourceType
from trendbeeld.plugins import plugin_manager, registry
from trendbeeld.store.schema import metadata

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PACKAGE = ROOT / "src" / "trendbeeld"
COGGED = sorted(path.name for path in DOCS.glob("*.md") if "[[[cog" in path.read_text(encoding="utf-8"))
IDENTIFIER = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
_MISSING = object()


# --------------------------------------------------------------------------- generated pages


def test_cli_and_data_model_pages_are_generated() -> None:
    assert {"cli.md", "data-model.md"} <= set(COGGED)


@pytest.mark.parametrize("name", COGGED)
def test_generated_page_is_current(name: str) -> None:
    path = DOCS / name
    current = path.read_text(encoding="utf-8")
    regenerated = Cog().process_string(current, fname=str(path))
    assert regenerated == current, f"docs/{name} is out of date: run .venv/bin/cog -r docs/{name}"


Named = tuple[tuple[str, ...], click.Command]


def _commands(command: click.Command, path: tuple[str, ...]) -> Iterator[Named]:
    yield path, command
    if isinstance(command, click.Group):
        ctx = click.Context(command, info_name=path[-1])
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None
            yield from _commands(sub, (*path, name))


def test_every_command_has_help_and_a_section() -> None:
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    for path, command in _commands(cli, ("trendbeeld",)):
        title = " ".join(path)
        assert (command.help or command.short_help or "").strip(), f"'{title}' has no help text"
        assert re.search(rf"^#+ {re.escape(title)}$", page, re.MULTILINE), f"docs/cli.md lacks '{title}'"


# --------------------------------------------------------------------------- glossary


def _glossary_rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DOCS / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3 and not set(cells[0]) <= {"-", ":"}:
            rows.append((cells[0], cells[1], cells[2]))
    assert rows[0][:2] == ("Nederlands", "code"), "the glossary table needs the header | Nederlands | code |"
    return rows[1:]


def _code_names() -> list[str]:
    names = []
    for _, code, _ in _glossary_rows():
        for token in re.findall(r"`([^`]+)`", code):
            name = token.strip().removesuffix("()")
            if IDENTIFIER.fullmatch(name):
                names.append(name)
    return names


@cache
def _namespaces() -> tuple[types.ModuleType, ...]:
    """Every importable module of the package (a module whose optional extra is missing is left out)."""
    found: list[types.ModuleType] = [trendbeeld]
    for info in pkgutil.walk_packages(trendbeeld.__path__, prefix="trendbeeld."):
        if ".migrations" in info.name:
            continue
        try:
            found.append(importlib.import_module(info.name))
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.split(".")[0] == "trendbeeld":
                raise
    return tuple(found)


def _resolves(name: str) -> bool:
    """``name`` is an attribute path in some module: ``Change.UP``, ``sources.read``, ``label``."""
    parts = name.split(".")
    for module in _namespaces():
        module_parts = module.__name__.split(".")
        for start in range(len(parts)):
            prefix = parts[:start]
            if prefix and module_parts[-len(prefix):] != prefix:
                continue
            target: object = module
            for part in parts[start:]:
                target = getattr(target, part, _MISSING)
                if target is _MISSING:
                    break
            else:
                return True
    return False



def _in_source(name: str) -> bool:
    """Fallback for names that are not attributes: table and column names, config keys, strings."""
    last = name.rsplit(".", maxsplit=1)[-1]
    if name in metadata.tables or any(last in table.columns for table in metadata.tables.values()):
        return True
    pattern = re.compile(rf"(\bdef {last}\b|\bclass {last}\b|\b{last}\s*[:=]|[\"']{re.escape(name)}[\"'])")
    return any(pattern.search(path.read_text(encoding="utf-8")) for path in PACKAGE.rglob("*.py"))


def test_glossary_code_names_exist() -> None:
    names = _code_names()
    assert len(names) > 40
    missing = [name for name in names if not (_resolves(name) or _in_source(name))]
    assert missing == [], f"glossary names not found in the package: {missing}"


def test_every_model_class_has_a_glossary_row() -> None:
    names = set(_code_names())
    mentioned = names | {name.split(".")[0] for name in names}
    classes = [name for name, obj in inspect.getmembers(model, inspect.isclass)
               if obj.__module__ == model.__name__ and not name.startswith("_")]
    assert [name for name in classes if name not in mentioned] == []


def test_glossary_resolution_rejects_unknown_names() -> None:
    assert _resolves("AccessLevel.PUBLIC")
    assert not _resolves("AccessLevel.PUBLIEK")
    assert not (_resolves("BronObject") or _in_source("BronObject"))


# --------------------------------------------------------------------------- hooks


def test_every_hook_is_documented() -> None:
    page = (DOCS / "hooks.md").read_text(encoding="utf-8")
    functions = inspect.getmembers(hookspecs, inspect.isfunction)
    hooks = [name for name, _ in functions if name.startswith("register_")]
    assert hooks
    for name in hooks:
        assert f"### `{name}(registry)`" in page, f"docs/hooks.md lacks a section for {name}"


def test_the_example_plugin_in_the_hooks_page_works(tmp_path: Path) -> None:
    page = (DOCS / "hooks.md").read_text(encoding="utf-8")
    code = re.findall(r"```python\n(.*?)```", page, re.DOTALL)[0]
    plugin = types.ModuleType("trendbeeld_signaallog")
    exec(compile(code, "docs/hooks.md", "exec"), plugin.__dict__)
    pm = plugin_manager()
    pm.register(plugin)
    reader = registry("register_readers", pm)["signaallog"]
    log = tmp_path / "signalen.log"
    log.write_text("Meer jongeren met een mes op het plein.\n\nOverlast bij de snackbar neemt toe.\n",
                   encoding="utf-8")
    sources = list(reader.read(log, SourceMeta(title="Signalen wijkteam")))
    assert [s.text for s in sources] == ["Meer jongeren met een mes op het plein.",
                                         "Overlast bij de snackbar neemt toe."]
    assert {s.meta.type for s in sources} == {SourceType.SIGNAL}
    assert sources[1].origin.endswith("signalen.log#regel-3")


# --------------------------------------------------------------------------- links


def test_links_between_docs_resolve() -> None:
    for page in DOCS.glob("*.md"):
        for target in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            assert (page.parent / target).is_file(), f"{page.name} links to missing {target}"
