"""The whole chain on the real corpus, as a user runs it: seconds and peak memory per step.

    python bench/bench_real_chain.py [--shared ../shared] [--work DIR] [--keep]

Runs the README's commands on everything in ``../shared/corpus/real`` in a fresh SQLite store: ``add``
(reports and news), ``indicators import``, ``themes assign``, ``add`` of one more source and ``themes
assign`` again (in a copy of the store: the added source is the bench's own, a report of the corpus
with one line appended, and must not back a trend of the real corpus), ``trends cluster`` (twice: the
second run keeps every id and every member, and the bench says whether it did), ``publish`` (an
intern concept edition). Prints one line per step with wall time, peak memory of the command and its
children, and the budget from issue 11, then the PDF's pages, the site's size and the candidate
trends of the real corpus alone as an analyst reads them (title, verdict, theme, sources, and the
event-count test of news-only ones); the exit status is 0 either way (budgets are reported, not
asserted). The acceptance test on the same corpus is tests/acceptance/test_real_corpus.py.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
TRENDBEELD = str(Path(sys.executable).with_name("trendbeeld"))
MB = 1024 * 1024


def tree_memory(parent: psutil.Process) -> int:
    """Bytes the command and its children hold: the parent's RSS, each child's RSS, except that a
    child still running the parent's program (a fork, or a spawn not yet at its exec) counts only
    its own pages (USS), or nothing while it shares the parent's memory outright (vfork).

    Summing plain RSS counted such a child's shared pages twice: WeasyPrint runs ldconfig and gcc
    on import, and a sample in that moment doubled the publish peak (1,010 MB against 520 MB)."""
    total = parent.memory_info().rss
    command = parent.cmdline()
    for child in parent.children(recursive=True):
        try:
            rss = child.memory_info().rss
            if child.cmdline() != command:
                total += rss
            elif rss != parent.memory_info().rss:
                total += child.memory_full_info().uss
        except psutil.Error:
            continue
    return total


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Wall seconds, peak memory in MB (process tree, see `tree_memory`), exit status and the last
    lines of output."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen([TRENDBEELD, *args], stdout=out, stderr=subprocess.STDOUT, env=env)
        parent = psutil.Process(process.pid)
        peak = 0
        while process.poll() is None:
            with contextlib.suppress(psutil.Error):
                peak = max(peak, tree_memory(parent))
            time.sleep(0.1)
        out.seek(0)
        tail = out.read().decode("utf-8", "replace").strip().splitlines()[-2:]
    return time.perf_counter() - started, peak / MB, process.returncode, " | ".join(tail)


def _sizes(edition: Path) -> None:
    """Pages of the PDF, pages and megabytes of the site: the human scale of issue 11 (PDF <= 80)."""
    import pypdfium2

    pdf = edition / "bench.pdf"
    site = edition / "site"
    if pdf.is_file():
        document = pypdfium2.PdfDocument(pdf)
        print(f"PDF: {len(document)} pagina's (budget 80)")
        document.close()
    if site.is_dir():
        files = [f for f in site.rglob("*") if f.is_file()]
        pages = sum(f.suffix == ".html" for f in files)
        print(f"website: {pages} pagina's, {sum(f.stat().st_size for f in files) / MB:.1f} MB")


def _candidates(db: Path) -> None:
    """The candidate trends as an analyst reads them: title, verdict, theme, who backs it and, for a
    count of news events, the test behind its title (rate ratio, p and the q against ALPHA)."""
    from trendbeeld import trends
    from trendbeeld.model import AccessLevel, TrendStatus
    from trendbeeld.store import open_store
    from trendbeeld.store import trends as trend_store
    from trendbeeld.trends import events, signals
    from trendbeeld.trends._items import source_metas

    store = open_store(str(db))
    try:
        every = AccessLevel.CONFIDENTIAL
        found = trends.list_trends(store, access=every, status=TrendStatus.CANDIDATE)
        metas = source_metas(store, access=every)
        exposure = events.Exposure(metas)
        members = trend_store.readable_members(store, access=every, trend_ids=[t.id for t in found])
        print(f"kandidaat-trends: {len(found)}")
        for trend in found:
            shown = signals.shown_direction(trend)
            evidence = members.get(trend.id, [])
            # as the trend page counts them: sources that report the opposite are said apart
            support = signals.support(evidence, metas, None if trend.conflicting else trend.direction)
            backing = signals.describe(support)
            sources = sorted({e.span.source_id for e in evidence if e.span.source_id in metas})
            test = ""
            if sources and all(events.is_event(metas[s]) for s in sources):
                signal = events.event_signal(((s, metas[s]) for s in sources), exposure)
                if signal is not None:  # the p and q of the direction the counts went (one family)
                    way, p, q = (("meer", signal.p_value, signal.q) if signal.rate_ratio >= 1
                                 else ("minder", signal.p_fewer, signal.q_fewer))
                    test = f"; toets ({way}) {signal.recent} recent/{signal.baseline} eerder, " \
                           f"ratio {signal.rate_ratio:.2f}, p {p:.4f}, q {q:.4f} (alfa {events.ALPHA})"
            verdict = shown[1] if shown else "geen richting"
            if signals.contested(support):  # the opposite reported as often: the pages say "(betwist)"
                verdict += ", betwist"
            print(f"  {trend.title} — {verdict} [{trend.theme or 'geen thema'}] {backing}{test}")
    finally:
        store.close()


def members_of(db: Path) -> dict[str, frozenset[str]]:
    """Each stored trend's evidence ids, by trend id."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT trend_id, evidence_id FROM trend_evidence").fetchall()
    found: dict[str, set[str]] = {}
    for trend, evidence in rows:
        found.setdefault(trend, set()).add(evidence)
    return {trend: frozenset(ids) for trend, ids in found.items()}


