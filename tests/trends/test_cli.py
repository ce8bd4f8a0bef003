"""``trendbeeld trends``: the commands over the curation API, with Dutch help and --door."""

from __future__ import annotations

import json
import re

import click
from click.testing import CliRunner

from tests.trends import _corpus
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import open_store

DUTCH = {"de", "het", "een", "en", "van", "per", "met", "tot"}


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_every_trends_command_has_dutch_help() -> None:
    group = cli.commands["trends"]
    assert isinstance(group, click.Group)
    assert set(group.commands) == {
        "list", "show", "accept", "reject", "merge", "split", "rename", "set", "cluster", "boxes",
    }  # fmt: skip
    for name, command in group.commands.items():
        words = set(re.findall(r"\w+", (command.help or "").casefold()))
        assert words & DUTCH, name
        assert any(p.name == "db" for p in command.params), name
    for name in ("accept", "reject", "merge", "split", "rename", "set"):
        assert any(p.opts == ["--door"] for p in group.commands[name].params), name


def test_cluster_curate_and_show_from_the_command_line(store_url: str) -> None:
    store = open_store(store_url)
    _corpus.monitor(store)
    _corpus.note(store)
    counted = evidence_store.count_by_kind(store, access=AccessLevel.CONFIDENTIAL)
    store.close()
    db = ("--db", store_url)
    items = counted.get("trend", 0) + counted.get("figure", 0)
    assert items > 10
    clustered = _run("trends", "cluster", "--embedder", "tfidf", *db)
    assert f"Geclusterd met tfidf: {items} bewijsstukken" in clustered
    assert "groepen zijn geen kandidaat" in clustered
    listed = json.loads(_run("trends", "list", "--format", "json", *db))
    assert listed and {t["status"] for t in listed} == {"candidate"}
    first, second = sorted(t["id"] for t in listed)[:2]

    assert (
        _run("trends", "accept", first[:8], "--door", "anna", *db) == f"Trend {first}: aanvaard door anna.\n"
    )
    assert "Samengevoegd in trend" in _run("trends", "merge", first, second, "--door", "bram", *db)
    _run("trends", "rename", first, "Eigen titel", "--door", "anna", *db)
    _run("trends", "set", first, "betekenis", "Meer preventie nodig.", "--door", "anna", *db)
    _run("trends", "cluster", "--embedder", "tfidf", *db)

    shown = _run("trends", "show", first, *db)
    assert f"{first}  [aanvaard] Eigen titel" in shown
    assert "Betekenis: Meer preventie nodig." in shown
    assert " anna: accept " in shown and " bram: merge " in shown
    assert "[samengevoegd]" in _run("trends", "list", "--status", "samengevoegd", *db)

    failed = CliRunner().invoke(cli, ["trends", "accept", "ffffffffffff", "--door", "anna", *db])
    assert failed.exit_code == 1
    assert (
        "fout: trend 'ffffffffffff' bestaat niet. Zie 'trendbeeld trends list' voor de ids" in failed.output
    )


def test_box_text_is_set_from_the_command_line(store_url: str) -> None:
    out = _run(
        "trends", "boxes", "--thema", "vermogen", "--laag", "betekenis", "--tekst", "Minder preventie.",
        "--door", "anna", "--db", store_url,
    )  # fmt: skip
    assert out == "Trendkader vermogen: betekenis bijgewerkt.\n"
    store = open_store(store_url)
    from trendbeeld.trends import box_texts

    assert box_texts(store) == {"vermogen": {"betekenis": "Minder preventie."}}
    store.close()
