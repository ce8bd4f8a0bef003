"""The view model on both backends: access levels, links to passages, tailoring, sanitising."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.publish._helpers import hostile_meta, save_text, staged
from trendbeeld import indicators
from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.model import AccessLevel, EditionSpec, SourceMeta, SourceType
from trendbeeld.publish import gather
from trendbeeld.publish._view import EditionContent, SourceLink
from trendbeeld.store import Store

PUBLIC_TEXT = (
    "Het aantal woninginbraken daalde in 2023 met 12 procent ten opzichte van 2022.\n\n"
    "In Amsterdam steeg het aantal zakkenrollerijen in 2023 met 8 procent.\n\n"
    '"Inbrekers kiezen steeds vaker voor de vroege avond," zegt Petra Smit, wijkagent bij de politie.\n'
)
INTERN_TEXT = (
    "Het aantal meldingen van ondermijning rond de haven neemt toe volgens het interne kwartaaloverzicht.\n\n"
    '"We zien elke week nieuwe gezichten bij de containers," zegt Karel Groen, coördinator havenveiligheid.\n'
)


def _stores(store: Store) -> tuple[str, str]:
    public = save_text(
        store,
        "openbaar.txt",
        PUBLIC_TEXT,
        SourceMeta(type=SourceType.PUBLICATION, title="Openbare monitor", date=date(2024, 1, 5)),
    )
    intern = save_text(
        store,
        "intern/kwartaal.txt",
        INTERN_TEXT,
        SourceMeta(
            type=SourceType.SIGNAL, title="Intern kwartaaloverzicht haven", access=AccessLevel.INTERNAL
        ),
    )
    return public.id, intern.id


def _links(view: EditionContent) -> list[SourceLink]:
    found = []
    for theme in view.themes:
        found += [lk for t in theme.trends for lk in t.links]
        found += [f.link for f in theme.key_figures if f.link]
        found += [q.link for q in theme.quotes] + [h.link for h in theme.headlines]
    return found


def test_public_edition_reads_nothing_from_an_internal_source(store: Store) -> None:
    public_id, intern_id = _stores(store)
    view = gather(staged(store), EditionSpec("open", access=AccessLevel.PUBLIC), concept=True)
    assert [s.id for s in view.sources] == [public_id]
    assert {lk.source_id for lk in _links(view)} == {public_id}
    assert "haven" not in repr(view).lower()
    internal = gather(staged(store), EditionSpec("intern", access=AccessLevel.INTERNAL), concept=True)
    assert {s.id for s in internal.sources} == {public_id, intern_id}
    assert any(q.speaker == "Karel Groen" for t in internal.themes for q in t.quotes)


def test_every_link_points_at_a_passage_of_its_source(store: Store) -> None:
    _stores(store)
    view = gather(staged(store), EditionSpec("open", access=AccessLevel.INTERNAL), concept=True)
    passages = {(s.id, p.evidence_id): p for s in view.sources for p in s.passages}
    links = _links(view)
    assert links
    for link in links:
        assert (link.source_id, link.evidence_id) in passages
    quote = next(q for t in view.themes for q in t.quotes if q.speaker == "Petra Smit")
    marked = passages[(quote.link.source_id, quote.link.evidence_id)].marked
    assert marked == "Inbrekers kiezen steeds vaker voor de vroege avond,"


def test_region_keeps_national_and_own_figures_only(store: Store) -> None:
    _stores(store)
    everywhere = gather(staged(store), EditionSpec("alles"), concept=True)
    rotterdam = gather(staged(store), EditionSpec("rotterdam", region="Rotterdam"), concept=True)
    contexts = [f.context for t in everywhere.themes for f in t.key_figures]
    assert any("Amsterdam" in c for c in contexts)
    assert not any("Amsterdam" in f.context for t in rotterdam.themes for f in t.key_figures)
    assert rotterdam.region == "GM0599"
    assert rotterdam.region_name == "Rotterdam"


def test_unknown_region_and_theme_say_what_to_do(store: Store) -> None:
    _stores(store)
    with pytest.raises(ConfigError) as region:
        gather(staged(store), EditionSpec("x", region="Atlantis"), concept=True)
    assert str(region.value) == (
        "regio 'Atlantis' is onbekend. Geef een gemeente, veiligheidsregio, politie-eenheid of provincie, "
        "of een code als GM0599"
    )
    with pytest.raises(NotFound) as theme:
        gather(staged(store), EditionSpec("x", themes=("ruimtevaart",)), concept=True)
    assert str(theme.value).startswith("thema 'ruimtevaart' bestaat niet")
    assert "Kies uit: " in str(theme.value)


def test_hostile_metadata_is_plain_text_and_bad_urls_are_dropped(store: Store) -> None:
    save_text(store, "vijandig.txt", PUBLIC_TEXT, hostile_meta())
    view = gather(staged(store), EditionSpec("open"), concept=True)
    [source] = view.sources
    assert source.url is None
    assert source.title == "Rapport <script>alert('titel')</script>"


def test_intro_markdown_is_sanitised(store: Store, tmp_path: Path) -> None:
    _stores(store)
    intro = tmp_path / "inleiding.md"
    intro.write_text(
        "---\ntitel: Trendbeeld {regio}\nondertitel: Voor {organisatie}\n---\n"
        "# Welkom\n\nLees [dit](javascript:alert(1)) en <script>alert(2)</script> "
        '<b onclick="x()">vet</b>.\n',
        encoding="utf-8",
    )
    view = gather(
        staged(store),
        EditionSpec("x", region="Utrecht", audience="Gemeente Utrecht", intro=str(intro)),
        concept=True,
    )
    assert view.title == "Trendbeeld Utrecht"
    assert view.subtitle == "Voor Gemeente Utrecht"
    assert "<h2>Welkom</h2>" in view.intro_html
    assert "<script" not in view.intro_html
    assert "javascript:" not in view.intro_html
    assert "onclick" not in view.intro_html


def test_intro_that_is_not_utf8_names_the_file(store: Store, tmp_path: Path) -> None:
    intro = tmp_path / "inleiding.md"
    intro.write_bytes("Caf\xe9".encode("latin-1"))
    with pytest.raises(ConfigError) as error:
        gather(staged(store), EditionSpec("x", intro=str(intro)), concept=True)
    assert str(error.value) == f"{intro}: de inleiding is geen UTF-8-tekst. Sla het bestand op als UTF-8"


def test_a_statement_the_statistics_contradict_is_named_on_the_methods_page(
    store: Store, tmp_path: Path
) -> None:
    claim = save_text(
        store,
        "inbraak.txt",
        "Het aantal woninginbraken neemt sinds 2012 sterk toe.\n",
        SourceMeta(type=SourceType.PUBLICATION, title="Notitie over inbraken"),
    )
    table = tmp_path / "inbraak.csv"
    rows = [(2012, 93000), (2013, 88000), (2014, 80000), (2015, 71000), (2016, 60000), (2017, 52000)]
    lines = "".join(f"Woninginbraken,NL01,{year},{value}\n" for year, value in rows)
    table.write_text("indicator,region,period,value\n" + lines, encoding="utf-8")
    indicators.import_file(store, table)
    view = gather(staged(store), EditionSpec("open"), concept=True)
    [flagged] = view.methods.claims
    assert flagged.status == "tegengesproken"
    assert flagged.note == (
        "de tekst zegt: stijgt (sinds 2012); de reeks Woninginbraken (Nederland, 2012–2017) is dalend"
    )
    assert flagged.link.source_id == claim.id
