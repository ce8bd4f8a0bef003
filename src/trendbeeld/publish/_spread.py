"""What a reader must know before comparing a theme's key figures: the areas and years they cover.

A theme's cards come from different tables and reports: "Misdrijven, totaal" for Rotterdam in 2020
next to "Gewelds- en seksuele misdrijven" for Zuid-Holland in 2020 and "Bang slachtoffer
criminaliteit te worden" for Zuid-Holland in 2017. Each card names its own area and period, but a
row of cards invites comparison; when they differ, the section says so first ("De kerncijfers gaan
over verschillende gebieden (Rotterdam, Zuid-Holland) en jaren (2017–2024): vergelijk ze niet
zonder meer met elkaar."). A card without an area or a period (a figure stated in a report that
names neither) makes the areas or years "deels niet genoemd" / "deels zonder jaartal".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trendbeeld.publish._view import KeyFigure

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def note(cards: Sequence[KeyFigure]) -> str:
    """The Dutch sentence that warns of mixed areas or years among ``cards``; empty when they agree."""
    if len(cards) < 2:
        return ""
    areas = list(dict.fromkeys(card.region for card in cards if card.region))
    unplaced = any(not card.region for card in cards)
    years = sorted({int(y) for card in cards for y in _YEAR.findall(card.period or "")[-1:]})
    undated = any(not _YEAR.search(card.period or "") for card in cards)
    parts = []
    if len(areas) > 1 or (areas and unplaced):
        named = ", ".join(areas) + (", deels niet genoemd" if unplaced else "")
        parts.append(f"verschillende gebieden ({named})")
    if len(years) > 1 or (years and undated):
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        years_said = f"jaren ({span}{', deels zonder jaartal' if undated else ''})"
        parts.append(years_said if parts else f"verschillende {years_said}")
    if not parts:
        return ""
    return f"De kerncijfers gaan over {' en '.join(parts)}: vergelijk ze niet zonder meer met elkaar."
