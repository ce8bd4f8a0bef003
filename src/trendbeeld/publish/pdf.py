"""The PDF brochure (WeasyPrint), rendered from the same view model as the site.

Charts are the site's SVG files (the brochure is rendered with the site folder as base URL),
so the brochure holds the same key figures, quotes and sources as the website.
"""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

from markupsafe import Markup

from trendbeeld.errors import ConfigError
from trendbeeld.publish._view import EditionContent
from trendbeeld.publish.compare import Comparison
from trendbeeld.publish.site import TEMPLATES, environment

STYLESHEET = TEMPLATES / "brochure.css"


def _import_quietly() -> None:
    """Import WeasyPrint without its notice that a future version needs HarfBuzz-Subset."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="HarfBuzz-Subset", category=DeprecationWarning)
        import weasyprint  # noqa: F401


def available() -> bool:
    try:
        _import_quietly()
    except (ImportError, OSError):
        return False
    return True


def render_html(content: EditionContent, *, edition_hash: str, comparison: Comparison | None = None) -> str:
    return (
        environment()
        .get_template("brochure.html")
        .render(
            c=content,
            edition_hash=edition_hash,
            cmp=comparison,
            intro_html=Markup(content.intro_html),
            routemap_svg=Markup(content.routemap.svg),
        )
    )


def render_pdf(
    content: EditionContent,
    site: Path,
    target: Path,
    *,
    edition_hash: str,
    comparison: Comparison | None = None,
) -> Path:
    """Write the brochure to ``target``; ``site`` is the built site (for the chart files)."""
    try:
        _import_quietly()
        from weasyprint import CSS, HTML
    except (ImportError, OSError) as exc:
        raise ConfigError(
            "WeasyPrint is niet geïnstalleerd; de PDF kan niet worden gemaakt",
            hint="Installeer het met: pip install 'trendbeeld[pdf]', of bouw met --geen-pdf",
        ) from exc
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    html = render_html(content, edition_hash=edition_hash, comparison=comparison)
    document = HTML(string=html, base_url=str(site.resolve()) + "/")
    target.parent.mkdir(parents=True, exist_ok=True)
    # fontTools stamps the fonts it subsets with the current time unless SOURCE_DATE_EPOCH is set;
    # a fixed stamp keeps the brochure byte-for-byte the same for the same edition.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        document.write_pdf(
            target,
            stylesheets=[CSS(filename=str(STYLESHEET))],
            pdf_identifier=edition_hash.encode("ascii")[:32],
            pdf_variant="pdf/ua-1",
        )
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    return target
