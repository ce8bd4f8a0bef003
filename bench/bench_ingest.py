"""PDF ingest end to end (parse → repair → extract → store): pages per second and peak memory.

Generates two-column Dutch reports with reportlab, ingests them into a fresh SQLite store and
prints the figures. Targets (issue 2): >= 10 pages/s per core; peak RSS < 1 GB on 1,000 pages.

    python bench/bench_ingest.py [--pages 200] [--big-pages 1000] [--backend pdfium|pdfminer]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from trendbeeld import extract, pipeline, sources
from trendbeeld.model import AccessLevel, SourceMeta
from trendbeeld.sources.pdf import BACKENDS, DEFAULT_BACKEND, Backend, PdfReader
from trendbeeld.store import open_store
from trendbeeld.store import sources as source_store

TARGET_PAGES_PER_SECOND = 10.0
TARGET_PEAK_MB = 1024.0
PARAGRAPHS_PER_PAGE = 11  # about one page of two 9 pt columns
POLL_SECONDS = 0.05

SUBJECTS = ["Het aantal woninginbraken", "De jeugdcriminaliteit", "Het aantal meldingen van overlast",
            "Online fraude", "Het aantal geregistreerde misdrijven", "De ondermijnende criminaliteit",
            "Het vertrouwen in de politie", "Het aandeel inwoners dat zich onveilig voelt"]
REGIONS = ["Rotterdam", "Utrecht", "Noord-Brabant", "Gelderland", "Amsterdam", "Limburg", "Zeeland"]
VERBS = ["steeg", "daalde", "nam toe", "nam af", "bleef stabiel"]
FILLER = ("In de wijken zien professionals dat problemen zich opstapelen en dat de aanpak van politie, "
          "gemeente en zorgpartners beter op elkaar moet aansluiten. Onderzoekers wijzen op de rol van "
          "sociale media, de arbeidsmarkt en de woningmarkt bij deze ontwikkelingen.")


def paragraph(rng: random.Random) -> str:
    subject, region, verb = rng.choice(SUBJECTS), rng.choice(REGIONS), rng.choice(VERBS)
    year = rng.randint(2015, 2023)
    return (f"{subject} in {region} {verb} in {year} met {rng.randint(2, 40)} procent, van "
            f"{rng.randint(1000, 9000)} naar {rng.randint(1000, 9000)}. {FILLER} "
            f"“De situatie verhardt,” zegt burgemeester De Vries van {region}. Ruim een derde van de "
            f"jongeren zegt ten opzichte van {year - 1} vaker geweld mee te maken.")


def write_report(path: Path, pages: int, seed: int = 1) -> int:
    """A two-column report of about ``pages`` pages with a running header and page numbers."""
    rng = random.Random(seed)

    def furniture(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, "Trendbeeld Veiligheid 2024")
        canvas.drawRightString(A4[0] - 2 * cm, 1 * cm, str(doc.page))

    doc = BaseDocTemplate(str(path), pagesize=A4)
    width = (A4[0] - 5 * cm) / 2
    frames = [Frame(2 * cm, 2 * cm, width, A4[1] - 4 * cm, id="links"),
              Frame(3 * cm + width, 2 * cm, width, A4[1] - 4 * cm, id="rechts")]
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=furniture)])
    style = ParagraphStyle("tekst", parent=getSampleStyleSheet()["BodyText"], fontSize=9, leading=11)
    story = [Paragraph(paragraph(rng), style) for _ in range(pages * PARAGRAPHS_PER_PAGE)]
    doc.build(story)
    return int(doc.page)


def use_backend(backend: Backend) -> None:
    """Make the registered PDF reader read with ``backend``."""
    reader = sources.readers()[".pdf"]
    assert isinstance(reader, PdfReader)
    reader.backend = backend


def ingest(pdf: Path, db: Path) -> tuple[int, float, float]:
    """Ingest ``pdf``; returns (pages, wall seconds, CPU seconds)."""
    store = open_store(str(db))
    wall, cpu = time.perf_counter(), time.process_time()
    report = pipeline.ingest(store, [pdf])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if report.errors:
        raise SystemExit(f"ingest failed: {report.errors[0]}")
    [summary] = source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL)
    stored = source_store.get(store, summary.id, access=AccessLevel.CONFIDENTIAL)
    store.close()
    assert stored is not None
    return len(stored.pages), wall, cpu


def stages(pdf: Path) -> dict[str, float]:
    """CPU seconds of parse+repair and of extraction, measured separately."""
    start = time.process_time()
    [source] = sources.read(str(pdf), meta=SourceMeta())
    read = time.process_time() - start
    start = time.process_time()
    extract.extract(source)
    return {"parse+repair": read, "extract": time.process_time() - start}


def peak_rss_of_child(pdf: Path, db: Path, backend: Backend) -> tuple[float, float, int]:
    """Ingest in a fresh process; (peak RSS MB polled with psutil, ru_maxrss MB, pages)."""
    child = subprocess.Popen([sys.executable, __file__, "--child", str(pdf), str(db), "--backend", backend],
                             stdout=subprocess.PIPE, text=True)
    process = psutil.Process(child.pid)
    peak = 0
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not stop.is_set():
            try:
                peak = max(peak, process.memory_info().rss)
            except psutil.NoSuchProcess:
                return
            time.sleep(POLL_SECONDS)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    out, _ = child.communicate()
    stop.set()
    watcher.join()
    if child.returncode != 0:
        raise SystemExit(f"child ingest failed with status {child.returncode}")
    maxrss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return peak / 2**20, maxrss_mb, int(out.split()[0])


def _verdict(met: bool) -> str:
    return "OK" if met else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="pages for the speed run")
    parser.add_argument("--big-pages", type=int, default=1000, help="pages for the memory run")
    parser.add_argument("--backend", choices=BACKENDS, default=DEFAULT_BACKEND, help="PDF reader backend")
    parser.add_argument("--child", nargs=2, metavar=("PDF", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    use_backend(args.backend)
    if args.child:
        pages, _, _ = ingest(Path(args.child[0]), Path(args.child[1]))
        print(pages)
        return

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = Path(tmp)
        pdf = folder / "rapport.pdf"
        n = write_report(pdf, args.pages)
        pages, wall, cpu = ingest(pdf, folder / "speed.db")
        parts = stages(pdf)
        print(f"PDF ingest end to end (parse → repair → extract → store), {pages} two-column pages "
              f"({pdf.stat().st_size / 2**20:.1f} MB, {n} pages generated), backend {args.backend}:")
        print(f"  wall {wall:.1f} s → {pages / wall:.1f} pages/s")
        speed = pages / cpu
        print(f"  CPU  {cpu:.1f} s → {speed:.1f} pages/s per core "
              f"(target ≥ {TARGET_PAGES_PER_SECOND:.0f}: {_verdict(speed >= TARGET_PAGES_PER_SECOND)})")
        per_stage = ", ".join(f"{k} {v:.1f} s ({pages / v:.0f} pages/s)" for k, v in parts.items())
        print(f"  CPU per stage: {per_stage}, store ≈ {max(cpu - sum(parts.values()), 0):.1f} s")

        big = folder / "groot.pdf"
        started = time.perf_counter()
        write_report(big, args.big_pages, seed=2)
        generated = time.perf_counter() - started
        started = time.perf_counter()
        peak_mb, maxrss_mb, big_pages = peak_rss_of_child(big, folder / "memory.db", args.backend)
        took = time.perf_counter() - started
        print(f"Peak memory ingesting {big_pages} pages ({big.stat().st_size / 2**20:.1f} MB, generated in "
              f"{generated:.0f} s, ingested in {took:.0f} s = {big_pages / took:.1f} pages/s wall):")
        print(f"  peak RSS {peak_mb:.0f} MB (psutil), ru_maxrss {maxrss_mb:.0f} MB "
              f"(target < {TARGET_PEAK_MB:.0f} MB: {_verdict(max(peak_mb, maxrss_mb) < TARGET_PEAK_MB)})")


if __name__ == "__main__":
    main()
