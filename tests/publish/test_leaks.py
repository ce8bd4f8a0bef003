"""Access levels that cannot be bypassed: short canaries in every field of intern material.

An intern source, its evidence, an intern-only trend, an intern statistics series and an intern
edition each carry a short unique token (a canary). None of them may reach an openbaar edition
(its pages, search index, PDF text and PDF metadata), the ``--previous`` comparison, or openbaar
CLI output; and the leak guard must find each of them when something does carry one.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner
from reportlab.pdfgen import canvas

from tests.publish._helpers import DEMO, pdf_text
from trendbeeld import indicators, pipeline, themes, trends
from trendbeeld.cli import cli
from trendbeeld.errors import LeakError
from trendbeeld.model import AccessLevel, EditionSpec, EvidenceKind, TrendStatus, evidence_id, hash_id
from trendbeeld.publish import EditionResult, build
from trendbeeld.publish._guard import Secrets, check_no_leaks
from trendbeeld.publish.compare import MANIFEST
from trendbeeld.store import Store, open_store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import trends as trend_store

# One short, unique token per field of the intern material.
TITLE, FILE, TEXT, QUOTE, HEADLINE = "Vbq4", "Qzx7", "Jtw5", "Krm8", "Hdl3"
PUBLISHER, TREND, SUMMARY, SERIES, SERIES_FILE, EDITION = "Ugn5", "Wpf6", "Gkz3", "Ixp2", "Ytr9", "Zsd4"
CANARIES = (TITLE, FILE, TEXT, QUOTE, HEADLINE, PUBLISHER, TREND, SUMMARY, SERIES, SERIES_FILE, EDITION)
SHARED_SENTENCE = "Criminaliteit verschuift naar de digitale wereld."  # also in notitie-online-fraude.md
PUBLIC_NOTES = (
    "notitie-online-fraude.md",
    "notitie-jeugd-en-wapens.md",
    "veiligheidsanalyse-rotterdam-rijnmond-2024.md",
    "ondermijning-buitengebied.txt",
)
INTERN_NOTE = (
    f"---\ntitle: {TITLE}\ntype: signaal\naccess: intern\npublisher: Team {PUBLISHER}\n"
    "date: 2024-04-15\n---\n"
    "## Aanleiding\n\n"
    f"{SHARED_SENTENCE}\n\n"
    f"Het aantal meldingen van {TEXT} rond de haven neemt toe, van 40 naar 65 in 2024.\n\n"
    f"De online fraude met {TEXT} onder ouderen neemt toe, blijkt uit de meldingen bij het team.\n\n"
    f'"De {QUOTE} groeit elke week," zegt Karel Groen, coördinator bij de haven.\n\n'
    f"Het AD kopte op 3 april 2024 ‘{HEADLINE} breidt zich uit in de haven’.\n"
)


@dataclass
class Canaries:
    """A store with intern canaries, and editions built from it."""

    work: Path
    db: Path
    store: Store
    intern_trend: str
    intern: EditionResult
    earlier: EditionResult
    public: EditionResult


def _plant(work: Path, store: Store) -> str:
    """Public notes and statistics, the intern note and series; returns the intern-only trend's id."""
    folder = work / "bronnen"
    (folder / "intern").mkdir(parents=True)
    for name in PUBLIC_NOTES:
        shutil.copy(DEMO / name, folder / name)
    shutil.copy(DEMO / "statistiek" / "misdrijven.csv", folder / "misdrijven.csv")
    (folder / "intern" / f"{FILE}.md").write_text(INTERN_NOTE, encoding="utf-8")
    (folder / "intern" / f"{SERIES_FILE}.csv").write_text(
        f"indicator,region,period,value\n{SERIES},NL01,2021,10\n{SERIES},NL01,2022,14\n{SERIES},NL01,2023,19\n",
        encoding="utf-8",
    )
    report = pipeline.ingest(store, [*(folder / n for n in PUBLIC_NOTES), folder / "intern" / f"{FILE}.md"])
    assert report.errors == []
    indicators.import_file(store, folder / "misdrijven.csv")
    indicators.import_file(store, folder / "intern" / f"{SERIES_FILE}.csv", access=AccessLevel.INTERNAL)
    taxonomy = themes.load_taxonomy("nationaal")
    themes.assign(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    trends.recluster(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    return _intern_trend(store, taxonomy.themes[0].key)


def _intern_trend(store: Store, theme: str) -> str:
    """An accepted trend on the intern evidence alone, renamed and summarised by the analyst.

    One intern statement also joins a public trend, whose title an intern reader may then see
    computed from it.
    """
    readable = {evidence_id(e) for e in evidence_store.list_evidence(store, access=AccessLevel.PUBLIC)}
    every = evidence_store.list_evidence(store, access=AccessLevel.CONFIDENTIAL)
    intern = [evidence_id(e) for e in every if evidence_id(e) not in readable]
    statement = next(evidence_id(e) for e in every if TEXT in e.text and e.kind is EvidenceKind.TREND)
    assert len(intern) >= 4, "the intern note gives statements, a quote and a headline"
    public = trends.list_trends(store, access=AccessLevel.PUBLIC)
    assert public, "the public notes give trends of their own"
    trend_id = hash_id("test-leaks", TREND)
    with store.begin() as conn:
        row = trend_store.TrendRow(trend_id, TrendStatus.CANDIDATE.value, False, theme=theme)
        trend_store.insert_trend(conn, row)
        trend_store.add_members(conn, trend_id, [(e, 1.0) for e in intern], trend_store.MemberOrigin.ANALYST)
        trend_store.add_members(conn, public[0].id, [(statement, 10.0)], trend_store.MemberOrigin.ANALYST)
    trends.rename(store, trend_id, TREND, actor="test")
    trends.set_field(store, trend_id, "samenvatting", f"Signalen over {SUMMARY} rond de haven.", actor="test")
    trends.accept(store, trend_id, actor="test")
    return trend_id


@pytest.fixture(scope="module")
def canaries(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Canaries]:
    work = tmp_path_factory.mktemp("kanaries")
    db = work / "trendbeeld.db"
    store = open_store(str(db))
    trend_id = _plant(work, store)
    out = work / "out"
    intern = build(
        store,
        EditionSpec(f"intern-{EDITION}", access=AccessLevel.INTERNAL),
        out / "intern",
        concept=True,
        with_pdf=False,
    )
    earlier = build(store, EditionSpec("voorjaar"), out / "voorjaar", concept=True, with_pdf=False)
    public = build(store, EditionSpec("najaar"), out / "najaar", concept=True, previous=earlier.directory)
    yield Canaries(work, db, store, trend_id, intern, earlier, public)
    store.close()


def _found(data: bytes | str) -> list[str]:
    """The canaries in ``data``, case-insensitive."""
    text = (data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data).casefold()
    return [c for c in CANARIES if c.casefold() in text]


def _cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code in (0, 1), result.output
    return result.output


# --------------------------------------------------------------------------- the openbaar edition


def test_no_canary_byte_in_any_file_of_the_openbaar_edition(canaries: Canaries) -> None:
    files = [p for p in sorted(canaries.public.directory.rglob("*")) if p.is_file()]
    names = {
        p.relative_to(canaries.public.site).as_posix()
        for p in files
        if p.is_relative_to(canaries.public.site)
    }
    assert {"index.html", "zoekindex.js", MANIFEST, "veranderd.html"} <= names, sorted(names)
    for path in files:
        assert _found(path.relative_to(canaries.public.directory).as_posix()) == [], path
        assert _found(path.read_bytes()) == [], path


def test_no_canary_in_the_pdf_text_or_metadata(canaries: Canaries) -> None:
    assert canaries.public.pdf is not None
    text = pdf_text(canaries.public.pdf)
    assert "Wat is er veranderd" in text or "veranderd" in text.casefold()
    assert _found(text) == []
    document = pdfium.PdfDocument(str(canaries.public.pdf))
    try:
        metadata = document.get_metadata_dict(skip_empty=True)
        texts = [document[i].get_textpage().get_text_bounded() for i in range(len(document))]
    finally:
        document.close()
    assert metadata.get("Title"), "the brochure has a title in its metadata"
    assert _found(json.dumps(metadata, ensure_ascii=False)) == []
    assert _found("\n".join(texts)) == []


def test_the_canaries_are_there_for_intern_readers(canaries: Canaries) -> None:
    """The canaries were really planted: an intern reader sees them, in the edition and the CLI."""
    site = b"\n".join(p.read_bytes() for p in canaries.intern.site.rglob("*") if p.is_file())
    assert {TITLE, TEXT, QUOTE, TREND} <= set(_found(site))
    evidence = _cli(canaries.db, "evidence", "--access", "intern")
    assert {TEXT, QUOTE, HEADLINE} <= set(_found(evidence))
    shown = _cli(canaries.db, "trends", "show", canaries.intern_trend, "--access", "intern")
    assert {TREND, SUMMARY} <= set(_found(shown))
    assert SERIES in _found(_cli(canaries.db, "indicators", "show", SERIES))


def test_openbaar_cli_output_carries_no_canary(canaries: Canaries) -> None:
    outputs = {
        "evidence": _cli(canaries.db, "evidence", "--access", "openbaar"),
        "evidence jsonl": _cli(canaries.db, "evidence", "--access", "openbaar", "--format", "jsonl"),
        "trends list": _cli(canaries.db, "trends", "list", "--access", "openbaar"),
        "indicators check": _cli(canaries.db, "indicators", "check", "--access", "openbaar"),
    }
    for trend in trends.list_trends(canaries.store, access=AccessLevel.PUBLIC):
        outputs[f"trends show {trend.id}"] = _cli(
            canaries.db, "trends", "show", trend.id, "--access", "openbaar"
        )
    assert len(outputs) > 4 and "kandidaat" in outputs["trends list"]
    (canaries.work / "export").mkdir(exist_ok=True)
    for kind in ("evidence", "trends", "series"):
        for form in ("csv", "json"):
            target = canaries.work / "export" / f"{kind}-openbaar.{form}"
            _cli(canaries.db, "export", kind, "--format", form, "--out", str(target), "--access", "openbaar")
            outputs[f"export {kind} {form}"] = target.read_text(encoding="utf-8")
    intern = canaries.work / "export" / "series-intern.csv"
    _cli(canaries.db, "export", "series", "--out", str(intern), "--access", "intern")
    assert SERIES in _found(intern.read_text(encoding="utf-8")), "the intern export has the intern series"
    hidden = _cli(canaries.db, "trends", "show", canaries.intern_trend, "--access", "openbaar")
    assert (
        hidden
        == f"fout: trend '{canaries.intern_trend}' bestaat niet. Zie 'trendbeeld trends list' voor de ids\n"
    )
    assert {name: _found(text) for name, text in outputs.items() if _found(text)} == {}


# --------------------------------------------------------------------------- the guard itself


def test_a_leak_is_refused_with_the_file_and_what_leaked(canaries: Canaries, tmp_path: Path) -> None:
    (tmp_path / "thema").mkdir()
    (tmp_path / "thema" / "haven.html").write_text(
        f"<p>Het aantal meldingen van {TEXT} rond de haven neemt toe, van 40 naar 65 in 2024.</p>",
        encoding="utf-8",
    )
    secrets = Secrets.collect(canaries.store, AccessLevel.PUBLIC)
    with pytest.raises(LeakError) as error:
        check_no_leaks(secrets, tmp_path)
    [source] = [s for s in source_store.list_sources(canaries.store, access=AccessLevel.INTERNAL)
                if s.meta.access is AccessLevel.INTERNAL]  # fmt: skip
    assert re.fullmatch(
        f"thema/haven.html: de editie voor toegangsniveau 'openbaar' bevat (tekst|bewijs) uit bron "
        rf"{source.id[:8]} \(intern\)\. De editie is niet geschreven\. Meld dit als fout; "
        "controleer intussen de toegang van de bronnen",
        str(error.value),
    ), str(error.value)
    check_no_leaks(Secrets.collect(canaries.store, AccessLevel.INTERNAL), tmp_path)


def test_the_guard_finds_every_short_canary_wherever_it_is_written(
    canaries: Canaries, tmp_path: Path
) -> None:
    secrets = Secrets.collect(canaries.store, AccessLevel.PUBLIC)
    planted = {
        "source title": TITLE,
        "file name": f"{FILE}.md",
        "publisher": f"Team {PUBLISHER}",
        "text": f"Het aantal meldingen van {TEXT} rond de haven neemt toe, van 40 naar 65 in 2024.",
        "quote": f"De {QUOTE} groeit elke week,",
        "headline": f"{HEADLINE} breidt zich uit in de haven",
        "trend title": TREND,
        "trend summary": f"Signalen over {SUMMARY} rond de haven.",
        "series name": SERIES,
        "series file": f"{SERIES_FILE}.csv",
    }
    for what, secret in planted.items():
        assert secrets.find(f"Openbare tekst, {secret.upper()}; en verder.") is not None, what
        page = tmp_path / what.replace(" ", "-")
        page.mkdir()
        (page / "index.html").write_text(f"<p>Zie <b>{secret}</b> &amp; meer.</p>", encoding="utf-8")
        with pytest.raises(LeakError) as error:
            check_no_leaks(secrets, page)
        assert error.value.path == "index.html", what
        assert str(error.value).startswith("index.html: de editie voor toegangsniveau 'openbaar' bevat ")
        index = tmp_path / f"{what.replace(' ', '-')}-index"
        index.mkdir()
        (index / "zoekindex.js").write_text(
            "window.ZOEKINDEX = " + json.dumps([{"t": secret}], ensure_ascii=True) + ";", encoding="utf-8"
        )
        with pytest.raises(LeakError):
            check_no_leaks(secrets, index)
    named = tmp_path / "naam"
    (named / "bronnen").mkdir(parents=True)
    (named / "bronnen" / f"{FILE}.md.html").write_text("<p>leeg</p>", encoding="utf-8")
    with pytest.raises(LeakError, match="de bestandsnaam van bron"):
        check_no_leaks(secrets, named)


def test_the_guard_reads_pdf_text_and_metadata(canaries: Canaries, tmp_path: Path) -> None:
    secrets = Secrets.collect(canaries.store, AccessLevel.PUBLIC)
    for where, (title, body) in {
        "tekst": ("Trendbeeld", f"Kerncijfer {SERIES}: 19"),
        "metadata": (f"Editie {TREND}", "Een openbare tekst."),
    }.items():
        folder = tmp_path / where
        folder.mkdir()
        pdf = canvas.Canvas(str(folder / "editie.pdf"))
        pdf.setTitle(title)
        pdf.drawString(72, 720, body)
        pdf.save()
        with pytest.raises(LeakError) as error:
            check_no_leaks(secrets, folder)
        assert error.value.path == "editie.pdf"


def test_ordinary_words_shared_with_openbaar_material_do_not_alarm(
    canaries: Canaries, tmp_path: Path
) -> None:
    secrets = Secrets.collect(canaries.store, AccessLevel.PUBLIC)
    assert SHARED_SENTENCE in (DEMO / PUBLIC_NOTES[0]).read_text(encoding="utf-8")
    assert secrets.find(SHARED_SENTENCE) is None, "a sentence of a public note too is no secret"
    shown = b"".join(p.read_bytes() for p in canaries.public.site.rglob("*.html"))
    assert SHARED_SENTENCE.encode() in shown, "and the openbaar edition shows it"
    assert secrets.find("De online fraude neemt toe.") is None
    assert secrets.find(f"X{TITLE}Y en {SERIES}0") is None, "a short secret inside a longer word is no hit"
    assert secrets.find(f"({TITLE})") is not None
    assert not Secrets.collect(canaries.store, AccessLevel.CONFIDENTIAL)
    page = tmp_path / "index.html"
    page.write_text(f"<h2>Aanleiding</h2><p>{SHARED_SENTENCE}</p>", encoding="utf-8")
    check_no_leaks(secrets, tmp_path)


# --------------------------------------------------------------------------- --previous


def test_an_intern_edition_as_previous_is_refused(canaries: Canaries, tmp_path: Path) -> None:
    with pytest.raises(LeakError) as error:
        build(
            canaries.store,
            EditionSpec("weigeren"),
            tmp_path / "weigeren",
            concept=True,
            with_pdf=False,
            previous=canaries.intern.directory,
        )
    assert error.value.message == (
        "de vorige editie (--previous) is intern; een editie met toegangsniveau 'openbaar' mag niet "
        "vergelijken met een editie van een hoger niveau"
    )
    assert error.value.path == str(canaries.intern.site / MANIFEST)
    assert not (tmp_path / "weigeren").exists(), "nothing is written"
    result = CliRunner().invoke(
        cli,
        [
            "publish",
            "--edition",
            "weigeren",
            "--concept",
            "--no-pdf",
            "--previous",
            str(canaries.intern.directory),
            "--db",
            str(canaries.db),
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 1
    assert "fout: " in result.output and "is intern" in result.output and "--previous" in result.output
    assert _found(result.output) == [], "the refusal names no intern material"
    assert not (tmp_path / "weigeren" / "site").exists()
    build(  # an intern edition may compare with an intern one
        canaries.store,
        EditionSpec("intern-twee", access=AccessLevel.INTERNAL),
        tmp_path / "intern-twee",
        concept=True,
        with_pdf=False,
        previous=canaries.intern.directory,
    )


def test_a_previous_edition_without_an_access_level_is_refused(canaries: Canaries, tmp_path: Path) -> None:
    old = tmp_path / "oud"
    shutil.copytree(canaries.earlier.directory, old)
    manifest = json.loads((old / "site" / MANIFEST).read_text(encoding="utf-8"))
    del manifest["access"]
    (old / "site" / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    for level in (AccessLevel.PUBLIC, AccessLevel.INTERNAL):
        with pytest.raises(LeakError, match="zegt niet voor welk toegangsniveau") as error:
            build(
                canaries.store,
                EditionSpec("zonder", access=level),
                tmp_path / "zonder",
                concept=True,
                with_pdf=False,
                previous=old,
            )
        assert (
            error.value.hint
            == "Bouw de vorige editie opnieuw met deze versie van trendbeeld, of laat --previous weg"
        )
    confidential = build(
        canaries.store,
        EditionSpec("geheim", access=AccessLevel.CONFIDENTIAL),
        tmp_path / "geheim",
        concept=True,
        with_pdf=False,
        previous=old,
    )
    assert (confidential.site / "veranderd.html").is_file()


def test_a_confidential_edition_is_refused_as_previous_below_its_level(
    canaries: Canaries, tmp_path: Path
) -> None:
    secret = build(
        canaries.store,
        EditionSpec("geheim", access=AccessLevel.CONFIDENTIAL),
        tmp_path / "geheim",
        concept=True,
        with_pdf=False,
    )
    for level in (AccessLevel.PUBLIC, AccessLevel.INTERNAL):
        with pytest.raises(LeakError, match=re.escape("de vorige editie (--previous) is vertrouwelijk; ")):
            build(
                canaries.store,
                EditionSpec(f"na-{level.value}", access=level),
                tmp_path / level.value,
                concept=True,
                with_pdf=False,
                previous=secret.directory,
            )
        assert not (tmp_path / level.value).exists()


def test_the_previous_manifest_is_read_without_what_is_now_restricted(canaries: Canaries) -> None:
    """An openbaar edition's manifest can name a source or trend that has since become intern."""
    earlier = json.loads((canaries.earlier.site / MANIFEST).read_text(encoding="utf-8"))
    assert earlier["access"] == "openbaar" and earlier["sources"] and earlier["trends"]
    [closed] = [s for s in source_store.list_sources(canaries.store, access=AccessLevel.INTERNAL)
                if s.meta.access is AccessLevel.INTERNAL]  # fmt: skip
    stale = {
        **earlier,
        "sources": [*earlier["sources"], {"id": closed.id, "title": "Een titel die toen openbaar was"}],
        "trends": [
            *earlier["trends"],
            {**earlier["trends"][0], "id": canaries.intern_trend, "title": "Toen openbaar"},
            {**earlier["trends"][0], "id": "elders", "title": f"Meer over {TREND}"},
        ],
    }
    readable = Secrets.collect(canaries.store, AccessLevel.PUBLIC).readable_manifest(stale)
    assert readable["sources"] == earlier["sources"]
    assert readable["trends"] == earlier["trends"]
    assert readable["key_figures"] == earlier["key_figures"]
