"""A candidate trend's theme follows what its members name themselves (issue 11)."""

from __future__ import annotations

import pytest

from tests.trends import _corpus
from trendbeeld.model import AccessLevel, Change, Evidence, Figure, SourceType, Span, TrendStatement, Unit
from trendbeeld.store import Store
from trendbeeld.themes import load_taxonomy
from trendbeeld.trends import TfidfEmbedder, cluster
from trendbeeld.trends._items import Item, load_items, named_themes


def _statement(phenomenon: str, text: str = "") -> TrendStatement:
    return TrendStatement(Span("s", 0, 1), text or phenomenon, phenomenon, Change.UP)


def _figure(indicator: str) -> Figure:
    return Figure(Span("f", 0, 2), "40", 40.0, Unit.PERCENT, indicator=indicator)


def _item(
    key: str, evidence: Evidence, assigned: tuple[str, ...], named: tuple[str, ...] | None
) -> Item:
    text = evidence.text
    return Item(key, evidence, text, assigned[0] if assigned else None, None, named, assigned)


@pytest.mark.parametrize(
    ("phrase", "themes"),
    [
        ("gevoelens van eenzaamheid", ("demografie",)),  # a key term of demografie
        ("overlast door jongeren", ("jeugd", "criminaliteit")),  # best first
        ("meldingen van online fraude", ("online",)),
        ("betrokkenheid bij mantelzorg", ("demografie",)),  # Demografie names informal care
        ("", ()),
    ],
)
def test_a_phrase_names_the_themes_whose_key_terms_it_holds(phrase: str, themes: tuple[str, ...]) -> None:
    assert named_themes(load_taxonomy("regionaal"), [phrase]) == [themes]


def test_a_phrase_is_what_a_member_could_title_a_trend_with() -> None:
    """"tijdens de pandemie" says when, so a statement about it names no world theme."""
    assert cluster.own_phrase(_statement("eenzaamheid tijdens de pandemie")) == "eenzaamheid"
    assert cluster.own_phrase(_statement("pandemie", text="pandemie is verergerd")) == ""
    assert cluster.own_phrase(_statement("vertrouwen")) == ""


def test_members_of_a_passage_theme_take_the_theme_their_phrases_name() -> None:
    """Loneliness during the pandemic: the passages were assigned 'mondiaal' first, the phrases name
    'demografie', which the passages hold too."""
    members = [
        _item("a", _statement("gevoelens van eenzaamheid"), ("mondiaal", "demografie"), ("demografie",)),
        _item("b", _statement("sterke eenzaamheid"), ("mondiaal", "demografie"), ("demografie",)),
        _item("c", _statement("isolatie"), ("mondiaal", "demografie", "zorg"), ()),
    ]
    assert cluster.shared_theme(members, "mondiaal") == "demografie"


def test_members_whose_phrases_name_no_theme_have_none() -> None:
    """Informal care in a passage about the pandemic: 'mondiaal' would be a wrong theme."""
    members = [
        _item("a", _statement("betrokkenheid bij mantelzorg"), ("mondiaal", "demografie"), ()),
        _item("b", _statement("inzet voor hulpbehoevende naasten"), ("mondiaal",), ()),
    ]
    assert cluster.shared_theme(members, "mondiaal") is None


def test_a_theme_counts_only_where_the_passage_holds_it_too() -> None:
    """A phrase naming a theme its passage was not assigned to (a key term out of context) casts no
    vote; statements outweigh figures."""
    members = [
        _item("a", _statement("overlast door jongeren"), ("criminaliteit",), ("criminaliteit", "jeugd")),
        _item("b", _figure("jeugd"), ("jeugd",), ("jeugd",)),
        _item("c", _statement("aangiften van online fraude"), ("criminaliteit",), ("online",)),
    ]
    assert cluster.shared_theme(members, "criminaliteit") == "criminaliteit"
    assert cluster.shared_theme(members[1:], "criminaliteit") == "jeugd"


def test_without_computed_names_the_assigned_theme_stays() -> None:
    members = [_item("a", _statement("woninginbraken"), ("vermogen",), None)]
    assert cluster.shared_theme(members, "vermogen") == "vermogen"


def test_clustering_gives_each_candidate_the_theme_its_members_share() -> None:
    """Two clusters formed in one passage theme: one about loneliness goes to 'demografie', one about
    informal care to no theme ("geen thema")."""
    lonely = [
        "Gevoelens van eenzaamheid nemen toe onder ouderen.",
        "De eenzaamheid onder ouderen neemt sterk toe.",
        "Steeds meer ouderen kampen met eenzaamheid.",
    ]
    care = [
        "De betrokkenheid bij mantelzorg groeit in de wijken.",
        "Mantelzorg door buren groeit sterk.",
        "Meer bewoners geven mantelzorg aan buren.",
    ]
    items = [
        _item(f"e{i}", _statement("eenzaamheid", t), ("mondiaal", "demografie"), ("demografie",))
        for i, t in enumerate(lonely)
    ] + [
        _item(f"m{i}", _statement("mantelzorg door buren", t), ("mondiaal", "demografie"), ())
        for i, t in enumerate(care)
    ]
    embedder = TfidfEmbedder()
    vectors = cluster.embed_items(items, embedder)
    found, _ = cluster.cluster_items(items, vectors, distance=embedder.cluster_distance)
    themes = {c.ids[0][0]: c.theme for c in found}
    assert themes == {"e": "demografie", "m": None}


def test_news_items_cast_no_vote_and_a_news_cluster_keeps_its_passages_theme() -> None:
    """News items report events, not a phenomenon in their own words: their phrases ("wereld van de
    verlichting", "vluchtelingen aan boord") do not pull a report's trend into their theme."""
    members = [
        _item("a", _statement("gevoelens van eenzaamheid"), ("mondiaal", "demografie"), ("demografie",)),
        *(_item(f"n{i}", _statement("vluchtelingen aan boord"), ("mondiaal",), None) for i in range(3)),
    ]
    assert cluster.shared_theme(members, "mondiaal") == "demografie"
    assert cluster.shared_theme(members[1:], "mondiaal") == "mondiaal"


def test_stored_items_carry_the_themes_their_phrases_name(sqlite_store: Store) -> None:
    """Through the real extractor and store: report statements get the themes their phenomena name,
    news items none (`Item.named` None)."""
    _corpus.monitor(sqlite_store)
    _corpus.news(sqlite_store)
    assignment = _corpus.keyword_assignment(sqlite_store)
    items = load_items(
        sqlite_store, access=AccessLevel.CONFIDENTIAL, taxonomy=_corpus.TAXONOMY, assignment=assignment
    )
    named = {
        (item.meta.type if item.meta else None, named_phrase(item), item.named)
        for item in items
        if isinstance(item.evidence, TrendStatement)
    }
    assert (SourceType.PUBLICATION, "Online fraude", ("digitaal",)) in named
    assert (SourceType.PUBLICATION, "aantal woninginbraken", ("vermogen",)) in named
    assert (SourceType.PUBLICATION, "inwoners", ()) in named  # a group names no theme
    assert all(n is None for kind, _, n in named if kind == SourceType.NEWS)
    assert any(kind == SourceType.NEWS for kind, _, _ in named)


def named_phrase(item: Item) -> str:
    return str(getattr(item.evidence, "phenomenon", ""))
