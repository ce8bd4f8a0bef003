"""Building an edition: gather the view model, write the site and the brochure, check, record.

The build writes into a scratch folder next to the target and moves the result into place
only after the leak check passed: an edition for a lower access level that contains any string
of the material above that level (``_guard.py``) is never left on disk. ``--previous`` is read
the same way: only an edition made for this level or a lower one, and only what of it is still
readable at this level.

Reproducible: the same store and spec give the same bytes in every file except
``bouwstempel.json`` (the one build stamp, with the time). The edition hash is computed from
the view model, the templates and the static files, and printed on every page.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from trendbeeld import __version__
from trendbeeld.errors import ConfigError
from trendbeeld.model import EditionSpec
from trendbeeld.publish import _guard, content, pdf, site
from trendbeeld.publish._view import EditionContent
from trendbeeld.publish.compare import Comparison, compare_manifests, load_previous, manifest
from trendbeeld.store import Store
from trendbeeld.store import editions as edition_store

STAMP = "bouwstempel.json"
SCRATCH = ".bouwen"
# A plain name: it becomes a folder and a file name, so no separators, dots, spaces or control characters.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}", re.ASCII)


@dataclass(frozen=True, slots=True)
class EditionResult:
    """A built edition: where its site and brochure are, and its hash."""

    name: str
    directory: Path
    site: Path
    pdf: Path | None
    hash: str
    built_at: datetime
    pages: int
    warnings: tuple[str, ...] = ()

    @property
    def index(self) -> Path:
        return self.site / "index.html"


def check_name(name: str) -> str:
    """``name`` when it is a plain edition name (letters, digits, ``-`` and ``_``, at most 100)."""
    if not _NAME.fullmatch(name):
        shown = repr(name)[1:-1]  # a newline or other control character shows as \n, \x1b, ...
        raise ConfigError(
            f"editienaam '{shown}' is niet bruikbaar als mapnaam",
            hint="Gebruik alleen letters, cijfers, streepje (-) en liggend streepje (_), beginnend "
            "met een letter of cijfer, zonder spaties, punten of schuine strepen (hoogstens 100 tekens)",
        )
    return name


def _assets_digest() -> str:
    files = {
        path.relative_to(folder.parent).as_posix(): path
        for folder in (site.TEMPLATES, site.STATIC)
        for path in folder.rglob("*")
        if path.is_file() and site.VENDOR not in path.parents
    }
    files.update({f"vendor/{name}": path for name, path in site.vendor_files().items()})
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode())
        digest.update(files[name].read_bytes())
    return digest.hexdigest()


def edition_hash(view: EditionContent, comparison: Comparison | None) -> str:
    """A hash of everything the edition shows and how it is drawn (not of when it was built)."""
    payload = {
        "content": asdict(view),
        "comparison": asdict(comparison) if comparison else None,
        "version": __version__,
        "assets": _assets_digest(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:32]


# The steps of a build, in order, for progress reports (what ``progress`` hears).
STEPS = (
    "bronnen lezen",
    "thema-indeling lezen",
    "nieuws samenvatten",
    "trends en trendkaders",
    "kerncijfers kiezen",
    "verantwoording",
    "website schrijven",
    "PDF maken",
    "controle en vastleggen",
)
Progress = Callable[[str, int, int], None]


def build(
    store: Store,
    spec: EditionSpec,
    out: Path,
    *,
    with_pdf: bool = True,
    previous: Path | None = None,
    concept: bool = False,
    key_figures: Path | None = None,
    progress: Progress = lambda _what, _done, _total: None,
) -> EditionResult:
    """Build edition ``spec`` into ``out`` (``out/site/`` and ``out/<name>.pdf``) and record it.

    Only reads the store (and records the build). ``concept`` builds an edition that is not yet
    curated, marked as concept on every page; ``key_figures`` is the analyst's YAML file that links
    indicators to themes. ``progress`` hears (step, steps done, number of steps) as the build goes.
    """
    check_name(spec.name)
    if with_pdf:
        # WeasyPrint finds its libraries on import by running ldconfig, gcc and ld (ctypes.util.
        # find_library): import it now, while this process is small, not once the view is in memory
        # (a child started then briefly shares all of it, which doubled the peak memory measured
        # over the process tree: 1,010 MB instead of about 520 MB on the real corpus).
        pdf.available()
    done = 0

    def step(what: str) -> None:
        nonlocal done
        progress(what, done, len(STEPS))
        done += 1

    view = content.gather(store, spec, concept=concept, key_figures=key_figures, step=step)
    public = (spec.audience or "", spec.region or "", *(t.name for t in view.themes))
    secrets = _guard.Secrets.collect(store, spec.access, also_public=public)
    comparison = None
    if previous is not None:
        earlier = secrets.readable_manifest(load_previous(previous, spec.access))
        comparison = compare_manifests(earlier, manifest(view, ""))
    digest = edition_hash(view, comparison)
    warnings = (
        []
        if site.vendor_present()
        else [
            "De NL Design System-CSS ontbreekt; draai scripts/build-assets.sh "
            "(de site gebruikt nu alleen eigen CSS)."
        ]
    )
    scratch = out / SCRATCH
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        step("website schrijven")
        written = site.render_site(view, scratch / "site", edition_hash=digest, comparison=comparison)
        pdf_path = None
        step("PDF maken")
        if with_pdf and pdf.available():
            pdf_path = pdf.render_pdf(
                view,
                scratch / "site",
                scratch / f"{spec.name}.pdf",
                edition_hash=digest,
                comparison=comparison,
            )
        elif with_pdf:
            warnings.append("WeasyPrint ontbreekt: geen PDF gemaakt. Installeer trendbeeld[pdf].")
        step("controle en vastleggen")
        _guard.check_no_leaks(secrets, scratch)
        built_at = datetime.now(UTC).replace(microsecond=0)
        stamp = {
            "editie": spec.name,
            "hash": digest,
            "gebouwd": built_at.isoformat(),
            "trendbeeld": __version__,
        }
        (scratch / "site" / STAMP).write_text(
            json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        final_site, final_pdf = _move_into_place(scratch, out, spec.name, pdf_path is not None)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    edition_store.record(
        store,
        spec,
        hash=digest,
        built_at=built_at,
        site=str(final_site),
        pdf=str(final_pdf) if final_pdf else None,
    )
    pages = sum(1 for p in written if p.suffix == ".html")
    progress("klaar", len(STEPS), len(STEPS))
    return EditionResult(spec.name, out, final_site, final_pdf, digest, built_at, pages, tuple(warnings))


def _move_into_place(scratch: Path, out: Path, name: str, has_pdf: bool) -> tuple[Path, Path | None]:
    final_site = out / "site"
    final_pdf = out / f"{name}.pdf"
    shutil.rmtree(final_site, ignore_errors=True)
    final_pdf.unlink(missing_ok=True)
    (scratch / "site").rename(final_site)
    if has_pdf:
        (scratch / f"{name}.pdf").rename(final_pdf)
        return final_site, final_pdf
    return final_site, None
