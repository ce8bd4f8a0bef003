"""Comparisons at one moment, no change in time (``_trend_filters`` asks them per cue).

A comparative of a statement ("vaker", "meer", "keer zo groot als") whose "dan" or "als" names
another group, kind, place or day of the same moment compares, it states no trend (conventions:
"a comparison needs time"): "Vrouwen werken nog steeds vaker parttime dan mannen", "Jongeren
vliegen een stuk meer dan ouderen", "hogeropgeleiden vier keer zoveel als lageropgeleiden", "De
kans op inbraak is op Koningsdag twee keer zo groot als op een normale dag". A comparison with
another time stays a trend: "meer meldingen dan in 2017", "34 procent meer dan een jaar eerder",
"kleiner dan ooit", "eind 2023 meer dan aan het begin van 2023", "hoger dan normaal"; so does a
comparative that becomes ("wordt groter dan"), and "meer dan" before a number is an amount.
"""

from __future__ import annotations

import re

from trendbeeld.extract._cues import Cue

_COMPARATIVE_KINDS = frozenset(["comp", "more"])
# "dan" after the comparative in its clause, not "dan ook" ("therefore") nor "meer dan 100" (an amount)
THAN_REACH = 80  # characters between a comparative and its "dan"
_THAN = re.compile(rf"[^,;:.!?()\n]{{0,{THAN_REACH}}}?(?<![\w-])dan\s+(?!ook\b|\d)", re.IGNORECASE)
_DAN = re.compile("dan", re.IGNORECASE)
_AS = re.compile(r"\s*als\Z", re.IGNORECASE)
_BECOMES = re.compile(r"(?:wordt|worden|werd|werden|geworden)\b", re.IGNORECASE)
# What the comparison is with, up to the end of its clause (or eight words).
_COMPLEMENT = re.compile(r"[^\S\n]*(?:[^\W_]+[^\S\n]*){1,8}")
# A time in the complement: a year, a past or the usual ("ooit", "vroeger", "een jaar eerder",
# "vorig jaar", "in het eerste kwartaal", "aan het begin van 2023", "normaal").
_TIME = re.compile(
    r"(?<![\w-])(?:(?:19|20)\d\d|ooit|voorheen|vroeger|eerder|toen|destijds|vorig|vorige|geleden|daarvoor"
    r"|ervoor|tevoren|verleden|afgelopen|voorgaande|jaar|jaren|maand|maanden|week|weken|kwartaal"
    r"|kwartalen|periode|decennia|decennium|eeuw|begin|eind|einde|start|normaal|gebruikelijk|gewoonlijk"
    r"|gemiddeld|verwacht|gedacht|gehoopt|gevreesd|voorspeld|geraamd|begroot|nu|tot\s+nu)(?![\w-])",
    re.IGNORECASE,
)


def between_groups(text: str, cue: Cue, low: str, sentence_end: int) -> bool:
    """The comparative ``cue`` (``low``: its text in lower case) compares with another group, kind,
    place or day at one moment: what follows its "dan" or "als" names no time."""
    if cue.kind not in _COMPARATIVE_KINDS or _BECOMES.match(low):
        return False
    if _AS.search(low):  # "keer zo groot als": the complement follows
        start = cue.end
    else:
        if _DAN.search(text, cue.end, min(sentence_end, cue.end + THAN_REACH + len("dan"))) is None:
            return False  # the quick test: no "dan" where ``_THAN`` could find it
        than = _THAN.match(text, cue.end, sentence_end)
        if than is None:
            return False
        start = than.end()
    complement = _COMPLEMENT.match(text, start, sentence_end)
    if complement is None:
        return False
    return not _TIME.search(complement.group(0))
