"""The brochure holds what the site holds: every key figure, every theme, every source."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import require
from tests.publish._helpers import html_files, pdf_text
from trendbeeld.publish import EditionResult, pdf
from trendbeeld.store import Store

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


CHILD_STEPS = """
import subprocess, sys
from pathlib import Path
from trendbeeld.publish import build, demo_spec
from trendbeeld.store import open_store

step = ["start"]
started = []
original = subprocess.Popen.__init__

def recording(self, args, *rest, **options):
    started.append((step[0], str(args)))
    original(self, args, *rest, **options)

subprocess.Popen.__init__ = recording
build(open_store(sys.argv[1]), demo_spec("geheugen"), Path(sys.argv[2]),
      progress=lambda what, done, total: step.__setitem__(0, what))
late = [entry for entry in started if entry[0] != "start"]
print(len(started), late)
"""


def test_no_process_starts_once_the_edition_is_in_memory(demo_store: Store, tmp_path: Path) -> None:
    """WeasyPrint runs ldconfig and gcc when it is imported (to find its libraries). A child started
    while the edition is held in memory shares all of it for a moment: measured over the process tree
    on the real corpus, publishing then peaked at twice its memory (1,010 MB for about 520 MB). The
    build imports it first, so those children start from a small process (issue 11)."""
    require(pdf.available(), "WeasyPrint is niet geïnstalleerd")
    url = demo_store.url
    result = subprocess.run(
        [sys.executable, "-c", CHILD_STEPS, url, str(tmp_path / "out")],
        capture_output=True, text=True, timeout=600, check=True,
    )
    count, late = result.stdout.strip().split(" ", 1)
    assert int(count) >= 1  # WeasyPrint looked for its libraries in this fresh process
    assert late == "[]"
