"""One cell at a time: numbers, periods, units and footnote symbols as StatLine and others write them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from trendbeeld import months
from trendbeeld.model import Unit

SYMBOLS = {
    ".": "geen waarde ('.': onbekend of geheim)",
    "..": "geen waarde ('..': onbekend)",
    "x": "geen waarde ('x': geheim)",
    "-": "geen waarde ('-': nihil of niet van toepassing)",
    "–": "geen waarde ('–')",
    "?": "geen waarde ('?': onbetrouwbaar)",
    "": "lege cel",
    "nan": "geen waarde ('nan')",
    "#null!": "geen waarde ('#NULL!')",
}

_NUMBER_COMMA = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")
_NUMBER_DOTS = re.compile(r"^[+-]?\d{1,3}(\.\d{3}){2,}$")


def _month(year: str, month: int) -> str | None:
    return f"{year}-{month:02d}" if 1 <= month <= 12 else None


def _day(year: str, month: int, day: int) -> str | None:
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


_Y = r"((?:19|20)\d\d)"
_PERIOD_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    (re.compile(_Y + r"(?:\.0|jj00)?"), lambda m: m[1]),
    (re.compile(_Y + r"mm(\d\d)"), lambda m: _month(m[1], int(m[2]))),
    (re.compile(_Y + r"-(\d\d)"), lambda m: _month(m[1], int(m[2]))),
    (re.compile(_Y + r"kw0?(\d)"), lambda m: f"{m[1]}Q{m[2]}" if m[2] in "1234" else None),
    (re.compile(_Y + r"[ -]?q([1-4])"), lambda m: f"{m[1]}Q{m[2]}"),
    (re.compile(r"([a-z]+)\.? " + _Y), lambda m: _month(m[2], months.number(m[1]))),
    (re.compile(_Y + r" ([a-z]+)"), lambda m: _month(m[1], months.number(m[2]))),
    (re.compile(r"(\d\d?)-(\d\d?)-" + _Y), lambda m: _day(m[3], int(m[2]), int(m[1]))),
    (re.compile(_Y + r"-(\d\d)-(\d\d)(?:[ t][\d:.]+)?"), lambda m: _day(m[1], int(m[2]), int(m[3]))),
)


def parse_period(text: str) -> tuple[str, bool] | None:
    """``(normalised period, provisional)`` for a period as StatLine and others write it, or None.

    ``2022JJ00`` → ``2022``, ``2023MM04`` → ``2023-04``, ``2023KW02`` → ``2023Q2``, ``Januari 2020`` →
    ``2020-01``, ``11-07-2023`` → ``2023-07-11``; a trailing ``*`` or "(voorlopig)" marks it provisional.
    """
    lowered = " ".join(str(text).split()).lower()
    provisional = lowered.endswith("*") or "voorlopig" in lowered
    lowered = re.sub(r"\s*\(?(nader voorlopig|voorlopig)\)?$", "", lowered.rstrip("*").strip())
    for pattern, form in _PERIOD_FORMS:
        match = pattern.fullmatch(lowered)
        if match:
            period = form(match)
            return (period, provisional) if period else None
    return None


def symbol(text: str) -> str | None:
    """The reason a footnote symbol or empty cell gives no value, else None."""
    return SYMBOLS.get(text.strip().lower())


def decimal_comma(cells: Iterable[str]) -> bool:
    """True when this column writes numbers the Dutch way (decimal comma, '.' thousands)."""
    for text in cells:
        value = text.strip().rstrip("*").strip()
        if _NUMBER_COMMA.match(value) or _NUMBER_DOTS.match(value):
            return True
    return False


def parse_number(text: str, *, decimal_comma: bool = False) -> tuple[float, bool] | None:
    """``(value, provisional)``, or None when ``text`` is not a number."""
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    provisional = value.endswith("*")
    value = value.rstrip("*")
    if decimal_comma:
        value = value.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", value):
        value = value.replace(",", "")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", value):
        return None
    return float(value), provisional


_UNIT_CUES: tuple[tuple[Callable[[str], bool], Unit], ...] = (
    (lambda t: t.startswith("%") or any(w in t for w in ("procent", "percentage", "relatief")), Unit.PERCENT),
    (lambda t: re.search(r"per ?1[ .]?000", t) is not None, Unit.PER_1000),
    (lambda t: t in {"aantal", "absoluut", "aantallen", "count"}, Unit.COUNT),
    (lambda t: "rapportcijfer" in t, Unit.GRADE),
    (lambda t: "euro" in t or "€" in t, Unit.EURO),
    (lambda t: "schaalscore" in t or "index" in t, Unit.OTHER),
)


def unit_of(text: str) -> str | None:
    """The unit a header or unit cell names ("aantal", "%", "per 1 000 inwoners"…), or None."""
    lowered = text.strip().lower()
    return next((unit.value for cue, unit in _UNIT_CUES if lowered and cue(lowered)), None)


def clean_label(text: str) -> str:
    return " ".join(text.replace("|", " ").split())


def humanise(name: str) -> str:
    """``TotaalGeregistreerdeMisdrijven_1`` → ``Totaal geregistreerde misdrijven``."""
    base = re.sub(r"_\d+$", "", name.strip())
    if " " not in base and re.search(r"[a-z][A-Z]", base):
        words = re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Z])", " ", base).split()
        return " ".join([words[0], *(w.lower() for w in words[1:])])
    return clean_label(base.replace("_", " "))
