"""What reading one statistics file gave: the import report (and the cells it skipped)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ImportReport", "Skipped"]


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row or cell that gave no observation, and why."""

    line: int
    reason: str
    column: str | None = None


@dataclass(slots=True)
class ImportReport:
    """What one file gave: series and observations, and what was skipped (overgeslagen) and why."""

    path: str
    n_series: int = 0
    n_observations: int = 0
    n_provisional: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unresolved_regions: list[str] = field(default_factory=list)
    error: str | None = None
    # The publisher's table this file was exported from, when recognisable (see ``table_reference``).
    table_id: str | None = None
    table_title: str | None = None
    publisher: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def summary(self) -> str:
        """One Dutch line for the CLI."""
        if self.error:
            return f"{self.path}: mislukt — {self.error}"
        text = f"{self.path}: {self.n_series} reeksen, {self.n_observations} waarnemingen"
        if self.n_provisional:
            text += f" ({self.n_provisional} voorlopig)"
        if self.skipped:
            text += f", {len(self.skipped)} cellen of regels overgeslagen"
        return text
