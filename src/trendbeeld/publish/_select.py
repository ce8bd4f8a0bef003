"""Choosing and shaping what a theme page shows, from readable evidence only.

Pure functions over evidence and sources that ``content.py`` has already filtered by access.
Orders are total (ties broken by ids) so the same store always gives the same edition.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from trendbeeld.labels import change_after, label
from trendbeeld.model import (
    Change,
    Evidence,
    Figure,
    Headline,
    Quote,
    Source,
    SourceMeta,
    SourceType,
    TrendStatement,
    Unit,
    evidence_id,
    hash_id,
)
from trendbeeld.publish import _format
from trendbeeld.publish._view import (
    HeadlineView,
    KeyFigure,
    PassageView,
    QuoteView,
    SourceLink,
    TrendView,
)
from trendbeeld.publish.summary import stopwords
from trendbeeld.stemming import stems
from trendbeeld.trends import cluster, events, signals
from trendbeeld.trends._words import lexicon_set

MAX_KEY_FIGURES = 6
MAX_QUOTES = 6
MAX_HEADLINES = 8
MAX_DEVELOPMENTS = 8
MAX_LINKS = 4
MIN_QUOTE_CHARS = 20
MAX_LABEL_CHARS = 70
DUTCH_WORDS = frozenset(
    [
        "de", "het", "een", "en", "van", "op", "te", "dat", "die", "voor", "met", "zijn",
        "niet", "aan", "er", "ook", "als", "bij", "door", "maar", "om", "naar", "wordt", "nog",
        "wel", "dan", "meer", "over", "uit"
    ]
)
ENGLISH_WORDS = frozenset(
    [
        "the", "of", "and", "to", "that", "for", "on", "with", "as", "are", "by", "this", "be",
        "was", "from", "or", "an", "which", "has", "have", "were", "their", "it", "into", "than"
    ]
)
CODE_MARKS = 3  # this many of "=", "{", "}", "<-", "_(" in a sentence: program code, not prose
_CODE_MARKS = re.compile(r"=|[{}]|<-|\w_\w+\(")
_LETTERS = re.compile(r"[a-zà-ÿ]+")
_WORDISH = re.compile(r"[^\W\d_]")  # a letter in any script
MIN_TITLE_LETTERS = 3
CONTEXT_CHARS = 260
PASSAGE_CHARS = 320
UNTITLED_FILE = "Bestand"  # before the file's name, for a source without a title
# A phenomenon the sources say both rises and falls ("Aantal mantelzorgverleners neemt toe" and "…
# neemt af" side by side read as a contradiction nobody flagged): one development, said to go both ways.
MIXED_DEVELOPMENT = "wisselend"
CHANGE_MARKS = {"up": "▲", "down": "▼", "stable": "■", "shift": "◆", signals.MIXED: "⇅"}  # mixed: both ways

_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s|\n\s*\n")


def link(item: Evidence, sources: Mapping[str, Source], files: Mapping[str, str] | None = None) -> SourceLink:
    """Where ``item`` stands: its passage on its source's page, or (news) its place in the news list."""
    source = sources[item.span.source_id]
    page = item.page if item.page is not None else source.page_at(item.span.start)
    return SourceLink(
        source.id,
        evidence_id(item),
        source_title(source),
        page,
        (files or {}).get(source.id),
    )


def source_title(source: Source) -> str:
    """The source's title; one without a word ("$", "5") is none, and the file's own name stands in,
    as it is on disk ("Bestand dashboard_crime_nl_analyse_83648NED_2010_2022.txt"): nobody takes it for
    a title, and an analyst finds the file by it. A name made readable from it ("Dashboard crime nl
    analyse … (bestand zonder titel)") read as a half title."""
    title = _format.plain(source.meta.title)
    if len(_WORDISH.findall(title)) >= MIN_TITLE_LETTERS:
        # "vaste commissie voor Financiën" heads a list as "Vaste …"; "iPhone-fraude" stays.
        return title[:1].upper() + title[1:] if title.split(" ", 1)[0].islower() else title
    name = _format.plain(re.split(r"[\\/]", source.origin)[-1])
    if "://" not in source.origin and len(_WORDISH.findall(name)) >= MIN_TITLE_LETTERS:
        return f"{UNTITLED_FILE} {name}"
    return "Bron zonder titel"


def sentence_around(source: Source, start: int, end: int, limit: int = CONTEXT_CHARS) -> str:
    """The sentence holding ``start:end``, trimmed to about ``limit`` characters."""
    text = source.text
    left = max(0, start - limit)
    before = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    begin = before[-1] if before else left
    after = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    finish = after.start() + 1 if after else min(len(text), end + limit)
    shown = _format.plain(text[begin:finish])
    if begin > 0 and not before:
        shown = "… " + shown.split(" ", 1)[-1]
    if not after and finish < len(text):
        shown = shown.rsplit(" ", 1)[0] + " …"
    return shown


