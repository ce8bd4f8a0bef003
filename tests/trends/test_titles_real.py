"""Titles on real material (issue 11): what the real corpus offered and no analyst would sign."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from trendbeeld import extract, pipeline, sources, trends
from trendbeeld.model import (
    AccessLevel,
    Change,
    Evidence,
    Figure,
    SourceMeta,
    Span,
    TrendStatement,
    TrendStatus,
)
from trendbeeld.sources.manifest import MANIFEST_NAME
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import open_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import trends as trend_store
from trendbeeld.trends import cluster


def _statement(phenomenon: str, source: str = "rapport") -> TrendStatement:
    return TrendStatement(Span(source, 0, 1), phenomenon, phenomenon, Change.UP)


@pytest.mark.parametrize(
    "phrase",
    [
        "tweede plaats",  # a ranking
        "boven veiligheid en eerlijkheid",  # a preposition opens a complement
        "daarmee bij eerdere beslissingen van het ministerie",
        "geleden nog een taakstraf",
        "zowel eenzaamheid",
        "voorheen vrij",
        "Letterlijk",
        "kritiek op koloniale",  # an adjective waiting for its noun
        "behoefte aan duidelijke",
        "meldingen van betaalverzoekfraude met betrekking",
        "Waardering het meest",
        "vrijdagmiddag",  # a moment
        "TILBURG",  # one named thing
        "noordwijkse discotheek HOME",
        "atletiekunie IAAF",
        "AmsterdamDiner",  # two words run together
        "administratiekosten) tegemoetzien",
        "volwassenen aan vaak tot zeer vaak eenzaam",
        "incidentie hoog",
        "burenhulp een waardevolle bouwsteen van buurtcohesie",  # a clause without its verb
        "mensen in deze groepen",  # points back into the sentence
        "zon dertig mensen",  # a count
        "gebeuren steeds vaker ongelukken met seksspeeltjes",
        "tevens vonden agenten",
    ],
)
def test_no_fragment_moment_or_single_name_titles_a_trend(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == ""


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("woninginbraken volgend jaar", "woninginbraken"),
        ("het aantal werklozen in april", "het aantal werklozen"),
    ],
)
def test_a_trailing_moment_is_cut(phrase: str, expected: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == expected


def test_a_news_item_names_no_case_and_weighs_less_than_a_report() -> None:
    def is_event(source: str) -> bool:
        return source.startswith("nieuws")

    case = [_statement("cel voor brute straatroof in Amersfoort", "nieuws-1")]
    assert cluster.best_phrase(case, is_event) == ""
    assert cluster.best_phrase(case) == "cel voor brute straatroof in Amersfoort"
    mixed = [
        _statement("incidenten met verwarde personen", "nieuws-1"),
        _statement("overlast door verwarde personen", "rapport"),
    ]
    assert cluster.best_phrase(mixed, is_event) == "overlast door verwarde personen"
    title = cluster.title(mixed, Change.UP, False, is_event=is_event)
    assert title == "Toename van overlast door verwarde personen"


def test_a_lone_count_noun_takes_the_plural_its_members_use() -> None:
    members = [
        TrendStatement(Span("a", 0, 1), "Meer slachtoffers van geweld gemeld.", "slachtoffer", Change.UP),
        TrendStatement(Span("b", 0, 1), "Het aantal slachtoffers stijgt.", "slachtoffer", Change.UP),
    ]
    assert cluster.title(members, Change.UP, False) == "Toename van slachtoffers"
    mass = [_statement("criminaliteit"), _statement("criminaliteit")]
    assert cluster.title(mass, Change.UP, False) == "Toename van criminaliteit"


# --------------------------------------------------------------------------- events (issue 11)

POLITIE_NL = "corpus/real/news/politie_nl_nieuwsberichten_2012_2019.csv"


def _politie_events(shared: Path, tmp_path: Path, wording: str, n: int = 30) -> list[Evidence]:
    """Statements and figures the extractor finds in the first ``n`` real politie.nl items whose
    title or lead holds ``wording``: a bundle of events as clustering might form it."""
    with (shared / POLITIE_NL).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    picked = [row for row in rows if wording in f"{row['title']} {row['lead']}".casefold()][:n]
    path = tmp_path / "politie.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(picked)
    found = [
        item
        for source in sources.read(str(path), meta=SourceMeta())
        for item in extract.extract(source)
        if isinstance(item, (TrendStatement, Figure))
    ]
    assert len(found) >= n // 2
    return found


def _all_news(_source_id: str) -> bool:
    return True


def test_events_of_one_phenomenon_are_titled_by_it(shared: Path, tmp_path: Path) -> None:
    events = _politie_events(shared, tmp_path, "overval")
    assert cluster.event_topic(events) == "overvallen"
    title = cluster.title(events, None, True, is_event=_all_news, event_change=Change.UP)
    assert title == "Meer berichten over overvallen"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (Change.UP, "Meer berichten over overvallen"),
        (Change.DOWN, "Minder berichten over overvallen"),
        (Change.STABLE, "Evenveel berichten over overvallen"),
        (None, "Berichten over overvallen"),  # the count test vouches for no change: no claim
    ],
)
def test_a_news_only_title_follows_the_count_test(
    shared: Path, tmp_path: Path, change: Change | None, expected: str
) -> None:
    events = _politie_events(shared, tmp_path, "overval")
    assert cluster.title(events, None, False, is_event=_all_news, event_change=change) == expected


@pytest.mark.parametrize("wording", [" man uit ", "getuigen"])
def test_events_without_a_shared_phenomenon_name_no_trend(shared: Path, tmp_path: Path, wording: str) -> None:
    """Items about a man from somewhere, or calls for witnesses, tell single cases of many kinds: no
    phenomenon names them, so the cluster is set aside ("Toename van man uit België")."""
    events = _politie_events(shared, tmp_path, wording)
    assert cluster.best_phrase(events, _all_news) == ""


def test_a_report_names_a_cluster_of_mostly_news(shared: Path, tmp_path: Path) -> None:
    events = _politie_events(shared, tmp_path, "overval")
    report = _statement("het aantal woningovervallen")
    members = [*events, report]

    def is_event(source_id: str) -> bool:
        return source_id != "rapport"

    assert cluster.best_phrase(members, is_event) == "het aantal woningovervallen"
    title = cluster.title(members, Change.DOWN, False, is_event=is_event)
    assert title == "Afname van woningovervallen"


@pytest.mark.parametrize(
    ("wording", "topic"),
    [
        ("Bij woninginbraken in de wijk werd veel buitgemaakt.", "woninginbraken"),  # narrower than inbraken
        ("Twee inbraken en een woninginbraak gemeld.", "woninginbraken"),
        ("Politie onderzoekt huiselijk geweld in Zwolle.", "huiselijk geweld"),  # narrower than geweld
        ("Slachtoffer van een cocaïnevangst op de Maasvlakte.", "cocaïne"),
        ("Inwoner opgelicht met een nepbericht.", "oplichting"),
    ],
)
def test_an_event_names_the_narrowest_phenomenon(wording: str, topic: str) -> None:
    assert cluster.event_topic([TrendStatement(Span("nieuws", 0, 1), wording, "", None)] * 2) == topic


def test_a_bundle_where_few_name_a_phenomenon_has_none() -> None:
    named = [TrendStatement(Span("nieuws", 0, 1), "Overval op een tankstation.", "", None)]
    other = [
        TrendStatement(Span("nieuws", 0, 1), f"Man uit plaats {i} aangehouden.", "", None) for i in range(4)
    ]
    assert cluster.event_topic(named + other) == ""  # 1 of 5 is under TOPIC_SHARE
    assert cluster.event_topic(named * 2 + other) == "overvallen"


@pytest.mark.parametrize(
    "phrase",
    [
        "vaste commissie voor Justitie en Veiligheid",
        "vakcommissies",
        "ministerie van Financiën",
        "Gemeente met de grootste daling",
        "de Tweede Kamer",
        "wijziging van enige fiscale uitvoeringsbesluiten",  # an administrative act
        "vaststelling van de begroting",
    ],
)
def test_an_organisation_is_no_phenomenon(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == ""


@pytest.mark.parametrize(
    "phrase", ["vertrouwen in de politie", "aangiftes bij de gemeente", "onvrede over de wijziging"]
)
def test_a_body_after_the_head_is_fine(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == phrase


@pytest.mark.parametrize("phrase", ["tweeënveertig agenten", "honderden meldingen", "elf verdachten"])
def test_a_written_count_names_no_phenomenon(phrase: str) -> None:
    """Number words come from extract.numbers (one home, issue 13), compounds and vague amounts too."""
    assert cluster.best_phrase([_statement(phrase)]) == ""


@pytest.mark.parametrize(
    "phrase",
    [
        "inzet hun welzijn",  # a possessive after a noun: a clause without its verb
        "zorg haar kinderen",
        "wijziging van artikel",  # a reference without its number
        "zie tabel",
        "medium",  # an answer category
        "leeftijdsgroep",  # a group alone
        "+ labs",  # a symbol opens no noun phrase
        "het aandeel enkele procentpunten",  # a unit ends no phenomenon
    ],
)
def test_a_clause_reference_or_category_names_no_trend(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == ""


@pytest.mark.parametrize("phrase", ["overlast door hun buren", "geweld tegen haar partner", "artikelhandel"])
def test_a_possessive_after_a_preposition_is_fine(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == phrase


def test_news_items_only_never_conflict(shared: Path, tmp_path: Path) -> None:
    """Real politie.nl items about robberies say 'meer' and 'minder' of single cases: no conflict to
    report, the cluster is a count of events ('Meer berichten over …', not 'Wisselend beeld')."""
    events = [
        *_politie_events(shared, tmp_path, "overval"),
        TrendStatement(Span("nieuws", 0, 1), "Meer overvallen.", "overvallen", Change.UP),
        TrendStatement(Span("nieuws", 0, 1), "Minder overvallen.", "overvallen", Change.DOWN),
    ]
    assert cluster.direction(events, _all_news)[1] is False
    assert cluster.direction(events[-2:], _all_news) == (None, False)
    assert cluster.direction(events[-2:]) == (None, True)  # as statements of a report they conflict


# --------------------------------------------------------------------------- the real reports (issue 11)

REPORTS = "corpus/real/reports"
# Finite verbs and clause verbs a noun phrase never holds ("… thuis wonen", "pandemie heeft … verergerd").
FINITE_VERBS = frozenset(
    [
        *("is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had"),
        *("hadden", "kan", "kunnen", "zal", "zullen", "neemt", "nam", "steeg", "stijgt", "daalt", "daalde"),
        *("blijft", "bleef", "ervaart", "wonen", "gaat", "gaan"),
    ]
)


def title_faults(title: str, source_words: set[str]) -> list[str]:
    """What makes ``title`` no noun phrase: a line break, a finite verb, or a word no Dutch word list
    knows that its sources do not hold as a word either (two words run together over a line break)."""
    faults = ["line break"] if "\n" in title or "  " in title else []
    faults += [f"verb {w}" for w in title.split() if w.casefold() in FINITE_VERBS]
    return faults + [
        f"glued {w}"
        for w in title.split()
        if w.isalpha() and w.islower() and zipf_frequency(w, "nl") == 0 and w not in source_words
    ]


def test_the_fault_finder_finds_the_issues_titles() -> None:
    text = "meer ouderen met een grote en complexe\nzorgbehoefte thuis wonen. Minder mentaal\nwelzijn."
    words = set(text.split())
    assert title_faults("Toename van ouderen met een grote en complexezorgbehoefte thuis wonen", words) == [
        "verb wonen",
        "glued complexezorgbehoefte",
    ]
    assert title_faults("Afname van mentaalwelzijn bij jongvolwassenen", words) == ["glued mentaalwelzijn"]
    assert title_faults("Toename van ouderen met een grote en complexe zorgbehoefte", words) == []


def test_no_candidate_title_from_the_real_reports_is_a_clause_or_holds_a_glued_word(
    shared: Path, tmp_path: Path
) -> None:
    """The real reports (burgerpeilingen, besluitenlijsten, crime analyses) through the whole chain on
    a SQLite file: every candidate title is a noun phrase (`title_faults`).

    The corpus names no publisher, and sources without one are one unknown voice (`events.voice`):
    here each report is its own publisher (a manifest), so every title two reports can back is read."""
    folder = tmp_path / "rapporten"
    folder.mkdir()
    files = sorted(f for f in (shared / REPORTS).iterdir() if f.is_file())
    for file in files:
        shutil.copy(file, folder / file.name)
    entries = "".join(f"  {f.name}: {{uitgever: uitgever {n}}}\n" for n, f in enumerate(files))
    (folder / MANIFEST_NAME).write_text(f"files:\n{entries}", encoding="utf-8")
    store = open_store(str(tmp_path / "reports.db"))
    try:
        report = pipeline.ingest(store, [folder], workers=1)
        assert not report.errors
        pipeline.analyse(store, "regionaal", access=AccessLevel.CONFIDENTIAL, embedder="tfidf")
        found = trends.list_trends(store, access=AccessLevel.CONFIDENTIAL, status=TrendStatus.CANDIDATE)
        assert found  # the four burgerpeilingen back candidate trends
        every = AccessLevel.CONFIDENTIAL
        summaries = [s.id for s in source_store.list_sources(store, access=every)]
        texts = {s.id: s.text for s in trend_store.read_sources(store, summaries, access=every)}
        faults = {}
        for trend in found:
            members = evidence_store.list_evidence(
                store, access=AccessLevel.CONFIDENTIAL, ids=list(trend.evidence_ids)
            )
            words = set(" ".join(texts[m.span.source_id] for m in members).split())
            faults[trend.title] = title_faults(trend.title, words)
        assert {t: f for t, f in faults.items() if f} == {}
    finally:
        store.close()
