"""The static website of an edition: Jinja2 templates with autoescape, NL Design System CSS.

Everything that came from a source reaches a page only as escaped text; the only markup not
produced by the templates is the sanitised introduction (nh3) and the route-map SVG, whose
text is escaped when it is drawn. Pages have no inline scripts or styles, and a Content
Security Policy forbids any other. Charts are separate SVG files shown with ``<img>``, each
with a data table.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from trendbeeld.labels import number
from trendbeeld.publish._select import CHANGE_MARKS
from trendbeeld.publish._view import ChartView, EditionContent
from trendbeeld.publish.compare import MANIFEST, Comparison, manifest

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
VENDOR = STATIC / "vendor"
# What scripts/build-assets.sh copies from node_modules into static/vendor (file → npm path). When
# static/vendor is empty but a checkout's node_modules is there, the build copies from it directly.
NODE_MODULES = Path(__file__).resolve().parents[3] / "node_modules"
VENDOR_FILES = {
    "utrecht-components.css": "@utrecht/component-library-css/dist/index.css",
    "utrecht-theme.css": "@utrecht/design-tokens/dist/theme.css",
    "noto-sans-latin-wght-normal.woff2": (
        "@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2"
    ),
    "LICENSE-utrecht.md": "@utrecht/component-library-css/LICENSE.md",
    "LICENSE-noto-sans.txt": "@fontsource-variable/noto-sans/LICENSE",
}
VENDOR_SHEETS = ("static/vendor/utrecht-theme.css", "static/vendor/utrecht-components.css")
OWN_SHEET = "static/trendbeeld.css"
SEARCH_INDEX = "zoekindex.js"
NEWS_INDEX = "nieuws/zoekindex.js"
SEARCH_TEXT_CHARS = 400


@dataclass(frozen=True, slots=True)
class MenuItem:
    href: str
    label: str


def environment() -> Environment:
    """The Jinja2 environment: autoescape on for every template, unknown names are errors."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals["marks"] = CHANGE_MARKS
    env.filters["aantal"] = amount
    env.filters["getal"] = number
    return env


def amount(n: int, singular: str, plural: str) -> str:
    """``1 bron``, ``45.262 bronnen``: a count with Dutch thousands separators and the noun in number."""
    return f"{number(n)} {singular if n == 1 else plural}"


def vendor_files() -> dict[str, Path]:
    """The NL Design System files a site ships: from ``static/vendor``, else from ``node_modules``."""
    found = {}
    for name, npm_path in VENDOR_FILES.items():
        for candidate in (VENDOR / name, NODE_MODULES / npm_path):
            if candidate.is_file():
                found[name] = candidate
                break
    return found


def vendor_present() -> bool:
    """True when the NL Design System CSS is available (``scripts/build-assets.sh`` or ``npm ci`` ran)."""
    files = vendor_files()
    return all(sheet.rsplit("/", 1)[-1] in files for sheet in VENDOR_SHEETS)


def _menu(content: EditionContent, comparison: Comparison | None) -> list[MenuItem]:
    items = [MenuItem("index.html", "Voorpagina")]
    items.extend(MenuItem(t.file, t.name) for t in content.themes)
    if content.indicator_figures:
        items.append(MenuItem("kerncijfers.html", "Kerncijfers"))
    items.append(MenuItem("routekaart.html", "Routekaart"))
    if content.news is not None:
        items.append(MenuItem("nieuws/index.html", "Nieuws"))
    items += [
        MenuItem("bronnen/index.html", "Bronnen"),
        MenuItem("methoden.html", "Verantwoording"),
    ]
    if comparison is not None:
        items.append(MenuItem("veranderd.html", "Wat is er veranderd"))
    items.append(MenuItem("zoeken.html", "Zoeken"))
    return items


