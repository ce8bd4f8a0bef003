"""A letter whose lower case is longer ("İ") before a trend statement shifts no offsets: the
trend class modules read a lower-case copy letter by letter (``_scan.lower_per_letter``)."""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of

SENTENCES = [
    "In 2018 kwamen er 38 procent meer meldingen van oplichting binnen dan in dezelfde periode in 2017.",
    "Voor het eerst is het aantal meldingen van fraude met betaalpassen gedaald.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_wide_lower_case_letter_before_the_sentence_changes_nothing(sentence: str) -> None:
    plain = statements_of(f"Het verslag over Istanbul is gereed.\n\n{sentence}")
    wide = statements_of(f"Het verslag over İstanbul is gereed.\n\n{sentence}")
    assert plain, "the sentence states a trend"
    assert [(s.direction, s.phenomenon, s.text) for s in wide] == [
        (s.direction, s.phenomenon, s.text) for s in plain
    ]
