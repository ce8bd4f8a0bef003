"""Reading and checking records: the JSON Lines of gold and predictions, made ready to score.

Gold must be valid (a known kind, unit and direction, evidence or offsets for located kinds);
predictions of kinds the scorer does not know are skipped. Numbers are made floats in place.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trendbeeld.errors import ConfigError
from trendbeeld.evaluate._normal import unit_of

KINDS = ("figure", "trend", "quote", "headline", "section")
LOCATED_KINDS = frozenset({"figure", "trend", "quote"})
UNITS = frozenset({"percent", "count", "euro", "dollar", "grade", "factor", "per_1000", "years", "other"})
DIRECTIONS = frozenset({"up", "down", "stable", "shift"})


@dataclass
class Item:
    kind: str
    data: dict[str, Any]
    spans: list[tuple[int, int]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)


def _number(value: object, where: str, name: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
    raise ConfigError(f"{where}: '{name}' moet een getal zijn, niet {value!r}")


def _check_figure(record: dict[str, Any], where: str, is_gold: bool) -> None:
    """Raise on a figure that cannot be scored; its numbers are made floats in place."""
    for name in ("value", "unit"):
        if name not in record:
            raise ConfigError(f"{where}: een cijfer (figure) mist '{name}'")
    record["value"] = _number(record["value"], where, "value")
    if record.get("value_high") is not None:
        record["value_high"] = _number(record["value_high"], where, "value_high")
    if record.get("alt_values") is not None:
        if not isinstance(record["alt_values"], list):
            raise ConfigError(f"{where}: 'alt_values' moet een lijst zijn")
        record["alt_values"] = [_number(v, where, "alt_values") for v in record["alt_values"]]
    if is_gold and unit_of(record["unit"]) not in UNITS:
        raise ConfigError(
            f"{where}: eenheid {record['unit']!r} is onbekend", hint="Kies uit: " + ", ".join(sorted(UNITS))
        )


def check_record(record: dict[str, Any], where: str, is_gold: bool) -> None:
    """Raise on a record that cannot be scored; numbers are made floats in place."""
    kind = record["kind"]
    if kind == "figure":
        _check_figure(record, where, is_gold)
    required = {
        "trend": ("phenomenon", "direction"),
        "quote": ("speaker",),
        "headline": ("title",),
        "section": ("title",),
    }.get(kind, ())
    for name in required:
        if not isinstance(record.get(name), str):
            raise ConfigError(f"{where}: '{name}' ontbreekt of is geen tekst")
    if is_gold and kind == "trend" and record["direction"] not in DIRECTIONS:
        raise ConfigError(
            f"{where}: richting {record['direction']!r} is onbekend",
            hint="Kies uit: " + ", ".join(sorted(DIRECTIONS)),
        )
    if is_gold and kind == "section" and record.get("impact") not in (None, "direct", "indirect"):
        raise ConfigError(f"{where}: impact moet direct, indirect of null zijn")
    if kind in LOCATED_KINDS:
        offsets = offsets_of(record)
        evidence = record.get("evidence")
        if offsets is None and not (isinstance(evidence, str) and evidence.strip()):
            raise ConfigError(f"{where}: geef 'evidence' of 'start' en 'end'")
        if offsets is not None and offsets[1] < offsets[0]:
            raise ConfigError(f"{where}: 'end' ligt voor 'start'")


def offsets_of(record: Mapping[str, Any]) -> tuple[int, int] | None:
    start, end = record.get("start"), record.get("end")
    if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool):
        return start, end
    return None


def read_records(path: Path, *, is_gold: bool = True) -> list[dict[str, Any]]:
    """The records of a JSON Lines file; gold must be valid, predictions of other kinds are skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: niet te lezen ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: geen UTF-8-tekst") from exc
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{where}: geen geldige JSON ({exc.msg}, kolom {exc.colno})") from exc
        if not isinstance(record, dict):
            raise ConfigError(f"{where}: verwacht een JSON-object")
        if record.get("kind") not in KINDS:
            if is_gold:
                raise ConfigError(
                    f"{where}: onbekende soort {record.get('kind')!r}", hint="Kies uit: " + ", ".join(KINDS)
                )
            continue
        check_record(record, where, is_gold)
        records.append(record)
    return records
