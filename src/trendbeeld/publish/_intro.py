"""The editable cover and introduction: Markdown with front matter (titel, ondertitel), sanitised.

Placeholders ``{organisatie}``, ``{regio}`` and ``{editie}`` are filled in; headings move one
level down (the page has its own ``h1``); the HTML passes nh3 with a small allow-list.
"""

from __future__ import annotations

from pathlib import Path

import frontmatter
import markdown
import nh3

from trendbeeld.errors import ConfigError, file_context
from trendbeeld.model import EditionSpec
from trendbeeld.publish import _format, _regions
from trendbeeld.userfiles import ensure_regular_file

DEFAULT_INTRO = Path(__file__).parent / "templates" / "inleiding.md"
# fmt: off
INTRO_TAGS = frozenset({
    "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code",
    "br", "hr", "table", "thead", "tbody", "tr", "th", "td",
})
# fmt: on
INTRO_FIELDS = ("organisatie", "regio", "editie")


def load(spec: EditionSpec, region: _regions.RegionRef | None) -> tuple[dict[str, str], str]:
    """Front matter (titel, ondertitel) and sanitised HTML of the editable introduction."""
    path = Path(spec.intro) if spec.intro else DEFAULT_INTRO
    with file_context(path):
        ensure_regular_file(path)  # a FIFO or /dev/zero would block or never end
        try:
            post = frontmatter.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise ConfigError(
                "de inleiding is geen UTF-8-tekst", path=path, hint="Sla het bestand op als UTF-8"
            ) from exc
        except ValueError as exc:
            raise ConfigError(
                "de kop (front matter) van de inleiding is geen geldige YAML", path=path
            ) from exc
    values = {
        "organisatie": spec.audience or "de organisatie",
        "regio": region.name if region else "Nederland",
        "editie": spec.name,
    }
    body = post.content
    for name in INTRO_FIELDS:
        body = body.replace("{" + name + "}", values[name])
    html = markdown.markdown(body, extensions=["tables"], output_format="html")
    for level in range(5, 0, -1):
        html = html.replace(f"<h{level}>", f"<h{level + 1}>").replace(f"</h{level}>", f"</h{level + 1}>")
    clean = nh3.clean(
        html, tags=INTRO_TAGS, url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer"
    )
    front = {k: _format.plain(str(v)) for k, v in post.metadata.items() if k in ("titel", "ondertitel")}
    for key, value in list(front.items()):
        filled = value
        for name in INTRO_FIELDS:
            filled = filled.replace("{" + name + "}", values[name])
        front[key] = filled
    return front, clean
