"""Which person a pronoun can refer to: the gender of common first names ("zegt zij" is not the
man named just before). Names not in ``lexicon/first_names.tsv`` have no known gender and fit
either pronoun."""

from __future__ import annotations

from functools import cache
from importlib import resources

_PRONOUN_GENDER = {"hij": "m", "zij": "v", "ze": "v"}


@cache
def _first_names() -> dict[str, str]:
    data = resources.files("trendbeeld.extract").joinpath("lexicon", "first_names.tsv")
    lines = data.read_text(encoding="utf-8").splitlines()
    pairs = (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    return {name.strip(): gender.strip() for name, gender in pairs}


def gender(speaker: str) -> str | None:
    """"m" or "v" when the speaker's first name is a common one, else None."""
    first = speaker.split(maxsplit=1)[0].lower() if speaker.strip() else ""
    return _first_names().get(first)


def fits(pronoun: str | None, speaker: str) -> bool:
    """Whether ``pronoun`` ("hij", "zij", "ze") may refer to ``speaker``: no known gender that
    contradicts it."""
    wanted = _PRONOUN_GENDER.get(pronoun.lower()) if pronoun else None
    known = gender(speaker)
    return wanted is None or known is None or known == wanted
