"""Benchmark: trend verdicts on many series (series per second).

Runs ``trendbeeld.indicators.verdicts.assess_many`` on 100,000 random series of 10 yearly points
(counts with ties, some trending) and prints the time. Target: under 20 s on 2 cores.

    .venv/bin/python bench/bench_assess.py [--series 100000] [--points 10] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from trendbeeld.indicators.verdicts import assess, assess_many
from trendbeeld.model import Observation, Series

TARGET_SECONDS = 20.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--series", type=int, default=100_000, help="number of series (default 100000)")
    parser.add_argument("--points", type=int, default=10, help="yearly points per series (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported (default 3)")
    parser.add_argument("--sample", type=int, default=2000,
                        help="series for the one-by-one path, extrapolated (default 2000; 0: skip)")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(2024)
    trend = rng.normal(0.0, 3.0, size=(args.series, 1)) * np.arange(args.points)
    values = np.round(rng.poisson(200, size=(args.series, args.points)) + trend)
    assess_many(values[:100])  # warm-up outside the timing
    best = float("inf")
    counts: dict[str, int] = {}
    for _ in range(args.repeat):
        started = time.perf_counter()
        result = assess_many(values)
        best = min(best, time.perf_counter() - started)
        labels, numbers = np.unique(result.direction, return_counts=True)
        counts = {str(k): int(v) for k, v in zip(labels, numbers, strict=True)}
        counts["trendbreuk"] = int((result.change_index >= 0).sum())
    verdict = "OK" if best < TARGET_SECONDS else "TE LANGZAAM"
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    print(f"assess_many: {args.series} reeksen x {args.points} jaren in {best:.2f} s "
          f"= {args.series / best:,.0f} reeksen/s ({summary}) [doel < {TARGET_SECONDS:.0f} s: {verdict}]")
    if args.sample:
        sample = [
            Series("bench", str(i), tuple(Observation(str(2000 + j), float(v)) for j, v in enumerate(row)))
            for i, row in enumerate(values[: args.sample])
        ]
        started = time.perf_counter()
        for series in sample:
            assess(series)
        each = (time.perf_counter() - started) / len(sample)
        print(f"assess (een voor een): {each * 1e3:.2f} ms per reeks, "
              f"{args.series} reeksen naar schatting {each * args.series:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