def passage(item: Evidence, source: Source) -> PassageView:
    """``item`` marked in its paragraph, for the page of its source."""
    text = source.text
    start, end = item.span.start, item.span.end
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before = text[max(para_start, start - PASSAGE_CHARS) : start]
    after = text[end : min(para_end, end + PASSAGE_CHARS)]
    if start - PASSAGE_CHARS > para_start:
        before = "… " + before.split(" ", 1)[-1]
    if end + PASSAGE_CHARS < para_end:
        after = after.rsplit(" ", 1)[0] + " …"
    page = item.page if item.page is not None else source.page_at(start)
    return PassageView(
        evidence_id(item),
        label(item.kind),
        page,
        _spaced(before, tail=True),
        _format.plain(item.text),
        _spaced(after, tail=False),
    )


def _spaced(text: str, *, tail: bool) -> str:
    """Collapse whitespace but keep one space where the mark meets the text."""
    flat = _format.plain(text)
    if not flat:
        return ""
    if tail:
        return flat + (" " if text[-1:].isspace() else "")
    return (" " if text[:1].isspace() else "") + flat


# --------------------------------------------------------------------------- key figures


def _figure_key(figure: Figure) -> str:
    indicator = " ".join(stems(figure.indicator or figure.text))
    return hash_id("figure", indicator, figure.unit.value, (figure.region or "").casefold())


def _figure_rank(figure: Figure, source: Source) -> tuple[float, str, str]:
    score = 0.0
    score += 2 if figure.period else 0
    score += 1 if figure.direction else 0
    score += 1 if figure.comparison else 0
    score += 1 if source.meta.type in (SourceType.STATISTICS, SourceType.PUBLICATION) else 0
    score += 0.5 if figure.indicator else 0
    when = source.meta.date.isoformat() if source.meta.date else ""
    return (-score, _invert(when), evidence_id(figure))


