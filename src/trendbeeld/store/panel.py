"""The expert panel (Delphi): rounds on a set of trends, experts' ratings, and the group result.

Tables (created by migration 0008):

- ``panel_round``: a round on a set of trends, with its scales (criterion → lowest, highest), open or
  closed; a follow-up round names the round before it.
- ``panel_rating``: one expert's scores on one trend in one round, with a comment; rating again in
  the same round replaces the earlier rating.

The result per trend and criterion is the median, the interquartile range and the number of raters.
A trend has consensus when every criterion's interquartile range is at most ``CONSENSUS_IQR`` and at
least ``MIN_RATERS`` experts rated it. Every change is written to the audit log.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.model import hash_id
from trendbeeld.store import audit
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import metadata

panel_round = sa.Table(
    "panel_round",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("previous", sa.String(32)),
    sa.Column("trend_ids", sa.JSON, nullable=False),
    sa.Column("scales", sa.JSON, nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("opened_by", sa.String(100), nullable=False),
    sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("closed_at", sa.DateTime(timezone=True)),
)

panel_rating = sa.Table(
    "panel_rating",
    metadata,
    sa.Column(
        "round_id", sa.String(32), sa.ForeignKey("panel_round.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("trend_id", sa.String(32), primary_key=True),
    sa.Column("expert", sa.String(100), primary_key=True),
    sa.Column("scores", sa.JSON, nullable=False),
    sa.Column("comment", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

CONSENSUS_IQR = 1.0  # consensus: interquartile range of at most one scale point on every criterion …
MIN_RATERS = 3  # … rated by at least this many experts
CRITERIA = ("impact", "likelihood", "horizon")
CRITERION_LABELS = {"impact": "impact", "likelihood": "waarschijnlijkheid", "horizon": "horizon"}
DEFAULT_SCALES: dict[str, tuple[int, int]] = {"impact": (1, 5), "likelihood": (1, 5), "horizon": (1, 3)}
CONSENSUS_RULE = (
    f"consensus als de interkwartielafstand op elk criterium ten hoogste {CONSENSUS_IQR:g} schaalpunt is "
    f"en minstens {MIN_RATERS} experts de trend beoordeelden"
)


class RoundState(StrEnum):
    OPEN = "open"
    CLOSED = "gesloten"


@dataclass(frozen=True, slots=True)
class PanelRound:
    id: str
    title: str
    number: int
    previous: str | None
    trend_ids: tuple[str, ...]
    scales: dict[str, tuple[int, int]]
    state: RoundState
    opened_by: str
    opened_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class PanelRating:
    round_id: str
    trend_id: str
    expert: str
    scores: dict[str, int]
    comment: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Spread:
    """The group's answer on one criterion: median, quartiles, interquartile range, raters."""

    median: float
    q1: float
    q3: float
    n: int

    @property
    def iqr(self) -> float:
        return self.q3 - self.q1


@dataclass(frozen=True, slots=True)
class TrendResult:
    trend_id: str
    n: int
    spreads: dict[str, Spread]
    consensus: bool


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _round(row: sa.Row[tuple[object, ...]]) -> PanelRound:
    m = row._mapping
    opened = _utc(m["opened_at"])
    assert opened is not None
    return PanelRound(
        m["id"],
        m["title"],
        int(m["number"]),
        m["previous"],
        tuple(m["trend_ids"]),
        {k: (int(v[0]), int(v[1])) for k, v in m["scales"].items()},
        RoundState(m["state"]),
        m["opened_by"],
        opened,
        _utc(m["closed_at"]),
    )


