"""News items: RSS/Atom feeds (files and URLs) and CSV exports (title, outlet, date, url).

Every item becomes its own source of type ``nieuws``: its text is the headline, a blank line
and the lead; its metadata carries outlet, date and link.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import logging
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlparse

import defusedxml.ElementTree
import feedparser
import httpx
import nh3
from defusedxml import DefusedXmlException

from trendbeeld.errors import BadTable, UnreadableFile
from trendbeeld.model import Source, SourceMeta, SourceType
from trendbeeld.sources.base import decode, max_bytes, read_bytes

USER_AGENT = "trendbeeld/0.1 (+https://github.com/trendbeeld/trendbeeld)"

# Column names accepted in news CSV exports, first match wins.
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "title": ("title", "titel", "kop", "headline"),
    "outlet": ("outlet", "medium", "bron", "source", "publisher", "uitgever"),
    "date": ("date", "datum", "published", "gepubliceerd", "pubdate"),
    "url": ("url", "link", "href"),
    "text": ("text", "tekst", "lead", "summary", "samenvatting", "description", "intro"),
}
REQUIRED = ("title",)
STATISTICS_HINTS = {"indicator", "period", "periode", "perioden", "value", "waarde", "regio", "region"}
MAX_FEED_DEPTH = 100  # an RSS item is 4 levels deep; HTML in a summary is escaped text, not elements
_TAG = re.compile(rb"<(/?)[A-Za-z_][^<>]{0,2000}?(/?)>")  # bounded, so linear in the input
CSV_FIELD_LIMIT = csv.field_size_limit()  # the csv module's limit per cell (131,072 characters)

log = logging.getLogger(__name__)


def news_source(origin: str, title: str, lead: str, meta: SourceMeta) -> Source:
    title = " ".join(title.split())
    lead = " ".join(lead.split())
    text = f"{title}\n\n{lead}" if lead else title
    return Source.create(origin, text, replace(meta, type=SourceType.NEWS, title=title))


def outlet_of(url: str | None) -> str | None:
    host = urlparse(url or "").hostname
    return host.removeprefix("www.") if host else None


def parse_date(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%d-%m-%Y %H:%M", "%a, %d %b %Y %H:%M:%S %z"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def _plain(fragment: str) -> str:
    """Text of an HTML fragment from a feed: every tag removed, entities decoded."""
    return html.unescape(nh3.clean(fragment, tags=set(), strip_comments=True))


# ---------------------------------------------------------------------------------------- feeds


def _check_xml(data: bytes | str, origin: str) -> None:
    """Refuse a feed that declares entities (a "billion laughs"), refers to external ones or nests
    deeper than :data:`MAX_FEED_DEPTH`.

    The check parses with defusedxml, counting depth as it goes; a feed that is not well-formed XML
    is left to feedparser's lenient parser (which expands nothing) unless it was too deep before
    the damage.
    """
    depth = 0
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        for event, _ in defusedxml.ElementTree.iterparse(io.BytesIO(raw), events=("start", "end")):
            depth += 1 if event == "start" else -1
            if depth > MAX_FEED_DEPTH:
                raise UnreadableFile(
                    f"de XML van de feed is te diep genest (meer dan {MAX_FEED_DEPTH} niveaus)", path=origin,
                    hint="Controleer of dit een RSS- of Atom-feed is")
    except DefusedXmlException as exc:
        raise UnreadableFile(
            "de feed declareert eigen XML-entiteiten (DTD); zo'n feed wordt niet gelezen", path=origin,
            hint="Een gewone RSS- of Atom-feed heeft dat niet nodig; vraag de bron om een gewone feed",
        ) from exc
    except (SyntaxError, ValueError, LookupError):  # not well-formed or odd encoding: feedparser takes it
        if _rough_depth(raw) > MAX_FEED_DEPTH:  # ... but not nested without end (it is slow on that)
            raise UnreadableFile(
                f"de XML van de feed is beschadigd en te diep genest (meer dan {MAX_FEED_DEPTH} niveaus)",
                path=origin, hint="Controleer of dit een RSS- of Atom-feed is") from None


def _rough_depth(raw: bytes) -> int:
    """The deepest nesting of tags, counted without parsing (for XML that is not well-formed)."""
    depth = deepest = 0
    for match in _TAG.finditer(raw):
        if match.group(1):
            depth = max(0, depth - 1)
        elif not match.group(2):
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _parse_feed(data: bytes | str, origin: str) -> feedparser.FeedParserDict:
    try:
        return feedparser.parse(data)
    except (ValueError, LookupError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
        # feedparser is lenient, but its encoding detection and loose parser can still fail
        raise UnreadableFile(f"de feed is beschadigd en niet te lezen ({type(exc).__name__})", path=origin,
                             hint="Controleer of dit een RSS- of Atom-feed is") from exc


def _entry_date(entry: Mapping[str, object], origin: str, index: int) -> dt.date | None:
    """The item's date; a date that does not exist (year 0 or 10000, 31 April) is ignored with a warning."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not isinstance(stamp, time.struct_time):
        return None
    try:
        return dt.date(*stamp[:3])
    except (ValueError, OverflowError):
        log.warning("%s: item %d has a date out of range (%s); ignored", origin, index + 1, stamp[:3])
        return None