# "Percentage onder kwetsbare inwoners", "aandeel bij jongeren": the population a share is taken of,
# with the measure itself left out.
_SHARE_OF_WHOM = re.compile(r"^(?:het\s+)?(?:percentage|aandeel)\s+(?:onder|bij)\s", re.IGNORECASE)
# "Zoals hulp bij administratie of advies bij aanvragen": an example of something named before it.
_EXAMPLE = re.compile(r"^(?:zoals|bijvoorbeeld|waaronder|onder\s+andere)\s", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# A measure and what it counts inside a clause: "(In Amsterdam steeg) het aantal zakkenrollerijen (in
# 2023)": the measure, an adjective and a noun of five letters or more before a preposition ("dit
# aandeel net onder de 60%" names nothing; an indicator's end may cut a word: "opgeloste gewelds").
_MEASURED = re.compile(
    r"\b(?:het\s+)?(?:aantal|aandeel|percentage)\s+(?:[^\W\d]+e\s+)?[^\W\d]{5,}(?=\s+(?:in|met|van|tot|op|bij|sinds|naar|tussen|ten)\b)",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(
    {"de", "het", "een", "in", "van", "op", "onder", "bij", "met", "uit", "tot", "en"}
)
_MORE_GROUPS = frozenset({"bewoners", "bewoner", "buren", "bevolking", "volwassenen", "deelnemers"})


def names_only_whom(label: str) -> bool:
    """Whether a card label names who was counted, not what: one word for a group of people, also as
    the end of a compound ("Buurtbewoners", "Inwoners"), a share "onder"/"bij" a group with no
    measure ("Percentage onder kwetsbare inwoners"), or an example of what was named before it
    ("Zoals hulp bij administratie")."""
    if _SHARE_OF_WHOM.search(label) or _EXAMPLE.search(label):
        return True
    words = [w for w in _WORD.findall(label.casefold()) if w not in _FUNCTION_WORDS]
    groups = lexicon_set("groups.txt") | _MORE_GROUPS

    def group(word: str) -> bool:
        return any(word.endswith(g) for g in groups)

    # every word a group or an inflected adjective of one: "Volwassen bevolking", "Mensen in de
    # leeftijdsgroep", "Oudere inwoners"
    return any(map(group, words)) and all(group(w) or w.endswith(("e", "en")) for w in words)


def figure_label(figure: Figure) -> str:
    """The figure's indicator as a card label, when it reads as one: no numbers, not too long, and a
    noun phrase rather than part of a clause ("Aanzienlijke stijging is ten opzichte") that names
    what was measured, not only of whom (`names_only_whom`). One word names no measure of a stated
    figure: "Vergelijking 65%" (… namelijk 65% in vergelijking met 75%), "Uitbraak 60%" (voor de
    uitbraak van de pandemie), "Week 40" (week 40 en 41 of a parliament's list), "Boodschappen 49%"."""
    indicator = _format.plain(figure.indicator)
    readable = indicator and len(indicator) <= MAX_LABEL_CHARS and not re.search(r"\d", indicator)
    unfit = (
        cluster.is_fragment,
        names_only_whom,
        cluster.names_a_person,
        cluster.names_a_change,
        cluster.names_no_measure,
    )
    several = len(_WORD.findall(indicator)) > 1
    if readable and several and not any(check(indicator) for check in unfit):
        return indicator[:1].upper() + indicator[1:]
    # The noun phrase in it, as a trend title would name it ("Amsterdam steeg het aantal
    # zakkenrollerijen in 2023" → "Het aantal zakkenrollerijen"); a change ("Aanzienlijke stijging")
    # names no measure.
    phrase = _format.plain(cluster.best_phrase([figure]))
    measured = _MEASURED.search(indicator or "")
    if measured and len(_WORD.findall(phrase)) < 2:  # a place or a bare word: the measure in the clause
        phrase = measured.group(0)
    if not phrase or len(_WORD.findall(phrase)) < 2 or len(phrase) > MAX_LABEL_CHARS or any(
        check(phrase) for check in (names_only_whom, cluster.names_a_change, cluster.names_no_measure)
    ):
        return ""
    return phrase[:1].upper() + phrase[1:]


def card_worthy(figure: Figure, source: Source) -> bool:
    """Whether a stated figure can stand alone on a key-figure card, as a measure of something now.

    Not: the reference of its own comparison ("een aanzienlijke stijging ten opzichte van de 11% in
    2018": the 11% is the past), or an age that bounds who was asked or counted ("inwoners in de
    leeftijd van 18 jaar tot en met 85 jaar", "vanaf de leeftijd van 65 jaar"; an average age is a
    measure)."""
    if figure.comparison and _format.plain(figure.text) in _format.plain(figure.comparison):
        return False
    if figure.unit is Unit.YEARS:
        context = sentence_around(source, figure.span.start, figure.span.end).casefold()
        return "leeftijd" not in context or "gemiddeld" in context
    return True


def reads_dutch(text: str) -> bool:
    """More Dutch than English function words, and no program code: what a Dutch edition may quote."""
    words = _LETTERS.findall(text.casefold())
    dutch = sum(w in DUTCH_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    return dutch >= english and len(_CODE_MARKS.findall(text)) < CODE_MARKS


def _invert(text: str) -> str:
    """A sort key that orders ``text`` descending."""
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


# A writer's verdict on a number, not part of it: "Slechts 8% van de buurtbewoners", "maar liefst 85%".
# Hedges that change what the number says ("ruim", "bijna", "gemiddeld", "nauwelijks de helft") stay.
_VERDICT = re.compile(r"^(?:slechts|maar\s+liefst|liefst)\s+", re.IGNORECASE)


def card_value(text: str) -> str:
    """A figure's text as a card shows it, without a verdict before the number ("Slechts 8%" → "8%")."""
    return _VERDICT.sub("", _format.plain(text))


def key_figures(
    figures: Iterable[Figure], sources: Mapping[str, Source], *, theme: str, limit: int = MAX_KEY_FIGURES
) -> tuple[KeyFigure, ...]:
    """The best stated figures of a theme as cards, one per indicator."""
    ranked = sorted(figures, key=lambda f: _figure_rank(f, sources[f.span.source_id]))
    chosen: dict[str, KeyFigure] = {}
    for figure in ranked:
        key = _figure_key(figure)
        source = sources[figure.span.source_id]
        # A card needs a name for what it counts, and a Dutch sentence to stand in; two cards of one
        # label and different values ("Volwassen bevolking 11%", "Volwassen bevolking 12%") read as
        # one measure contradicting itself: the best ranked stays.
        named = figure_label(figure)
        if key in chosen or not named or not card_worthy(figure, source):
            continue
        if any(card.label.casefold() == named.casefold() for card in chosen.values()):
            continue
        context = sentence_around(source, figure.span.start, figure.span.end)
        if not reads_dutch(context):
            continue
        change = figure.direction.value if figure.direction else None
        chosen[key] = KeyFigure(
            key=key,
            value=card_value(figure.text),
            label=named,
            context=context,
            period=_format.plain(figure.period) or None,
            region=_format.plain(figure.region) or None,
            change=change,
            change_label=label(figure.direction) if figure.direction else None,
            link=link(figure, sources),
            source_label=_format.plain(source.meta.publisher) or _format.plain(source.meta.title),
            theme=theme,
        )
        if len(chosen) >= limit:
            break
    return tuple(chosen.values())


# --------------------------------------------------------------------------- quotes, headlines


def quotes(
    items: Iterable[Quote],
    sources: Mapping[str, Source],
    limit: int = MAX_QUOTES,
    *,
    files: Mapping[str, str] | None = None,
) -> tuple[QuoteView, ...]:
    """Quotes, interviews first, one per speaker where possible."""

    def rank(q: Quote) -> tuple[int, str, str]:
        interview = sources[q.span.source_id].meta.type is SourceType.INTERVIEW
        return (0 if interview else 1, q.speaker.casefold(), evidence_id(q))

    chosen: list[QuoteView] = []
    speakers: set[str] = set()
    pool = [q for q in sorted(items, key=rank) if len(_format.plain(q.text)) >= MIN_QUOTE_CHARS]
    for first_pass in (True, False):
        for q in pool:
            if len(chosen) >= limit:
                break
            qid = evidence_id(q)
            if any(c.id == qid for c in chosen) or (first_pass and q.speaker.casefold() in speakers):
                continue
            speakers.add(q.speaker.casefold())
            chosen.append(
                QuoteView(
                    qid,
                    _format.plain(q.text).strip(" ,"),
                    _format.plain(q.speaker),
                    _format.plain(q.role) or None,
                    _format.plain(q.organisation) or None,
                    link(q, sources, files),
                )
            )
    return tuple(chosen)


def headlines(
    items: Iterable[Headline],
    sources: Mapping[str, Source],
    limit: int = MAX_HEADLINES,
    *,
    files: Mapping[str, str] | None = None,
) -> tuple[HeadlineView, ...]:
    """Media headlines, newest first, each title and each story once (`events.same_story`: six
    retellings of one event by one outlet in a day are one headline; `retold`: one event told by
    several outlets within days is one headline of the list too)."""

    def rank(h: Headline) -> tuple[str, str]:
        when = h.date or sources[h.span.source_id].meta.date
        return (_invert(when.isoformat() if when else ""), evidence_id(h))

    chosen: dict[str, HeadlineView] = {}
    stories: list[str] = []
    for h in sorted(items, key=rank):
        title = _format.plain(h.title or h.text)
        if title.casefold() in chosen:
            continue
        meta = sources[h.span.source_id].meta
        if any(events.same_story(meta, sources[k].meta) or retold(meta, sources[k].meta) for k in stories):
            continue
        stories.append(h.span.source_id)
        when = h.date or meta.date
        chosen[title.casefold()] = HeadlineView(
            evidence_id(h),
            title,
            _format.plain(h.outlet) or _format.plain(sources[h.span.source_id].meta.publisher) or None,
            _format.long_date(when),
            _format.safe_url(h.url),
            link(h, sources, files),
        )
        if len(chosen) >= limit:
            break
    return tuple(chosen.values())


_STOPWORDS = stopwords()
RETOLD_SHARE = 0.6  # of the shorter title's content stems, in the other title
RETOLD_MIN = 3  # and at least this many: "Inbraak in Breda" and "Inbraak in Breda-Noord" are no one event
_TITLE_WORD = re.compile(r"\w+")


def _title_stems(meta: SourceMeta) -> frozenset[str]:
    words = (w for w in _TITLE_WORD.findall((meta.title or "").casefold()) if w not in _STOPWORDS)
    return frozenset(s for w in words for s in stems(w))


def retold(one: SourceMeta, other: SourceMeta) -> bool:
    """Whether two news items of any outlets tell one event: dated within ``events.SAME_STORY_DAYS``,
    the shorter title's content stems (at least ``RETOLD_MIN``) for ``RETOLD_SHARE`` in the other
    ("MH17-verdachte door Oekraïne overgedragen aan Rusland" and "MH17-verdachte Tsemach overgedragen
    aan Rusland": five of one week's eight Mondiaal headlines of the real edition)."""
    if one.date is None or other.date is None or abs((one.date - other.date).days) > events.SAME_STORY_DAYS:
        return False
    shorter, longer = sorted((_title_stems(one), _title_stems(other)), key=len)
    shared = len(shorter & longer)
    return shared >= RETOLD_MIN and shared >= RETOLD_SHARE * len(shorter)


# --------------------------------------------------------------------------- developments


def developments(
    items: Sequence[TrendStatement],
    sources: Mapping[str, Source],
    *,
    theme: str,
    limit: int = MAX_DEVELOPMENTS,
) -> tuple[TrendView, ...]:
    """Trend statements grouped by phenomenon and direction, best backed first (before curation).

    Only statements whose phenomenon a trend title could name (`cluster.best_phrase`): no clause
    fragment, person, body or reference ("Wijziging kondigt de staatssecretaris een derde nota").
    """
    groups: dict[tuple[str, Change], list[TrendStatement]] = defaultdict(list)
    for item in items:
        if cluster.best_phrase([item]):
            groups[(" ".join(stems(item.phenomenon)), item.direction)].append(item)
    groups = _shifts_restated(groups)
    views = []
    for (key, change), found in groups.items():
        if change is Change.DOWN and (key, Change.UP) in groups:
            continue  # said once, with the rise (below)
        both = change is Change.UP and (key, Change.DOWN) in groups
        # a rise and a fall of one phenomenon: one development that goes both ways
        members = [*found, *groups[(key, Change.DOWN)]] if both else found
        members.sort(key=lambda m: (m.span.source_id, m.span.start))
        source_ids = {m.span.source_id for m in members}
        types = {sources[s].meta.type for s in source_ids}
        backing = signals.support(members, {s: sources[s].meta for s in source_ids})
        phenomenon = _format.plain(members[0].phenomenon)
        said = (
            f"{MIXED_DEVELOPMENT} ({change_after(Change.UP, plural=False)} en "
            f"{change_after(Change.DOWN, plural=False)})"
            if both
            else change_after(change, plural=cluster.has_plural_head(phenomenon))
        )
        views.append(
            TrendView(
                id=hash_id("development", theme, key, signals.MIXED if both else change.value),
                title=f"{phenomenon[:1].upper()}{phenomenon[1:]}: {said}" if both
                else f"{phenomenon[:1].upper()}{phenomenon[1:]} {said}",
                theme=theme,
                change=signals.MIXED if both else change.value,
                change_label=signals.MIXED_LABEL if both else label(change),
                status_label="signaal uit de bronnen",
                n_sources=backing.voices,
                n_types=len(types),
                score=float(backing.voices),
                support=signals.describe(backing),
                links=tuple(link(m, sources) for m in members[:MAX_LINKS]),
                curated=False,
            )
        )
    views.sort(key=lambda v: (-v.n_sources, -len(v.links), v.title, v.id))
    return tuple(views[:limit])


MAX_PER_SOURCE = 2  # developments that rest on one source, per source on one theme page


def per_source(
    views: Sequence[TrendView], limit: int = MAX_DEVELOPMENTS
) -> tuple[list[TrendView], dict[str, int]]:
    """The developments a theme page lists (best backed first) and, per source, how many more that
    rest on it alone are left out: one poll's eight statements of change ("Behoefte aan zorg neemt
    toe", "Belasting op mantelzorgers neemt toe", …) are no eight developments of the theme, so at
    most ``MAX_PER_SOURCE`` of one source's own are listed."""
    shown: list[TrendView] = []
    per: dict[str, int] = defaultdict(int)
    left: dict[str, int] = defaultdict(int)
    for view in views:
        own = {link.source_id for link in view.links}
        alone = next(iter(own)) if view.n_sources <= 1 and len(own) == 1 else None
        if alone is not None and (per[alone] >= MAX_PER_SOURCE or len(shown) >= limit):
            left[alone] += 1
            continue
        if len(shown) >= limit:
            continue
        if alone is not None:
            per[alone] += 1
        shown.append(view)
    return shown, dict(left)


def left_note(count: int, title: str) -> str:
    """The theme page's note on the developments of one source that `per_source` left out."""
    what = "ontwikkeling" if count == 1 else "ontwikkelingen"
    return (f"Nog {count} {what} uit alleen ‘{_format.plain(title)}’ {'staat' if count == 1 else 'staan'} "
            "niet in de lijst: één bron is nog geen trend.")


def _shifts_restated(
    groups: dict[tuple[str, Change], list[TrendStatement]],
) -> dict[tuple[str, Change], list[TrendStatement]]:
    """A shift of a phenomenon that also rises, falls or stays the same restates that change ("een
    toenemende afhankelijkheid …, een verschuiving"): its statements join the one definite direction."""
    merged = dict(groups)
    for key, change in list(groups):
        if change is not Change.SHIFT:
            continue
        definite = [c for k, c in groups if k == key and c is not Change.SHIFT]
        if len(definite) == 1:
            merged[(key, definite[0])] = [*merged[(key, definite[0])], *merged.pop((key, change))]
    return merged
