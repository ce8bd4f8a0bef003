"""Acceptance (issue 11, item 8): the whole chain on ``../shared/corpus/real``, as a user runs it.

Every step is the ``trendbeeld`` command in a subprocess against one SQLite store in a temporary
folder: add (reports and news), indicators import (the data files; ``*_meta_*`` files are metadata),
themes assign, trends cluster, routekaart suggest; then an analyst's curation through the Python API
the CLI uses (accept the best-backed candidates, write the trend boxes, confirm route-map links);
publish openbaar (own introduction, region Rotterdam) and intern ``--concept``; a second round (one
new source, assign, cluster, a second openbaar edition) and ``compare``.

The chain runs once per session (several minutes); the tests check one promise each. Select them with
``pytest -m real_corpus``; under ``CI=true`` they never skip.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.conftest import SHARED, require
from trendbeeld import publish, routemap, themes, trends
from trendbeeld.model import AccessLevel, EditionSpec, SourceType, Trend, TrendStatement, TrendStatus
from trendbeeld.publish._select import reads_dutch
from trendbeeld.publish._view import EditionContent
from trendbeeld.stemming import stems
from trendbeeld.store import Store, open_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import themes as theme_store
from trendbeeld.store import trends as trend_store

pytestmark = pytest.mark.real_corpus

REAL = SHARED / "corpus" / "real"
TAXONOMY = "regionaal"
REGION = "Rotterdam"
AUDIENCE = "Veiligheidsregio Rotterdam-Rijnmond"
ANALYST = "acceptatietest"
MAX_PDF_PAGES = 80
PAGE_MARGIN_PT = 20  # the brochure's margins are wider; nothing may come closer to the edge
PER_THEME = 2  # accepted trends per theme
# An analyst accepts a report-backed trend that at least this many independent sources back: the
# real corpus (VNG polls of one publisher, a dashboard text, two decision lists) backs one or two trends
# so, once members that do not back a trend are left out (trends/_coherence.py) and candidates of one
# phenomenon are merged (which ones depends on small changes in the evidence); a rise of news events that
# as many outlets report is accepted after them, so that the route map has two trends to link.
MIN_SOURCES = 2
MIN_ACCEPTED = 2
LINKS = 1  # route-map links the analyst confirms
PLACEHOLDERS = ("Pas deze tekst aan", "nog niet beschreven")
STEP_TIMEOUT = 900  # seconds; a hang fails the test instead of CI's job
INTRO = """---
titel: Trendbeeld openbare veiligheid (acceptatietest)
ondertitel: Ontwikkelingen, kerncijfers en verbanden voor {organisatie}
---
Dit trendbeeld bundelt rapporten, peilingen, statistiek en nieuws over de veiligheid in {regio}. De
analisten hebben de trends beoordeeld; elk cijfer en elke uitspraak verwijst naar de plek in de bron.
"""
MEANING = (
    "Voor de veiligheidsregio betekent dit dat de partners de ontwikkeling samen volgen en de aanpak "
    "jaarlijks bijstellen."
)
ADDITION = "\nDe overlast door jongeren nam in 2023 volgens de gemeente verder toe.\n"


def _command() -> list[str]:
    script = Path(sys.executable).with_name("trendbeeld")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from trendbeeld.cli import main; main()"]


@dataclass
class Chain:
    """What the chain produced: the store, the outputs of every command and the editions."""

    work: Path
    db: Path
    outputs: dict[str, tuple[int, str]] = field(default_factory=dict)  # stdout and stderr
    stdout: dict[str, str] = field(default_factory=dict)
    accepted: list[str] = field(default_factory=list)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (link id, source, target)
    view: EditionContent | None = None  # the openbaar edition's content when it was published

    def run(self, name: str, *args: str) -> str:
        env = {**os.environ, "TRENDBEELD_DB": str(self.db), "TRENDBEELD_ACTOR": ANALYST}
        done = subprocess.run(
            [*_command(), *args], cwd=self.work, env=env, capture_output=True, text=True,
            timeout=STEP_TIMEOUT, check=False,
        )
        output = done.stdout + done.stderr
        self.outputs[name] = (done.returncode, output)
        self.stdout[name] = done.stdout
        assert done.returncode == 0, f"{name}: exit {done.returncode}\n{output[-3000:]}"
        assert "Traceback" not in output, f"{name}:\n{output[-3000:]}"
        return output

    def edition(self, name: str) -> Path:
        return self.work / "out" / name

    def store(self) -> Store:
        return open_store(str(self.db))


def _stated_in_reports(store: Store, trend_ids: list[str]) -> set[str]:
    """The trends a report, poll or interview backs with a statement of change: what an analyst accepts."""
    metas = {s.id: s.meta for s in source_store.list_sources(store, access=AccessLevel.PUBLIC)}
    members = trend_store.readable_members(store, access=AccessLevel.PUBLIC, trend_ids=trend_ids)
    return {
        tid for tid, evidence in members.items()
        if any(isinstance(e, TrendStatement) and metas[e.span.source_id].type is not SourceType.NEWS
               for e in evidence if e.span.source_id in metas)
    }


def _by_strength(trend: Trend) -> tuple[float, str]:
    return (-(trend.strength.score if trend.strength else 0.0), trend.id)


def _curate(chain: Chain) -> None:
    """An analyst's round: accept the best-backed candidates, write their boxes, confirm links."""
    store = chain.store()
    try:
        taxonomy = themes.load_taxonomy(TAXONOMY)
        by_theme: dict[str, list[Trend]] = {}
        news_only: list[tuple[str, Trend]] = []
        found = trends.list_trends(store, access=AccessLevel.PUBLIC, status=TrendStatus.CANDIDATE)
        stated = _stated_in_reports(store, [t.id for t in found])
        for trend in found:
            top = themes.top_level(taxonomy, trend.theme)
            if top is None or not trend.strength or trend.strength.n_sources < MIN_SOURCES:
                continue
            if trend.id in stated:
                by_theme.setdefault(top.key, []).append(trend)
            else:
                news_only.append((top.key, trend))
        for key, found in sorted(by_theme.items()):
            for trend in sorted(found, key=_by_strength)[:PER_THEME]:
                trends.accept(store, trend.id, actor=ANALYST, note="acceptatietest")
                chain.accepted.append(trend.id)
            trends.set_box_text(store, key, trends.Layer.MEANING, MEANING, actor=ANALYST)
        for key, trend in sorted(news_only, key=lambda pair: _by_strength(pair[1])):
            if len(chain.accepted) >= MIN_ACCEPTED:
                break
            trends.accept(store, trend.id, actor=ANALYST, note="acceptatietest: toename van nieuwsberichten")
            chain.accepted.append(trend.id)
            if key not in by_theme:
                trends.set_box_text(store, key, trends.Layer.MEANING, MEANING, actor=ANALYST)
        assert len(chain.accepted) >= MIN_ACCEPTED, "the real corpus offers two well-backed candidates"
        accepted = set(chain.accepted)
        suggested = [
            link for link in routemap.load(store, confirmed_only=False).links
            if link.source in accepted and link.target in accepted
        ]
        for link in suggested[:LINKS]:
            confirmed = routemap.confirm(store, link.id, actor=ANALYST)
            chain.links.append((confirmed.id, confirmed.source, confirmed.target))
        pairs = zip(chain.accepted, chain.accepted[1:], strict=False)
        for source, target in list(pairs)[: LINKS - len(chain.links)]:
            added = routemap.add(
                store, source, target, "versterkt", rationale="De ene ontwikkeling voedt de andere.",
                actor=ANALYST,
            )
            chain.links.append((added.id, added.source, added.target))
    finally:
        store.close()


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chain]:
    require(REAL.is_dir(), f"the real corpus is not there ({REAL})")
    work = tmp_path_factory.mktemp("real")
    made = Chain(work, work / "trendbeeld.db")
    statistics = sorted(str(p) for p in (REAL / "statistics").glob("*.csv") if "_meta_" not in p.name)
    polls = sorted(str(p) for p in (REAL / "polls").iterdir() if p.suffix in (".csv", ".xlsx"))
    intro = work / "inleiding.md"
    intro.write_text(INTRO, encoding="utf-8")
    made.run("add", "add", str(REAL / "reports"), str(REAL / "news"))
    made.run("indicators import", "indicators", "import", *statistics, *polls)
    made.run("themes assign", "themes", "assign", "--taxonomy", TAXONOMY)
    made.run("trends cluster", "trends", "cluster", "--taxonomy", TAXONOMY)
    made.run("routekaart suggest", "routekaart", "suggest", "--access", "openbaar")
    _curate(made)
    common = ["--taxonomy", TAXONOMY, "--region", REGION, "--audience", AUDIENCE, "--out", "out"]
    made.run("publish openbaar", "publish", "--edition", "voorjaar", "--intro", str(intro), *common)
    made.view = _gathered(made)
    made.run("publish intern", "publish", "--edition", "intern", "--access", "intern", "--concept",
             *common)
    # The second round: one new source, assignment and clustering again, a second edition.
    extra = work / "nieuw"
    extra.mkdir()
    dashboard = REAL / "reports" / "dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
    (extra / "nieuwe_analyse.txt").write_text(dashboard.read_text(encoding="utf-8") + ADDITION,
                                              encoding="utf-8")
    made.run("add (tweede ronde)", "add", str(extra))
    made.run("themes assign (tweede ronde)", "themes", "assign", "--taxonomy", TAXONOMY)
    made.run("trends cluster (tweede ronde)", "trends", "cluster", "--taxonomy", TAXONOMY)
    made.run("publish najaar", "publish", "--edition", "najaar", "--intro", str(intro), "--no-pdf",
             "--previous", str(made.edition("voorjaar")), *common)
    made.run("compare", "compare", "voorjaar", "najaar", "--out", "out", "--format", "json")
    yield made


