"""Small Dutch sources written for these tests, stored through the real extractor."""

from __future__ import annotations

from datetime import date

from trendbeeld import extract
from trendbeeld.model import AccessLevel, Source, SourceMeta, SourceType, Taxonomy, Theme, evidence_id
from trendbeeld.store import Store
from trendbeeld.store import sources as source_store

TAXONOMY = Taxonomy(
    "test",
    "Testtaxonomie",
    (
        Theme(
            "digitaal", "Digitale criminaliteit", "Online fraude, phishing en hacken.", ("fraude", "phishing")
        ),
        Theme("vermogen", "Vermogenscriminaliteit", "Woninginbraak en diefstal.", ("woninginbra",)),
        Theme("jeugd", "Jeugd en wapens", "Jongeren, messen en geweld.", ("jongeren", "messen")),
        Theme("phishing", "Phishing", "Sub-thema.", ("phishing",), parent="digitaal"),
    ),
)

MONITOR = (
    "Online fraude neemt snel toe. Het aantal meldingen van phishing steeg in 2023 met 40 procent. "
    "Steeds meer inwoners worden slachtoffer van online fraude.\n\n"
    "Het aantal woninginbraken daalt al jaren. In 2023 registreerde de politie 22.706 woninginbraken, "
    "ruim 10 procent minder dan een jaar eerder.\n\n"
    "Het wapenbezit onder jongeren neemt toe. Jongeren dragen vaker een mes op straat."
)
NOTE = (
    "Phishing via sms neemt sterk toe in de regio. De online fraude met nepberichten groeit.\n\n"
    "De woninginbraak blijft dalen in de wijken. Het aantal woninginbraken daalde met 8 procent."
)
NEWS = (
    "Meer slachtoffers van online fraude. "
    "Het aantal aangiften van online fraude steeg in 2024 met 25 procent."
)
EUROPOL = (
    "In Europa neemt online fraude toe. Wereldwijd groeit het aantal phishingaanvallen met 30 procent. "
    "Europese landen zien de online fraude sterk toenemen."
)
INTERNAL = "Intern: online fraude neemt toe. De helpdeskfraude groeit bij ouderen in de havenwijk."


def save_text(store: Store, origin: str, text: str, meta: SourceMeta) -> Source:
    source = Source.create(origin, text, meta)
    source_store.save(store, source, extract.extract(source))
    return source


def monitor(store: Store) -> Source:
    meta = SourceMeta(
        SourceType.PUBLICATION, "Veiligheidsmonitor", "CBS", date(2024, 3, 1), region="Nederland"
    )
    return save_text(store, "monitor.txt", MONITOR, meta)


def note(store: Store) -> Source:
    meta = SourceMeta(SourceType.SIGNAL, "Notitie wijkteam", "Gemeente Voorbeeld", date(2024, 5, 1))
    return save_text(store, "notitie.txt", NOTE, meta)


def news(store: Store) -> Source:
    meta = SourceMeta(SourceType.NEWS, "Meer slachtoffers van online fraude", "Demokrant", date(2024, 6, 1))
    return save_text(store, "nieuws.txt", NEWS, meta)


def europol(store: Store) -> Source:
    meta = SourceMeta(SourceType.PUBLICATION, "IOCTA", "Europol", date(2024, 4, 1), region="Europa")
    return save_text(store, "europol.txt", EUROPOL, meta)


def internal(store: Store) -> Source:
    meta = SourceMeta(
        SourceType.SIGNAL, "Werknotitie", "Team Veiligheid", date(2024, 6, 2), access=AccessLevel.INTERNAL
    )
    return save_text(store, "intern.txt", INTERNAL, meta)


def keyword_assignment(store: Store) -> dict[str, list[tuple[str, float]]]:
    """Theme per evidence item by the theme's key terms: a stand-in for trendbeeld.themes.assign."""
    from trendbeeld.store import evidence as evidence_store

    found: dict[str, list[tuple[str, float]]] = {}
    for item in evidence_store.list_evidence(store, access=AccessLevel.CONFIDENTIAL):
        source = source_store.get(store, item.span.source_id, access=AccessLevel.CONFIDENTIAL)
        assert source is not None
        paragraph_start = source.text.rfind("\n\n", 0, item.span.start) + 1
        paragraph_end = source.text.find("\n\n", item.span.end)
        paragraph = source.text[paragraph_start : paragraph_end if paragraph_end >= 0 else None].casefold()
        for theme in TAXONOMY.themes:
            if theme.parent is None and any(term in paragraph for term in theme.key_terms):
                found[evidence_id(item)] = [(theme.key, 1.0)]
                break
    return found