def check_scales(scales: Mapping[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    if set(scales) != set(CRITERIA):
        raise ConfigError(
            "een ronde vraagt een schaal voor impact, waarschijnlijkheid en horizon",
            hint="Geef voor elk criterium een laagste en hoogste waarde",
        )
    for name, (low, high) in scales.items():
        if not 0 <= low < high <= 10:
            raise ConfigError(
                f"ongeldige schaal voor {CRITERION_LABELS[name]}: {low} tot {high}",
                hint="Kies gehele getallen van 0 tot 10, de laagste kleiner dan de hoogste",
            )
    return {name: (int(scales[name][0]), int(scales[name][1])) for name in CRITERIA}


def _get(conn: Connection, round_id: str) -> PanelRound:
    row = conn.execute(sa.select(panel_round).where(panel_round.c.id == round_id)).first()
    if row is None:
        raise NotFound(
            f"ronde '{round_id}' bestaat niet", hint="Kies een ronde uit het overzicht van het panel"
        )
    return _round(row)


def open_round(
    store: Store,
    *,
    title: str,
    trend_ids: Sequence[str],
    actor: str,
    scales: Mapping[str, tuple[int, int]] | None = None,
    previous: str | None = None,
) -> PanelRound:
    """Open a round; a follow-up of a closed ``previous`` round keeps its trends and scales by default."""
    with store.begin() as conn:
        before = _get(conn, previous) if previous else None
        if before is not None and before.state is not RoundState.CLOSED:
            raise ConfigError(f"ronde {before.number} is nog open", hint="Sluit die ronde eerst")
        chosen = list(dict.fromkeys(trend_ids)) or (list(before.trend_ids) if before else [])
        if not chosen:
            raise ConfigError(
                "een ronde vraagt minstens één trend", hint="Kies de trends die het panel beoordeelt"
            )
        checked = check_scales(scales or (before.scales if before else DEFAULT_SCALES))
        moment = datetime.now(UTC)
        number = before.number + 1 if before else 1
        clean = " ".join(title.split()) or (before.title if before else "Expertpanel")
        round_id = hash_id("panel_round", clean, number, previous or "", moment.isoformat())
        conn.execute(
            sa.insert(panel_round).values(
                id=round_id,
                title=clean,
                number=number,
                previous=previous,
                trend_ids=chosen,
                scales={k: list(v) for k, v in checked.items()},
                state=RoundState.OPEN.value,
                opened_by=actor,
                opened_at=moment,
                closed_at=None,
            )
        )
        audit.record(conn, actor, "panelronde geopend", round_id, titel=clean, ronde=number, trends=chosen)
        return _get(conn, round_id)


def close_round(store: Store, round_id: str, *, actor: str) -> PanelRound:
    with store.begin() as conn:
        found = _get(conn, round_id)
        if found.state is RoundState.CLOSED:
            raise ConfigError(f"ronde {found.number} is al gesloten", hint="Open zo nodig een volgende ronde")
        conn.execute(
            sa.update(panel_round)
            .where(panel_round.c.id == round_id)
            .values(state=RoundState.CLOSED.value, closed_at=datetime.now(UTC))
        )
        audit.record(conn, actor, "panelronde gesloten", round_id, ronde=found.number)
        return _get(conn, round_id)


def rate(
    store: Store, round_id: str, trend_id: str, *, expert: str, scores: Mapping[str, int], comment: str = ""
) -> PanelRating:
    """Store (or replace) ``expert``'s scores on a trend in an open round."""
    with store.begin() as conn:
        found = _get(conn, round_id)
        if found.state is not RoundState.OPEN:
            raise ConfigError(
                f"ronde {found.number} is gesloten; er kan niet meer worden beoordeeld",
                hint="Wacht op de volgende ronde",
            )
        if trend_id not in found.trend_ids:
            raise NotFound(
                f"trend '{trend_id}' hoort niet bij ronde {found.number}", hint="Kies een trend uit de ronde"
            )
        for name in CRITERIA:
            low, high = found.scales[name]
            value = scores.get(name)
            if value is None or not low <= value <= high:
                raise ConfigError(
                    f"{CRITERION_LABELS[name]} moet een geheel getal van {low} tot en met {high} zijn",
                    hint="Vul voor elk criterium een waarde op de schaal in",
                )
        moment = datetime.now(UTC)
        key = (
            panel_rating.c.round_id == round_id,
            panel_rating.c.trend_id == trend_id,
            panel_rating.c.expert == expert,
        )
        conn.execute(sa.delete(panel_rating).where(*key))
        values = {name: int(scores[name]) for name in CRITERIA}
        conn.execute(
            sa.insert(panel_rating).values(
                round_id=round_id,
                trend_id=trend_id,
                expert=expert,
                scores=values,
                comment=comment.strip(),
                at=moment,
            )
        )
        audit.record(conn, expert, "trend beoordeeld", round_id, trend=trend_id, **values)
    return PanelRating(round_id, trend_id, expert, values, comment.strip(), moment)


def get_round(store: Store, round_id: str) -> PanelRound:
    with store.read() as conn:
        return _get(conn, round_id)


def rounds(store: Store) -> list[PanelRound]:
    """All rounds, newest first."""
    with store.read() as conn:
        rows = conn.execute(sa.select(panel_round).order_by(panel_round.c.opened_at.desc()))
        return [_round(r) for r in rows]


def ratings(store: Store, round_id: str, *, expert: str | None = None) -> list[PanelRating]:
    query = (
        sa.select(panel_rating)
        .where(panel_rating.c.round_id == round_id)
        .order_by(panel_rating.c.trend_id, panel_rating.c.at, panel_rating.c.expert)
    )
    if expert is not None:
        query = query.where(panel_rating.c.expert == expert)
    with store.read() as conn:
        return [
            PanelRating(
                r.round_id,
                r.trend_id,
                r.expert,
                {k: int(v) for k, v in r.scores.items()},
                r.comment,
                _utc(r.at) or datetime.now(UTC),
            )
            for r in conn.execute(query)
        ]


def spread(values: Sequence[int]) -> Spread:
    q1, median, q3 = (float(v) for v in np.percentile(np.asarray(values, dtype=float), [25, 50, 75]))
    return Spread(median, q1, q3, len(values))


def results(store: Store, round_id: str) -> list[TrendResult]:
    """Per trend of the round: each criterion's spread and whether the panel reached consensus."""
    found = get_round(store, round_id)
    by_trend: dict[str, list[PanelRating]] = defaultdict(list)
    for rating in ratings(store, round_id):
        by_trend[rating.trend_id].append(rating)
    out = []
    for trend_id in found.trend_ids:
        given = by_trend.get(trend_id, [])
        spreads = {name: spread([r.scores[name] for r in given]) for name in CRITERIA} if given else {}
        consensus = len(given) >= MIN_RATERS and all(s.iqr <= CONSENSUS_IQR for s in spreads.values())
        out.append(TrendResult(trend_id, len(given), spreads, consensus))
    return out