def feed_sources(data: bytes | str, origin: str, meta: SourceMeta) -> Iterator[Source]:
    _check_xml(data, origin)
    parsed = _parse_feed(data, origin)
    if not parsed.entries:
        problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise UnreadableFile(f"geen nieuwsberichten gevonden in de feed{problem}", path=origin,
                             hint="Controleer of dit een RSS- of Atom-feed is")
    channel = parsed.feed.get("title") or outlet_of(parsed.feed.get("link")) or outlet_of(origin)
    for index, entry in enumerate(parsed.entries):
        link = entry.get("link")
        item_meta = replace(
            meta,
            publisher=meta.publisher or channel,
            url=link or meta.url,
            date=_entry_date(entry, origin, index) or meta.date,
        )
        yield news_source(link or f"{origin}#{index}", _plain(entry.get("title", "")),
                          _plain(entry.get("summary", "")), item_meta)


def fetch(url: str, client: httpx.Client | None = None) -> httpx.Response:
    """GET ``url`` (redirects followed, at most the file size limit); a Dutch error when it fails."""
    own = client is None
    client = client or httpx.Client(timeout=30.0, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    limit = max_bytes()
    try:
        with client.stream("GET", url) as response:
            response.raise_for_status()
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise UnreadableFile(
                        f"het antwoord is groter dan de grens van {limit / 1024 / 1024:.0f} MB", path=url,
                        hint="Sla het bestand op en splits het, of verhoog de grens met TRENDBEELD_MAX_MB",
                    )
                chunks.append(chunk)
            return httpx.Response(response.status_code, headers=response.headers, content=b"".join(chunks),
                                  request=response.request)
    except httpx.HTTPStatusError as exc:
        status = exc.response
        raise UnreadableFile(f"de server antwoordde {status.status_code} ({status.reason_phrase})", path=url,
                             hint="Controleer de URL") from exc
    except httpx.HTTPError as exc:
        raise UnreadableFile(f"ophalen mislukt ({type(exc).__name__}: {exc})", path=url,
                             hint="Controleer de URL en de internetverbinding") from exc
    finally:
        if own:
            client.close()


def url_sources(url: str, meta: SourceMeta, client: httpx.Client | None = None) -> Iterator[Source]:
    """A feed URL gives its items; any other page is read as HTML."""
    from trendbeeld.sources.html import html_source

    response = fetch(url, client)
    kind = response.headers.get("content-type", "").lower()
    head = response.content[:500].lower()
    if "rss" in kind or "atom" in kind or b"<rss" in head or b"<feed" in head:
        yield from feed_sources(response.content, url, meta)
    else:
        yield html_source(url, response.text, replace(meta, url=meta.url or url), url)


class FeedReader:
    name = "feed"
    suffixes = (".rss", ".atom", ".xml")

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]:
        yield from feed_sources(read_bytes(path), str(path.resolve()), meta)


