"""A quoted sentence that opens with a pointer ("Dit is de sterkste stijging …") after a speaker's label
or opening marks takes its phenomenon from the sentence before, as without the marks."""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    "quoted",
    [
        "Jansen: „Dit is de sterkste stijging sinds jaren.”",
        ",,Dit is de sterkste stijging sinds jaren'', zegt Jansen.",
    ],
)
def test_a_quoted_pointer_refers_to_the_sentence_before(quoted: str) -> None:
    statements = statements_of(f"De overlast van jongeren in het centrum groeit. {quoted}")
    pointed = [s.phenomenon for s in statements if s.text == "stijging"]
    assert pointed == ["overlast van jongeren in het centrum"]
