"""Dutch formatting of numbers, dates and text from sources, and the URL allow-list."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from trendbeeld import months
from trendbeeld.labels import number
from trendbeeld.model import Unit

__all__ = ["long_date", "number", "plain", "safe_url", "signed_percent", "slug", "unit_label", "with_unit"]

MONTHS = months.names()  # the full names of extract/lexicon/months.tsv, January first
SAFE_SCHEMES = ("http", "https")
# Control characters that have no place in a page, even escaped.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def with_unit(value: float, unit: Unit | str | None) -> str:
    """A value with its unit in Dutch: ``12,5 procent``, ``€ 100``, ``4,2 per 1.000 inwoners``."""
    shown = number(value)
    if unit in (Unit.PERCENT, "percent", "%", "procent"):
        return f"{shown} procent"
    if unit in (Unit.EURO, "euro", "€"):
        return f"€ {shown}"
    if unit in (Unit.PER_1000, "per_1000"):
        return f"{shown} per 1.000 inwoners"
    return shown


UNIT_LABELS = {
    Unit.COUNT.value: "aantal",
    Unit.PERCENT.value: "procent",
    Unit.PER_1000.value: "per 1.000 inwoners",
    Unit.EURO.value: "euro",
    Unit.GRADE.value: "rapportcijfer",
    Unit.YEARS.value: "jaren",
    Unit.FACTOR.value: "factor",
}


def unit_label(unit: Unit | str | None) -> str:
    """The unit in Dutch words (``aantal``, ``procent``, ``per 1.000 inwoners``); "" when unknown."""
    if unit is None:
        return ""
    return UNIT_LABELS.get(str(unit.value if isinstance(unit, Unit) else unit), "")


def signed_percent(value: float) -> str:
    """``+3,2 procent`` / ``-1,5 procent`` (with a real minus sign)."""
    sign = "+" if value > 0 else ("−" if value < 0 else "")
    return f"{sign}{number(abs(value), decimals=1)} procent"


def long_date(value: date | None) -> str | None:
    """``2024-05-01`` → ``1 mei 2024``."""
    if value is None:
        return None
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def plain(text: str | None) -> str:
    """Source text for display: control characters removed, whitespace collapsed."""
    if not text:
        return ""
    return " ".join(_CONTROL.sub(" ", text).split())


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address; None for ``javascript:`` and anything else."""
    if not url:
        return None
    cleaned = plain(url)
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc or any(c in cleaned for c in "<>\"' "):
        return None
    return cleaned


def slug(text: str) -> str:
    """A file-name-safe key: lower case ASCII letters, digits and hyphens."""
    text = text.lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "thema"
