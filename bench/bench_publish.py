"""Building an edition (site and PDF): seconds, peak memory, PDF and site pages.

Two parts:

1. Generated: a fresh SQLite store with generated Dutch sources (figures, trend statements, quotes,
   headlines with exact spans), the later stages run as an analyst would, then ``publish.build`` of
   a concept edition is timed. Target (issue 5): < 20 s on 2 cores.
2. Real (issue 11; when ``/work/shared`` or ``--real-db`` is there): a COPY of the store built from the
   whole real corpus (``/tmp/real/real.db`` by default; the original is never written). A few trends
   are accepted through the Python API, trend boxes and an introduction written, then
   ``trendbeeld publish`` builds the openbaar edition and the intern concept edition
   (``--taxonomy regionaal --region Rotterdam``) in a child process. Printed per edition: seconds,
   peak memory (MB), PDF pages, site pages and size. Budget: ≤ 60 s, ≤ 1 GB, ≤ 80 PDF pages.

    python bench/bench_publish.py [--sources 100] [--items 2000] [--no-pdf] [--real-db PATH] [--no-real]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
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
    Trend,
    TrendStatement,
    Unit,
)
from trendbeeld.publish import build
from trendbeeld.store import Store, open_store
from trendbeeld.store import sources as source_store

TARGET_SECONDS = 20.0
REAL_DB = Path("/tmp/real/real.db")
SHARED = Path("/work/shared")
REAL_SECONDS = 60.0
REAL_MB = 1024.0
REAL_PDF_PAGES = 80
TRENDBEELD = Path(sys.executable).parent / "trendbeeld"
BENCH_ANALYST = "bench-analist"
BENCH_INTRO = """---
titel: Trendbeeld veiligheid Rotterdam (benchmark)
ondertitel: Ontwikkelingen, kerncijfers en nieuws voor {organisatie}
---
Dit trendbeeld is gebouwd uit het echte materiaal van een analist: rapporten, statistiek, peilingen en
nieuws. De analisten hebben de trends in deze editie beoordeeld en aanvaard.
"""
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


def curate_real(store: Store, taxonomy_name: str = "regionaal", per_theme: int = 2) -> list[str]:
    """A benchmark analyst's round: accept the best-backed candidates per theme, write their boxes."""
    taxonomy = themes.load_taxonomy(taxonomy_name)
    by_theme: dict[str, list[Trend]] = {}
    for trend in trends.list_trends(store, access=AccessLevel.PUBLIC):
        top = themes.top_level(taxonomy, trend.theme)
        strength = trend.strength
        if trend.status.value == "candidate" and top and strength and strength.n_sources >= 2:
            by_theme.setdefault(top.key, []).append(trend)
    accepted = []
    for key, found in sorted(by_theme.items()):
        found.sort(key=lambda t: (-(t.strength.score if t.strength else 0.0), t.id))
        for trend in found[:per_theme]:
            trends.accept(store, trend.id, actor=BENCH_ANALYST)
            accepted.append(trend.id)
        trends.set_box_text(
            store,
            key,
            trends.Layer.MEANING,
            "De analisten volgen deze ontwikkeling voor de regio en bespreken de aanpak met de partners.",
            actor=BENCH_ANALYST,
        )
    return accepted