# ------------------------------------------------------------------------------------ CSV files


def _columns(header: list[str], path: Path, delimiter: str) -> dict[str, int]:
    lowered = [h.strip().lower().lstrip("\ufeff") for h in header]
    found = {
        name: next((lowered.index(a) for a in aliases if a in lowered), -1)
        for name, aliases in COLUMNS.items()
    }
    if found["title"] < 0:
        if STATISTICS_HINTS & set(lowered):
            raise BadTable("dit lijkt een statistiekbestand, geen nieuwsexport", path=path, line=1,
                           hint="Importeer cijfers met 'trendbeeld indicators import'")
        other = next((d for d in ";,\t|" if d != delimiter and d in "".join(header)), None)
        if other:
            raise BadTable(f"het scheidingsteken klopt niet: de kopregel lijkt '{other}' te gebruiken",
                           path=path, line=1, hint="Gebruik komma's of puntkomma's tussen de kolommen")
        raise BadTable(f"kolom 'title' ontbreekt (gevonden: {', '.join(header)})", path=path, line=1,
                       hint="Een nieuws-CSV heeft de kolommen title, outlet, date en url")
    return {name: index for name, index in found.items() if index >= 0}


def _sniff(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    return max(",;\t", key=first.count)


def _rows(rows: Iterator[list[str]], path: Path) -> Iterator[list[str]]:
    """The rows of a CSV reader; a cell over the field limit or a broken quote is a BadTable."""
    reader = rows
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line = getattr(reader, "line_num", None)
            if "field limit" in str(exc):
                message = f"een cel is langer dan {CSV_FIELD_LIMIT:,} tekens".replace(",", ".")
                hint = "Controleer de aanhalingstekens: een ontbrekend sluitteken maakt van de rest één cel"
            else:
                message, hint = f"de CSV is niet goed opgebouwd ({exc})", "Controleer de aanhalingstekens"
            raise BadTable(message, path=path, line=line, hint=hint) from exc


def csv_sources(text: str, path: Path, meta: SourceMeta) -> list[Source]:
    """Every row of a news CSV as a source; the whole file is checked before anything is returned."""
    delimiter = _sniff(text[:4096])
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(_rows(rows, path), None)
    if not header:
        raise BadTable("het CSV-bestand heeft geen kopregel", path=path, line=1)
    cols = _columns(header, path, delimiter)
    found: list[Source] = []
    for row in _rows(rows, path):
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            count = f"{len(row)} kolom" if len(row) == 1 else f"{len(row)} kolommen"
            raise BadTable(f"deze regel heeft {count}, de kopregel {len(header)}", path=path, line=line,
                           hint=f"Controleer het scheidingsteken ('{delimiter}') en de aanhalingstekens")

        def cell(name: str, row: list[str] = row) -> str:
            return row[cols[name]].strip() if name in cols else ""

        try:
            day = parse_date(cell("date"))
        except ValueError:
            raise BadTable(f"'{cell('date')}' is geen datum", path=path, line=line, column="date",
                           hint="Gebruik JJJJ-MM-DD of een ISO-tijdstempel") from None
        url = cell("url") or None
        item_meta = replace(meta, date=day or meta.date, url=url,
                            publisher=cell("outlet") or meta.publisher or outlet_of(url))
        found.append(news_source(url or f"{path.resolve()}#{line}", cell("title"), cell("text"), item_meta))
    if not found:
        raise BadTable("het CSV-bestand bevat geen nieuwsberichten", path=path, line=2)
    return found


class NewsCsvReader:
    name = "news-csv"
    suffixes = (".csv",)

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]:
        yield from csv_sources(decode(read_bytes(path), path, encoding=encoding), path, meta)
