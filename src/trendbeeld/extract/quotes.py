"""Quotes (citaten): words in quotation marks attributed to a speaker, with role and organisation.

One job per module: :mod:`._quotemarks` finds the quoted words, :mod:`._speakers` reads a name
(person or organisation, title, role, gender of a first name), :mod:`._quote_patterns` holds the
attribution patterns, :mod:`._quote_unnamed` reads speakers without a name (spokespeople, unnamed
sources, organisations), :mod:`._quote_names` resolves a partial name (surname, first name, age)
to the full name given earlier, :mod:`._quote_interviews` reads question-and-answer interviews
without marks, :mod:`._quote_attribution` reads the attribution right after or before a quote,
:mod:`._quote_continuation` gives a quote without one the speaker before it or the interviewee, and
this module runs the cascade over a document and decides who speaks. Single marks
also mark terms, so a single-quoted text is a quote only when an attribution introduces or
follows it, when it stands on its own line (a pull quote) or when it reads as a spoken sentence.
The speaker comes from an attribution after the quote ("…,” aldus/zegt [rol] Naam, rol bij
Organisatie; "zegt Van Dijk" with the full name given earlier; "zegt een woordvoerder [van de
politie]"; "meldt de politie"; any finite verb before a full name, "verzucht Jan Smit"; a line
"– Naam, rol, organisatie"; "Rol Naam:"), before it ("Volgens Naam …:", "Naam zegt:", "Naam
(Organisatie):", "rol Naam legt uit dat …", "Volgens de politie:", "Halsema schreef …", "volgens de
burgemeester", a label "Jolanda: “…" resolved to the full name given earlier, the subject of a
verb of saying or thinking in the sentence before, "Van Dijk vindt dat …. „…”"), a first-name or
surname mention of a known speaker, or a pronoun ("zegt hij"), which refers to the last person
named in the paragraph whom it fits (gender of a common first name; of several, the sentence
subject). A person named after a preposition ("het verzoek bij burgemeester Halsema", "de
woordvoerder van Halsema") is not the speaker. A quote without any of these continues the speaker
of the quote just before within the same paragraph, of a quotation running over paragraphs, or as
the next answer of a question-and-answer interview; never across another person or another
article. A pull quote or subhead gets the speaker of the quotation it repeats. An anonymous
spokesperson speaks for an organisation: the organisation is the speaker; an unnamed source
without one is "anoniem". A speaker that cannot be resolved ("zegt zij" with no woman named,
"zeggen zij") gives no quote rather than a guess, and ends the run of the speaker before it. A
fragment in single marks is a quote only inside reported speech ("schrijft dat … ‘…’") or when a
sentence after it attributes it ("Dat heeft X laten weten").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from trendbeeld.extract import (
    _quote_interviews,
    _quote_nested,
    _quote_org_roles,
    _quote_sandwich,
    _quotemarks,
    _roles,
    _speakers,
    headlines,
    lexicon,
)
from trendbeeld.extract._document import Document, analyse
from trendbeeld.extract._quote_after_verb import named_after_verb
from trendbeeld.extract._quote_attribution import (
    _FIRST_PERSON_SINGULAR,
    _SENTENCE_END,
    AFTER_WINDOW,
    CONTINUATION_CHARS,
    UNRESOLVED,
    after_preposition,
    closing_clause_speaker,
    inverted_subject,
    opens_sentence,
    paragraph_start,
    pronoun_speaker,
    reads_as_speech,
    related_name,
    sentence_subject,
    speaker_after,
    surname_mention,
)
from trendbeeld.extract._quote_before import following_volgens, labelled, speaker_before
from trendbeeld.extract._quote_clauses import described_after
from trendbeeld.extract._quote_continuation import answering, fallback, interview_answers
from trendbeeld.extract._quote_fragments import fragment_speaker, reported_fragment, said_fragment
from trendbeeld.extract._quote_org_fragments import organisation_fragment
from trendbeeld.extract._quote_patterns import patterns
from trendbeeld.extract._quote_pronoun_subjects import described_speaker
from trendbeeld.extract._quote_reported import said_after, said_earlier
from trendbeeld.extract._quote_respondents import bracket_after, label_before, unmarked
from trendbeeld.extract._quote_role_subjects import role_subject
from trendbeeld.extract._quote_subjects import speaking_subject
from trendbeeld.extract._quote_titles import lead_speaker, only_speaker, subtitle_names, title_speaker
from trendbeeld.extract._quote_unnamed import relative_of_person, unnamed_source
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import (
    Attribution,
    mention,
    names_person,
)
from trendbeeld.model import Quote, Source, SourceType

MAX_SUBJECT_OFFSET = 3  # words before a sentence's subject ("Ook de 52-jarige Jan Smit …")
MIN_SHORT_WORDS = 2  # a short sentence in double marks ("Alles is traceerbaar.")
MIN_PULL_WORDS = 5  # an unattributed quotation repeating another quotation's words: a pull quote
PULL_REACH = 3000  # a pull quote or subhead repeats a quotation this close to it
MIN_PARAPHRASE_WORDS = 3  # content words of a title that shortens a quotation ...
PARAPHRASE_SHARE = 0.6  # ... and the share of them the quotation holds
STEM_CHARS = 6  # words compared by their first letters ("nederzetting" and "nederzettingen")
# Adverbs that open a sentence with its subject after the verb ("Wel is hij …", "Zelf zegt zij …").
_OPENING_ADVERBS = frozenset({"Ook", "Wel", "Zelf", "Toch", "Nu", "Dan", "Daarom", "Dus", "Nog", "Inmiddels",
                              "Daarnaast", "Bovendien", "Soms", "Vaak", "Vooral"})
# Unnamed people a news sentence is mostly about rather than quoting, and a passive auxiliary.
_TOPIC_PERSONS = frozenset({"man", "vrouw", "verdachte", "crimineel", "betrokkene"})
_PASSIVE = re.compile(
    r"(?<![\w-])(?:werd|werden|wordt|worden|is|zijn)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ge[a-zà-ÿ]+[dt]|aangehouden|opgepakt|neergestoken|overvallen|beroofd|doodgeschoten)(?![\w-])"
)

_WORDS = re.compile(r"\w+")
_SIGNATURE = re.compile(r",\s+[A-ZÀ-Ý][\w-]+(?:\s[A-ZÀ-Ý][\w-]+)?\.")  # "Sander de Kramer, Rotterdam."
MAX_SUBJECT_CHARS = 120  # the main clause's verb and subject stand this early in a sentence
_VERB_PRONOUN = re.compile(r"(?<=[\w,] )(?P<verb>[a-zë]{2,}) (?P<pronoun>hij|zij|ze)(?![\w-])")
_SUBORDINATOR = re.compile(r"(?i)(?<![\w-])(?:dat|die|omdat|als|toen|wie|waar|wat|of|nadat|terwijl|zodat|hoe|"
                           r"waarom|wanneer|waarin|doordat|voordat|zodra|hoewel|nu)(?![\w-])")
# Organisation nouns that name no organisation on their own ("het bedrijf", "de fractie", "de
# partij"): as a speaker they are never what an annotator writes; "de gemeente" is the one named before.
_GENERIC_ORGANISATIONS = frozenset(
    {"bedrijf", "partij", "fractie", "bank", "concern", "holding", "netbeheerder", "gemeente", "provincie"})
_QUOTE_MARKS = ("“", "”", "„", "‘", "’", "\"", "''", ",,", "«", "»")
MAX_SAID_AFTER = 2  # sentences after a quoted fragment's own that may attribute it ("Dat heeft X …")
_AUXILIARIES = frozenset({"heeft", "hebben", "had", "hadden"})
_SAID_PARTICIPLE = re.compile(
    r"(?<![\w-])(?:laten weten|gezegd|geschreven|gemeld|verklaard|bekendgemaakt|gesteld|benadrukt|erkend)"
    r"(?![\w-])"
)
_SENTENCE_CLOSED = re.compile(r"[.!?…]\s*\Z")
_ORG_SUBJECT = re.compile(r"\s*(?:Ook\s+|Bij\s+)?")  # "Ook de politie herkent …"


class QuoteExtractor:
    """The rule-based quote extractor (registered as ``quotes.rules``)."""

    name = "quotes.rules"

    def extract(self, source: Source) -> list[Quote]:
        return from_document(analyse(source))


# --------------------------------------------------------------------------- quotes


def from_document(doc: Document) -> list[Quote]:
    """Quotes of a prepared document, in text order."""
    text = doc.text
    known: dict[str, Attribution] = {}
    out: list[Quote] = []
    last: tuple[int, Attribution] | None = None
    titles = _headline_spans(doc)
    pending: list[Candidate] = []  # paragraphs of a quotation whose speaker is named further on
    found: list[tuple[Candidate, Attribution | None]] = []
    previous: Candidate | None = None  # the last attributed quote
    interview = _quote_interviews.inline_interview(text)
    answers = interview_answers(text)  # the answers of an interview printed with marks
    before: Candidate | None = None  # the quote just before, attributed or not
    lead: list[tuple[Candidate, Attribution | None]] = []  # titles whose lead names their speaker
    unattributed: list[Candidate] = []
    for cand in _quotemarks.document_candidates(text):
        if last is not None and previous is not None and _goes_on(text, previous, cand):
            attribution: Attribution | None = last[1]
        else:
            said = _attribute(doc, cand, known, last, titles, answers)
            attribution = described_speaker(doc, cand, known, said)
        if (attribution is None and interview and last is not None and last[1] is not UNRESOLVED
                and before is not None and cand.start - last[0] <= CONTINUATION_CHARS
                and _quote_interviews.answers_question(text, before.close_end, cand.open)):
            attribution = last[1]  # the next answer of an interview printed as running text
        before = cand
        if attribution is not None and attribution.speaker and " " not in attribution.speaker:
            attribution = _full_first_name(attribution, known)  # "Max: ‘…’" after "Max Kloosterman"
        if attribution is not None and attribution.speaker.lower() in _GENERIC_ORGANISATIONS:
            attribution = _quote_org_roles.full_name(doc, attribution, cand.open) or UNRESOLVED
        if attribution is UNRESOLVED:
            # a speaker named but not resolved ("zegt de agent" with no agent named before): the
            # quotes after it do not continue the speaker before it
            last, previous, attribution = (cand.close_end, UNRESOLVED), None, None
        if attribution is None:
            unattributed.append(cand)
            pending = [*pending, cand] if cand.continued else []
            if cand.pull or (not cand.continued and (_repeats_words(text, cand)
                                                     or _quotemarks.in_heading(text, cand))):
                # a title, subhead or pull quote: the speaker of the quotation it repeats, or of
                # the lead that restates it
                found.append((cand, None))
                lead.append((cand, lead_speaker(doc, cand, known)))
            continue
        known.setdefault(attribution.speaker, attribution)
        last = (cand.close_end, attribution)
        previous = cand
        found.extend((part, attribution) for part in [*pending, cand])
        pending = []
    given = dict(_repeated_speakers(text, found))
    # a quotation between two quotations of one speaker (:mod:`._quote_sandwich`)
    left = [c for c in unattributed if c not in given]
    given.update(_quote_sandwich.attributed(text, list(given.items()), left))
    quoted = list(given.items())
    given.update((c, a) for c in left if c not in given and (a := only_speaker(text, c, quoted)) is not None)
    given.update((c, a) for c, a in lead if a is not None and c not in given)
    for cand, attribution in sorted(given.items(), key=lambda pair: pair[0].start):
        # the quotation, and the words it quotes in turn (:mod:`._quote_nested`)
        for start, end in [(cand.start, cand.end), *_quote_nested.nested(text, cand)]:
            span, evidence, page = doc.span(start, end)
            out.append(Quote(span=span, text=evidence, speaker=attribution.speaker, role=attribution.role,
                             organisation=attribution.organisation, page=page))
    if "(" in text:  # "… (respondent politie)": a report's set-off quotation without marks
        out = sorted([*out, *unmarked(doc, [(c.start, c.end) for c in given])],
                     key=lambda q: q.span.start)
    return _with_interview(doc, out, known)


def _full_first_name(attribution: Attribution, known: dict[str, Attribution]) -> Attribution:
    """A common first name alone as speaker ("Max", "Jolanda") is the one speaker quoted before whose
    full name starts with it (NOTES B: interview labels with a first name only)."""
    name = attribution.speaker
    if _speakers.gender(name) is None:
        return attribution
    found = {s: a for s, a in known.items() if s.startswith(name + " ")}
    return next(iter(found.values())) if len(found) == 1 else attribution


def _with_interview(doc: Document, out: list[Quote], known: dict[str, Attribution]) -> list[Quote]:
    """The quotes and the answers of a question-and-answer interview printed without marks."""
    if not out and doc.source.meta.type is SourceType.INTERVIEW:
        out.extend(_quote_interviews.interview_paragraphs(doc))
    elif "?" in doc.text:
        taken = _Spans([(q.span.start, q.span.end) for q in out])
        answers = [q for q in _quote_interviews.interview_answers(doc, known)
                   if not taken.overlaps(q.span.start, q.span.end)]
        out = sorted([*out, *answers], key=lambda q: q.span.start)
    return out


def _goes_on(text: str, previous: Candidate, cand: Candidate) -> bool:
    """A quotation over several paragraphs: the quote before has no closing mark, and this one
    opens the next paragraph with the same mark."""
    return (previous.unclosed and not text[previous.close_end : cand.open].strip()
            and text[cand.open] == text[previous.open])


def _repeated_speakers(
    text: str, found: list[tuple[Candidate, Attribution | None]]
) -> Iterator[tuple[Candidate, Attribution]]:
    """A pull quote or subhead repeats words of a quotation in the article: it gets the speaker
    of that quotation (above or below it), not of the quote just before it; an unattributed one
    that repeats no quotation is dropped."""
    if not any(cand.pull or a is None for cand, a in found):
        yield from ((cand, a) for cand, a in found if a is not None)
        return
    quotations = [(cand, a) for cand, a in found if a is not None and not cand.pull]
    starts = [cand.start for cand, _ in quotations]
    bodies: dict[int, str] = {}  # normalised once, and only near a pull quote

    def body(i: int) -> str:
        if i not in bodies:
            bodies[i] = _normalised(text[quotations[i][0].start : quotations[i][0].end])
        return bodies[i]

    for cand, attribution in found:
        speaker = attribution
        if attribution is None or cand.pull:
            # only quotations this close: the work per pull quote stays bounded
            words = _normalised(text[cand.start : cand.end])
            lo = bisect.bisect_left(starts, cand.start - PULL_REACH)
            hi = bisect.bisect_right(starts, cand.start + PULL_REACH)
            source = [(abs(quotations[i][0].start - cand.start), quotations[i][1])
                      for i in range(lo, hi) if words in body(i)]
            if source:
                speaker = min(source, key=lambda pair: pair[0])[1]
            elif attribution is None and (cand.pull or _quotemarks.in_heading(text, cand)):
                speaker = (_paraphrased(words, [(body(i), quotations[i][1]) for i in range(lo, hi)])
                           or _named_below(text, cand, [quotations[i][1] for i in range(lo, hi)]))
        if speaker is not None:
            yield cand, speaker


def _paraphrased(words: str, quotations: list[tuple[str, Attribution]]) -> Attribution | None:
    """A title or pull quote that shortens what one speaker said ("Nederland is Marktplaats Europese
    cokehandel" for "Nederland is de Marktplaats van de Europese cocaïnehandel", "‘Nederzetting niet
    verlaten’" for "Ik zal geen enkele nederzetting verlaten"): the one speaker whose quotations hold
    most of its content words, compared by their first STEM_CHARS letters (MIN_PARAPHRASE_WORDS or
    more and PARAPHRASE_SHARE of them, or both of two in one quotation)."""
    function_words = lexicon.load().function_words
    content = {w[:STEM_CHARS] for w in words.split() if len(w) >= 4 and w not in function_words}
    if len(content) < MIN_PARAPHRASE_WORDS - 1:
        return None
    said: dict[Attribution, set[str]] = {}
    for body, a in quotations:
        stems = {w[:STEM_CHARS] for w in body.split()}
        if len(content) >= MIN_PARAPHRASE_WORDS or content <= stems:
            # two content words are read in one quotation; more in all the speaker's quotations
            said.setdefault(a, set()).update(stems)
    scored = sorted(((len(content & stems), a) for a, stems in said.items()),
                    key=lambda pair: pair[0], reverse=True)
    needed = len(content) if len(content) < MIN_PARAPHRASE_WORDS else PARAPHRASE_SHARE * len(content)
    if not scored or scored[0][0] < needed:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two speakers' quotations fit as well: no guess
    return scored[0][1]


def _named_below(text: str, cand: Candidate, speakers: list[Attribution]) -> Attribution | None:
    """"‘…’. Interview Rob Jetten": the one speaker of the article's quotations whose surname the
    subtitle after a quoted title prints."""
    names = subtitle_names(text, cand)
    if not names:
        return None
    found = {a.speaker: a for a in speakers if a.speaker.split()[-1] in names and len(a.speaker.split()) > 1}
    return next(iter(found.values())) if len(found) == 1 else None


def _repeats_words(text: str, cand: Candidate) -> bool:
    """An unattributed quotation long enough to be a pull quote set in the running text (its line
    breaks lost): it gets a speaker only when a quotation nearby holds its words."""
    return len(text[cand.start : cand.end].split()) >= MIN_PULL_WORDS


def _normalised(words: str) -> str:
    return " ".join(_WORDS.findall(words.lower()))


class _Spans:
    """Source spans sorted by start, with the furthest end up to each, so whether a span overlaps
    any of them is one bisection instead of a pass over all of them."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._reach[i - 1] > start


def _headline_spans(doc: Document) -> _Spans:
    """Source spans of the document's headlines: a title next to an outlet and a date is cited
    news, not speech."""
    if '"' not in doc.text and "‘" not in doc.text and "“" not in doc.text and "'" not in doc.text:
        return _Spans([])
    return _Spans(headlines.source_spans(doc))


# --------------------------------------------------------------------------- attribution


def _attribute(
    doc: Document,
    cand: Candidate,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
    titles: _Spans,
    answers: dict[int, int],
) -> Attribution | None:
    """The first attribution that applies, from the strongest evidence to the weakest;
    ``UNRESOLVED`` when a speaker is named but cannot be resolved. An answer of an interview
    (``answers``: opening marks with the interview's first question) quotes the interviewee."""
    text = doc.text
    # "D66: ‘…’", "Koeman: ‘…’" in a title line, else the words after the quote
    # "…” (respondent politie)": a research report's description of an unnamed interviewee
    # "K., in rond Amsterdams: „… shabby.” Volgens advocaat Jan Smit …": the label before the quote
    # names its speaker, not the sentence after it
    label = labelled(doc, cand)
    closed = label and _SENTENCE_CLOSED.search(text, cand.start, cand.end) is not None
    # "De SP wil … dat de provincies ‘…’ Volgens X …": the body that reports the fragment, not X
    after = (organisation_fragment(doc, cand) or title_speaker(doc, cand, known)
             or (None if closed else speaker_after(doc, cand, known, last)) or bracket_after(text, cand))
    if after is not None or _is_headline(doc, cand, titles):
        return after  # perhaps UNRESOLVED
    if last is not None and _resumes(text, last[0], cand):
        return last[1]
    if (cand.single and not cand.pull and not cand.speech
            and not text[max(cand.open - 20, 0) : cand.open].rstrip().endswith(":")):
        # a term in single quotes, unless its sentence reports someone's words
        if reported_fragment(doc, cand, last):
            return fragment_speaker(doc, cand, known, last)
        return _said_after(doc, cand, known) or said_fragment(doc, cand, known)  # "… ‘…’ …, zei X."
    # "Respondent 5 (wijkagent): “…”": a label of an unnamed interviewee; an interview's answer
    # "‘…’, voegden de anonieme briefschrijvers er aan toe": the source after the quote, not the person before
    described = described_after(text, cand)
    # an interview's answer quotes the interviewee, not a person the question before it names ("Oud-president
    # Abdullah Gül? ‘Inderdaad, die.")
    before = None if described else (answering(doc, cand.open, answers, known, last)
                                      or speaker_before(doc, cand, known, last) or label_before(text, cand))
    if (before is not None or not (reads_as_speech(text, cand) or _short_sentence(text, cand))
            or label or described):
        # "K., in rond Amsterdams: „…”": a label names the speaker, though not resolved
        return before or (None if label or described else _said_after(doc, cand, known))
    return (following_volgens(doc, cand.close_end) or said_after(doc, cand, known, last)
            or _subject_before(doc, cand, known)
            or speaking_subject(doc, cand, known) or _unnamed_subject(doc, cand)
            or role_subject(doc, cand, known, last)
            or _said_before(doc, cand, known, last)
            or _pronoun_subject_before(doc, cand, known, last) or _testimony(doc, cand, known, last)
            or said_earlier(doc, cand, known, last)
            or fallback(doc, cand, last))


def _short_sentence(text: str, cand: Candidate) -> bool:
    """"Dat moet hij zelf regelen.", "Alles is traceerbaar.": a short sentence of its own in double
    marks (a capital, a sentence end inside the marks, and it opens a sentence of the text); a title
    or a term in double marks has no full stop inside them."""
    if cand.single or cand.pull:
        return False
    body = text[cand.start : cand.end].rstrip()
    return (len(body.split()) >= MIN_SHORT_WORDS and body[:1].isupper() and body[-1:] in ".!?"
            and opens_sentence(text, cand.open))


def _said_after(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """"Het artikel is ‘feitelijk overbodig’. Daarom is het geschrapt. Dat heeft minister Jan
    Smit laten weten.": a quoted fragment whose sentence, or the one after it, is followed by a
    sentence that attributes what was said before ("Dat heeft … laten weten", "Dit schrijft …"),
    with no other quotation in between."""
    text = doc.text
    sentence = doc.sentence_at(cand.close_end)
    for _ in range(MAX_SAID_AFTER):
        if sentence.end >= len(text):
            return None
        sentence = doc.sentence_at(_next_word(text, sentence.end))
        words = text[sentence.start : sentence.end]
        if any(mark in words for mark in "“„‘'\"«»") or ",," in words:
            return None
        m = patterns()["said_after"].match(words)
        if m is not None and (m.group("verb").lower() not in _AUXILIARIES or _SAID_PARTICIPLE.search(words)):
            found = named_after_verb(words, m.end(), doc, cand, known)
            return None if found is UNRESOLVED else found
    return None


def _next_word(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return min(pos, len(text) - 1)


def _subject_before(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """"Ook Jan Smit (52) uit Zwolle heeft er last van. ‘…’": a quote that opens a sentence
    right after a sentence whose subject, the only person it names, is a full name."""
    text = doc.text
    if not opens_sentence(text, cand.open):
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    region = text[sentence.start : cand.open]
    if not region.rstrip().endswith((".", "!", "?")):
        return None  # a heading or a title line is no sentence about a person
    people = [(m, found) for m in patterns()["name"].finditer(region)
              if (found := mention(region, m, known) or surname_mention(doc, m, cand.open, known))
              is not None and not after_preposition(region, m.start())
              and not related_name(region, m.start())]  # "De vrouw van Jan Smit": his relation speaks
    if len(people) != 1 or (len(region[: people[0][0].start()].split()) > MAX_SUBJECT_OFFSET
                            and not inverted_subject(region, people[0][0].start())):
        return None  # "In een toespraak heeft Juan Guaidó …": the subject after the verb
    found = people[0][1]
    return found if len(found.speaker.split()) >= 2 else None


def _said_before(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """"Er komen geen deals met dictators, zegt Van Dijk. „…”": a quote that opens a sentence right
    after reported speech without quotation marks whose attribution, a named person, ends that
    sentence; the name is read as after a quote (a surname as the full name given earlier)."""
    text = doc.text
    if not opens_sentence(text, cand.open):
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    region = text[sentence.start : cand.open].rstrip()
    if any(mark in region for mark in _QUOTE_MARKS):
        return None
    found = closing_clause_speaker(doc, cand, region, sentence.start, sentence.start, known, last)
    if found is None or found.speaker in (_roles.ANONYMOUS, found.organisation):
        return None  # an unnamed source or an office is left to the rules after this one
    return found


def _unnamed_subject(doc: Document, cand: Candidate) -> Attribution | None:
    """"De politie herkent het beeld. ,,…''", "Een goed ingevoerde bron nuanceert het beeld. ,,…''":
    a quote that opens a sentence right after a sentence whose subject is an organisation or an
    unnamed source, and that names no person; an organisation does not say "ik"."""
    text = doc.text
    if not opens_sentence(text, cand.open):
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    region = text[sentence.start : cand.open]
    m = _ORG_SUBJECT.match(region)
    if (m is None or not region.rstrip().endswith((".", "!", "?"))
            or any(names_person(p) for p in patterns()["name"].finditer(region, m.end()))):
        return None
    source = unnamed_source(region, m.end())
    if source is not None and relative_of_person(source, doc, cand.open, {}):
        return None  # "De vrouw van Smit vindt …" after "Jan Smit": his relation speaks
    if source is not None:
        # "Een man werd neergestoken. „…”", "Een verdachte is aangehouden.": the one spoken about
        topic = _TOPIC_PERSONS & set((source.role or "").split()) or _PASSIVE.search(region)
        return None if topic and source.speaker == _roles.ANONYMOUS else source
    org = patterns()["org"].match(region, m.end())
    if org is None or _FIRST_PERSON_SINGULAR.search(text, cand.start, cand.end) or _PASSIVE.search(region):
        return None  # "De politie werd gealarmeerd door buren. „We hoorden …”"
    speaker = _speakers.tidy_org(org.group("org"))
    return Attribution(speaker, None, speaker)


def _pronoun_subject_before(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """"Jan Smit werkt in de wijk. Hij maakt zich zorgen. „…”": a quote that opens a sentence
    right after a sentence whose subject is "hij" or "zij" is the person that pronoun refers to;
    so is a quote after a colon that closes a clause with such a subject ("Hij schreef ooit: ‘…’",
    "In haar toespraak richtte ze zich … tot minderheden en zei: ‘…’")."""
    text = doc.text
    if not opens_sentence(text, cand.open):
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    region = text[sentence.start : cand.open].strip()
    words = region.split(maxsplit=3)
    if not region.endswith((".", "!", "?", ":")) or len(words) < 3:
        return None
    singular = words[0] in ("Hij", "Zij") or (words[0] == "Ze" and not words[1].endswith("en"))
    if singular:
        return pronoun_speaker(doc, cand, known, last, words[0])
    # "Zelf zegt hij er alle vertrouwen in te hebben.", "Ook zij heeft een flexcontract.": the
    # pronoun right after an opening adverb and the verb
    inverted = words[0] in _OPENING_ADVERBS and words[2] in ("hij", "zij") and not words[1].endswith("en")
    if inverted:
        return pronoun_speaker(doc, cand, known, last, words[2])
    # "In een interview met het AD wijst hij op …", "Om de rekeningen te betalen, doet hij …": the
    # pronoun right after the finite verb of the main clause, no subordinate clause before it
    m = _VERB_PRONOUN.search(region, 0, MAX_SUBJECT_CHARS)
    if (m is None or _SUBORDINATOR.search(region, 0, m.start()) or m.group("verb").endswith("en")
            or m.group("verb") in lexicon.load().function_words):
        return None
    return pronoun_speaker(doc, cand, known, last, m.group("pronoun"))


def _testimony(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """"Annet Verhoeven woont al jaren in de wijk. Vorige maand … ‘Ik werd wakker van een klap.’":
    first-person words in a story about one named person, who is the subject of a sentence in
    the quote's paragraph (or the paragraph before, when the quote opens its own)."""
    text = doc.text
    if not opens_sentence(text, cand.open) or not _FIRST_PERSON_SINGULAR.search(text, cand.start, cand.end):
        return None
    start = paragraph_start(text, cand.open)
    if not text[start : cand.open].strip():
        start = paragraph_start(text, len(text[:start].rstrip()))
    if last is not None and last[0] > start:
        start = last[0]
    if doc.articles.between(start, cand.open):
        return None
    region = text[start : cand.open]
    people = [(m.start(), p) for m in patterns()["name"].finditer(region)
              if (p := mention(region, m, known)) is not None and not _SIGNATURE.match(region, m.end())]
    if len({p.speaker for _, p in people}) != 1 or len(people[0][1].speaker.split()) < 2:
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0)).start - start
    if any(related_name(region, m.start()) for m in patterns()["name"].finditer(region, max(sentence, 0))):
        return None  # "… De vrouw van Smit vindt dat …. „Ik …”": his relation speaks
    return people[0][1] if any(sentence_subject(region, pos) for pos, _ in people) else None


def _resumes(text: str, last_end: int, cand: Candidate) -> bool:
    """„Het is erg”, zegt Jan Smit, „maar we gaan door.”: the quote goes on after the
    attribution clause that interrupts it."""
    gap = text[last_end : cand.open]
    return (len(gap) <= AFTER_WINDOW and gap.rstrip().endswith(",") and "\n" not in gap
            and not _SENTENCE_END.search(gap) and cand.start < len(text) and text[cand.start].islower())


def _is_headline(doc: Document, cand: Candidate, titles: _Spans) -> bool:
    if not titles:
        return False
    start, end = doc.clean.source_span(cand.open, cand.close_end)
    return titles.overlaps(start, end)
