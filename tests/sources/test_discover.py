"""Discovering targets: folders walked recursively, manifests applied, precedence of metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from trendbeeld import sources
from trendbeeld.errors import ConfigError
from trendbeeld.model import AccessLevel, SourceMeta, SourceType


def _write(path: Path, text: str = "De overlast neemt toe.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _names(root: Path, found: list[tuple[str, SourceMeta]]) -> list[str]:
    return [Path(target).relative_to(root).as_posix() for target, _ in found]


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.html", "sub/deeper/d.csv", ".verborgen.txt", "plaatje.png"):
        _write(tmp_path / name)
    found = sources.discover([str(tmp_path)])
    assert _names(tmp_path, found) == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.csv"]


def test_precedence_is_defaults_then_file_entry_then_explicit_options(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt")
    _write(tmp_path / "b.txt")
    _write(
        tmp_path / "trendbeeld.yaml",
        "defaults: {publisher: WODC, region: Utrecht, date: 2024-01-15}\n"
        "files:\n  b.txt: {publisher: CBS, title: Monitor}\n",
    )
    found = dict(sources.discover([str(tmp_path)], meta=SourceMeta(region="Zeeland")))
    a, b = found[str(tmp_path / "a.txt")], found[str(tmp_path / "b.txt")]
    assert (a.publisher, a.region, a.date, a.title) == ("WODC", "Zeeland", dt.date(2024, 1, 15), "")
    assert (b.publisher, b.region, b.title) == ("CBS", "Zeeland", "Monitor")


def test_a_file_named_directly_keeps_its_folder_manifest(tmp_path: Path) -> None:
    note = _write(tmp_path / "notitie.txt")
    _write(tmp_path / "trendbeeld.yaml", "files:\n  notitie.txt: {toegang: vertrouwelijk, soort: signaal}\n")
    [(target, meta)] = sources.discover([str(note)])
    assert target == str(note)
    assert (meta.access, meta.type) == (AccessLevel.CONFIDENTIAL, SourceType.SIGNAL)


def test_a_nested_manifest_builds_on_the_defaults_above_it(tmp_path: Path) -> None:
    _write(tmp_path / "trendbeeld.yaml", "defaults: {access: vertrouwelijk, publisher: Politie}\n")
    _write(tmp_path / "sub" / "trendbeeld.yaml", "files:\n  x.txt: {title: Signaal uit de wijk}\n")
    _write(tmp_path / "sub" / "x.txt")
    _write(tmp_path / "sub" / "y.txt")
    found = dict(sources.discover([str(tmp_path)]))
    for name in ("sub/x.txt", "sub/y.txt"):
        meta = found[str(tmp_path / name)]
        assert (meta.access, meta.publisher) == (AccessLevel.CONFIDENTIAL, "Politie")
    assert found[str(tmp_path / "sub/x.txt")].title == "Signaal uit de wijk"


def test_indicator_files_and_excluded_files_are_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "rapport.txt")
    _write(tmp_path / "README.md")
    _write(tmp_path / "data" / "misdrijven.csv", "indicator,region,period,value\n")
    _write(tmp_path / "trendbeeld.yaml", "indicators: [data/misdrijven.csv]\nexclude: [README.md]\n")
    assert _names(tmp_path, sources.discover([str(tmp_path)])) == ["rapport.txt"]


def test_urls_and_missing_paths_pass_through_to_read(tmp_path: Path) -> None:
    url = "https://nieuws.example.nl/feed.rss"
    missing = str(tmp_path / "weg.pdf")
    found = sources.discover([url, missing], meta=SourceMeta(access=AccessLevel.INTERNAL))
    assert [(t, m.access) for t, m in found] == [(url, AccessLevel.INTERNAL), (missing, AccessLevel.INTERNAL)]


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("defaults: {toegang: geheim}\n", "'toegang: geheim' is geen geldige waarde. "
                                          "Kies uit: openbaar, intern, vertrouwelijk"),
        ("defaults: {kleur: rood}\n", "onbekend veld 'kleur'"),
        ("files:\n  weg.pdf: {title: x}\n", "het manifest noemt 'weg.pdf', maar dat bestand bestaat niet"),
        ("bestanden: []\n", "onbekende sleutel(s) bestanden. Gebruik defaults, files, indicators en exclude"),
        ("defaults: {datum: gisteren}\n", "'datum: gisteren' is geen datum. "
                                          "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-01"),
    ],
)
def test_a_bad_manifest_names_it_and_the_problem(tmp_path: Path, manifest: str, message: str) -> None:
    _write(tmp_path / "a.txt")
    path = _write(tmp_path / "trendbeeld.yaml", manifest)
    with pytest.raises(ConfigError) as caught:
        sources.discover([str(tmp_path)])
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_manifest_that_is_no_yaml_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "trendbeeld.yaml", "defaults:\n  access: intern\n  title: [niet gesloten\n")
    with pytest.raises(ConfigError) as caught:
        sources.discover([str(tmp_path)])
    assert caught.value.path == str(path)
    assert caught.value.line is not None
    assert "het manifest is geen geldige YAML" in str(caught.value)


def test_public_names_and_registered_readers() -> None:
    from trendbeeld.plugins import registry

    assert sorted(sources.__all__) == ["Reader", "discover", "is_url", "read", "readers"]
    assert set(registry("register_readers")) == {"pdf", "html", "docx", "markdown", "feed", "news-csv"}
    assert {".pdf", ".html", ".docx", ".md", ".txt", ".rss", ".xml", ".csv"} <= set(sources.readers())
