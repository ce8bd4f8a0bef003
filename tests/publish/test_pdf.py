"""The brochure holds what the site holds: every key figure, every theme, every source."""

from __future__ import annotations

import html
import re

from tests.publish._helpers import html_files, pdf_text
from trendbeeld.publish import EditionResult

_VALUE = re.compile(r'<p class="tb-card__value kerncijfer">([^<]*)</p>')


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_pdf_holds_every_key_figure_of_the_site(demo_edition: EditionResult) -> None:
    assert demo_edition.pdf is not None
    text = _flat(pdf_text(demo_edition.pdf))
    values = {
        html.unescape(v)
        for page in html_files(demo_edition.site)
        for v in _VALUE.findall(page.read_text(encoding="utf-8"))
    }
    assert values
    missing = [v for v in sorted(values) if _flat(v) not in text]
    assert missing == []


def test_pdf_has_every_theme_and_source_and_the_hash(demo_edition: EditionResult) -> None:
    assert demo_edition.pdf is not None
    text = _flat(pdf_text(demo_edition.pdf))
    manifest = (demo_edition.site / "editie.json").read_text(encoding="utf-8")
    import json

    data = json.loads(manifest)
    for theme in data["themes"]:
        assert theme["name"] in text
    for source in data["sources"]:
        assert _flat(source["title"])[:40] in text
    assert demo_edition.hash in text
    assert "Wat is er veranderd" in text
