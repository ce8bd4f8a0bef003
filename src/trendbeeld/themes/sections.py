"""Sections (hoofdstukken en paragrafen): the headings of a report, each with the text it introduces.

Headings are found from layout and wording (:mod:`._headings`); the furniture, front matter and
news layouts among them are no sections (:mod:`._selection`). A compilation of news articles and
one news article have no sections at all; a text whose paragraphs are whole articles or pages keeps
only the numbered headings and headings in capitals inside its lines (:mod:`._newstext`,
:mod:`._flatsections`).

A numbered heading's level is its number's depth ("3" 1, "3.2" 2); a chapter title is level 1 and
its sub-headings level 2. A sub-heading that recurs in every chapter ("Duiding") is a section each
time.

A section's theme is its chapter's theme when the chapter names one of the taxonomy (by name or by
a key term; a numbered chapter that names none ends the previous chapter's theme); otherwise the
theme whose profile (see :mod:`trendbeeld.themes.profiles`) best fits its heading and the text under
it.
"""

from __future__ import annotations

import re

from trendbeeld.cutwords import unwrap
from trendbeeld.model import Section, Source, SourceType, Span, Taxonomy, Theme
from trendbeeld.stemming import stems
from trendbeeld.themes._flatsections import FlatHeading, capital_headings, numbered_headings
from trendbeeld.themes._headings import Chapter, Heading, Line, find_headings, is_chapter_number
from trendbeeld.themes._newstext import is_news, lost_line_breaks
from trendbeeld.themes._selection import selected
from trendbeeld.themes.profiles import Profiles
from trendbeeld.themes.taxonomy import top_level

CHAPTER_OVERLAP = 0.5
# Words in theme names that do not name a theme in a chapter title: "Veiligheid" is no chapter on
# "Zorg en veiligheid", "Ontwikkelingen" none on "Mondiale ontwikkelingen".
GENERIC_NAME_WORDS = ("en", "veiligheid", "ontwikkelingen")
# A section's theme: its heading's fit weighs this much, the text under it (up to the next heading,
# at most THEME_CONTEXT_CHARS) the rest.
HEADING_WEIGHT = 0.5
THEME_CONTEXT_CHARS = 1500


def _chapter_theme(lines: tuple[Line, ...], taxonomy: Taxonomy) -> str | None:
    """The top-level theme a chapter heading names, if it names one: by its name or a key term."""
    generic = set(stems(" ".join(GENERIC_NAME_WORDS)))
    title = {s for s in stems(unwrap([x.raw for x in lines])) if not s.isdigit()} - generic
    if not title:
        return None
    best, best_fit = None, 0.0
    for theme in taxonomy.themes:
        name = set(stems(theme.name)) - generic
        shared = len(title & name)
        if theme.parent or not name or shared / len(name) < CHAPTER_OVERLAP or len(title) > len(name) + 2:
            continue
        fit = shared / len(name) + shared / len(
            title
        )  # "Georganiseerde criminaliteit" is not "Criminaliteit"
        if fit > best_fit:
            best, best_fit = theme.key, fit
    return best or _named_by_key_term(title, taxonomy)


def _named_by_key_term(title: set[str], taxonomy: Taxonomy) -> str | None:
    """The one top-level theme with a key term that is the whole chapter title ("Ondermijning")."""
    named = {
        top.key
        for theme in taxonomy.themes
        if any(set(stems(term)) == title for term in theme.key_terms)
        and (top := top_level(taxonomy, theme.key)) is not None
    }
    return named.pop() if len(named) == 1 else None


def _section_text(text: str, headings: list[Heading | Chapter], index: int) -> str:
    """The text under heading ``index`` up to the next heading, at most THEME_CONTEXT_CHARS long."""
    start = headings[index].lines[-1].end
    following = [h.lines[0].start for h in headings[index + 1 :]]
    end = min([*following, start + THEME_CONTEXT_CHARS])
    return " ".join(text[start:end].split())


