"""A registration series and a survey series for the same region that disagree (one falls, one rises)."""

from __future__ import annotations

from pathlib import Path


def disagreeing_pair(folder: Path) -> tuple[Path, Path]:
    """Write the table and its pairs file into ``folder``; return (table, pairs)."""
    table = folder / "paar.csv"
    rows = ["indicator,region,period,value"]
    for offset, year in enumerate(range(2015, 2022)):
        rows.append(f"Aangiften woninginbraak,PV28,{year},{1000 - 80 * offset}")
        rows.append(f"Slachtoffers woninginbraak (%),PV28,{year},{2.0 + 0.2 * offset:.1f}")
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    pairs = folder / "paren.yaml"
    pairs.write_text(
        "woninginbraak:\n  registration: Aangiften woninginbraak\n  survey: Slachtoffers woninginbraak (%)\n",
        encoding="utf-8",
    )
    return table, pairs
