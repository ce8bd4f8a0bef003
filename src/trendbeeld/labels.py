"""Dutch labels for enum members, for templates and messages (one place only).

``label(member)`` gives the Dutch word of any member; ``members(Enum)`` reads them back (Dutch label →
member), for command options such as ``--status aanvaard``. Labels are kept per enum: members of two
enums can have equal values (``Direction.STABLE`` and ``Change.STABLE`` are both "stable") and still
read differently ("stabiel", "blijft gelijk").
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from trendbeeld.model import (
    AccessLevel,
    Change,
    Direction,
    EvidenceKind,
    Impact,
    SourceType,
    TrendStatus,
    Unit,
)

E = TypeVar("E", bound=Enum)

_DIRECTIONS: dict[Enum, str] = {
    Direction.RISING: "stijgend",
    Direction.FALLING: "dalend",
    Direction.STABLE: "stabiel",
    Direction.INSUFFICIENT: "te weinig gegevens",
}
_CHANGES: dict[Enum, str] = {
    Change.UP: "neemt toe",
    Change.DOWN: "neemt af",
    Change.STABLE: "blijft gelijk",
    Change.SHIFT: "verschuift",
}
# The same after a plural subject ("ervaren beperkingen nemen af").
_CHANGES_PLURAL: dict[Change, str] = {
    Change.UP: "nemen toe",
    Change.DOWN: "nemen af",
    Change.STABLE: "blijven gelijk",
    Change.SHIFT: "verschuiven",
}
_STATUSES: dict[Enum, str] = {
    TrendStatus.CANDIDATE: "kandidaat",
    TrendStatus.ACCEPTED: "aanvaard",
    TrendStatus.REJECTED: "verworpen",
    TrendStatus.MERGED: "samengevoegd",
}
# A flat table for templates (``label`` filter). Where two enums share a value, the later entry
# wins here (Change.STABLE over Direction.STABLE); ``label()`` keeps them apart.
LABELS: dict[Enum, str] = {
    **_DIRECTIONS,
    **_CHANGES,
    **_STATUSES,
    Impact.DIRECT: "direct van invloed op veiligheid",
    Impact.INDIRECT: "indirect, via de samenleving",
    EvidenceKind.FIGURE: "cijfer",
    EvidenceKind.TREND: "trenduitspraak",
    EvidenceKind.QUOTE: "citaat",
    EvidenceKind.HEADLINE: "kop",
    EvidenceKind.SECTION: "hoofdstuk",
    Unit.PERCENT: "procent",
    Unit.COUNT: "aantal",
    Unit.EURO: "euro",
    Unit.DOLLAR: "dollar",
    Unit.GRADE: "rapportcijfer",
    Unit.FACTOR: "keer",
    Unit.PER_1000: "per 1.000 inwoners",
    Unit.YEARS: "jaar",
    Unit.OTHER: "overig",
}
LABELS.update({level: level.value for level in AccessLevel})
LABELS.update({kind: kind.value for kind in SourceType})


def number(value: float, *, decimals: int | None = None) -> str:
    """``1127869`` → ``1.127.869``; ``12.5`` → ``12,5``; ``7.1`` → ``7,1`` (Dutch separators).

    Without ``decimals``: none for whole numbers, else one from 10 up and at most two below,
    without trailing zeros.
    """
    trim = decimals is None
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 10 else 2)
    text = f"{value:,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def count(n: int, singular: str, plural: str) -> str:
    """``1 bron``, ``3 bronnen``: a count with the Dutch noun in the right number."""
    return f"{n} {singular if n == 1 else plural}"


_BY_ENUM: dict[type[Enum], dict[Enum, str]] = {
    Direction: _DIRECTIONS,
    Change: _CHANGES,
    TrendStatus: _STATUSES,
}


def label(member: Enum) -> str:
    """The Dutch label of ``member`` (its value when no label is set)."""
    own = _BY_ENUM.get(type(member))
    if own is not None:
        return own[member]
    return LABELS.get(member, str(member.value))


def change_after(change: Change, *, plural: bool) -> str:
    """The Dutch label of a change after its subject: "neemt toe", or "nemen toe" after a plural."""
    return _CHANGES_PLURAL[change] if plural else _CHANGES[change]


def members(enum: type[E]) -> dict[str, E]:
    """Dutch label → member of ``enum``, in the enum's order."""
    return {label(member): member for member in enum}
