"""The spelling of Dutch adjective inflection, for every layer below the stages.

An attributive adjective takes an -e ("groot" → "grote", "snel" → "snelle", "effectief" →
"effectieve", "boos" → "boze"): a long vowel in a closed syllable loses a letter, a short vowel
doubles the consonant after it, f becomes v and s becomes z. The extractor asks one way (is "mentaal"
an adjective with an inflected form in use?) when it rejoins words cut at a line end; the trends
stage asks the other way (which bare form does "geregistreerde" have?) when a title drops an
article. Both only spell candidates here; which candidate is a word is for their own frequency
lists to decide.
"""

from __future__ import annotations

import re

__all__ = ["bare_forms", "inflected_forms"]

VOWELS = "aeiou"
VOWEL_DIGRAPHS = frozenset({"aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ui", "ou", "au"})
_LONG_VOWEL_END = re.compile(r"(aa|ee|oo|uu)([^\W\d_aeiou])$")


def inflected_forms(bare: str) -> set[str]:
    """The spellings an inflected form of ``bare`` may have ("mentaal" → "mentale", "snel" →
    "snelle", "actief" → "actieve", "boos" → "boze"), among them some that are no word."""
    forms = {bare + "e", bare + bare[-1] + "e"}
    if (long := _LONG_VOWEL_END.search(bare)) is not None:
        forms.add(bare[: long.start()] + long.group(1)[0] + long.group(2) + "e")
    if bare.endswith("f"):
        forms.add(bare[:-1] + "ve")
    if bare.endswith("s"):
        forms.add(bare[:-1] + "ze")
    return forms


def bare_forms(inflected: str) -> set[str]:
    """The spellings the bare form of ``inflected`` (a word in -e) may have ("grote" → "groot",
    "snelle" → "snel", "effectieve" → "effectief", "boze" → "boos"), among them some that are no
    word."""
    stem = inflected[:-1]
    forms = {stem}
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        forms.add(stem[:-1])  # snelle → snel
    if len(stem) > 2 and stem[-2] in VOWELS and stem[-3:-1] not in VOWEL_DIGRAPHS:
        forms.add(stem[:-1] + stem[-2] + stem[-1])  # grote → groot, sociale → sociaal
    if stem.endswith("v"):
        forms.add(stem[:-1] + "f")  # effectieve → effectief
    if stem.endswith("z"):
        forms.add(stem[:-1] + "s")  # boze → boos (with the vowel rule: booz → boos)
        if len(stem) > 2 and stem[-2] in VOWELS:
            forms.add(stem[:-2] + stem[-2] * 2 + "s")
    return forms