def _gathered(chain: Chain) -> EditionContent:
    """The openbaar edition's content as the publish step gathered it (the library API, read only)."""
    store = chain.store()
    try:
        spec = EditionSpec("voorjaar", access=AccessLevel.PUBLIC, audience=AUDIENCE, region=REGION,
                           taxonomy=TAXONOMY, intro=str(chain.work / "inleiding.md"))
        return publish.gather(store, spec)
    finally:
        store.close()


@pytest.fixture(scope="module")
def public_view(chain: Chain) -> EditionContent:
    assert chain.view is not None
    return chain.view


def _site_text(edition: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((edition / "site").rglob("*.html")))


def _pdf(edition: Path) -> pdfium.PdfDocument:
    found = sorted(edition.glob("*.pdf"))
    assert found, f"no PDF in {edition}"
    return pdfium.PdfDocument(found[0])


def test_every_step_exits_zero_without_a_traceback(chain: Chain) -> None:
    assert len(chain.outputs) == 12
    for name, (status, output) in chain.outputs.items():
        assert status == 0 and "Traceback" not in output, name


def test_the_brochure_is_at_human_scale(chain: Chain) -> None:
    document = _pdf(chain.edition("voorjaar"))
    try:
        assert 0 < len(document) <= MAX_PDF_PAGES
    finally:
        document.close()


