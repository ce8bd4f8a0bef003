"""Progress on standard error for long commands: counts, rate and time left (rich).

The bars only draw on a terminal; in a pipe or a test nothing is printed, so output stays clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class Steps:
    """Named counters under one live display; ``advance`` and ``describe`` are all commands need."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._tasks: dict[str, TaskID] = {}

    def add(self, name: str, total: int | None = None) -> None:
        self._tasks[name] = self._progress.add_task(name, total=total)

    def advance(self, name: str, amount: int = 1, *, detail: str | None = None) -> None:
        task = self._tasks[name]
        self._progress.advance(task, amount)
        if detail is not None:
            self._progress.update(task, description=f"{name} · {detail}")


@contextmanager
def steps() -> Iterator[Steps]:
    """A live progress display on standard error (silent when it is not a terminal)."""
    console = Console(stderr=True)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("nog"),
        TimeRemainingColumn(),
        TextColumn("verstreken"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as progress:
        yield Steps(progress)


@contextmanager
def progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """One bar for a library function that reports ``(done, total)`` itself (themes, trends)."""
    with steps() as shown:
        shown.add(label)
        task = shown._tasks[label]

        def report(done: int, total: int) -> None:
            shown._progress.update(task, completed=done, total=total or None)

        yield report
