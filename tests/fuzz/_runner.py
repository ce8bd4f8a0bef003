"""Run one fuzz input in a forked child with a time and a memory limit, and classify the outcome.

Each input is written to a scratch folder (never into the project), then a forked child runs it the
way the CLI would: a reader plus the extractor (as ``trendbeeld add`` does), the indicator import
(``trendbeeld indicators import``) or the loader of a YAML file the user writes. The child reports
back through a pipe:

- ``read``: no error;
- ``error``: a :class:`~trendbeeld.errors.TrendbeeldError` (a clean Dutch message);
- ``crash``: any other exception, or the child died (a signal);
- ``hang``: the child ran past its time budget and was killed;
- ``memory``: the child hit its address-space limit (``MemoryError``).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import select
import signal
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

OUTCOMES = ("read", "error", "crash", "hang", "memory")
GIGABYTE = 1024**3
DEFAULT_MEMORY = 2 * GIGABYTE


@dataclass(frozen=True)
class Case:
    """One input: its family, how it was made, what runs it and its bytes."""

    family: str
    name: str
    target: str  # "read", "indicators", "manifest", "taxonomy", "links" or "pairs"
    suffix: str
    data: bytes


@dataclass(frozen=True)
class Result:
    case: Case
    outcome: str
    detail: str
    seconds: float

    @property
    def bad(self) -> bool:
        return self.outcome in ("crash", "hang", "memory")


def _surrogate_free(text: str | None, what: str) -> None:
    """Text that would be stored must encode as UTF-8 (no lone surrogates)."""
    if text:
        text.encode("utf-8")


def _run_read(path: Path) -> None:
    from trendbeeld import pipeline, sources
    from trendbeeld.model import SourceMeta

    for source in sources.read(str(path), meta=SourceMeta()):
        _surrogate_free(source.text, "text")
        for value in (source.meta.title, source.meta.author, source.meta.publisher, source.meta.url):
            _surrogate_free(value, "meta")
        for item in pipeline.evidence_of(source):
            _surrogate_free(item.text, "evidence")


def _run_indicators(path: Path) -> None:
    from trendbeeld.indicators.reading import read_with_report

    read_with_report(path)


def _run_manifest(path: Path) -> None:
    from trendbeeld.sources.manifest import load_manifest

    load_manifest(path.parent)


def _run_taxonomy(path: Path) -> None:
    from trendbeeld.themes import load_taxonomy

    load_taxonomy(str(path))


def _run_links(path: Path) -> None:
    from trendbeeld.routemap.links_file import read_links

    read_links(path)


def _run_pairs(path: Path) -> None:
    from trendbeeld.indicators.compare import load_pairs

    load_pairs(path)


TARGETS: dict[str, Callable[[Path], None]] = {
    "read": _run_read,
    "indicators": _run_indicators,
    "manifest": _run_manifest,
    "taxonomy": _run_taxonomy,
    "links": _run_links,
    "pairs": _run_pairs,
}


def warm_up(samples: Iterable[tuple[str, bytes]] = ()) -> None:
    """Import and load what every child needs once, before forking, so children start fast.

    ``samples`` are (suffix, bytes) of small valid documents; each is read and extracted here, so
    the lazy parts (lexicons, word frequencies, PDFium) are loaded in the parent.
    """
    import tempfile

    import docx  # noqa: F401
    import feedparser  # noqa: F401
    import frontmatter  # noqa: F401
    import openpyxl  # noqa: F401
    import trafilatura  # noqa: F401

    from trendbeeld.indicators import compare, reading  # noqa: F401
    from trendbeeld.routemap import links_file  # noqa: F401
    from trendbeeld.themes import taxonomy  # noqa: F401

    with tempfile.TemporaryDirectory(prefix="trendbeeld-warm-") as folder:
        for index, (suffix, data) in enumerate(samples):
            path = Path(folder) / f"warm{index}{suffix}"
            path.write_bytes(data)
            with contextlib.suppress(Exception):
                TARGETS["indicators" if suffix == ".xlsx" else "read"](path)


def _where(exc: BaseException) -> str:
    """Where it was raised, and the innermost trendbeeld frame on the way (the stage to blame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    last = frames[-1]
    where = f" at {Path(last.filename).name}:{last.lineno}"
    ours = [f for f in frames if "/trendbeeld/" in f.filename and "/tests/" not in f.filename]
    if ours and ours[-1] is not last:
        where += f" via {ours[-1].filename.split('/trendbeeld/')[-1]}:{ours[-1].lineno}"
    return where


def _child(target: str, path: Path, memory: int, timeout: float, write_fd: int) -> None:
    import faulthandler

    from trendbeeld.errors import TrendbeeldError

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    stack = _stack_path(path).open("w")
    faulthandler.dump_traceback_later(max(0.5, timeout - 0.5), file=stack)
    try:
        TARGETS[target](path)
        report = {"outcome": "read", "detail": ""}
    except TrendbeeldError as exc:
        report = {"outcome": "error", "detail": f"{type(exc).__name__}: {str(exc)[:300]}"}
    except MemoryError as exc:
        report = {"outcome": "memory", "detail": f"MemoryError{_where(exc)}"}
    except BaseException as exc:
        report = {"outcome": "crash", "detail": f"{type(exc).__name__}: {str(exc)[:200]}{_where(exc)}"}
    os.write(write_fd, json.dumps(report).encode("utf-8", "replace"))
    os.close(write_fd)


def _stack_path(path: Path) -> Path:
    return path.with_name(path.name + ".stack")


def blame(stack: str) -> str:
    """The innermost trendbeeld frame of a faulthandler dump (most recent call first)."""
    for line in stack.splitlines():
        if "/trendbeeld/" in line and "/tests/" not in line:
            file_part = line.split('"')[1] if '"' in line else line
            rest = line.rsplit('"', 1)[-1].strip(", ")
            return f"{file_part.split('/trendbeeld/')[-1]} {rest}"
    return "outside trendbeeld"


def _place(case: Case, folder: Path, index: int) -> Path:
    """Write the case's bytes where its target expects them."""
    if case.target == "manifest":
        sub = folder / f"case{index}"
        sub.mkdir()
        path = sub / "trendbeeld.yaml"
    else:
        path = folder / f"case{index}{case.suffix}"
    path.write_bytes(case.data)
    return path


def _remove(path: Path, case: Case) -> None:
    path.unlink(missing_ok=True)
    _stack_path(path).unlink(missing_ok=True)
    if case.target == "manifest":
        path.parent.rmdir()


@dataclass
class _Running:
    case: Case
    path: Path
    pid: int
    fd: int
    started: float
    output: bytearray


def _spawn(case: Case, path: Path, memory: int, timeout: float) -> _Running:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            os.close(read_fd)
            _child(case.target, path, memory, timeout, write_fd)
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    os.close(write_fd)
    return _Running(case, path, pid, read_fd, time.monotonic(), bytearray())


def _finish(run: _Running, outcome: str | None, detail: str = "") -> Result:
    os.close(run.fd)
    if outcome == "hang":
        os.kill(run.pid, signal.SIGKILL)
    _, status = os.waitpid(run.pid, 0)
    seconds = time.monotonic() - run.started
    if outcome is None:
        try:
            report = json.loads(bytes(run.output).decode("utf-8"))
            outcome, detail = report["outcome"], report["detail"]
        except (ValueError, KeyError):
            signalled = os.WIFSIGNALED(status)
            outcome = "crash"
            detail = (
                f"child died (signal {os.WTERMSIG(status)})" if signalled else "child died without a report"
            )
    return Result(run.case, outcome, detail, seconds)


def run_cases(
    cases: Iterable[Case],
    folder: Path,
    *,
    timeout: float,
    memory: int = DEFAULT_MEMORY,
    jobs: int = 2,
) -> Iterator[Result]:
    """Run every case in its own forked child, ``jobs`` at a time; yield results as they finish."""
    pending = iter(enumerate(cases))
    running: dict[int, _Running] = {}
    exhausted = False
    while running or not exhausted:
        while not exhausted and len(running) < jobs:
            item = next(pending, None)
            if item is None:
                exhausted = True
                break
            index, case = item
            run = _spawn(case, _place(case, folder, index), memory, timeout)
            running[run.fd] = run
        if not running:
            break
        now = time.monotonic()
        wait = max(0.0, min(run.started + timeout for run in running.values()) - now)
        ready, _, _ = select.select(list(running), [], [], wait)
        for fd in ready:
            run = running[fd]
            chunk = os.read(fd, 65536)
            if chunk:
                run.output.extend(chunk)
                continue
            del running[fd]
            yield _finish(run, None)
            _remove(run.path, run.case)
        now = time.monotonic()
        for fd, run in list(running.items()):
            if now - run.started > timeout:
                del running[fd]
                stack = _stack_path(run.path)
                where = blame(stack.read_text(errors="replace")) if stack.exists() else "unknown"
                yield _finish(run, "hang", f"over {timeout:.0f} s in {where}")
                _remove(run.path, run.case)