def copy_store(db: Path, to: Path) -> None:
    """A consistent copy of the SQLite store (SQLite's backup, so a journal or WAL is included)."""
    source, target = sqlite3.connect(db), sqlite3.connect(to)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


# The steps run in a copy of the store (see the module): the source the bench adds is not the corpus's.
IN_COPY = frozenset({"add (één nieuwe bron)", "themes assign (na één bron)"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the work folder (store and edition)")
    args = parser.parse_args()
    real = args.shared / "corpus" / "real"
    if not real.is_dir():
        print(f"overgeslagen: {real} ontbreekt")
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="trendbeeld-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**dict(__import__("os").environ), "TRENDBEELD_DB": str(work / "real.db")}
    extra = work / "extra"
    extra.mkdir(exist_ok=True)
    dashboard = real / "reports" / "dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
    new_source = extra / "nieuwe_bron.txt"
    addition = "\nDe overlast door jongeren nam in 2023 verder toe.\n"
    new_source.write_text(dashboard.read_text(encoding="utf-8") + addition, encoding="utf-8")
    statistics = sorted(str(p) for p in (real / "statistics").glob("*.csv") if "_meta_" not in p.name)
    polls = sorted(str(p) for p in (real / "polls").iterdir())
    steps = [
        ("add (rapporten en nieuws)", ["add", str(real / "reports"), str(real / "news")], 60),
        ("indicators import", ["indicators", "import", *statistics, *polls], None),
        ("themes assign", ["themes", "assign", "--taxonomy", "regionaal"], 30),
        ("add (één nieuwe bron)", ["add", str(extra / "nieuwe_bron.txt")], None),
        ("themes assign (na één bron)", ["themes", "assign", "--taxonomy", "regionaal"], 5),
        ("trends cluster", ["trends", "cluster", "--taxonomy", "regionaal"], 60),
        ("trends cluster (nog eens)", ["trends", "cluster", "--taxonomy", "regionaal"], 60),
        ("publish (intern, concept)", ["publish", "--edition", "bench", "--taxonomy", "regionaal", "--region",
                                       "Rotterdam", "--access", "intern", "--concept", "--out",
                                       str(work / "editie")], 60),
    ]
    copy = work / "kopie.db"
    copy_env = {**env, "TRENDBEELD_DB": str(copy)}
    clusterings: list[dict[str, frozenset[str]]] = []
    print(f"{'stap':34s} {'seconden':>9s} {'budget':>7s} {'piek MB':>8s} {'exit':>5s}")
    for name, command, budget in steps:
        if name in IN_COPY and not copy.exists():
            copy_store(work / "real.db", copy)
        seconds, peak, status, tail = run(command, copy_env if name in IN_COPY else env)
        budget_text = f"{budget:d}" if budget else "-"
        flag = "" if budget is None or seconds <= budget else "  BOVEN BUDGET"
        print(f"{name:34s} {seconds:9.1f} {budget_text:>7s} {peak:8.0f} {status:5d}{flag}")
        if status:
            print(f"    {tail}")
        if name.startswith("trends cluster"):
            clusterings.append(members_of(work / "real.db"))
    copy.unlink(missing_ok=True)
    if len(clusterings) == 2:  # an edition must be reproducible: the second run keeps every member
        same = clusterings[0] == clusterings[1]
        print(f"trends cluster tweemaal: {'dezelfde leden' if same else 'ANDERE LEDEN'} "
              f"({len(clusterings[0])} trends)")
    print("(de stappen 'na één bron' liepen in een kopie van de database: de trends en de editie hieronder "
          "zijn die van het echte corpus alleen)")
    _sizes(work / "editie" / "bench")
    _candidates(work / "real.db")
    print(f"werkmap: {work}" if args.keep else "")
    if not args.keep and args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