def _pdf_pages(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _publish(db: Path, out: Path, name: str, *extra: str) -> tuple[float, float, int, int, float, int]:
    """Run ``trendbeeld publish`` in a child process: seconds, peak MB, PDF pages, site pages, MB, rc."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(
        [str(TRENDBEELD), "publish", "--edition", name, "--taxonomy", "regionaal", "--region", "Rotterdam",
         "--audience", "Veiligheidsregio Rotterdam-Rijnmond", "--db", str(db), "--out", str(out), *extra],
        capture_output=True, text=True, check=False,
    )
    seconds = time.perf_counter() - started
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    if done.returncode != 0:
        print(done.stdout + done.stderr, file=sys.stderr)
        return seconds, peak, 0, 0, 0.0, done.returncode
    site = out / name / "site"
    pdf = out / name / f"{name}.pdf"
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6
    return seconds, peak, _pdf_pages(pdf) if pdf.is_file() else 0, len(list(site.rglob("*.html"))), size, 0


def real(db: Path) -> bool:
    """Publish openbaar and intern concept editions from a copy of the real store; True within budget."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "real.db"
        # A consistent copy, read-only on the original (also of a store in WAL mode).
        subprocess.run(["sqlite3", f"file:{db}?mode=ro", f".backup {copy}"], check=True)
        store = open_store(str(copy))
        if not trends.list_trends(store, access=AccessLevel.CONFIDENTIAL):
            # The lead's store may stop before clustering: cluster the copy with the current code.
            started = time.perf_counter()
            subprocess.run(
                [str(TRENDBEELD), "trends", "cluster", "--taxonomy", "regionaal", "--db", str(copy)],
                capture_output=True, check=True,
            )
            print(f"trends cluster on the copy: {time.perf_counter() - started:.1f} s")
        accepted = curate_real(store)
        store.close()
        intro = Path(tmp) / "inleiding.md"
        intro.write_text(BENCH_INTRO, encoding="utf-8")
        print(f"real store: copy of {db}, {len(accepted)} trends accepted by the benchmark analyst")
        ok = True
        for name, extra in (("openbaar", ("--intro", str(intro))),
                            ("intern", ("--access", "intern", "--concept", "--intro", str(intro)))):
            seconds, peak, pdf, pages, size, rc = _publish(copy, Path(tmp) / "out", name, *extra)
            within = rc == 0 and seconds <= REAL_SECONDS and peak <= REAL_MB and pdf <= REAL_PDF_PAGES
            ok = ok and within
            print(
                f"{name}: {seconds:.1f} s (budget {REAL_SECONDS:.0f}), peak {peak:.0f} MB (budget "
                f"{REAL_MB:.0f}), PDF {pdf} pages (budget {REAL_PDF_PAGES}), site {pages} pages, "
                f"{size:.1f} MB, exit {rc}"
            )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=100)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("--real-db", type=Path, default=REAL_DB, help="store built from the real corpus")
    parser.add_argument("--no-real", action="store_true", help="skip the real corpus")
    parser.add_argument("--no-generated", action="store_true", help="skip the generated store")
    args = parser.parse_args()
    ok = True
    if not args.no_generated:
        ok = generated(args.sources, args.items, with_pdf=not args.no_pdf)
    if not args.no_real and SHARED.is_dir():
        if args.real_db.is_file():
            ok = real(args.real_db) and ok
        else:
            print(f"real corpus: no store at {args.real_db}; build it as in the README (see issue 11)")
    return 0 if ok else 1


def generated(n_sources: int, n_items: int, *, with_pdf: bool) -> bool:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        per_source = n_items // n_sources
        total = 0
        for index in range(n_sources):
            source, items = _source(rng, index, per_source)
            source_store.save(store, source, items)
            total += len(items)
        stages = _enrich(store)
        started = time.perf_counter()
        result = build(
            store,
            EditionSpec("bench", audience="Veiligheidsregio", region="Rotterdam"),
            Path(tmp) / "out",
            with_pdf=with_pdf,
            concept=True,
        )
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in result.directory.rglob("*") if p.is_file()) / 1e6
        print(
            f"sources: {n_sources}, evidence items: {total}, "
            f"stages run before: {', '.join(stages) or 'geen'}"
        )
        print(f"edition: {result.pages} pages, {size:.1f} MB, pdf: {'ja' if result.pdf else 'nee'}")
        print(f"build: {seconds:.2f} s (target < {TARGET_SECONDS:.0f} s)")
        store.close()
    return seconds < TARGET_SECONDS


if __name__ == "__main__":
    sys.exit(main())
