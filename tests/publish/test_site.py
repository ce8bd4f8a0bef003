"""The built site: structure, links that resolve, hostile HTML, the canary, reproducibility."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from tests.conftest import require
from tests.publish._helpers import HOSTILE_TEXT, hostile_meta, html_files, parse, pdf_text, save_text, staged
from trendbeeld import pipeline
from trendbeeld.model import AccessLevel, EditionSpec, SourceMeta, SourceType
from trendbeeld.publish import EditionResult, build, demo_spec
from trendbeeld.publish.edition import STAMP
from trendbeeld.publish.site import vendor_present
from trendbeeld.store import Store

OWN_SCRIPTS = {"static/routekaart.js", "static/zoeken.js", "zoekindex.js"}


def test_every_page_is_dutch_with_a_skip_link_a_main_and_one_h1(demo_edition: EditionResult) -> None:
    pages = html_files(demo_edition.site)
    assert len(pages) == demo_edition.pages
    for page in pages:
        parsed = parse(page)
        assert parsed.find("html")[0]["lang"] == "nl", page
        skip = parsed.find("a")[0]
        assert skip["href"] == "#inhoud"
        assert parsed.find("main", id="inhoud"), page
        assert len(parsed.find("h1")) == 1, page


def test_every_internal_link_and_anchor_resolves(demo_edition: EditionResult) -> None:
    site = demo_edition.site
    ids = {page: parse(page).ids for page in html_files(site)}
    checked = 0
    for page in html_files(site):
        for tag, attrs in parse(page).tags:
            target = attrs.get("href") if tag in ("a", "link") else attrs.get("src")
            if not target or target.startswith(("http://", "https://", "data:")):
                continue
            parts = urlsplit(target)
            resolved = (page.parent / parts.path).resolve() if parts.path else page
            assert resolved.is_file(), f"{page.name}: {target}"
            if parts.fragment and resolved.suffix == ".html":
                assert parts.fragment in ids[resolved], f"{page.name}: {target}"
            checked += 1
    assert checked > 100


_PASSAGE_LINK = re.compile(r'href="\.\./(bronnen/[0-9a-f]+\.html)#(e-[0-9a-f]+)"')
_ITEMS = re.compile(
    r'<li class="tb-card">|<figure class="utrecht-blockquote__figure tb-quote">|'
    r'<li class="utrecht-unordered-list__item tb-headline">'
)


def test_figures_quotes_and_headlines_link_to_their_passage(demo_edition: EditionResult) -> None:
    checked = 0
    for page in (demo_edition.site / "thema").glob("*.html"):
        chunks = _ITEMS.split(page.read_text(encoding="utf-8"))[1:]
        for chunk in chunks:
            item = chunk.split("</li>")[0].split("</figure>\n</figure>")[0]
            if "tb-chart" in item and "#e-" not in item:
                continue  # an indicator series: its source is the publisher's table, named on the card
            news = re.search(r'href="\.\./(nieuws/[^"#]+)#(n-[^"]+)"', item)
            if news:  # a news headline: its place in the news list of its month
                target, anchor = news.groups()
            else:
                target, anchor = _PASSAGE_LINK.search(item).groups()  # type: ignore[union-attr]
            assert anchor in parse(demo_edition.site / target).ids
            checked += 1
    assert checked >= 5


def test_links_name_the_page_of_a_pdf_source(shared: Path, sqlite_store: Store, tmp_path: Path) -> None:
    pdf = shared / "corpus/real/reports/vng_burgerpeiling_vertrouwen_in_de_gemeente_2023.pdf"
    require(pdf.is_file(), f"{pdf} ontbreekt")
    assert pipeline.ingest(sqlite_store, [pdf]).errors == []
    result = build(staged(sqlite_store), EditionSpec("pdf"), tmp_path, with_pdf=False, concept=True)
    theme_pages = list((result.site / "thema").glob("*.html"))
    text = "".join(p.read_text(encoding="utf-8") for p in theme_pages)
    [(target, anchor)] = _PASSAGE_LINK.findall(text)[:1]
    label = re.search(rf'#{anchor}">([^<]*)</a>', text).group(1)  # type: ignore[union-attr]
    page_number = re.search(r", p\. (\d+)$", label).group(1)  # type: ignore[union-attr]
    source_page = (result.site / target).read_text(encoding="utf-8")
    passage = source_page.split(f'id="{anchor}"')[1].split("</li>")[0]
    assert f"pagina {page_number}</p>" in passage
    assert "<mark" in passage


def test_charts_have_text_alternatives_and_tables(demo_edition: EditionResult) -> None:
    for page in html_files(demo_edition.site):
        parsed = parse(page)
        images = parsed.find("img")
        assert all(img.get("alt") for img in images), page
        assert len(parsed.find("table")) >= len(images), page


def test_hostile_html_never_becomes_markup(sqlite_store: Store, tmp_path: Path) -> None:
    hostile_page = tmp_path / "bericht.html"
    hostile_page.write_text(
        "<html><head><title>Bericht <script>alert(5)</script></title></head><body>"
        '<h1 onclick="alert(6)">Online fraude neemt toe</h1><script>alert(7)</script>'
        "<p>Het aantal meldingen van phishing via sms stijgt volgens de politie al drie jaar op rij "
        "sterk.</p>"
        '<p><a href="javascript:alert(8)">Lees meer</a> <img src=x onerror="alert(9)"></p>'
        '<p>"Oplichters worden steeds slimmer en sneller," zegt Ria Bos, teamleider bij de politie.</p>'
        "</body></html>",
        encoding="utf-8",
    )
    report = pipeline.ingest(sqlite_store, [hostile_page], meta=SourceMeta(type=SourceType.NEWS))
    assert report.errors == []
    save_text(sqlite_store, "vijandig.txt", HOSTILE_TEXT, hostile_meta())
    result = build(
        staged(sqlite_store), EditionSpec("vijandig"), tmp_path / "out", with_pdf=False, concept=True
    )
    seen_hostile_text = False
    for page in html_files(result.site):
        parsed = parse(page)
        for tag, attrs in parsed.tags:
            assert not [a for a in attrs if a.startswith("on")], f"{page.name}: <{tag} {attrs}>"
            for name in ("href", "src", "action"):
                assert not str(attrs.get(name) or "").strip().lower().startswith("javascript:"), page.name
            if tag == "script":
                assert attrs.get("src") and any(str(attrs["src"]).endswith(s) for s in OWN_SCRIPTS), page.name
        assert not parsed.find("img", src="x")
        assert not parsed.find("b")
        seen_hostile_text |= "<script>alert('xss')</script>" in "".join(parsed.text)
    assert seen_hostile_text, "the hostile text should be shown as text"


def _canary_store(store: Store, tmp_path: Path, marker: str) -> None:
    folder = tmp_path / "bronnen"
    (folder / "intern").mkdir(parents=True)
    (folder / "openbaar.txt").write_text(
        "Het aantal woninginbraken daalde in 2023 met 12 procent.\n\n"
        '"Inbrekers kiezen steeds vaker voor de vroege avond," zegt Petra Smit, wijkagent bij de politie.\n',
        encoding="utf-8",
    )
    (folder / "intern" / f"notitie-{marker}.md").write_text(
        f"---\ntitle: Werknotitie {marker}\ntype: signaal\naccess: intern\npublisher: Team {marker}\n"
        f"date: 2024-04-15\nurl: https://intranet.example/{marker}\n---\n"
        f"# Signaal {marker}\n\n"
        f"Het aantal meldingen van {marker} rond de haven neemt toe, van 40 naar 65 in 2024.\n\n"
        f'"De {marker} groeit elke week," zegt Karel Groen, coördinator {marker} bij de haven.\n\n'
        f"Volgens De Havenkrant van 3 april 2024: '{marker} breidt zich uit'.\n",
        encoding="utf-8",
    )
    report = pipeline.ingest(store, [folder / "openbaar.txt", folder / "intern" / f"notitie-{marker}.md"])
    assert report.errors == []


def _every_byte(folder: Path) -> bytes:
    parts = []
    for path in sorted(folder.rglob("*")):
        parts.append(str(path.relative_to(folder)).encode())
        if path.is_file():
            parts.append(path.read_bytes())
            if path.suffix == ".pdf":
                parts.append(pdf_text(path).encode())
    return b"\n".join(parts)


def test_canary_from_an_internal_source_never_reaches_a_public_edition(
    sqlite_store: Store, tmp_path: Path
) -> None:
    marker = "kanarie" + uuid.uuid4().hex[:10]
    _canary_store(sqlite_store, tmp_path, marker)
    public = build(
        staged(sqlite_store),
        EditionSpec("openbaar", access=AccessLevel.PUBLIC),
        tmp_path / "openbaar",
        concept=True,
    )
    assert public.pdf is not None
    assert marker.encode() not in _every_byte(public.directory).lower()
    internal = build(
        staged(sqlite_store),
        EditionSpec("intern", access=AccessLevel.INTERNAL),
        tmp_path / "intern",
        concept=True,
    )
    assert marker.encode() in _every_byte(internal.directory).lower(), "the canary must be visible internally"


def test_same_store_and_options_give_the_same_bytes(demo_store: Store, tmp_path: Path) -> None:
    spec = replace(demo_spec("repro"), audience="Gemeente Rotterdam")
    first = build(demo_store, spec, tmp_path / "een")
    second = build(demo_store, spec, tmp_path / "twee")
    assert first.hash == second.hash
    files = sorted(p.relative_to(first.directory) for p in first.directory.rglob("*") if p.is_file())
    assert files == sorted(
        p.relative_to(second.directory) for p in second.directory.rglob("*") if p.is_file()
    )
    different = [
        f for f in files if (first.directory / f).read_bytes() != (second.directory / f).read_bytes()
    ]
    assert set(different) <= {Path("site") / STAMP}
    stamps = [json.loads((r.site / STAMP).read_text(encoding="utf-8")) for r in (first, second)]
    assert [s["gebouwd"] for s in stamps] == [r.built_at.isoformat() for r in (first, second)]
    assert [{**s, "gebouwd": ""} for s in stamps] == [{**stamps[0], "gebouwd": ""}] * 2
    assert stamps[0]["hash"] == first.hash
    assert first.hash in (first.site / "index.html").read_text(encoding="utf-8")
    other = build(
        demo_store,
        replace(demo_spec("repro"), audience="Gemeente Schiedam"),
        tmp_path / "drie",
        with_pdf=False,
    )
    assert other.hash != first.hash


def test_rebuild_replaces_the_previous_output(sqlite_store: Store, tmp_path: Path) -> None:
    save_text(
        sqlite_store,
        "a.txt",
        "Het aantal woninginbraken daalde in 2023 met 12 procent.\n",
        SourceMeta(title="Monitor woninginbraak", date=date(2024, 1, 1)),
    )
    first = build(staged(sqlite_store), EditionSpec("weer"), tmp_path, with_pdf=False, concept=True)
    stale = first.site / "bronnen" / "oud.html"
    stale.write_text("oud", encoding="utf-8")
    again = build(staged(sqlite_store), EditionSpec("weer"), tmp_path, with_pdf=False, concept=True)
    assert not stale.exists()
    assert not (tmp_path / ".bouwen").exists()
    assert again.hash == first.hash


def test_site_ships_the_nl_design_system_css_and_works_offline(demo_edition: EditionResult) -> None:
    require(vendor_present(), "NL Design System CSS is missing; run scripts/build-assets.sh (npm ci)")
    vendor = demo_edition.site / "static" / "vendor"
    assert (vendor / "utrecht-components.css").stat().st_size > 100_000
    assert ".utrecht-theme" in (vendor / "utrecht-theme.css").read_text(encoding="utf-8")
    for page in html_files(demo_edition.site):
        parsed = parse(page)
        sheets = [str(a["href"]) for a in parsed.find("link", rel="stylesheet")]
        assert [s.rsplit("/", 1)[-1] for s in sheets] == [
            "utrecht-theme.css",
            "utrecht-components.css",
            "trendbeeld.css",
        ], page
        assert "utrecht-theme" in str(parsed.find("body")[0]["class"])
    for page in html_files(demo_edition.site):
        for tag, attrs in parse(page).tags:
            if tag in ("link", "script", "img"):
                assert not str(attrs.get("href") or attrs.get("src") or "").startswith(
                    ("http:", "https:", "//")
                )
    for sheet in demo_edition.site.rglob("*.css"):
        urls = re.findall(r"url\(\s*[\"']?([^)\"']+)", sheet.read_text(encoding="utf-8"))
        assert [u for u in urls if u.startswith(("http:", "https:", "//"))] == [], sheet.name
