"""Members that back a candidate trend (issue 11): agenda items, members that do not name the
phenomenon, events abroad and events of another phenomenon are left out of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from trendbeeld import extract, sources
from trendbeeld.model import Change, Figure, SourceMeta, SourceType, Span, TrendStatement, evidence_id
from trendbeeld.trends import _coherence, _event_topics, cluster
from trendbeeld.trends._items import Item, sentence_around
from trendbeeld.trends.embed import TfidfEmbedder

DECISION_LIST = "corpus/real/reports/tweedekamer_besluitenlijst_fin_2016-10-28.pdf"
POLL = "corpus/real/reports/vng_burgerpeiling_eenzaamheid_en_sociale_veerkracht_2023.pdf"


@pytest.mark.parametrize(
    ("sentence", "agenda"),
    [
        (
            "Conceptbesluit tot wijziging van artikel 12 van de Regeling jeugdzorg - 31839-612 Voor "
            "kennisgeving aangenomen.",
            True,
        ),
        (
            "Kabinetsreactie op het rapport over eenzaamheid onder ouderen. Agenderen voor het algemeen "
            "overleg zorg.",
            True,
        ),
        ("Wetsvoorstel Wet aanpak woonoverlast (35294), onderdeel van het pakket veiligheid 2020", True),
        ("De commissie besluit de brief te betrekken bij de procedurevergadering van 3 maart.", True),
        ("Het gevoel van eenzaamheid onder ouderen nam in 2021 toe.", False),
        ("In 2023 registreerde de politie 22.706 woninginbraken, 10 procent minder dan in 2022.", False),
        ("Het postcodegebied 12345 telt meer overlast dan vorig jaar.", False),
    ],
)
def test_an_agenda_item_is_told_by_its_formula_or_paper_number(sentence: str, agenda: bool) -> None:
    assert _coherence.agenda_item(sentence) is agenda


def _sentences(shared: Path, name: str) -> list[str]:
    """The sentences of the real document ``name`` that hold a trend statement or figure."""
    found = []
    for source in sources.read(str(shared / name), meta=SourceMeta()):
        for item in extract.extract(source):
            if isinstance(item, (TrendStatement, Figure)):
                found.append(sentence_around(source.text, item.span.start, item.span.end))
    assert found
    return found


def test_the_real_decision_list_is_agenda_items_and_the_real_poll_is_not(shared: Path) -> None:
    """The Tweede Kamer's decision list: the bill put before the committee (the member a health trend
    carried in the edition) is an agenda item; the VNG poll on loneliness holds none."""
    decisions = _sentences(shared, DECISION_LIST)
    agenda = [s for s in decisions if _coherence.agenda_item(s)]
    # the bill's file number "(34556)" is no figure (a document reference): its sentence is read
    # where the text names the bill
    (source,) = sources.read(str(shared / DECISION_LIST), meta=SourceMeta())
    at = source.text.index("het wetsvoorstel Wet fiscale maatregelen")
    bill = sentence_around(source.text, at, at + len("het wetsvoorstel"))
    assert "Wet fiscale maatregelen" in bill
    assert _coherence.agenda_item(bill)
    assert any("procedurevergadering" in s for s in agenda)
    assert len(agenda) < len(decisions)  # the minister's view on the eurozone is no formula
    assert not [s for s in _sentences(shared, POLL) if _coherence.agenda_item(s)]


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("Stadionverbod vrouwen onder vuur in Iran. Vorige week stak zij zichzelf in brand.", True),
        ("Seriemoordenaar in VS gelinkt aan zestig doden", True),
        ("De Belgische politie heeft drie organisatoren van het festival opgepakt.", True),
        ("Bij een brand in Londen kwamen vier mensen om.", True),
        ("Grote uitslaande brand in Gouda, bewoners geëvacueerd", False),
        ("Na een rit via Utrecht en Antwerpen werd de man aangehouden.", False),  # a Dutch place too
        ("Amsterdamse politie houdt Duitse toerist aan na vechtpartij", False),
        ("Een Turkse man is neergestoken in de binnenstad.", False),  # people of a country live here
        ("Verspreid over tien landen zijn 281 verdachten opgepakt.", False),
    ],
)
def test_a_news_item_names_an_event_abroad(text: str, abroad: bool) -> None:
    assert _coherence.abroad(text) is abroad


@pytest.mark.parametrize(
    ("text", "phrase", "names"),
    [
        (
            "In de vroege fase steeg het percentage jongvolwassenen dat vaak eenzaam was.",
            "gevoel van eenzaamheid en isolatie",
            True,
        ),
        (
            "Besluitvorming over een voorstel tot wijziging van de Regeling Grote Projecten.",
            "gevoel van eenzaamheid en isolatie",
            False,
        ),
        ("Het aantal vermogensmisdrijven daalde met 37 procent.", "het aantal misdrijven", True),
        ("Het aantal aangiften daalde met 37 procent.", "het aantal misdrijven", False),
        ("Amsterdam springt eruit met hoge criminaliteitscijfers.", "hoeveelheid criminaliteit", True),
        ("De criminaliteitsbestrijding krijgt meer geld.", "hoeveelheid criminaliteit", False),
        ("Steeds meer mantelzorgers vragen om ondersteuning.", "behoefte aan ondersteuning", True),
        ("Er is een groeiende behoefte aan zorg.", "behoefte aan ondersteuning", False),  # a vague head only
        ("De helft van de inwoners helpt een buur.", "het aandeel kritische inwoners", False),  # a group only
        ("Inwoners zijn minder bereid om te helpen.", "bereidheid van inwoners", True),
        ("Tweederde van de inwoners verleent burenhulp.", "bereidheid van inwoners", False),
        ("Na de pandemie trad een sterke verbetering op.", "sterke gevoelens van eenzaamheid", False),
        ("De incidentie van eenzaamheid steeg het meest.", "sterke gevoelens van eenzaamheid", True),
        ("Een kwart van de leeftijdsgroep voelde zich eenzaam.", "situatie voor de leeftijdsgroep", False),
        ("De situatie voor de leeftijdsgroep blijft ongunstig.", "situatie voor de leeftijdsgroep", True),
    ],
)
def test_a_member_names_the_core_of_the_trends_phrase(text: str, phrase: str, names: bool) -> None:
    assert _coherence.names_core(text, phrase) is names


def _statement(source: str, text: str, phenomenon: str, change: Change | None = Change.UP) -> Item:
    found = TrendStatement(Span(source, 0, len(text)), text, phenomenon, change)
    return Item(evidence_id(found), found, text, "demografie")


def _news(source: str, title: str, text: str, phenomenon: str) -> Item:
    found = TrendStatement(Span(source, 0, len(text)), text, phenomenon, None)
    meta = SourceMeta(type=SourceType.NEWS, title=title, publisher=f"krant-{source}", date=date(2019, 6, 1))
    return Item(evidence_id(found), found, text, "veiligheid", meta)


def _backing(items: list[Item], news: set[str]) -> set[str]:
    """The texts of the members ``_coherence.backing`` keeps of one cluster of all ``items``."""
    vectors = cluster.embed_items(items, TfidfEmbedder())
    index = {item.id: i for i, item in enumerate(items)}
    found = cluster.Candidate(None, tuple((item.id, 1.0) for item in items), cluster.centroid(vectors))
    kept = _coherence.backing(found, items, index, vectors, lambda source: source in news)
    assert {index[e] for e in kept.ids} <= set(range(len(items)))
    return {items[index[e]].context for e in kept.ids}


def test_a_reports_trend_keeps_the_members_that_name_its_phenomenon() -> None:
    """Invented report sentences: loneliness from two polls stays; agenda items of a decision list and
    a statement about another phenomenon that clustering put beside them are left out."""
    backing = [
        _statement(
            "peiling-a",
            "Het gevoel van eenzaamheid en isolatie nam toe.",
            "gevoel van eenzaamheid en isolatie",
        ),
        _statement("peiling-b", "Steeds meer ouderen voelen zich eenzaam.", "ouderen"),
        _statement(
            "peiling-b", "Eenzaamheid onder jongvolwassenen neemt toe.", "eenzaamheid onder jongvolwassenen"
        ),
    ]
    not_backing = [
        _statement(
            "besluitenlijst",
            "Kabinetsreactie over het versnellen van hervormingen van de "
            "kapitaalmarktunie - 22112-2220 Agenderen voor het algemeen overleg.",
            "hervormingen",
        ),
        _statement(
            "besluitenlijst",
            "Conceptbesluit tot wijziging van het gevoel van artikel 22 - 31066-306 "
            "Voor kennisgeving aangenomen.",
            "gevoel van artikel 22",
        ),
        _statement("brief", "De integratie van de eurozone neemt toe.", "integratie van de eurozone"),
    ]
    kept = _backing([*backing, *not_backing], news=set())
    assert kept == {item.context for item in backing}


def test_a_count_of_events_keeps_the_dutch_events_that_name_its_phenomenon() -> None:
    """Invented news items of a cluster titled "branden": the fires here stay; a fire abroad and a court
    case and a strike that landed in the cluster are left out."""
    fires = [
        _news(
            "a", "Uitslaande brand in Gouda", "Een uitslaande brand verwoestte een woning in Gouda.", "brand"
        ),
        _news("b", "Weer raak in Oss", "In Oss zijn twee bestelbusjes in brand gevlogen.", "bestelbusjes"),
        _news(
            "c",
            "Brand in schuur",
            "Met de laatste brand erbij staat de teller dit jaar op vijftien branden.",
            "branden",
        ),
    ]
    others = [
        _news("d", "Stadionverbod onder vuur in Iran", "Zij stak zichzelf in brand na het vonnis.", "brand"),
        _news(
            "e",
            "Stichting krijgt gelijk",
            "De stichting is door de rechter in het gelijk gesteld.",
            "stichting",
        ),
        _news("f", "OV-staking", "De OV-staking verandert de stad in een spookstad.", "OV-staking"),
    ]
    items = [*fires, *others]
    kept = _backing(items, news={item.source_id for item in items})
    assert kept == {item.context for item in fires}


def test_an_event_told_with_the_verb_names_its_phenomenon() -> None:
    """ "Mishandeld" and "mishandelen" name "mishandelingen"; "brandweer" does not name "branden"."""
    topics = {topic.name: topic for topic in _event_topics.event_topics()}
    assert _coherence.names_topic(topics["mishandelingen"], "een man werd zwaar mishandeld in breda")
    assert _coherence.names_topic(topics["mishandelingen"], "cel voor mishandelen van een baby")
    assert not _coherence.names_topic(topics["branden"], "de brandweer redde een kat uit een boom")
    assert _coherence.names_topic(topics["branden"], "twee auto's in brand gestoken")


def test_a_cluster_short_of_voices_or_recent_events_is_out_of_reach() -> None:
    """Leaving members out never adds voices or recent events: a cluster of one outlet, or of news
    with fewer than three recent events, cannot qualify in part and is not tested member by member."""
    from trendbeeld.trends import events

    recent = [
        (f"n{i}", SourceMeta(type=SourceType.NEWS, publisher=f"krant-{i % 2}", date=date(2019, 6, 1 + i)))
        for i in range(3)
    ]
    base = [
        (f"b{i}", SourceMeta(type=SourceType.NEWS, publisher="krant-0", date=date(2018, 1 + i, 1)))
        for i in range(6)
    ]
    metas = dict(recent + base)
    exposure = events.Exposure(metas)

    def evidence(sources: list[str]) -> list[TrendStatement]:
        return [TrendStatement(Span(s, 0, 1), "Weer een brand.", "brand", None) for s in sources]

    assert events.qualify(evidence(["n0", "n1", "n2", "b0"]), metas, exposure).within_reach
    assert not events.qualify(evidence(["n0", "n1", "b0", "b1"]), metas, exposure).within_reach  # 2 recent
    assert not events.qualify(evidence(["n0", "n2", "b0"]), metas, exposure).within_reach  # one outlet
