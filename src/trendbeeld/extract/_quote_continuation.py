"""Quotations without attribution whose speaker was named before (a quote's speaker resolved from
the context, never the wrong speaker):

* Answers of a question-and-answer interview printed with quotation marks: "Wij spraken met
  wijkagent Karin de Boer.¶Wat is er veranderd?¶“Veel meer jongeren op straat …”", or in running
  text whose line breaks are lost ("… Is dat bespreekbaar? ,,Nee. Er zijn …''"). Every answer is a
  quote of the interviewee, also the first answer, which has no quote before it to continue: the
  speaker of the quote before it in the article, else the one person the lead names, of several
  the one it talks with ("spraken met", "in gesprek met").
* A quotation without attribution continues the speaker of the quote before it: within a
  paragraph, over paragraphs printed as lines, over narration of at most three sentences where
  line breaks are lost, or of up to ten that name no one else before spoken words ("…, vindt Van
  der Weijden. Afgelopen jaar … Een gigantisch bedrag. … ,,Elke euro die we binnenhalen …''").
* Across a blank line (a report's box, a PDF): a paragraph that opens with a quotation goes on
  with the last speaker when the paragraphs between name no other person ("Landelijk Meldpunt
  Internetoplichting" is no person, "Gökmen T." and "Cleo Vermeulen (9)" are), cite no document
  or other voice ("Uit het onderzoek blijkt"), hold no heading (a running header of a PDF is none)
  and no other quotation, and the source has no two blank lines between (another article).
* Never after a sentence about someone else without a name, also in the plural ("Ook de
  buurtbewoners maken zich zorgen."; not "Nederlanders eten vaker onderweg."), after a colon that
  introduces another voice or a document ("In de brief staat:"), or across another article.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _articles, _quote_interviews, _scan, _speakers, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_attribution import (
    _BLANK_LINE,
    CONTINUATION_CHARS,
    UNRESOLVED,
    names_another,
    opens_sentence,
)
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._quote_referents import (
    _STATEMENT_END,
    RELATION_NOUNS,
    narrates_other,
    other_person_subject,
    unnamed_person,
)
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution
from trendbeeld.model import SourceType

_MARKS = re.compile(r"[“”„«»\"‘’]|,,|''")
# a capitalised word after a lowercase one in the clause before a colon: a name
_NAME_INSIDE = re.compile(r"[a-zà-ÿ,][ \t]+[A-ZÀ-Ý][a-zà-ÿ]+")
# A question on a line of its own and the line under it (a blank line between or not) opening
# with a quotation mark: an answer of an interview printed with marks.
_QUESTION_ANSWER = re.compile(
    r"^[ \t]*(?P<question>[^\n“”„«»\"]{3,300}\?)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<mark>,,|[“„\"«‘'])",
    re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?:][ \t]+|\n")
MIN_ANSWERS = 2  # questions answered by a quotation on the line under them: an interview
TALKED_CHARS = 40  # "in gesprek met directeur …": the words before the interviewee's name
# "spraken met", "in gesprek met", "interview met", "praat met": the lead names whom it talks with
_TALKED_WITH = re.compile(r"(?i)(?<![\w-])(?:gesprek|interview|spraken|spreken|sprak|praat|praatten|praten)"
                          r"\s+(?:\w+\s+){0,2}?met(?![\w-])")
RUNNING_LINES = 2  # a line printed this often is a running header or footer, not a heading
MAX_HEADING_WORDS = 12  # a line this short without a stop is a heading
MIN_NOUN_CHARS = 4  # shorter words are no nouns for people ("man" is read by other rules)
_WORDS = re.compile(r"[\w']+")
# The first words of a sentence, where its subject stands ("Ook de buurtbewoners maken …").
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?]\s+|\n\s*)(?P<words>(?:[\w'-]+[ \t]+){1,4}[\w'-]+)")
_SENTENCE = re.compile(r"[^.!?\n]+")
_PAGE_NUMBER = re.compile(r"\d+|[|•·–-]")  # "23", "Corona en criminaliteit | 23"
# Words of a speaker: the first or second person ("ik", "we", "je"), not a document's wording.
_SPOKEN = re.compile(r"(?i)(?<![\w-])(?:ik|mij|mijn|me|we|wij|ons|onze|je|jij|jou|jouw|u)(?![\w-])")
_SHOWN_WORDS = frozenset({"blijkt", "bleek", "blijken", "bleken", "toont", "toonde", "concludeert"})
# Verbs of thinking, hoping and giving that narration uses of anyone and anything.
_THINKING_WORDS = frozenset({
    "dacht", "denkt", "vindt", "vond", "hoopt", "hoopte", "vreest", "vreesde", "verwacht", "verwachtte",
    "weet", "gaf", "geeft", "laat", "liet", "licht", "merkt", "merkte", "besluit", "gelooft", "meent",
    "meende", "lacht", "lachte", "zucht"})
_SPEAKER_PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "zijn"})
_INITIAL = re.compile(r"\s+[A-Z]\.")  # "Gökmen T.": a surname given as an initial
_AGE = re.compile(r"\s*\(\d{1,3}\)")  # "Cleo Vermeulen (9)"
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+\Z")
_OPENING_ADVERBS = frozenset({"ook", "en", "maar", "toch", "wel", "zelfs"})
# A determiner before the subject: "de buurtbewoners", "veel agenten"; not a generic plural
# ("Nederlanders eten vaker onderweg").
_DETERMINERS = frozenset({"de", "die", "deze", "een", "veel", "sommige", "andere", "enkele", "twee", "drie",
                          "zijn", "haar", "hun", "onze", "mijn"})
_NOT_PERSONS = frozenset({"andere", "anderen", "anders"})  # "ander" is listed for "aldus een ander"
_WRITTEN_WORDS = frozenset({"kopte", "kopten", "staat", "stond", "luidt", "luidde"})  # "In de brief staat:"
_QUESTION_LINE = re.compile(r"^[ \t]*[^\n]{3,300}\?[ \t]*$", re.MULTILINE)
MAX_GAP_SENTENCES = 3  # sentences between a quote and the next it runs on in (the attribution, narration)
MAX_NARRATION_SENTENCES = 10  # ... when they name no one else


def interview_answers(text: str) -> dict[int, int]:
    """The opening marks of interview answers, each with the start of its interview's first
    question (the interviewee is named before it); empty when the text holds no interview."""
    if "?" not in text:
        return {}
    found: dict[int, int] = {}
    # the pattern is tried only at the start of a line that holds a "?" (its question is on one line
    # and ends in "?"): a pattern that opens with "^" is tried at every position of a long text
    lines = sorted({text.rfind("\n", 0, mark) + 1 for mark in _scan.marks(text, "?")})
    for m in _scan.matches_at(_QUESTION_ANSWER, text, lines):
        if len(m.group("question").split()) <= _quote_interviews.MAX_QUESTION_WORDS:
            found[m.start("mark")] = m.start("question")
    if _quote_interviews.inline_interview(text):
        for m in _quote_interviews.QUESTION_BEFORE_MARK.finditer(text):
            cut = max((e.end() for e in _SENTENCE_END.finditer(text, max(m.start() - 300, 0), m.start())),
                      default=max(m.start() - 300, 0))
            question = text[cut : m.start()]
            if len(question.split()) <= _quote_interviews.MAX_QUESTION_WORDS and not _MARKS.search(question):
                found.setdefault(m.start("mark"), cut)
    return _interviews(text, found)


def _interviews(text: str, found: dict[int, int]) -> dict[int, int]:
    """The answers grouped in runs, one answer at most CONTINUATION_CHARS after the one before it in
    the same article: each gets its run's first question; a run of fewer than MIN_ANSWERS answers
    is no interview (two questions far apart in a feature are the writer's)."""
    out: dict[int, int] = {}
    group: list[int] = []
    articles = _articles.of(text)
    for mark in sorted(found):
        if group and (mark - group[-1] > CONTINUATION_CHARS or articles.between(group[-1], mark)):
            out.update(_kept(group, found))
            group = []
        group.append(mark)
    out.update(_kept(group, found))
    return out


def _kept(group: list[int], found: dict[int, int]) -> dict[int, int]:
    if len(group) < MIN_ANSWERS:
        return {}
    first = found[group[0]]
    return dict.fromkeys(group, first)


def answering(
    doc: Document, open_pos: int, answers: dict[int, int], known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
) -> Attribution | None:
    """The interviewee who gives the answer opening at ``open_pos``: the speaker of the quote before
    it in the same article (an interview quotes one person), else the one person the lead before
    the interview's first question names (a common first name or a role shows a person, not
    "Provinciale Staten"), of several the one it talks with ("Wij spraken met Karin de Boer")."""
    question = answers.get(open_pos)
    if question is None:
        return None
    if last is not None and last[1] is not UNRESOLVED and not _article_between(doc, last[0], open_pos):
        return last[1]
    text = doc.text
    start = _speakers.article_start(text, question, _quote_interviews.LEAD_CHARS)
    region = text[start:question]
    people: dict[str, tuple[Attribution, bool]] = {}
    for m in _speakers.name_pattern().finditer(region):
        found = _speakers.mention(region, m, known)
        if found is not None and len(found.speaker.split()) >= 2 and (
                found.role or _speakers.gender(found.speaker)):
            talked = _TALKED_WITH.search(region, max(m.start() - TALKED_CHARS, 0), m.start()) is not None
            people[found.speaker] = (found, talked or people.get(found.speaker, (found, False))[1])
    if len(people) == 1:
        return next(iter(people.values()))[0]
    talked_with = [person for person, talked in people.values() if talked]
    return talked_with[0] if len(talked_with) == 1 else None


def across_paragraphs(doc: Document, last: tuple[int, Attribution], open_pos: int) -> bool:
    """The quotation opening at ``open_pos`` opens its paragraph and the paragraphs since the quote
    that ended at ``last[0]`` are narration in which no one else speaks: no other name, no heading
    (another article or section), no two blank lines in the source (in text with a blank line
    after every paragraph they part articles), no other quotation (:func:`someone_else` for the
    rest)."""
    text = doc.text
    line_start = text.rfind("\n", 0, open_pos) + 1
    if text[line_start:open_pos].strip():
        return False
    if _article_between(doc, last[0], open_pos):
        return False
    gap = text[last[0] : open_pos]
    if _MARKS.search(gap) or any(_heading(text, line) for line in gap.splitlines()[1:]):
        return False
    # a quote that ended its sentence has no attribution after it: the whole gap is narration
    closed = _ends_sentence(text, last[0])
    cut = None if closed else _SENTENCE_END.search(gap)
    narration = gap[cut.end() if cut else 0 :]
    return not (_names_person(narration, last[1]) or _voices_other(narration, last[1]))


def _names_person(narration: str, speaker: Attribution) -> bool:
    """A person other than the speaker named in the narration: a name with a common first name
    (also after an organisation, "Milieudefensie Anne Knol"), a particle ("Onno de Zwart"), an
    initial ("Gökmen T."), an age ("Cleo Vermeulen (9)") or a title or a noun for people before it
    ("het echtpaar Vrielink"); capitalised words of an organisation ("Landelijk Meldpunt
    Internetoplichting") name no one."""
    own = set(speaker.speaker.split())
    particles = lexicon.load().name_particles
    for m in patterns()["name"].finditer(narration):
        title, name, _lead = _speakers.split_name(m.group(0), None)
        words = name.split()
        if own & set(words) or not name[:1].isupper():
            continue
        if _INITIAL.match(narration, m.end()) or _AGE.match(narration, m.end()):
            return True  # "Gökmen T.", "Cleo Vermeulen (9)"
        before = _WORD_BEFORE.search(narration, max(m.start() - 40, 0), m.start())
        if before is not None and _person_noun(before.group(1).lower()):
            return True  # "het echtpaar Vrielink", "de vader van" is read by names_another
        if _speakers.plausible_name(name, title) and (
                title is not None or any(w in particles for w in words[1:-1])
                or any(_speakers.gender(" ".join(words[i:])) for i in range(len(words) - 1))):
            return True
    return False


def _article_between(doc: Document, start: int, end: int) -> bool:
    """Two blank lines in the source between clean ``start`` and ``end``: another article or
    chapter (the clean text keeps them as one blank line where every paragraph has one)."""
    clean = doc.clean
    return doc.source_articles.between(clean.source_offset(start), clean.source_offset(end))


def _voices_other(narration: str, speaker: Attribution) -> bool:
    """A sentence of the narration that reports what someone or something says or shows without
    naming the speaker ("Uit het onderzoek blijkt veel.", "De gemeente laat weten …"): the
    quotation after it may be theirs, or a document's."""
    own = _SPEAKER_PRONOUNS | _own_words(speaker)
    said = (speech_words() - _THINKING_WORDS) | _WRITTEN_WORDS | _SHOWN_WORDS
    for sentence in _SENTENCE.finditer(narration):
        words = {w.lower() for w in _WORDS.findall(sentence.group(0))}
        if words & said and not words & own:
            return True
    return False


def someone_else(gap: str, speaker: Attribution) -> bool:
    """A sentence of the narration after a quote whose subject is a person without a name other
    than the speaker, also in the plural ("Ook de buurtbewoners maken zich zorgen.", "Veel agenten
    herkennen dat."): the quote after it may be theirs."""
    own = _own_words(speaker)
    for m in _SENTENCE_OPENING.finditer(gap):
        words = _WORDS.findall(m.group("words").lower())
        while words and words[0] in _OPENING_ADVERBS:
            words = words[1:]
        if words[:1] and words[0] in _DETERMINERS and any(
                _person_noun(w) for w in words[1:3] if w not in own):
            return True
    return False


def _own_words(speaker: Attribution) -> set[str]:
    """The words of the speaker's name, role and organisation, in lower case."""
    return {w.lower() for w in f"{speaker.speaker} {speaker.role or ''} {speaker.organisation or ''}".split()}


def _ends_sentence(text: str, quote_end: int) -> bool:
    """The quote that ended at ``quote_end`` ended its sentence ("….”"): no attribution follows it,
    so the text after it is narration."""
    return any(c in ".!?" for c in text[max(quote_end - 3, 0) : quote_end])


def _heading(text: str, line: str) -> bool:
    """A short line that ends without a stop: a title or a subhead; not a page number or a running
    header or footer of a PDF, printed on more pages than one ("Corona en criminaliteit | 23")."""
    words = line.split()
    if not 0 < len(words) <= MAX_HEADING_WORDS or line.rstrip().endswith((".", "!", "?", ":", ";", ",")):
        return False
    running = _PAGE_NUMBER.sub("", line).strip()
    return bool(running) and text.count(running) < RUNNING_LINES


def _person_noun(word: str) -> bool:
    """A noun for people without a name, also in the plural ("bewoners", "omwonenden", "agenten")."""
    if len(word) <= MIN_NOUN_CHARS or word in _NOT_PERSONS:
        return False
    if unnamed_person(word) or word in RELATION_NOUNS:
        return True
    if not word.endswith(("s", "en")):
        return False
    return unnamed_person(lemma(word)) or unnamed_person(word[:-1]) or lemma(word) in RELATION_NOUNS


def fallback(doc: Document, cand: Candidate, last: tuple[int, Attribution] | None) -> Attribution | None:
    """The speaker of the quote just before when the text continues it, or the interviewee."""
    if last is not None and cand.start - last[0] <= CONTINUATION_CHARS and _continues(doc, cand, last):
        return last[1]
    meta = doc.source.meta
    if meta.type is SourceType.INTERVIEW and meta.author:
        return Attribution(meta.author, meta.role, meta.organisation)
    return None


def _continues(doc: Document, cand: Candidate, last: tuple[int, Attribution]) -> bool:
    """A pull quote repeats the article; a body quote continues the same paragraph as a new
    sentence, or answers the next question of an interview, with no other person named in
    between and no other article begun."""
    if cand.pull:
        return True
    text = doc.text
    gap = text[last[0] : cand.open]
    if not opens_sentence(text, cand.open) or doc.articles.between(last[0], cand.open):
        return False
    across = False  # paragraphs between whose narration was read by across_paragraphs
    if _BLANK_LINE.search(gap) and not _in_interview(text, last[0], cand):
        across = across_paragraphs(doc, last, cand.open)
        if not across:
            return False
    if _introduces_other(gap) or other_person_subject(gap, last[1]) or someone_else(gap, last[1]):
        return False
    ends = len(_STATEMENT_END.findall(gap)) if "\n" not in gap and not gap.rstrip().endswith("?") else 0
    if (ends > MAX_NARRATION_SENTENCES or (ends > MAX_GAP_SENTENCES - 1 and narrates_other(gap, last[1]))
            or (ends > MAX_GAP_SENTENCES and (_MARKS.search(gap, 1)
                                              or not _SPOKEN.search(text, cand.start, cand.end)))):
        # paragraph breaks lost: a third sentence of narration about someone or something else
        # ends the speaker's run (the questions of an interview do not); narration that names no
        # one else and quotes nothing may go on longer, before words a person speaks ("…, vindt
        # Van der Weijden. Afgelopen jaar was dat ruim 5 miljoen euro. Een gigantisch bedrag. …
        # „Elke euro die we binnenhalen …”"), not the text of a rule or a report
        return False
    # a quote that ended its sentence has no attribution after it: the whole gap is narration
    closed = _ends_sentence(text, last[0])
    return across or not names_another(gap, last[1].speaker, whole=closed)


def _introduces_other(gap: str) -> bool:
    """"De krant kopte: „…”", "In de brief staat: „…”", "Op Twitter schreef iemand: „…”": a
    colon after a verb of saying or writing whose speaker was not resolved; a bridging sentence
    of the writer ("… leggen risico's bloot: „…”") does not stop the speaker before."""
    if not gap.rstrip().endswith(":"):
        return False
    cut = max(gap.rfind(". "), gap.rfind("? "), gap.rfind("! "), gap.rfind("\n"))
    words = {w.strip(",:").lower() for w in gap[cut + 1 :].split()}
    # "Het kwam hem op een sneer van Trump te staan: „…”": the speaker before is spoken of ("hem")
    # and someone else is named
    return bool(words & (speech_words() | _WRITTEN_WORDS)) or (
        "hem" in words and _NAME_INSIDE.search(gap, cut + 1) is not None)


def _in_interview(text: str, start: int, cand: Candidate) -> bool:
    """A question line stands between the last quote and this one, or right after this one's
    paragraph: the quotes are answers of a question-and-answer interview."""
    following = _BLANK_LINE.search(text, cand.close_end)
    end = min(following.end() + 400 if following else len(text), len(text))
    for m in _QUESTION_LINE.finditer(text, start, end):
        line = m.group(0)
        if len(line.split()) <= _quote_interviews.MAX_QUESTION_WORDS and not ("“" in line or "‘" in line):
            return True
    return False
