"""Dutch numerals: digits, words, fractions, ratios, ranges and magnitudes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trendbeeld.extract import numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.227", 1227.0), ("2,4", 2.4), ("1.227,5", 1227.5), ("12", 12.0), ("2.5", 2.5), ("1.000.000", 1e6)],
)
def test_parse_digits_reads_dutch_notation(text: str, value: float) -> None:
    assert numbers.parse_digits(text) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("elf", 11),
        ("tweeënveertig", 42),
        ("eenentwintig", 21),
        ("honderd", 100),
        ("driehonderdvijftig", 350),
        ("twaalfduizend", 12000),
        ("tweeduizendtwintig", 2020),
        ("één", 1),
        ("Zestien", 16),
    ],
)
def test_parse_words(word: str, value: int) -> None:
    assert numbers.parse_words(word) == value


@pytest.mark.parametrize("word", ["een", "en", "tweede", "achter", "vijfen", "honderdhonderd"])
def test_parse_words_rejects_non_numbers(word: str) -> None:
    assert numbers.parse_words(word) is None


@given(st.integers(min_value=0, max_value=numbers.MAX_WORD_NUMBER))
def test_spelled_number_parses_back(n: int) -> None:
    assert numbers.parse_words(numbers.to_words(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_dutch_digits_parse_back(whole: int, cents: int) -> None:
    grouped = f"{whole:,}".replace(",", ".")
    assert numbers.parse_digits(f"{grouped},{cents:02d}") == pytest.approx(whole + cents / 100)


def _amount(text: str) -> numbers.Amount:
    m = numbers.AMOUNT.match(text)
    assert m is not None, text
    amount = numbers.read_amount(m)
    assert amount is not None, text
    return amount


@pytest.mark.parametrize(
    ("text", "value", "high", "unit"),
    [
        ("een derde van de inwoners", 33.3, None, "percent"),
        ("ruim een derde", 33.3, None, "percent"),
        ("tweederde van de inwoners", 66.7, None, "percent"),
        ("driekwart", 75.0, None, "percent"),
        ("twee op de drie Nederlanders", 66.7, None, "percent"),
        ("vier op de tien", 40.0, None, "percent"),
        ("1 op de 5 jongeren", 20.0, None, "percent"),
        ("de helft van de gemeenten", 50.0, None, "percent"),
        ("8-15% van de Nederlanders", 8.0, 15.0, "percent"),
        ("8 tot 15 procent", 8.0, 15.0, "percent"),
        ("ruim zestien procent", 16.0, None, "percent"),
        ("elf procent", 11.0, None, "percent"),
        ("bijna 40%", 40.0, None, "percent"),
        ("krap 3 procentpunt", 3.0, None, "percent"),
        ("circa 2,4 miljoen euro", 2_400_000.0, None, "euro"),
        ("€ 1,5 miljard", 1_500_000_000.0, None, "euro"),
        ("$ 20 miljoen", 20_000_000.0, None, "dollar"),
        ("2,5 keer", 2.5, None, "factor"),
        ("12 duizend", 12_000.0, None, None),
    ],
)
def test_amounts(text: str, value: float, high: float | None, unit: str | None) -> None:
    amount = _amount(text)
    assert amount.value == pytest.approx(value, abs=0.05)
    assert amount.high == high
    assert amount.unit == unit


def test_signed_amount_keeps_its_sign_apart() -> None:
    amount = _amount("-12%")
    assert (amount.value, amount.sign, amount.unit) == (12.0, -1, "percent")


def test_trigger_words_come_from_the_number_and_fraction_lexicons() -> None:
    words = numbers.trigger_words()
    assert {"twee", "zeventig", "honderd", "duizend", "helft", "kwart", "eenderde", "anderhalve"} <= words
    assert "een" not in words and "nul" not in words  # an article and zero are no amount's start


def test_figures_reads_its_number_words_from_numbers_only() -> None:
    source = (Path(numbers.__file__).parent / "figures.py").read_text(encoding="utf-8")
    assert not re.search(r'"twaalf",\s*"dertien"', source)
