"""Long fuzz run over every reader family, the indicator import and the YAML files users write.

    .venv/bin/python bench/bench_fuzz.py                    # 20,000+ inputs, 30 s and 2 GB each
    .venv/bin/python bench/bench_fuzz.py --per-family 200 --timeout 10 --families text,feed

Inputs are mutants of real files in ../shared/corpus (read in place; mutants are written to a
temporary folder) and generated documents (see tests/fuzz/_inputs.py). Each runs in a forked child
with a time limit and RLIMIT_AS; the table gives per family how many were read, got a clean
trendbeeld error, crashed with another exception, hung or ran past the memory limit, and the
distinct crashes and hangs after it.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fuzz._inputs import FAMILIES, cases, warm_samples  # noqa: E402
from tests.fuzz._runner import DEFAULT_MEMORY, OUTCOMES, Result, run_cases, warm_up  # noqa: E402

# Inputs per family in the long run: 9 families, 20,250 in all.
PER_FAMILY = 2250
LABELS = {"read": "read", "error": "clean error", "crash": "crash", "hang": "hang", "memory": "over memory"}


def _table(counts: dict[str, Counter[str]]) -> str:
    header = "| family | inputs | " + " | ".join(LABELS[o] for o in OUTCOMES) + " |"
    lines = [header, "|" + "---|" * (len(OUTCOMES) + 2)]
    total: Counter[str] = Counter()
    for family, counter in counts.items():
        total.update(counter)
        lines.append(
            f"| {family} | {sum(counter.values()):,} | "
            + " | ".join(f"{counter[o]:,}" for o in OUTCOMES)
            + " |"
        )
    lines.append(
        f"| **all** | {sum(total.values()):,} | " + " | ".join(f"{total[o]:,}" for o in OUTCOMES) + " |"
    )
    return "\n".join(lines).replace(",", ".")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--per-family", type=int, default=PER_FAMILY)
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--memory-gb", type=float, default=DEFAULT_MEMORY / 1024**3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--kind", choices=["ci", "long"], default="long")
    args = parser.parse_args()

    warm_up(warm_samples(args.corpus))
    counts: dict[str, Counter[str]] = {}
    problems: dict[str, list[Result]] = defaultdict(list)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="trendbeeld-fuzz-") as scratch:
        for family in args.families.split(","):
            counter: Counter[str] = Counter()
            family_start = time.monotonic()
            for result in run_cases(
                cases(family, args.per_family, corpus=args.corpus, seed=args.seed, kind=args.kind),
                Path(scratch),
                timeout=args.timeout,
                memory=int(args.memory_gb * 1024**3),
                jobs=args.jobs,
            ):
                counter[result.outcome] += 1
                if result.bad:  # grouped with positions and sizes left out
                    problems[re.sub(r"\d+", "N", f"{result.outcome}: {result.detail}")].append(result)
            counts[family] = counter
            print(
                f"{family}: {dict(counter)} in {time.monotonic() - family_start:.0f} s",
                file=sys.stderr,
                flush=True,
            )
            print(_table(counts), file=sys.stderr, flush=True)
    print(_table(counts))
    print(
        f"\n{sum(sum(c.values()) for c in counts.values()):,} inputs in {time.monotonic() - started:.0f} s "
        f"({args.jobs} at a time, {args.timeout:.0f} s and {args.memory_gb:.1f} GB each, seed {args.seed})"
    )
    if problems:
        print("\nDistinct crashes, hangs and memory overruns (count, family, first input):")
        for detail, results in sorted(problems.items(), key=lambda item: -len(item[1])):
            first = results[0].case
            print(f"- {len(results)} × [{first.family}] {detail}  (e.g. {first.name})")


if __name__ == "__main__":
    os.environ.setdefault("TRENDBEELD_MAX_MB", "100")
    logging.getLogger("trendbeeld").setLevel(logging.ERROR)  # dates ignored with a warning, per item
    main()