def _pages(
    content: EditionContent, comparison: Comparison | None
) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(file, template, title, extra context) for every page."""
    yield "index.html", "index.html", "Voorpagina", {"intro_html": Markup(content.intro_html)}
    for theme in content.themes:
        yield theme.file, "theme.html", theme.name, {"t": theme}
    if content.indicator_figures:
        yield "kerncijfers.html", "figures.html", "Kerncijfers", {}
    svg = Markup(content.routemap.svg)
    yield "routekaart.html", "routemap.html", "Routekaart", {"routemap_svg": svg}
    if content.news is not None:
        news = content.news
        yield "nieuws/index.html", "news.html", "Nieuws", {"n": news}
        for i, page in enumerate(news.pages):
            previous = news.pages[i - 1] if i > 0 else None
            following = news.pages[i + 1] if i + 1 < len(news.pages) else None
            title = f"Nieuws, {page.label}" + (f" (deel {page.part})" if page.parts > 1 else "")
            yield page.file, "news_month.html", title, {"p": page, "prev": previous, "next": following}
    yield "bronnen/index.html", "sources.html", "Bronnen", {}
    for source in content.sources:
        yield source.file, "source.html", source.title, {"s": source}
    m = content.methods
    yield (
        "methoden.html",
        "methods.html",
        "Verantwoording",
        {
            "m": m,
            "per_type_rows": [(t, str(n)) for t, n in m.per_type],
            "per_kind_rows": [(k, str(n)) for k, n in m.per_kind],
            "mix_rows": [(name, *(str(n) for _, n in counts)) for name, counts in m.mix],
        },
    )
    if comparison is not None:
        yield (
            "veranderd.html",
            "changes.html",
            "Wat is er veranderd",
            {
                "cmp": comparison,
                "trend_groups": [
                    (title, [t.describe() for t in group]) for title, group in comparison.trend_groups()
                ],
                "figure_rows": [(f.label, f.before, f.after) for f in comparison.figures],
            },
        )
    yield "zoeken.html", "search.html", "Zoeken", {}


def render_site(
    content: EditionContent, site: Path, *, edition_hash: str, comparison: Comparison | None = None
) -> list[Path]:
    """Write every page, chart, the search index, the manifest and the static files into ``site``."""
    env = environment()
    menu = _menu(content, comparison)
    sheets = [*VENDOR_SHEETS, OWN_SHEET] if vendor_present() else [OWN_SHEET]
    written = []
    for file, template, title, extra in _pages(content, comparison):
        root = "../" * file.count("/")
        html = env.get_template(template).render(
            c=content,
            page_title=title,
            root=root,
            current=file,
            menu=menu,
            stylesheets=sheets,
            edition_hash=edition_hash,
            **extra,
        )
        written.append(_write(site / file, html))
    for chart in _charts(content):
        written.append(_write(site / chart.file, chart.svg))
    written.append(_write(site / SEARCH_INDEX, _search_index(content)))
    if content.news is not None:
        written.append(_write(site / NEWS_INDEX, _news_index(content)))
    written.append(_write(site / MANIFEST, _json(manifest(content, edition_hash))))
    written.extend(_copy_static(site / "static"))
    return written


def _charts(content: EditionContent) -> list[ChartView]:
    found = {f.chart.id: f.chart for f in content.all_key_figures() if f.chart is not None}
    return [found[k] for k in sorted(found)]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _search_index(content: EditionContent) -> str:
    """A script that sets ``window.TRENDBEELD_ZOEKINDEX``: title, url and text of what the edition shows."""
    entries = []
    for theme in content.themes:
        entries.append({"t": theme.name, "u": theme.file, "x": theme.description})
        for trend in theme.trends:
            entries.append({"t": trend.title, "u": f"{theme.file}#trend-{trend.id}", "x": trend.summary})
        for figure in theme.key_figures:
            entries.append(
                {"t": f"{figure.value} — {figure.label or theme.name}", "u": theme.file, "x": figure.context}
            )
        for quote in theme.quotes:
            entries.append({"t": f"Citaat van {quote.speaker}", "u": quote.link.href, "x": quote.text})
        for headline in theme.headlines:
            entries.append({"t": headline.title, "u": headline.link.href, "x": headline.outlet or ""})
    for figure in content.indicator_figures:
        entries.append({"t": f"{figure.label}: {figure.value}", "u": "kerncijfers.html", "x": figure.context})
    for source in content.sources:
        entries.append({"t": source.title, "u": source.file, "x": source.summary})
    for entry in entries:
        entry["x"] = entry["x"][:SEARCH_TEXT_CHARS]
    payload = json.dumps(entries, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return f"window.TRENDBEELD_ZOEKINDEX = {payload};\n"


def _news_index(content: EditionContent) -> str:
    """The search index of the news list (``nieuws/zoekindex.js``), links relative to ``nieuws/``."""
    assert content.news is not None
    entries = [
        {
            "t": item.title,
            "u": f"{page.file.removeprefix('nieuws/')}#n-{item.id}",
            "x": " · ".join(p for p in (item.outlet, item.date, item.theme) if p),
        }
        for page in content.news.pages
        for item in page.items
    ]
    payload = json.dumps(entries, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return f"window.TRENDBEELD_ZOEKINDEX = {payload};\n"


def _copy_static(target: Path) -> list[Path]:
    files = {p.relative_to(STATIC).as_posix(): p for p in STATIC.rglob("*") if p.is_file()}
    files.pop(".gitignore", None)
    files.update({f"vendor/{name}": path for name, path in vendor_files().items()})
    copied = []
    for name in sorted(files):
        dest = target / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(files[name], dest)
        copied.append(dest)
    return copied
