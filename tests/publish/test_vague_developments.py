"""A development the sources name is titled by a phenomenon, not by a vague head (trends/lexicon/
vague_heads.txt, publish/_select.developments), on the real VNG polls of ../shared/corpus/real: "de
burenhulp … zet een stijgende lijn door" titled "Lijn neemt toe", "deze factoren blijven gelijk" titled
"Factoren blijven gelijk"."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import require
from trendbeeld import extract, sources
from trendbeeld.model import SourceMeta, SourceType, TrendStatement
from trendbeeld.publish import _select

POLLS = (
    "corpus/real/reports/vng_burgerpeiling_verbondenheid_door_burenhulp_2023.pdf",
    "corpus/real/reports/vng_burgerpeiling_vertrouwen_in_de_gemeente_2023.pdf",
)


def test_no_development_is_titled_by_a_line_or_factors(shared: Path) -> None:
    found, statements = {}, []
    for name in POLLS:
        path = shared / name
        require(path.is_file(), f"{path.name} ontbreekt in {shared}")
        (source,) = sources.read(str(path), meta=SourceMeta(type=SourceType.PUBLICATION), encoding=None)
        found[source.id] = source
        statements += [i for i in extract.extract(source) if isinstance(i, TrendStatement)]
    heads = {s.phenomenon.casefold() for s in statements}
    assert heads & {"lijn", "factoren", "stijgende lijn"}, "the polls say so"
    views = _select.developments(statements, found, theme="demografie", limit=50)
    assert len(views) >= 3
    titles = [v.title.split()[0].casefold() for v in views]
    assert not {"lijn", "factoren"} & set(titles), titles
