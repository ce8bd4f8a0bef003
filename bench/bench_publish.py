"""Building an edition (site and PDF) from 100 sources and 2,000 evidence items: seconds per build.

Fills a fresh SQLite store with generated Dutch sources whose evidence items (figures, trend
statements, quotes, headlines) carry exact spans, runs the installed later stages (themes,
trends, route map) as an analyst would, then times ``publish.build``. Target (issue 5): < 20 s
on 2 cores.

    python bench/bench_publish.py [--sources 100] [--items 2000] [--no-pdf]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from trendbeeld import themes, trends
from trendbeeld.model import (
    AccessLevel,
    Change,
    EditionSpec,
    Evidence,
    Figure,
    Headline,
    Quote,
    Source,
    SourceMeta,
    SourceType,
    Span,
    TrendStatement,
    Unit,
)
from trendbeeld.publish import build
from trendbeeld.store import Store, open_store
from trendbeeld.store import sources as source_store

TARGET_SECONDS = 20.0
SUBJECTS = [
    "het aantal woninginbraken",
    "de jeugdcriminaliteit",
    "het aantal meldingen van overlast",
    "de online fraude",
    "het aantal geregistreerde misdrijven",
    "de ondermijnende criminaliteit",
    "het vertrouwen in de politie",
    "het aandeel inwoners dat zich onveilig voelt",
    "het wapenbezit onder jongeren",
    "de drugshandel via de haven",
    "het aantal cyberaanvallen",
    "de polarisatie in het publieke debat",
]
VERBS = {Change.UP: "neemt toe", Change.DOWN: "neemt af", Change.STABLE: "blijft gelijk"}
SPEAKERS = [
    ("Anna de Boer", "wijkagent", "politie"),
    ("Mehmet Yilmaz", "jongerenwerker", "gemeente"),
    ("Els Visser", "onderzoeker", "WODC"),
    ("Johan Bakker", "burgemeester", "gemeente"),
]
OUTLETS = ["nos.nl", "ad.nl", "nrc.nl", "volkskrant.nl"]
TYPES = [
    SourceType.PUBLICATION,
    SourceType.PUBLICATION,
    SourceType.NEWS,
    SourceType.INTERVIEW,
    SourceType.STATISTICS,
]


class _Writer:
    """Appends paragraphs to a text and records evidence with exact spans."""

    def __init__(self) -> None:
        self.text = ""
        self.pending: list[tuple[str, int, int, dict[str, object]]] = []

    def add(self, before: str, marked: str, after: str, kind: str, **fields: object) -> None:
        start = len(self.text) + len(before)
        self.text += before + marked + after + "\n\n"
        self.pending.append((kind, start, start + len(marked), fields))

    def evidence(self, source_id: str) -> list[Evidence]:
        items: list[Evidence] = []
        for kind, start, end, fields in self.pending:
            span = Span(source_id, start, end)
            text = self.text[start:end]
            page = 1 + start // 3000
            if kind == "figure":
                items.append(Figure(span, text, page=page, **fields))  # type: ignore[arg-type]
            elif kind == "trend":
                items.append(TrendStatement(span, text, page=page, **fields))  # type: ignore[arg-type]
            elif kind == "quote":
                items.append(Quote(span, text, page=page, **fields))  # type: ignore[arg-type]
            else:
                items.append(Headline(span, text, page=page, **fields))  # type: ignore[arg-type]
        return items


def _source(rng: random.Random, index: int, n_items: int) -> tuple[Source, list[Evidence]]:
    writer = _Writer()
    kind = TYPES[index % len(TYPES)]
    for item in range(n_items):
        subject = rng.choice(SUBJECTS)
        year = rng.randint(2015, 2024)
        choice = item % 4
        if choice == 0:
            value = rng.randint(10, 90)
            writer.add(
                f"Volgens de cijfers over {year} steeg {subject} met ",
                f"{value} procent",
                " ten opzichte van het jaar ervoor, zo blijkt uit de monitor van de regio.",
                "figure",
                value=float(value),
                unit=Unit.PERCENT,
                indicator=subject,
                period=str(year),
                direction=Change.UP,
            )
        elif choice == 1:
            change = rng.choice(list(VERBS))
            writer.add(
                "Uit de gesprekken en de registraties blijkt dat ",
                f"{subject} {VERBS[change]}",
                f" in de periode tot en met {year}, vooral in de grote steden.",
                "trend",
                phenomenon=subject,
                direction=change,
            )
        elif choice == 2:
            name, role, organisation = rng.choice(SPEAKERS)
            writer.add(
                '"',
                f"We zien dat {subject} ons werk elke maand zwaarder maakt",
                f'," zegt {name}, {role} bij de {organisation}.',
                "quote",
                speaker=name,
                role=role,
                organisation=organisation,
            )
        else:
            outlet = rng.choice(OUTLETS)
            title = f"Zorgen over {subject} in {year}"
            writer.add(
                f"{outlet} kopte: ",
                title,
                ".",
                "headline",
                title=title,
                outlet=outlet,
                date=date(year, rng.randint(1, 12), rng.randint(1, 28)),
                url=f"https://{outlet}/{index}-{item}",
            )
    meta = SourceMeta(
        type=kind,
        title=f"Rapport {index:03d} over veiligheid in de regio",
        publisher=rng.choice(["CBS", "WODC", "Politie", "SCP", "gemeente"]),
        date=date(2024, 1, 1) - timedelta(days=index * 3),
        access=AccessLevel.PUBLIC,
    )
    source = Source.create(f"bench/rapport-{index:03d}.txt", writer.text, meta)
    return source, writer.evidence(source.id)


def _enrich(store: Store) -> list[str]:
    taxonomy = themes.load_taxonomy("nationaal")
    themes.assign(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    trends.recluster(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    return ["themes", "trends"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=100)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        per_source = args.items // args.sources
        total = 0
        for index in range(args.sources):
            source, items = _source(rng, index, per_source)
            source_store.save(store, source, items)
            total += len(items)
        stages = _enrich(store)
        started = time.perf_counter()
        result = build(
            store,
            EditionSpec("bench", audience="Veiligheidsregio", region="Rotterdam"),
            Path(tmp) / "out",
            with_pdf=not args.no_pdf,
        )
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in result.directory.rglob("*") if p.is_file()) / 1e6
        print(
            f"sources: {args.sources}, evidence items: {total}, "
            f"stages run before: {', '.join(stages) or 'geen'}"
        )
        print(f"edition: {result.pages} pages, {size:.1f} MB, pdf: {'ja' if result.pdf else 'nee'}")
        print(f"build: {seconds:.2f} s (target < {TARGET_SECONDS:.0f} s)")
        store.close()
    return 0 if seconds < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
