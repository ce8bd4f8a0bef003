"""Dutch labels for enum members, for templates and messages (one place only)."""

from __future__ import annotations

from enum import Enum

from trendbeeld.model import AccessLevel, Change, Direction, EvidenceKind, Impact, SourceType, Unit

LABELS: dict[Enum, str] = {
    Direction.RISING: "stijgend",
    Direction.FALLING: "dalend",
    Direction.STABLE: "stabiel",
    Direction.INSUFFICIENT: "te weinig gegevens",
    Change.UP: "neemt toe",
    Change.DOWN: "neemt af",
    Change.STABLE: "blijft gelijk",
    Change.SHIFT: "verschuift",
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


def label(member: Enum) -> str:
    """The Dutch label of ``member`` (its value when no label is set)."""
    return LABELS.get(member, str(member.value))