def sections(source: Source, taxonomy: Taxonomy | None = None) -> list[Section]:
    """The sections of ``source``; with a taxonomy, each gets a theme and that theme's impact.

    A section's theme is its chapter's when the chapter names one; otherwise the theme that fits its
    heading (weighing HEADING_WEIGHT) and the text under it best.
    """
    if source.meta.type is SourceType.NEWS or is_news(source.text):
        return []  # a news article's subheads are not sections, nor a compilation's titles
    profiles = Profiles.build(taxonomy) if taxonomy else None
    by_key = {t.key: t for t in taxonomy.themes} if taxonomy else {}
    if lost_line_breaks(source.text):  # only numbered headings and headings in capitals show
        flat = sorted(
            [*numbered_headings(source.text), *capital_headings(source.text)], key=lambda h: h.start
        )
        kept = [h for i, h in enumerate(flat) if not i or flat[i - 1].end <= h.start]
        return [_flat_section(source, h, profiles, by_key) for h in kept]
    found: list[Section] = []
    headings = list(find_headings(source.text))
    for index in selected(headings, source.text):
        heading = headings[index]
        theme_key: str | None = None
        if taxonomy is not None and profiles is not None:
            chapter = _chapter_of(headings[:index], taxonomy)
            if isinstance(heading, Chapter):
                chapter = _chapter_theme(heading.lines, taxonomy)
            if isinstance(heading, Chapter):  # a chapter's text runs on under its sections
                start = heading.lines[-1].end
                body = " ".join(source.text[start : start + THEME_CONTEXT_CHARS].split())
            else:
                body = _section_text(source.text, headings, index) or heading.body
            theme_key = chapter or profiles.best_top(heading.title, body, heading_weight=HEADING_WEIGHT)
        theme = by_key.get(theme_key) if theme_key else None
        start, end = heading.lines[0].start, heading.lines[-1].end
        start += len(heading.lines[0].raw) - len(heading.lines[0].raw.lstrip())
        end -= len(heading.lines[-1].raw) - len(heading.lines[-1].raw.rstrip())
        found.append(
            Section(
                span=Span(source.id, start, end),
                text=source.text[start:end],
                title=heading.title,
                level=_level(heading),
                theme=theme.name if theme else None,
                impact=theme.impact if theme else None,
                page=source.page_at(start),
            )
        )
    return found


def _flat_section(
    source: Source, heading: FlatHeading, profiles: Profiles | None, by_key: dict[str, Theme]
) -> Section:
    """A numbered heading found inside a line (line breaks lost) as a section."""
    body = " ".join(source.text[heading.end : heading.end + THEME_CONTEXT_CHARS].split())
    key = profiles.best_top(heading.title, body, heading_weight=HEADING_WEIGHT) if profiles else None
    theme = by_key.get(key) if key else None
    return Section(
        span=Span(source.id, heading.start, heading.end),
        text=source.text[heading.start : heading.end],
        title=heading.title,
        level=heading.level,
        theme=theme.name if theme else None,
        impact=theme.impact if theme else None,
        page=source.page_at(heading.start),
    )


def _level(heading: Heading | Chapter) -> int:
    """A numbered heading's depth ('3' 1, '3.2' 2, '3.2.1' 3); else 1 for a chapter, the heading's own."""
    number = re.match(r"^(\d+(?:\.\d+)*)\.?\s", heading.lines[0].text)
    if number:
        return number.group(1).count(".") + 1
    return heading.level if isinstance(heading, Heading) else 1


def _chapter_of(before: list[Heading | Chapter], taxonomy: Taxonomy) -> str | None:
    """The theme named by the chapter the headings ``before`` a section leave open, if any."""
    chapter: str | None = None
    for heading in before:
        if isinstance(heading, Chapter):
            named = _chapter_theme(heading.lines, taxonomy)
            # A numbered chapter that names no theme ends the previous chapter's theme.
            chapter = named or (None if is_chapter_number(heading.lines) else chapter)
    return chapter
