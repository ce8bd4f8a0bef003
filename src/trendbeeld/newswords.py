"""The words of reported speech that give running news away, for every layer below the stages.

News quotes all the time and says who spoke ("zegt de woordvoerder", "…”, aldus Schoof"); a report
quotes now and then. The extractor (is this text one news article, whose title is a headline?) and
the section finder (is this a news layout, whose subheads are no sections?) both ask it, so the
verbs live here once. The quote finder's own, longer list of attribution words is
``extract/lexicon/speech_verbs.txt``: it finds speakers, this module only tells news from reports.
"""

from __future__ import annotations

import re

__all__ = [
    "ATTRIBUTED_QUOTATION",
    "SAYS",
    "SPEECH_AFTER_QUOTE",
    "SPEECH_VERBS",
    "reports_speech_throughout",
]

# The verbs news uses most to report speech, counted to tell news from reports.
SAYS = re.compile(r"\b(?:zegt|zei|aldus|vertelt|vertelde)\b")
MIN_SPEECH = 2
SPEECH_CHARS = 2500  # news reports speech at least once per this many characters

# Every verb of speech that follows a quotation or precedes a colon and an opening mark.
SPEECH_VERBS = (
    r"(?:zegt|zei|zeggen|aldus|vertelt|vertelde|stelt|stelde|schrijft|schreef|meldt|meldde|reageert|reageerde"
    r"|benadrukt|verklaart|verklaarde|waarschuwt|laat\s+\w+\s+weten|liet\s+\w+\s+weten)"
)
# A quotation with its speaker: the verb after the closing mark, or before a colon and the opening mark.
ATTRIBUTED_QUOTATION = re.compile(
    rf"[’'”\"][,.]?\s+{SPEECH_VERBS}\b|\b{SPEECH_VERBS}\b[^.\n]{{0,60}}:\s*[‘'“\"„]"
)
# A closing quotation mark followed by its speech verb ("…”, zegt", "…' laat"): the mark of one article.
SPEECH_AFTER_QUOTE = re.compile(
    r"[”\"’'»]\s*,?\s*(?:zegt|zei|aldus|vertelt|vertelde|laat|liet|reageert|reageerde|stelt|stelde|meldt)\b"
)


def reports_speech_throughout(text: str) -> bool:
    """Whether ``text`` reports speech at least once per SPEECH_CHARS characters (and twice at least),
    as news does and reports do not."""
    return len(SAYS.findall(text)) >= max(MIN_SPEECH, len(text) / SPEECH_CHARS)
