"""Events (gebeurtenissen) and when a cluster is a candidate trend.

A news item is an *event*: it reports that something happened, not that something changes. Events
are counted per topic (a cluster of evidence within a theme) per month and per outlet; outlets
repeating one story on the same day make one event (one case is no burst). Whether a
topic is emerging follows from those counts alone, against the topic's own baseline: the
*Poisson rate test* (exact, conditional on the total: under no change, the topic's events fall in
the recent window in proportion to all news of that window, a binomial test) compares the last
``RECENT_MONTHS`` months with the months before, with the volume of all news per month as
exposure, so a month with more news in the corpus does not make a burst.

A cluster becomes a candidate trend when
- at least ``MIN_VOICES`` independent sources (publishers, outlets) back it, and
- a report, poll, interview or other non-news source states a change, or its event counts rise
  significantly (q < ``ALPHA``, seen by at least ``MIN_VOICES`` outlets in the recent window) or
  marginally (``ALPHA`` <= q < ``MARGINAL_ALPHA``: the candidate is shown, titled as uncertain,
  "Mogelijk meer berichten over …", with no direction), and
- its members name a phenomenon a title can be made of (see `cluster.best_phrase`): a phrase of a
  report, poll or interview, or, for news items only, the safety phenomenon at least
  `cluster.TOPIC_SHARE` of them name ("Meer berichten over overvallen"). A bundle of single cases
  without one ("man uit België", "getuigen gezocht") is set aside, however much it grew.

Many topics are tested at once (one test per safety phenomenon of the events lexicon, about 60,
each in both directions: more events, "Meer berichten over …", and fewer, "Minder berichten over …"):
at p < 0.05 about three of them would pass by chance alone. So a verdict either way reads the *q*,
the p adjusted for all tests made together, both directions of every topic in one family
(Benjamini–Hochberg, false discovery rate: `scipy.stats.false_discovery_control`).
`_event_counts.topic_candidates` registers the p of every test it makes as the exposure's
`Exposure.family`; a test of the same news later in the process
(listing the trends, `Exposure` of the same sources) finds that family again. The run also stores
the family with its ``cluster`` decision (`Exposure.record`, keyed by a digest of the news it
tested, `Exposure.key`); a listing in another process adopts it when its news is the same
(`Exposure.adopt`), so a trend listed later reads the q the run chose it by. Only where no run's
family fits (news stored since, another access level, a store clustered before families were
stored) is the family estimated from the topics the news titles name
(`_event_counts.title_family`: the title names its item's topic as the evidence does, mostly); news
without a topic in its titles (a test made on its own) is a family of one, q = p. Both p and q are
kept, for each direction (`EventSignal.p_value` and `q_value`: more; `p_fewer` and `q_fewer_value`:
fewer).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from trendbeeld.model import Change, Evidence, SourceMeta, SourceType, TrendStatement
from trendbeeld.sources.publishers import canonical

RECENT_MONTHS = 3
ALPHA = 0.01
# A rise the test cannot vouch for at ALPHA but would at this level: shown as uncertain, no claim. A
# topic near ALPHA (p 0.008 in one run, 0.018 after one news item less) then stays on the list and
# reads as uncertain, instead of coming and going with the verdict "more reports". Both levels are
# read against the q (the p adjusted for all topics tested together), not the p.
MARGINAL_ALPHA = 0.05
MIN_VOICES = 2
MIN_RECENT_EVENTS = 3
EVENT_TYPES = frozenset({SourceType.NEWS})
TEST_NAME = "Poisson-rate-toets (exact, conditioneel binomiaal)"
STABLE_RATIO = 1.5  # "as many events": the test's interval of the rate ratio lies within 1/1.5 … 1.5

Month = tuple[int, int]


def is_event(meta: SourceMeta | None) -> bool:
    """A news item reports an event, whatever it says about change."""
    return meta is not None and meta.type in EVENT_TYPES


# One story told twice (an item and its update, or a copy under another address): same outlet, within
# days, the shorter title's words almost all in the longer one ("Man slaat ex-vriendin … slingert" and
# "… slingert bij Oosterhout"). Such items are one news item wherever items are counted or linked.
SAME_STORY_DAYS = 3
SAME_STORY_SHARE = 0.8
SAME_STORY_MIN_WORDS = 5  # a short title ("Inbraak in woning") says too little to call two items one
_TITLE_WORD = re.compile(r"\w+")


def same_story(one: SourceMeta, other: SourceMeta) -> bool:
    """Whether two news items tell one story: an item and its update or a copy under another address
    (same outlet, dated within ``SAME_STORY_DAYS``, the shorter title's words nearly all in the other)."""
    if not is_event(one) or not is_event(other):
        return False
    if not one.publisher or (one.publisher.casefold() != (other.publisher or "").casefold()):
        return False
    if one.date is None or other.date is None or abs((one.date - other.date).days) > SAME_STORY_DAYS:
        return False
    words = [set(_TITLE_WORD.findall((meta.title or "").casefold())) for meta in (one, other)]
    shorter, longer = sorted(words, key=len)
    return len(shorter) >= SAME_STORY_MIN_WORDS and len(shorter & longer) >= SAME_STORY_SHARE * len(shorter)


def stories(source_ids: Iterable[str], metas: Mapping[str, SourceMeta]) -> list[str]:
    """One news item per story (`same_story`): the first of each story by outlet, date and id, in that
    order. Only items of one outlet within ``SAME_STORY_DAYS`` are compared, so a trend of a thousand
    items costs little."""
    ordered = sorted(
        source_ids, key=lambda s: ((metas[s].publisher or "").casefold(), metas[s].date or date.min, s)
    )
    kept: list[str] = []
    recent: list[str] = []  # the kept items of the current outlet within the window
    for source_id in ordered:
        meta = metas[source_id]
        recent = [k for k in recent if _within_window(metas[k], meta)]
        if not any(same_story(meta, metas[k]) for k in recent):
            kept.append(source_id)
            recent.append(source_id)
    return kept


def _within_window(earlier: SourceMeta, later: SourceMeta) -> bool:
    """Whether ``earlier`` (of the same outlet or not) may still tell the story of ``later``."""
    if (earlier.publisher or "").casefold() != (later.publisher or "").casefold():
        return False
    if earlier.date is None or later.date is None:
        return True
    return (later.date - earlier.date).days <= SAME_STORY_DAYS


# The voice of every source that names no publisher, organisation or author: one unknown voice.
UNKNOWN_VOICE = "\0onbekend"


def voice(source_id: str, meta: SourceMeta) -> str:
    """Who speaks in a source: sources of one publisher or outlet are not independent.

    A known publisher is one voice however a source names it (`sources.publishers.canonical`: "VNG",
    "Vereniging van Nederlandse Gemeenten" and the outlet "vng.nl"; "Gemeente Den Haag" and "Gemeente
    's-Gravenhage"). A source that names no publisher, organisation or author has an unknown voice
    (`UNKNOWN_VOICE`), one for all such sources: two unnamed copies of one report, or two reports of
    one publisher that the import did not name, are no two independent voices (each counted as its
    own voice, by its ``source_id``, they were). Reports read without a manifest are named by their
    own text where it names its publisher (`sources.publishers.published`)."""
    for name in (meta.publisher, meta.organisation, meta.author):
        if name and name.strip():
            return _voice_of(name)
    return UNKNOWN_VOICE


def stated_voices(source_ids: Iterable[str], metas: Mapping[str, SourceMeta]) -> set[str]:
    """The voices (`voice`) of reports, polls, interviews and other sources that are no news item,
    where a source that names no publisher is no voice of its own beside a named source of its kind:
    an unnamed report may be one of the named report's publisher's own (two reports of one office,
    one read without its colophon), so the two are one voice. Beside a source of another kind (a
    team's signal, a news outlet: `voices`) it is still a voice: an outlet publishes no report."""
    found = {s: voice(s, metas[s]) for s in source_ids}
    named_kinds = {metas[s].type for s, v in found.items() if v != UNKNOWN_VOICE}
    return {v for s, v in found.items() if v != UNKNOWN_VOICE or metas[s].type not in named_kinds}


def voices(source_ids: Iterable[str], metas: Mapping[str, SourceMeta]) -> set[str]:
    """The independent voices of ``source_ids`` (all in ``metas``): news outlets and `stated_voices`."""
    ids = set(source_ids)
    news = {s for s in ids if is_event(metas[s])}
    return stated_voices(ids - news, metas) | {voice(s, metas[s]) for s in news}


@lru_cache(maxsize=4096)
def _voice_of(name: str) -> str:
    return (canonical(name) or name.strip()).casefold()


def month_of(day: date) -> Month:
    return (day.year, day.month)


def months_back(month: Month, n: int) -> Month:
    index = month[0] * 12 + month[1] - 1 - n
    return (index // 12, index % 12 + 1)


@dataclass(frozen=True, slots=True)
class EventSignal:
    """A topic's events: recent against baseline, with the test and its outcome."""

    recent: int  # events in the recent window
    baseline: int  # events in the months before
    recent_exposure: int  # all news items in the recent window
    baseline_exposure: int
    recent_outlets: int
    rate_ratio: float  # recent rate / baseline rate (inf when the baseline has none)
    p_value: float
    p_fewer: float = 1.0  # the test the other way: the chance of so few recent events under no change
    ratio_interval: tuple[float, float] = (0.0, math.inf)  # the test's 1 - ALPHA interval of the rate ratio
    test: str = TEST_NAME
    q_value: float | None = None  # p adjusted for all tests made together (None: not adjusted, q = p)
    q_fewer_value: float | None = None  # p_fewer adjusted in the same family (None: not adjusted)

    @property
    def q(self) -> float:
        """What the verdict of more events reads: the adjusted p (`q_value`), or the p when it was
        not adjusted."""
        return self.p_value if self.q_value is None else self.q_value

    @property
    def q_fewer(self) -> float:
        """What the verdict of fewer events reads: ``p_fewer`` adjusted in the same family as `q`."""
        return self.p_fewer if self.q_fewer_value is None else self.q_fewer_value

    @property
    def change(self) -> Change | None:
        """What the test shows: more events (`significant`), fewer (q < ``ALPHA`` the other way, in
        the same family of tests, at least ``MIN_RECENT_EVENTS`` before), as many (the interval of
        the rate ratio within ``STABLE_RATIO`` either way), or None: the counts show no change the
        test can vouch for."""
        if self.significant:
            return Change.UP
        if self.q_fewer < ALPHA and self.rate_ratio < 1 and self.baseline >= MIN_RECENT_EVENTS:
            return Change.DOWN
        low, high = self.ratio_interval
        if low >= 1 / STABLE_RATIO and high <= STABLE_RATIO:
            return Change.STABLE
        return None

    @property
    def significant(self) -> bool:
        return (
            self.q < ALPHA
            and self.rate_ratio > 1
            and self.recent >= MIN_RECENT_EVENTS
            and self.recent_outlets >= MIN_VOICES
        )

    @property
    def marginal(self) -> bool:
        """More events than the baseline, but the test is unsure: ``ALPHA`` <= q < ``MARGINAL_ALPHA``
        (with the recent events and outlets a significant rise needs). No change is claimed."""
        return (
            not self.significant
            and self.q < MARGINAL_ALPHA
            and self.rate_ratio > 1
            and self.recent >= MIN_RECENT_EVENTS
            and self.recent_outlets >= MIN_VOICES
        )

    @property
    def score(self) -> float:
        """0–1: growth (log rate ratio) weighted by the test's confidence and the outlets behind it."""
        if self.recent == 0 or self.rate_ratio <= 1:
            return 0.0
        growth = math.tanh(math.log(min(self.rate_ratio, 1e6)))
        outlets = min(self.recent_outlets, MIN_VOICES) / MIN_VOICES
        return round(max(0.0, min(1.0, growth * (1 - self.p_value) * outlets)), 4)


class Exposure:
    """All news items per month (the volume that topic counts are weighed against)."""

    def __init__(self, metas: Mapping[str, SourceMeta]) -> None:
        self.per_month: Counter[Month] = Counter(
            month_of(m.date) for m in metas.values() if is_event(m) and m.date is not None
        )
        dated = [m.date for m in metas.values() if m.date is not None]
        self.reference: date | None = max(dated) if dated else None
        self.key: str = _digest(self.reference, self.per_month, metas)
        self.family: tuple[float, ...] | None = _FAMILIES.get(self.key)
        self._metas = metas

    def tested(self, p_values: Iterable[float]) -> None:
        """Register the p of every test made together on this news, both directions of every topic
        (see the module)."""
        self.family = tuple(sorted(p_values))
        _FAMILIES[self.key] = self.family

    def record(self) -> dict[str, Any]:
        """The family registered on this news, to be stored with the run (``{}`` when none is)."""
        return {} if self.family is None else {FAMILY_NEWS: self.key, FAMILY_TESTED: list(self.family)}

    def adopt(self, record: Mapping[str, Any]) -> bool:
        """Register the family of a stored run (`record`) when it tested this very news."""
        tested = record.get(FAMILY_TESTED)
        if record.get(FAMILY_NEWS) != self.key or not isinstance(tested, list):
            return False
        self.tested(float(p) for p in tested)
        return True

    def q_value(self, p_value: float) -> float:
        """The q of a topic tested with p ``p_value`` among the family (a p not in the family is
        added to it); with no family registered, among the topics the news titles name."""
        family = list(self.family if self.family is not None else self._estimate())
        if p_value not in family:
            family.append(p_value)
        return adjusted(family)[family.index(p_value)]

    def _estimate(self) -> tuple[float, ...]:
        if self.key not in _ESTIMATES:
            from trendbeeld.trends._event_counts import title_family

            _ESTIMATES[self.key] = title_family(self._metas, self)
        return _ESTIMATES[self.key]


# The families of tests registered in this process, and those estimated from news titles, per news.
_FAMILIES: dict[str, tuple[float, ...]] = {}
_ESTIMATES: dict[str, tuple[float, ...]] = {}
FAMILY_NEWS, FAMILY_TESTED = "family_news", "family_tested"  # the keys of a run's stored family


def _digest(reference: date | None, per_month: Mapping[Month, int], metas: Mapping[str, SourceMeta]) -> str:
    """The same in every process for the same news: the reference date, the news per month and the
    ids of the news items (Python's own ``hash`` of a string differs between processes)."""
    digest = hashlib.sha256(f"{reference}|{sorted(per_month.items())}".encode())
    for source_id in sorted(s for s, m in metas.items() if is_event(m)):
        digest.update(b"\0" + source_id.encode())
    return digest.hexdigest()[:32]


def adjusted(p_values: Sequence[float]) -> list[float]:
    """Benjamini–Hochberg adjusted p-values (q, false discovery rate) of tests made together, in order:
    the i-th smallest of m p-values becomes min over j >= i of m·p_(j)/j, at most 1."""
    if not p_values:
        return []
    from scipy.stats import false_discovery_control

    return [float(q) for q in false_discovery_control(list(p_values), method="bh")]


def event_signal(
    events: Iterable[tuple[str, SourceMeta]], exposure: Exposure, *, recent_months: int = RECENT_MONTHS
) -> EventSignal | None:
    """The Poisson rate test of a topic's events, ``(source id, meta)`` of each event source, with
    its p of more and of fewer events adjusted for all tests made on the same news, both directions
    of every topic (`Exposure.q_value`)."""
    signal = raw_signal(events, exposure, recent_months=recent_months)
    if signal is None or min(signal.p_value, signal.p_fewer) >= 1.0:  # no test made (or q = p = 1)
        return signal
    return dataclasses.replace(
        signal, q_value=exposure.q_value(signal.p_value), q_fewer_value=exposure.q_value(signal.p_fewer)
    )


def raw_signal(
    events: Iterable[tuple[str, SourceMeta]], exposure: Exposure, *, recent_months: int = RECENT_MONTHS
) -> EventSignal | None:
    """`event_signal` without the adjustment (its ``q_value`` None)."""
    if exposure.reference is None:
        return None
    last = month_of(exposure.reference)
    first_recent = months_back(last, recent_months - 1)
    counts: Counter[Month] = Counter()
    outlets: set[str] = set()
    days: set[date] = set()
    for source_id, meta in events:
        if meta.date is None or not is_event(meta):
            continue
        month = month_of(meta.date)
        if month >= first_recent:
            outlets.add(voice(source_id, meta))
        if meta.date not in days:  # one story told by several outlets on one day is one event
            days.add(meta.date)
            counts[month] += 1
    recent = sum(n for m, n in counts.items() if m >= first_recent)
    baseline = sum(n for m, n in counts.items() if m < first_recent)
    exp_recent = sum(n for m, n in exposure.per_month.items() if m >= first_recent)
    exp_base = sum(n for m, n in exposure.per_month.items() if m < first_recent)
    if recent + baseline == 0 or exp_recent == 0 or exp_base == 0:
        return EventSignal(recent, baseline, exp_recent, exp_base, len(outlets), 1.0, 1.0)
    from scipy.stats import binomtest

    share = exp_recent / (exp_recent + exp_base)
    p_value = float(binomtest(recent, recent + baseline, share, alternative="greater").pvalue)
    p_fewer = float(binomtest(recent, recent + baseline, share, alternative="less").pvalue)
    interval = binomtest(recent, recent + baseline, share).proportion_ci(confidence_level=1 - ALPHA)
    base_rate = baseline / exp_base
    ratio = (recent / exp_recent) / base_rate if base_rate else math.inf
    bounds = (_rate_ratio(interval.low, share), _rate_ratio(interval.high, share))
    return EventSignal(recent, baseline, exp_recent, exp_base, len(outlets), ratio, p_value, p_fewer, bounds)


def _rate_ratio(proportion: float, share: float) -> float:
    """The rate ratio (recent against baseline) at which the recent window holds ``proportion`` of
    the events, when it holds ``share`` of all news."""
    if proportion >= 1:
        return math.inf
    return (proportion / (1 - proportion)) * ((1 - share) / share)


@dataclass(frozen=True, slots=True)
class Qualification:
    """Why a cluster is, or is not, a candidate trend."""

    voices: int
    stated: bool  # a non-news source states a change
    signal: EventSignal | None

    @property
    def qualifies(self) -> bool:
        rising = self.signal is not None and (self.signal.significant or self.signal.marginal)
        return self.voices >= MIN_VOICES and (self.stated or rising)

    @property
    def within_reach(self) -> bool:
        """Whether some of these members could still qualify: leaving members out only lowers the
        voices, the recent events and the outlets behind them, so a cluster short of those now never
        qualifies with fewer members (its events' share of the recent window can rise, though)."""
        signal = self.signal
        rising = (
            signal is not None and signal.recent >= MIN_RECENT_EVENTS and signal.recent_outlets >= MIN_VOICES
        )
        return self.voices >= MIN_VOICES and (self.stated or rising)


def qualify(
    evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta], exposure: Exposure
) -> Qualification:
    """Independent sources, a stated change outside the news, and the event test of ``evidence``."""
    sources = {e.span.source_id for e in evidence if e.span.source_id in metas}
    found = voices(sources, metas)
    stated = any(
        isinstance(e, TrendStatement) and not is_event(metas.get(e.span.source_id)) for e in evidence
    )
    signal = event_signal(((s, metas[s]) for s in sorted(sources)), exposure)
    return Qualification(len(found), stated, signal)
