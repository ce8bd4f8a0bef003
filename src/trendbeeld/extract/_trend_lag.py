"""Lagging behind: "achterblijven" with a comparison after it is a fall ("Het aantal gesprekken bleef
achter ten opzichte van 2021", "blijft ver achter bij de toenemende vraag", "is flink achtergebleven
bij de economische groei"). Without one it is a person or thing left behind ("bleef geschrokken
achter", "een explosief achtergebleven", "blijft achter de tralies"): no trend. Used by ``_cues``
when it finds the verbs of change by lemma (``lexicon/change_verbs.tsv``)."""

from __future__ import annotations

import re

# Particles of verbs of lag; not particles in general ("achter" also opens a place: "achter de tralies").
LAG_PARTICLES = ("achter",)
LAG_VERBS = frozenset(["achterblijven"])
LAG_WINDOW = 480  # characters after "bleef" searched for "achter" (12 words of the separable gap)
# What it lags behind: an earlier time, a growth or another period's level, right after the verb.
LAG_AFTER = re.compile(
    r"(?=[^\S\n]+(?:ten[^\S\n]+opzichte|vergeleken[^\S\n]+(?:met|bij)|in[^\S\n]+vergelijking"
    r"|bij[^\S\n]+(?:(?:de|het|dat|die|een)[^\S\n]+)?(?:[\w-]+[^\S\n]+)?"
    r"(?:groei|groeiende|stijgende|toenemende|stijging|toename|vorig|vorige|voorgaande|eerdere|(?:19|20)\d\d"
    r"|dat[^\S\n]+van|die[^\S\n]+van)\b))"
)


def separable_particle(
    lower: str,
    end: int,
    pattern: re.Pattern[str],
    particles: dict[str, str],
    lag_particles: tuple[str, ...] | None,
) -> tuple[str, int] | None:
    """The lemma of the verb of change and the end of its particle when a base verb ending at ``end``
    has its particle later in the clause ("neemt … |toe|", "bleef |achter| ten opzichte van"); else
    None. ``lag_particles``: the base makes only verbs of lag, whose particle is looked for with
    str.find first ("blijft", "bleef" are frequent, "achter" after them rare)."""
    if lag_particles and all(lower.find(p, end, end + LAG_WINDOW) < 0 for p in lag_particles):
        return None  # "bleef gelijk": no "achter" in reach
    tail = pattern.match(lower, end)
    if tail is None:
        return None
    group = tail.lastindex or 1  # the particle's group: one per kind of ending
    return particles[tail.group(group)], tail.end(group)