def test_nothing_in_the_brochures_runs_off_the_page(chain: Chain) -> None:
    """Tables and charts fit the page: no character of the text ends beyond the right margin."""
    for name in ("voorjaar", "intern"):
        document = _pdf(chain.edition(name))
        try:
            for number, page in enumerate(document, start=1):
                text = page.get_textpage()
                edge = page.get_width() - PAGE_MARGIN_PT
                beyond = [
                    text.get_text_range(i, 1) for i in range(text.count_chars())
                    if text.get_charbox(i)[2] > edge and text.get_text_range(i, 1).strip()
                ]
                assert not beyond, f"{name}, page {number}: text beyond the margin: {''.join(beyond)[:60]!r}"
        finally:
            document.close()


def test_the_public_edition_holds_accepted_trends_only(chain: Chain, public_view: EditionContent) -> None:
    shown = {t.id for theme in public_view.themes for t in theme.trends}
    assert shown and shown <= set(chain.accepted)
    manifest = json.loads((chain.edition("voorjaar") / "site" / "editie.json").read_text(encoding="utf-8"))
    assert {t["id"] for t in manifest["trends"]} <= set(chain.accepted)
    anchors = set(re.findall(r'id="trend-([0-9a-f]+)"', _site_text(chain.edition("voorjaar"))))
    assert anchors and anchors <= set(chain.accepted)
    assert "Concept" not in (chain.edition("voorjaar") / "site" / "index.html").read_text(encoding="utf-8")


