"""Benchmark: extraction speed on plain text (MB/s on one core).

Runs ``trendbeeld.extract.extract`` on ../shared/corpus/national-2020.txt repeated to about
5 MB and prints the throughput. Target: at least 1 MB/s. On a shared machine the wall-clock
figure depends on the load; the CPU-time figure (the process's own seconds) is printed beside it.

    .venv/bin/python bench/bench_extract.py [--mb 5] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from trendbeeld.extract import extract, lexicon
from trendbeeld.model import Source

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "national-2020.txt"
TARGET_MB_PER_S = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the text in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported (default 3)")
    args = parser.parse_args(argv)
    if not CORPUS.is_file():
        print(f"{CORPUS} ontbreekt: zet ../shared naast het project.", file=sys.stderr)
        return 2
    base = CORPUS.read_text(encoding="utf-8")
    copies = max(1, round(args.mb * 1e6 / len(base.encode("utf-8"))))
    text = "\n\n".join([base] * copies)
    size_mb = len(text.encode("utf-8")) / 1e6
    lexicon.load()
    lexicon.zipf("woord")  # word frequencies load once per process, outside the timing
    extract(Source.create("warm-up", base))
    best = best_cpu = float("inf")
    count = 0
    for _ in range(args.repeat):
        source = Source.create("bench", text)
        started, started_cpu = time.perf_counter(), time.process_time()
        count = len(extract(source))
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    speed = size_mb / best
    verdict = "OK" if speed >= TARGET_MB_PER_S else "TE LANGZAAM"
    print(f"extract: {size_mb:.2f} MB in {best:.2f} s = {speed:.2f} MB/s ({count} items) "
          f"[doel >= {TARGET_MB_PER_S} MB/s: {verdict}]; CPU-tijd {best_cpu:.2f} s = "
          f"{size_mb / best_cpu:.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
