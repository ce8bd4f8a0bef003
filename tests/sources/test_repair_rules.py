"""Repair rules on Dutch line breaks, and the invariants that keep page ranges honest."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import require
from trendbeeld.model import SourceMeta
from trendbeeld.sources import repair
from trendbeeld.sources.base import paged_source


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("de techno\nlogie groeit", "de technologie\ngroeit"),
        ("Ver\nder ging het", "Verder\nging het"),
        ("een criminali\nteit die", "een criminaliteit\ndie"),
        ("de COVID-19-\npandemie", "de COVID-19-pandemie\n"),
        ("nieuwe ICT-\nsystemen werken", "nieuwe ICT-systemen\nwerken"),
        ("niet-\nwesterse jongeren", "niet-westerse\njongeren"),
        ("met betaal-\nverzoeken die", "met betaalverzoeken\ndie"),
        ("de oud-\nburgemeester", "de oud-burgemeester\n"),
        ("Black Lives Matter-\ndemonstraties", "Black Lives Matter-demonstraties\n"),
        ("Jongeren-\nwerkers zien \nstraatcultuur", "Jongerenwerkers\nzien \nstraatcultuur"),
        ("per e-\nmail", "per e-mail\n"),
        ("het veiligheids-\nbeleid. Daarna", "het veiligheidsbeleid.\nDaarna"),
        ("de ont-\nwikkelingen\nvolgen", "de ontwikkelingen\nvolgen"),
    ],
)
def test_words_cut_at_a_line_end_are_joined(broken: str, repaired: str) -> None:
    assert repair.join_broken_words(broken) == repaired


@pytest.mark.parametrize(
    "kept",
    [
        "het is wat\ner gebeurt",  # "water" is a word, but "wat er" is far likelier here
        "gaat in\nde wijk",
        "politie-\nen justitieketen",
        "de gemeente Hoekstra\nzegt",
        "meer dan\n40 procent",
        "de CBS\ncijfers",
        "een omgevings \nanalyse",  # the space at the line end says the line wrapped between words
    ],
)
def test_two_words_on_two_lines_stay_two_words(kept: str) -> None:
    assert repair.join_broken_words(kept) == kept


def test_tidy_repairs_ligatures_spacing_and_soft_hyphens() -> None:
    assert repair.tidy("De  ﬁnanciële\u00a0  situatie  \r\nvan  ont\u00ad\n  wikkelingen\n \n\n\nNa") == (
        "De financiële situatie \nvan ont-\n wikkelingen\n\nNa"
    )


def test_paragraph_cut_by_a_column_break_is_closed() -> None:
    text = "Het aantal woninginbraken\n\ndaalde met 12 procent.\n\nNieuwe alinea\n\nOok een kop"
    assert repair.join_continued_paragraphs(text) == (
        "Het aantal woninginbraken\ndaalde met 12 procent.\n\nNieuwe alinea\n\nOok een kop"
    )


def test_runs_of_bare_numbers_are_chart_debris_but_a_single_figure_stays() -> None:
    text = "Figuur 3: vertrouwen\n0%\n10%\n20%\n30%\nTekst gaat door.\n26%\nvan de inwoners"
    assert repair.drop_column_debris(text) == "Figuur 3: vertrouwen\nTekst gaat door.\n26%\nvan de inwoners"


def test_word_cut_across_a_page_break_stays_on_the_page_where_it_starts() -> None:
    pages = repair.repair_pages(["Tekst over de ont-", "wikkelingen in de regio. Verder."])
    assert pages == ["Tekst over de ontwikkelingen", "in de regio. Verder."]
    source = paged_source("x", pages, SourceMeta())
    assert source.text == "Tekst over de ontwikkelingen\nin de regio. Verder."
    assert source.page_at(source.text.index("ontwikkelingen")) == 1
    assert source.page_at(source.text.index("regio")) == 2


def test_running_footer_with_a_page_number_in_it_is_removed() -> None:
    body = ["De overlast neemt toe.", "Fraude groeit online.", "Inbraken dalen.", "Jongeren zijn veilig."]
    footer = "Politie Oost-Nederland | Trendbeeld 2024"
    pages = [f"{text}\n\n{footer} | {n}" for n, text in enumerate(body, start=1)]
    assert repair.repair_pages(pages) == body


WORDS = st.sampled_from(
    ["de", "het", "ont-", "wikkelingen", "ontwikke", "lingen", "politie", "Noord-", "Holland", "12%", "•",
     "3", "criminaliteit", "neemt", "toe.", "en", "zorg-", "Trendbeeld", "2024", "ﬁnanciële", "  ", "\u00ad"]
)
PAGE = st.lists(st.tuples(WORDS, st.sampled_from([" ", "\n", "\n\n"])), max_size=40).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PAGE, min_size=1, max_size=6))
def test_page_ranges_fit_the_repaired_text(pages: list[str]) -> None:
    repaired = repair.repair_pages(pages)
    assert len(repaired) == len(pages)
    source = paged_source("x", repaired, SourceMeta())
    assert [p.number for p in source.pages] == list(range(1, len(pages) + 1))
    for page, text in zip(source.pages, repaired, strict=True):
        assert source.text[page.start : page.end] == text
    assert source.pages[-1].end == len(source.text)


@settings(max_examples=150, deadline=None)
@given(st.lists(PAGE, min_size=1, max_size=6))
def test_repair_only_removes_or_moves_letters_never_invents_them(pages: list[str]) -> None:
    before = Counter(ch for page in pages for ch in page.translate(repair.LIGATURES) if ch.isalnum())
    after = Counter(ch for page in repair.repair_pages(pages) for ch in page if ch.isalnum())
    assert after <= before


def test_real_report_text_keeps_its_line_end_cues(shared: Path) -> None:
    """In text that writes a space where lines wrap between words, repair keeps writing it."""
    path = shared / "corpus/national-2020.txt"
    require(path.is_file(), f"{path} ontbreekt")
    text = path.read_text(encoding="utf-8")
    repaired = repair.repair_text(repair.tidy(text))
    assert repair.keeps_space(text) and repair.keeps_space(repaired)
    for joined in ("een omgevingsanalyse die", "ontwikkelingen \nin de omgeving", "Jongerenwerkers \nzien ",
                   "Black Lives Matter-demonstraties"):
        assert joined in repaired
    assert "ontwikke\nlingen" not in repaired