def test_no_placeholder_text_in_the_public_edition(chain: Chain) -> None:
    edition = chain.edition("voorjaar")
    document = _pdf(edition)
    try:
        pdf_text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()
    for text in (_site_text(edition), pdf_text):
        for marker in PLACEHOLDERS:
            assert marker.casefold() not in text.casefold(), marker


def _theme_words(key: str) -> set[str]:
    """Stems of a theme's name and key terms, and those of its sub-themes."""
    taxonomy = themes.load_taxonomy(TAXONOMY)
    family = [t for t in taxonomy.themes if key in (t.key, t.parent)]
    return set(stems(" ".join(part for t in family for part in (t.name, *t.key_terms))))


def _belongs(label: str, words: set[str]) -> bool:
    subject = set(stems(label.split(" — ", 1)[0]))
    return any(w == t or (len(t) >= 6 and (w.startswith(t) or w.endswith(t))) for w in subject for t in words)


def test_every_key_figure_belongs_to_its_theme(chain: Chain, public_view: EditionContent) -> None:
    store = chain.store()
    try:
        taxonomy = themes.load_taxonomy(TAXONOMY)
        stored = theme_store.stored_assignment(store, TAXONOMY)
    finally:
        store.close()
    cards = 0
    for theme in public_view.themes:
        words = _theme_words(theme.key)
        for card in theme.key_figures:
            cards += 1
            assert card.theme == theme.key, (theme.key, card.label)
            if card.link is None:  # the latest value of a series: its subject names the theme
                assert _belongs(card.label, words), (theme.key, card.label)
            else:  # a stated figure: its evidence is assigned to the theme
                assert reads_dutch(card.context) and card.label, (theme.key, card.label, card.context)
                choices = stored.get(card.link.evidence_id) or []
                top = themes.top_level(taxonomy, choices[0][0]) if choices else None
                assert top is not None and top.key == theme.key, (theme.key, card.label)
    assert cards, "the statistics give the themes key figures"


def test_confirmed_links_are_on_the_route_map(chain: Chain, public_view: EditionContent) -> None:
    assert len(chain.links) == LINKS
    titles = {t.id: t.title for theme in public_view.themes for t in theme.trends}
    shown = {(link.source_label, link.target_label) for link in public_view.routemap.links}
    page = (chain.edition("voorjaar") / "site" / "routekaart.html").read_text(encoding="utf-8")
    assert "Er zijn nog geen bevestigde verbanden" not in page
    for _, source, target in chain.links:
        assert (titles[source], titles[target]) in shown
        for title in (titles[source], titles[target]):
            assert title.replace("&", "&amp;") in page


def test_the_second_edition_reports_kept_trends_as_continuing(chain: Chain) -> None:
    comparison = json.loads(chain.stdout["compare"])
    before, after = (
        json.loads((chain.edition(name) / "site" / "editie.json").read_text(encoding="utf-8"))
        for name in ("voorjaar", "najaar")
    )
    assert {t["id"] for t in before["trends"]} == {t["id"] for t in after["trends"]}, "ids are stable"
    titles = {t["title"] for t in after["trends"]}  # a title may follow new evidence; the id stays
    kept = {t["title"] for group in ("continuing", "strengthening", "weakening") for t in comparison[group]}
    assert titles and titles <= kept
    assert not comparison["dropped"] and not comparison["new"]
