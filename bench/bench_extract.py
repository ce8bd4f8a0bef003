"""Benchmark: extraction speed on plain text (MB/s on one core).

Runs ``trendbeeld.extract.extract`` on ../shared/corpus/national-2020.txt repeated to about
5 MB and prints the throughput. Target: at least 1 MB/s. On a shared machine the wall-clock
figure depends on the load; the CPU-time figure (the process's own seconds) is printed beside it.

    .venv/bin/python bench/bench_extract.py [--mb 5] [--repeat 3] [--text FILE] [--stages]
    .venv/bin/python bench/bench_extract.py --folder DIR [--repeat 3] [--stages]

``--text`` repeats another plain-text file (e.g. flattened news, which spends its time elsewhere
than a report); ``--stages`` also prints the CPU seconds of each preparation step and each
extractor (best of the runs), to see where the time goes (an extractor that reuses what an
earlier one computed on the same document, as headlines after quotes, shows only the rest).

``--folder`` extracts every file of a folder as a document of its own, as a news dataset arrives
(e.g. /tmp/dpg/even_txt: one flattened article a file): short documents spend their time
differently from one long text (whatever an extractor does once per document weighs more).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trendbeeld.extract import _cues, _document, _registered, _scan, _text, extract, lexicon, plugin
from trendbeeld.model import Source

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "national-2020.txt"
TARGET_MB_PER_S = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the text in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported (default 3)")
    parser.add_argument("--text", type=Path, default=CORPUS, help="plain text to repeat (national-2020)")
    parser.add_argument("--stages", action="store_true", help="also the CPU time of each step and extractor")
    parser.add_argument("--folder", type=Path, help="extract each file of this folder as its own document")
    args = parser.parse_args(argv)
    if args.folder is not None:
        return folder(args.folder, args.repeat, args.stages)
    if not args.text.is_file():
        print(f"{args.text} ontbreekt: zet ../shared naast het project.", file=sys.stderr)
        return 2
    base = args.text.read_text(encoding="utf-8")
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
    if args.stages:
        for name, seconds in stages(Source.create("bench", text), args.repeat).items():
            print(f"  {name:<16} {seconds:6.3f} s CPU")
    return 0


def folder(path: Path, repeat: int, with_stages: bool) -> int:
    """Extract every file in ``path`` as its own document; print the throughput over all of them."""
    if not path.is_dir():
        print(f"{path} is geen map.", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in sorted(path.iterdir()) if p.is_file()]
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    lexicon.load()
    lexicon.zipf("woord")
    extract(Source.create("warm-up", texts[0] if texts else ""))
    runs: list[float] = []
    count = 0
    for _ in range(repeat):
        started = time.process_time()
        count = sum(len(extract(Source.create(f"doc-{i}", t))) for i, t in enumerate(texts))
        runs.append(time.process_time() - started)
    best_cpu = min(runs)
    verdict = "OK" if size_mb / best_cpu >= TARGET_MB_PER_S else "TE LANGZAAM"
    # the first run also pays for what is built once per process and word (patterns compiled per
    # role or name, cached lemmas): a command that reads a folder of news once pays it too
    print(f"extract per document: {len(texts)} documents, {size_mb:.2f} MB in {best_cpu:.2f} s CPU = "
          f"{size_mb / best_cpu:.2f} MB/s ({count} items) [doel >= {TARGET_MB_PER_S} MB/s: {verdict}]; "
          f"eerste run {runs[0]:.2f} s = {size_mb / runs[0]:.2f} MB/s")
    if with_stages:
        totals: dict[str, float] = {}
        for i, t in enumerate(texts):
            for name, seconds in stages(Source.create(f"doc-{i}", t), 1).items():
                totals[name] = totals.get(name, 0.0) + seconds
        for name, seconds in totals.items():
            print(f"  {name:<16} {seconds:6.3f} s CPU")
    return 0


def stages(source: Source, repeat: int) -> dict[str, float]:
    """Best CPU seconds of each step of ``_document.analyse`` and of each document extractor."""
    best: dict[str, float] = {}

    def timed(name: str, work: Callable[..., Any], *args: Any) -> Any:
        started = time.process_time()
        result = work(*args)
        best[name] = min(best.get(name, float("inf")), time.process_time() - started)
        return result

    for _ in range(repeat):
        cleaned = timed("clean", _text.clean, source.text)
        timed("sentences", _text.sentences, cleaned.text)
        timed("cues", _cues.find, cleaned.text, _scan.lowered(cleaned.text))
        doc = _document.analyse(source)
        for name, extractor in _registered().items():
            if isinstance(extractor, plugin.DocumentExtractor):
                timed(name, extractor.from_document, doc)
    return best


if __name__ == "__main__":
    sys.exit(main())
