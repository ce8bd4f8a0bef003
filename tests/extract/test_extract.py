"""The public surface of the extract stage: extract(), the plugin registry, the span invariant."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import trendbeeld.extract
from trendbeeld.extract import extract
from trendbeeld.model import Source
from trendbeeld.plugins import registry

SENTENCES = [
    "Het aantal woninginbraken daalde met 12 procent.",
    "“De criminaliteit verhardt,” zegt Jan de Vries, rechercheur bij de Politie Eenheid Amsterdam.",
    "Ruim een derde van de Nederlanders\nvoelt zich onveilig.",
    "Cybercrime neemt toe\n",
    "NOS | 3 oktober 2020\n\n",
    "ont-\nwikkelingen ",
    "Vier op de tien inwoners",
    "\n\n",
    "•\tEr is een toename van het aantal protesten.\n",
]


def test_exported_members() -> None:
    assert trendbeeld.extract.__all__ == ["Extractor", "extract"]


def test_plugin_registers_one_extractor_per_kind() -> None:
    found = registry("register_extractors")
    assert {"figures.rules", "trends.rules", "quotes.rules", "headlines.rules"} <= set(found)
    source = Source.create("a.txt", "Het aantal meldingen stijgt met 8%.")
    assert [type(item).__name__ for item in found["figures.rules"].extract(source)] == ["Figure"]
    assert [type(item).__name__ for item in found["trends.rules"].extract(source)] == ["TrendStatement"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), max_size=12))
def test_every_span_points_at_its_text(parts: list[str]) -> None:
    source = Source.create("a.txt", " ".join(parts))
    for item in extract(source):
        assert source.text[item.span.start : item.span.end] == item.text
        assert 0 <= item.span.start < item.span.end <= len(source.text)


_TOKENS = [*"ab eëT1,.%€-\n\t“”‘’\"()|:;•", "een", "op de", "neemt toe", "zegt", "NOS", "3 mei 2020"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=60))
def test_any_text_gives_valid_spans(tokens: list[str]) -> None:
    source = Source.create("a.txt", "".join(tokens))
    for item in extract(source):
        assert source.text[item.span.start : item.span.end] == item.text
