"""Words cut at a line end, rejoined: the one home of this text repair for every stage.

The readers (``sources.repair``) join words that page layout cut ("ont-/wikkelingen",
"ontwikke/lingen") in running text; the section finder (``themes.sections``) joins the lines of a
wrapped heading the same way (:func:`unwrap`). Both import it from here, below the stages, so that
neither uses the other's internals (issue 13).

A cut ending in a hyphen is always joined (with or without the hyphen, as Dutch spelling writes the
whole); a cut without one is joined when Dutch word frequencies say the whole is far likelier than
the two parts side by side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wordfreq import zipf_frequency

__all__ = ["HYPHENS", "is_split_word", "join_lines", "unwrap"]

LANGUAGE = "nl"
# Word frequencies are on the Zipf scale (log10 per billion words: 0 unknown, 7 = "de"). Two
# words side by side occur about zipf(a) + zipf(b) - 9 if independent; a cut word is joined when
# the whole is this much likelier than that.
ZIPF_BILLION = 9.0
JOIN_MARGIN = 1.5
# First parts that Dutch spelling joins with a hyphen: niet-westers, ex-partner, oud-burgemeester.
HYPHEN_PREFIXES = frozenset({"niet", "ex", "oud", "vice", "non", "pro"})
HYPHENS = "-\u00ad\u2010\u2011"
ELLIPSIS_WORDS = frozenset({"en", "of", "tot", "noch", "en/of", "t/m"})
VOWELS = frozenset("aeiouyàáäèéëïíóöúü")
LEADING_WORD = re.compile(r"^([^\W\d_]+)([.,;:!?)”’\"']*)$")


def _zipf(word: str) -> float:
    return float(zipf_frequency(word, LANGUAGE))


def _hyphen_join(prefix: str, word: str) -> str:
    """How ``prefix-`` at a line end and ``word`` on the next line are written together."""
    if len(prefix) == 1 or prefix[-1].isupper() or prefix[-1].isdigit() or "-" in prefix or word[0].isupper():
        return f"{prefix}-{word}"  # e-mail, ICT-systemen, COVID-19-pandemie, Noord-Holland
    if _zipf(prefix + word) > 0:
        return prefix + word
    if prefix[0].isupper():
        return f"{prefix}-{word}"  # Black Lives Matter-demonstraties
    if prefix.lower() in HYPHEN_PREFIXES or (prefix[-1].lower() in VOWELS and word[0].lower() in VOWELS):
        return f"{prefix}-{word}"  # niet-westerse, oud-burgemeester, zee-eend
    return prefix + word


def is_split_word(first: str, second: str) -> bool:
    """Whether ``first`` at a line end and ``second`` on the next line are one word cut in two."""
    if not (first.isalpha() and second.isalpha() and second.islower()):
        return False
    if not (first.islower() or first[1:].islower()):
        return False  # an acronym or a name in capitals
    whole = _zipf(first + second)
    side_by_side = _zipf(first) + _zipf(second) - ZIPF_BILLION
    return whole > 0 and whole >= side_by_side + JOIN_MARGIN


def join_lines(first: str, second: str, *, keep_space: bool = False) -> tuple[str, str] | None:
    """Repair a word cut between lines ``first`` and ``second``: the new pair, or None.

    A space at the end of ``first`` means the line wrapped between words: no word was cut
    there, unless the line ends in a hyphen. With ``keep_space``, the moved line break gets
    that space too.
    """
    head, _, last = first.rstrip().rpartition(" ")
    word, _, rest = second.lstrip().partition(" ")
    word, rest = word.rstrip(), rest if rest.strip() else ""
    found = LEADING_WORD.match(word)
    if not found or not last:
        return None
    letters, tail = found.groups()
    if last[-1] in HYPHENS and len(last) >= 2 and last[-2].isalnum():
        if word.lower() in ELLIPSIS_WORDS:
            return None  # "zorg- en veiligheidshuizen"
        merged = _hyphen_join(last[:-1], letters)
    elif first[-1:].isspace() or not is_split_word(last, letters):
        return None
    else:
        merged = last + letters
    joined = f"{head} {merged}{tail}" if head else merged + tail
    return (joined + " " if keep_space and rest else joined), rest


def unwrap(lines: Sequence[str]) -> str:
    """Lines of one wrapped phrase (a heading) as one line, with words cut at line ends rejoined."""
    out, spaced = "", False
    for raw in lines:
        line = raw.strip()
        last, first = out.rpartition(" ")[2], line.partition(" ")[0]
        if not out:
            out = line
        elif last[-1:] in HYPHENS and len(last) >= 2 and last[-2].isalnum() and first:
            out = out[: -len(last)] + _hyphen_join(last[:-1], first) + line[len(first):]
        elif not spaced and is_split_word(last, first):
            out += line
        else:
            out += " " + line
        spaced = raw[-1:].isspace()
    return out

