"""Quoted fragments (geciteerde woordgroepen): a few words in single quotation marks inside a sentence
that reports what someone said, which are that speaker's quote, told apart from terms, titles and
nicknames in the same marks.

* Reported speech with a fragment: "Jan Smit schrijft de raad dat de regeling ‘niet langer nodig’
  is", "Volgens de burgemeester is de wet ‘feitelijk overbodig’", "Hij noemt de cijfers ‘een
  signaal’", "Klaver sprak van ‘smerige politiek’", "De minister omschreef het als ‘een noodgreep’":
  a speech verb (zegt, schrijft, waarschuwt …) with "dat" after it, "volgens", or a verb that names
  or characterises (by lemma: noemen, spreken van, omschrijven, typeren, bestempelen) before the
  fragment in its sentence. The speaker may be the subject that opens the sentence right before
  that verb: a surname alone as the full name given earlier ("Koolmees spreekt van een ‘graat in
  de keel’"), a pronoun whose referent is named just before ("Hij sprak van een ‘zwarte dag’"), or
  an organisation ("D66 vindt ‘…’ geen oplossing", "De gemeente spreekt van ‘…’").
* Not fragments of speech: words named as a term or a text ("teksten als ‘…’", "wat de ‘…’ wordt
  genoemd"), one word (‘onbegrijpelijk’, scare quotes), a term in another language
  (‘inside job’, ‘fake news’), a name or title written with capitals (‘Troika Laundromat’, ‘La Casa
  de Papel’), slang or a term with its gloss after it (‘doekoe’ (geld)).
"""

from __future__ import annotations

import re
from functools import cache

import simplemma

from trendbeeld.extract import _phrases, _roles, _speakers, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_attribution import (
    UNRESOLVED,
    closing_clause_speaker,
    names_another,
    opens_sentence,
    pronoun_speaker,
)
from trendbeeld.extract._quote_before import speaker_before
from trendbeeld.extract._quote_fragment_sources import fragment_source, said_at_end, subject_verb
from trendbeeld.extract._quote_messages import cites_report, report_in, shouted_in
from trendbeeld.extract._quote_names import surname
from trendbeeld.extract._quote_patterns import patterns, speech_words
from trendbeeld.extract._quote_pronoun_subjects import pronoun_source, without_lead
from trendbeeld.extract._quote_referents import narrates_other, other_person_subject
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution, mention, plausible_name, split_name, title_at_end

MAX_SUBJECT_OFFSET = 3  # words before the person who opens the sentence ("De huiverige Kamerleden …")
SUBJECT_CHARS = 80
MIN_NAME_WORDS = 2
REFERENT_CHARS = 400  # how far before a pronoun's sentence its referent is looked for by name
MAX_PREDICATE_WORDS = 4  # "is ‘…’", "toonde zich ‘…’", "betoonden zich ‘…’"
# Verbs whose quoted complement says what the subject is, shows or has (by lemma); not "willen dat".
_STATE_LEMMAS = frozenset({"zijn", "tonen", "betonen", "hebben", "voelen", "noemen"})
# After a name: its party or age in brackets, other names joined by "en", an apposition in commas.
_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,40}\)"  # "(CDA)", "(52)"
    # ", Anna de Boer", " en Piet Smit": more names in a list
    r"|\s*(?:,|\s+en)\s+[A-ZÀ-Ý][\w-]*(?:\s+(?:(?:van|de|den|der|ter|ten)\s+)*[A-ZÀ-Ý][\w-]*)*"
    r"|\s*,[^,]{1,60},)*"  # ", broer van Jan,"
)
MIN_FRAGMENT_WORDS = 2  # one quoted word is a term or scare quotes, two or more a fragment
# Verbs that name or characterise what the quoted words describe ("noemt het ‘een signaal’",
# "spreekt van ‘smerige politiek’"), by lemma.
_NAMING_LEMMAS = frozenset({"noemen", "spreken", "omschrijven", "typeren", "bestempelen", "betitelen",
                            "kwalificeren", "vinden"})
# Verbs that characterise with "als" ("ziet de resultaten als ‘een stap vooruit’"), by lemma.
_VIEW_LEMMAS = frozenset({"zien", "beschouwen"})
# Verbs that characterise with "als" ("omschreef de deal als ‘een bomgordel’"), by lemma.
_AS_LEMMAS = frozenset({"omschrijven", "typeren", "bestempelen", "kwalificeren", "betitelen"})
VIEW_CHARS = 80  # how far before "als" the verb of viewing may stand
_CLAUSE_BREAK = re.compile(r"[.!?;:]")
_OF_BEFORE = re.compile(r"(?<![\w-])van\s+(?:de\s+|het\s+)?\Z")
_AS_OPENS = re.compile(r"(?:niet\s+|vooral\s+)?als\s")
_WORD = re.compile(r"[a-zà-ÿA-ZÀ-Ý]+(?:-[a-zà-ÿA-ZÀ-Ý]+)*")
_LOWER_WORD = re.compile(r"[a-zà-ÿ]")
_GLOSS_AFTER = re.compile(r"\s*\(")  # "‘doekoe’ (geld)": slang with its meaning
_ARTICLES = frozenset({"de", "het", "een"})
# "zei hij", "hij zei", "schreef zij": a pronoun next to a verb of saying before a fragment
_SAID_PRONOUN = re.compile(
    r"(?<![\w-])(?:(?:zegt|zei|schrijft|schreef|stelt|stelde|meldt|meldde|vertelt|vertelde|noemt|noemde|"
    r"omschrijft|omschreef|typeert|typeerde|bestempelt|bestempelde)"
    r"\s+(?P<pronoun>hij|zij)|(?P<before>hij|zij)\s+(?:zegt|zei|schrijft|schreef|stelt|stelde|noemt|noemde))(?![\w-])"
)
_QUOTE_MARKS = re.compile(r"[“”„«»\"‘’']|,,")
_SENTENCE_END = re.compile(r"[.!?](?=[’'”\"]*\s)")
# A subject pronoun or a capitalised name, a finite verb, then up to three words before a name:
# "Hij noemt minister Jan Smit", "Klaver noemde de premier Mark Rutte".
_NAMING_OBJECT = re.compile(
    r"(?<![\w-])(?:[Hh]ij|[Zz]ij|[Zz]e|[A-ZÀ-Ý][a-zà-ÿ]+)\s+(?P<verb>[a-zà-ÿ]+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:[A-ZÀ-Ý][\w-]*\s+)*\Z"
)
OBJECT_CHARS = 80  # the subject and the verb of naming stand this close before the name
_OBJECT_STEMS = ("noem", "type", "bestempel", "betitel", "kwalific", "maak")  # a quick test first
_OBJECT_LEMMAS = frozenset({"noemen", "typeren", "bestempelen", "betitelen", "kwalificeren", "uitmaken"})
_OPENERS = r"(?:Ook|Zelf|Maar|En|Toch|Daarom|Nu|Dan)"
# The subject that opens a sentence and the finite verb after it: a pronoun or a surname alone
# ("Koolmees", "Van der Plas"), after at most one adverb ("Ook hij noemt …")
_OPENING_SUBJECT = re.compile(
    rf"\s*(?:{_OPENERS}\s+)?"
    r"(?:(?P<pronoun>Hij|Zij|Ze)|(?P<name>(?:(?:Van|De|Den|Der|Ter|Ten|Te)\s+(?:(?:de|der|den)\s+)?)?"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?))"
    r"\s+(?P<verb>[a-zà-ÿ]+)\b"
)
# Words before quoted words that name them as a term or a text ("teksten als ‘…’"), by lemma, and a
# passive of naming after them ("wat de ‘…’ wordt genoemd").
_TERM_LEMMAS = frozenset({"als", "zoals", "term", "woord", "tekst", "begrip", "kreet", "slogan", "leus"})
_CALLED_AFTER = re.compile(r"\s+(?:wordt|werd|worden|werden)\s+(?:ook\s+)?genoemd|\s+(?:heet|heten|heette)\b")


def reported_fragment(doc: Document, cand: Candidate, last: tuple[int, Attribution] | None = None) -> bool:
    """Whether the single-quoted words of ``cand`` are a fragment of reported speech: two or more
    words, no name or title, inside a sentence whose words before them report speech or quote the
    speaker of a quote earlier in it (``last``: where that quote ends, and its speaker)."""
    return (_plain_words(doc, cand)
            and (_reported(doc, cand, last) or _own_sentence(doc, cand, {}, last) is not None)
            and not _foreign(doc.text[cand.start : cand.end]))


def said_fragment(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """The speaker named by an attribution clause that closes the sentence of a fragment ("De zaak is
    er ‘niet duidelijker op geworden’ na de verhoren, zei Hannah de Wit."), when the quoted words are
    no name, term or foreign term (:func:`._quote_fragment_sources.said_at_end`)."""
    found = said_at_end(doc, cand, known)  # first: it rules out most quoted words at little cost
    if found is None and _content_words(doc.text, cand) >= MIN_FRAGMENT_WORDS:
        found = _quoted_subject(doc, cand, known) or _shouted(doc, cand)
    if found is None or not _plain_words(doc, cand) or _foreign(doc.text[cand.start : cand.end]):
        return None
    return found


def _is_own_sentence(text: str, cand: Candidate) -> bool:
    """The quoted words are a sentence of their own: a capital, a sentence end, and the quote opens
    the sentence ("… de arm. ‘Anders wordt het niks.’")."""
    body = text[cand.start : cand.end].rstrip()
    before = text[max(cand.open - 3, 0) : cand.open].rstrip(" \t")
    return body[:1].isupper() and body[-1:] in ".!?…" and (
        opens_sentence(text, cand.open) or before[-1:] == "'")  # "….' ‘Immens frustrerend.’"


def _own_sentence(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """"…, houdt hij een slag om de arm. ‘Anders wordt het natuurlijk niks.’", "…, zegt hoogleraar Paul
    Zoontjens. ‘Het zal veel weerstand opleveren.’": short quoted words that are a sentence of their
    own (a capital, a sentence end, nothing else in the sentence) right after a sentence that quotes
    or reports someone: the speaker of the quote in that sentence, with no one else named since,
    else the person named by the attribution clause that closes it."""
    text = doc.text
    if not _is_own_sentence(text, cand):
        return None
    sentence = doc.sentence_at(max(cand.open - 2, 0))
    if last is not None and last[1].speaker and sentence.start <= last[0] <= cand.open:
        return None if names_another(text[last[0] : cand.open], last[1].speaker, whole=True) else last[1]
    region = text[sentence.start : cand.open].rstrip()
    if _QUOTE_MARKS.search(region):
        return None
    found = closing_clause_speaker(doc, cand, region, sentence.start, sentence.start, known, last)
    return None if found is None or found.speaker in (_roles.ANONYMOUS, found.organisation) else found


def _shouted(doc: Document, cand: Candidate) -> Attribution | None:
    """"een docent die onder een post ‘Volkert, waar ben je?’ had geschreven": words shouted or
    posted by someone without a name (:func:`._quote_messages.shouted_in`)."""
    text = doc.text
    start = doc.sentence_at(max(cand.open - 1, 0)).start
    return shouted_in(text[start : cand.open], text[cand.close_end : doc.sentence_at(cand.close_end).end])


def _content_words(text: str, cand: Candidate) -> int:
    """Words of the fragment other than articles: "‘de brieven’" is a term, not a fragment."""
    return sum(1 for w in _WORD.findall(text, cand.start, cand.end) if w.lower() not in _ARTICLES)


def _quoted_subject(doc: Document, cand: Candidate, known: dict[str, Attribution]) -> Attribution | None:
    """"Bruggink snapt ‘helemaal niets’ van het besluit", "Hij wil dat de premier uitlegt waarom …
    ‘strafblad van hier tot Tokio’ …", "Kamerlid Anne Kuik ziet … ‘moderne slavernij’": the sentence
    opens with a person (a full name, a surname of a full name given earlier, or a pronoun that
    refers to someone named just before) and a finite verb, with nobody else named between them and
    the fragment; the person is quoted in the article already, goes on speaking in a quotation in
    the next sentence, or sees the quoted words ("ziet", present tense, without "als")."""
    text = doc.text
    start = doc.sentence_at(max(cand.open - 1, 0)).start
    head = text[start : min(cand.open, start + SUBJECT_CHARS)]
    follows = _quote_follows(doc, cand)
    if not (follows or _SEEING.search(head) or (known and (
            _PRONOUN_OPENS.match(head) or any(s.rsplit(maxsplit=1)[-1] in head for s in known)))):
        return None  # a quick test first: no one quoted, seeing or speaking on opens the sentence
    found = subject_verb(doc, start, cand, known)
    person: Attribution | None = None
    if found is not None:
        person, verb = found
    else:
        m = _OPENING_SUBJECT.match(text, start, cand.open)
        if m is None or not _no_name(text, m.end(), cand.open):
            return None
        verb = m.group("verb")
        pronoun = m.group("pronoun")
        if pronoun is not None:
            before = text[max(start - REFERENT_CHARS, 0) : start]
            if not any(s.rsplit(maxsplit=1)[-1] in before for s in known):
                return None  # the referent must be a quoted person named just before (a quick test)
            person = pronoun_speaker(doc, cand, known, None, pronoun.lower())
            if person is None or not _named_just_before(text, start, person):
                return None
        else:
            person = _opening_surname(doc, m.group("name"), cand.open, known)
    if person is None or not (person.speaker in known or verb in _SEEING_FORMS or follows):
        return None
    return person


# "Van der Plas ziet ‘apert onvoldoende aanknopingspunten’": a view in the present tense; not what
# someone saw ("zag ‘een zwarte auto’ wegrijden").
_SEEING_FORMS = frozenset({"ziet", "zien"})
_SEEING = re.compile(r"(?<![\w-])zie[tn](?![\w-])")
_PRONOUN_OPENS = re.compile(rf"\s*(?:{_OPENERS}\s+)?(?:Hij|Zij|Ze)\s")
_OPENS_QUOTE = re.compile(r"\s*(?:,,|[“„\"'‘])")


def _quote_follows(doc: Document, cand: Candidate) -> bool:
    """The sentence after the fragment's opens with a quotation: the person goes on speaking."""
    end = doc.sentence_at(cand.close_end).end
    return _OPENS_QUOTE.match(doc.text, end) is not None


def _plain_words(doc: Document, cand: Candidate) -> bool:
    text = doc.text
    body = text[cand.start : cand.end]
    return not (len(body.split()) < MIN_FRAGMENT_WORDS or _is_name(body) or _glossed(text, cand)
                or _mentioned(text, cand) or text.startswith("-", cand.close_end))  # "‘…’-redenering"


def _reported(doc: Document, cand: Candidate, last: tuple[int, Attribution] | None) -> bool:
    text = doc.text
    sentence = doc.sentence_at(max(cand.open - 1, 0))
    if _same_sentence(text, sentence.start, cand, last) is not None:
        return True
    words = [w.lower() for w in _WORD.findall(text, sentence.start, cand.open)]
    verbs = speech_words()
    as_after = _AS_OPENS.match(text, cand.start) is not None  # "ziet de actie ‘niet als een …’"
    for i, word in enumerate(words):
        if word == "volgens" or (word in verbs and (
                "dat" in words[i + 1 :] or "te" in words[i + 1 :] or len(words) - i <= 3)):
            # "zegt dat … ‘…’", "zegt het ‘voor 99 procent’ eens te zijn", "zegt groot respect te
            # hebben voor ‘…’": reported speech as a clause or as an infinitive with "te"
            return True
        if lemma(word) in _NAMING_LEMMAS:
            return True
        if lemma(word) in _VIEW_LEMMAS and (as_after or "als" in words[i + 1 :]):
            return True  # "ziet de resultaten als ‘een bemoedigend stapje vooruit’"
    return (_opening_person(text, sentence.start, cand.open) is not None
            or cites_report(text[sentence.start : cand.open]))


def _opening_person(text: str, start: int, end: int) -> Attribution | None:
    """"Kamerlid Nevin Özütok is ‘een beetje flabbergasted’", "De Kamerleden Jan Smit (CDA) en …
    betoonden zich ‘geen voorstander …’": the sentence ``text[start:end]`` opens with a person
    written with a full name, and the fragment after it says what that person is, shows or has."""
    m = next((m for m in patterns()["name"].finditer(text, start, min(end, start + SUBJECT_CHARS))
              if _full_name(m.group(0))), None)  # "De huiverige Kamerleden Chris van Dam": past "De"
    if m is None or len(_WORD.findall(text, start, m.start())) > MAX_SUBJECT_OFFSET:
        return None
    # the fragment is what the person is, shows or has: "is ‘…’", "toonde zich ‘…’", "heeft ‘geen idee’"
    rest = _WORD.findall(text, _clause_end(text, m.end(), end), end)
    if not 0 < len(rest) <= MAX_PREDICATE_WORDS or not (
            _verb_lemma(rest[0].lower()) in _STATE_LEMMAS
            # "Wethouder Jan Smit ziet de cijfers als ‘een signaal’"
            or (_verb_lemma(rest[0].lower()) in _VIEW_LEMMAS
                and ("als" in rest or _AS_OPENS.match(text, end + 1) is not None))):
        return None
    region = text[start:end]
    again = patterns()["name"].match(region, m.start() - start)
    found = mention(region, again, {}) if again is not None else None
    if found is None:
        return None
    words = found.speaker.split()
    if len(words) > MIN_NAME_WORDS and _roles.is_role_word(lemma(words[0].lower())):
        # "Kamerleden Chris van Dam": a plural title read as part of the name
        return Attribution(" ".join(words[1:]), found.role or words[0], found.organisation)
    return found


def _full_name(raw: str) -> bool:
    _title, name, _lead = split_name(raw, None)
    return len(name.split()) >= MIN_NAME_WORDS and plausible_name(name)


def _clause_end(text: str, pos: int, end: int) -> int:
    """Past a bracket or an apposition after a name ("Jan Smit (CDA)", "Frans Smit, broer van Jan,")."""
    m = _APPOSITION.match(text, pos, end)
    return m.end() if m is not None else pos


def _verb_lemma(word: str) -> str:
    """The lemma, also of a plural past simplemma leaves alone ("betoonden" as "betoonde")."""
    found = lemma(word)
    return lemma(word[:-1]) if found == word and word.endswith("en") else found


def _mentioned(text: str, cand: Candidate) -> bool:
    """"teksten als ‘…’", "wat de ‘…’ wordt genoemd": words named as a term or a text, not said."""
    before = _WORD.findall(text, max(cand.open - 30, 0), cand.open)
    if before and lemma(before[-1].lower()) in _TERM_LEMMAS:
        # "ziet de resultaten als ‘een stap vooruit’": a view, not a term named
        return not (before[-1].lower() == "als" and _viewed(text, cand.open))
    return _CALLED_AFTER.match(text, cand.close_end) is not None


def _viewed(text: str, pos: int) -> bool:
    """A verb of viewing or characterising ("ziet", "beschouwt", "omschreef") in the clause before
    "als" at ``pos``."""
    clause = _CLAUSE_BREAK.split(text[max(pos - VIEW_CHARS, 0) : pos])[-1]
    return any(lemma(w.lower()) in _VIEW_LEMMAS | _AS_LEMMAS for w in _WORD.findall(clause))




def _is_name(body: str) -> bool:
    """"Troika Laundromat", "De Glimlach van Breda": every content word capitalised, a name or title
    rather than words someone said."""
    words = [w for w in body.split() if len(w) > 3]
    return bool(words) and not any(_LOWER_WORD.match(w) for w in words)


def _foreign(body: str) -> bool:
    """"een ‘inside job’", "‘fake news’": a term in English opens with an English word that is no
    Dutch word form nor the form of a Dutch lemma; such terms are scare quotes, not someone's words
    (a Dutch word simplemma does not know, "riekte", "elektriciteitsoorlog", is no English word)."""
    first = _WORD.search(body)
    if first is None:
        return False
    word = first.group(0).lower()
    return simplemma.is_known(word, lang="en") and not (
        simplemma.is_known(word, lang="nl") or simplemma.is_known(lemma(word), lang="nl"))


def _glossed(text: str, cand: Candidate) -> bool:
    """"‘doekoe’ (geld)": slang or a term with its meaning in brackets after it."""
    return _GLOSS_AFTER.match(text, cand.close_end) is not None


def fragment_speaker(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """The speaker of a fragment of reported speech (:func:`_speaker`), else the person a pronoun
    that says it refers to, or a bare surname printed elsewhere after a role
    (:mod:`._quote_pronoun_subjects`)."""
    own = _own_sentence(doc, cand, known, last)  # a short sentence of its own after a quoted one
    if own is not None:
        return own
    found = _speaker(doc, cand, known, last)
    if found is None:
        return pronoun_source(doc, cand, known)
    return found if found is UNRESOLVED else without_lead(found, doc.text)


def _speaker(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    """The speaker of a fragment of reported speech: the speaker of a quote earlier in the same
    sentence ("Smit reageerde: dat er ‘een lobby’ werd gevoerd, daar kon hij ‘met zijn pet niet
    bij’"), else the speaker the sentence names before it, unless that person or organisation is
    only spoken to or about ("Tegen Sky News zei hij …", "in het gezicht van vicepremier Di Maio"),
    else an unnamed office holder's body ("aldus de advocaat-generaal, die vond dat …")."""
    text = doc.text
    sentence = doc.sentence_at(max(cand.open - 1, 0))
    same = _same_sentence(text, sentence.start, cand, last)
    if same is not None:
        return same
    found = speaker_before(doc, cand, known, last)
    region = text[sentence.start : cand.open]
    if found is None or (found.speaker and (_only_addressed(region, found.speaker)
                                            or _named_object(region, found.speaker))):
        said = _SAID_PRONOUN.search(region)
        if said is not None or found is not None:
            return _instead_of_addressed(doc, cand, known, last, said)
    if found is None:
        person = _opening_person(text, sentence.start, cand.open)
        if person is not None:  # "Wachtlijst Dokter Verhagen heeft ‘…’": as the full name given earlier
            full = surname(person.speaker.split()[-1], doc, cand.open, known)
            return full if full is not None and len(full.speaker.split()) >= MIN_NAME_WORDS else person
        return (_naming_subject(doc, cand, sentence.start, known, last) or _office_in(region)
                or report_in(region, doc, cand.open) or fragment_source(doc, cand, known))
    if not found.speaker:
        return found
    return None if _only_addressed(region, found.speaker) else found


def _instead_of_addressed(
    doc: Document,
    cand: Candidate,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
    said: re.Match[str] | None,
) -> Attribution | None:
    """The speaker when the one named before the fragment is only spoken to or of: the pronoun that
    says it ("Tegen Sky News zei hij dat iedereen ‘…’ is"), else the subject that opens the sentence
    ("De VIG ziet de actie van de Vriendenloterij ‘…’")."""
    sentence = doc.sentence_at(max(cand.open - 1, 0))
    if said is None:
        return _naming_subject(doc, cand, sentence.start, known, last)
    region = doc.text[sentence.start : cand.open]
    person = pronoun_speaker(doc, cand, known, last, said.group("pronoun") or said.group("before"))
    return None if person is None or _only_addressed(region, person.speaker) else person


def _naming_subject(
    doc: Document,
    cand: Candidate,
    start: int,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
) -> Attribution | None:
    """"Koolmees spreekt van een ‘graat in de keel’", "Hij sprak zelfs van een ‘ruime marge’", "D66
    vindt ‘…’ geen oplossing": a surname alone (as the full name given earlier), a pronoun or an
    organisation that opens the sentence, right before a verb that says or names (by lemma); no one
    else named between it and the fragment."""
    text = doc.text
    org = _opening_organisation().match(text, start, cand.open)
    if org is not None and _says(org.group("verb")) and _no_name(text, org.end(), cand.open):
        speaker = _speakers.tidy_org(org.group("org") or org.group("bare"))
        return Attribution(speaker, None, speaker)
    m = _OPENING_SUBJECT.match(text, start, cand.open)
    if m is None or not _says(m.group("verb")) or not _no_name(text, m.end(), cand.open):
        return None  # "Hij noemt minister Jan Smit ‘…’": someone else is named, perhaps spoken of
    pronoun = m.group("pronoun")
    if pronoun is not None:
        person = pronoun_speaker(doc, cand, known, last, pronoun.lower())
        return person if person is not None and _named_just_before(text, start, person) else None
    return _opening_surname(doc, m.group("name"), cand.open, known)


def _no_name(text: str, start: int, end: int) -> bool:
    """No name between the subject and the fragment but one that belongs to the object ("ziet de
    actie |van de Vriendenloterij| ‘…’"): a possessor, not someone spoken to or of."""
    return all(_OF_BEFORE.search(text, max(m.start() - 12, start), m.start()) is not None
               for m in patterns()["name"].finditer(text, start, end))


def _opening_surname(doc: Document, name: str, pos: int, known: dict[str, Attribution]) -> Attribution | None:
    """A surname opening the sentence as the full name given earlier ("Van de Spanjaarden zegt 49
    procent …" names no one; "Die noemt het …" is no name)."""
    if name.lower() in lexicon.load().function_words:
        return None
    full = surname(name, doc, pos, known)
    if full is None or full.speaker == name or len(full.speaker.split()) < MIN_NAME_WORDS:
        return None
    return full


def _says(verb: str) -> bool:
    # "ziet" only reaches here before "als" ("Hij ziet het als ‘…’"): see _reported
    return verb in speech_words() or lemma(verb) in _NAMING_LEMMAS | _VIEW_LEMMAS


@cache
def _opening_organisation() -> re.Pattern[str]:
    """An organisation that opens a sentence, with its article ("De gemeente", "Het OM", "De
    Onderwijsinspectie") or an acronym without one ("D66", "VVD"), and the verb after it."""
    return re.compile(
        rf"\s*(?:{_OPENERS}\s+)?(?:{_speakers.org_phrase()}|(?P<bare>[A-Z][A-Z0-9&]{{1,7}}))\s+(?P<verb>[a-zà-ÿ]+)\b"
    )


def _named_just_before(text: str, start: int, person: Attribution) -> bool:
    """The person a pronoun refers to is named shortly before the sentence at ``start``, and the
    sentences since name no one else nor an unnamed person ("Maar in 2018 kondigde Bijleveld aan …
    Zij sprak van ‘…’": not the Kamerlid named before Bijleveld)."""
    word = person.speaker.split()[-1]
    at = text.rfind(word, max(start - REFERENT_CHARS, 0), start)
    if at < 0:
        return False
    gap = text[at + len(word) : start]
    return not (narrates_other(gap, person) or other_person_subject(gap, person))


def _same_sentence(
    text: str, sentence_start: int, cand: Candidate, last: tuple[int, Attribution] | None
) -> Attribution | None:
    """The speaker of a quote earlier in the sentence of ``cand``, with no other person named between."""
    if last is None or not sentence_start < last[0] <= cand.open or not last[1].speaker:
        return None
    gap = text[last[0] : cand.open]
    if not _WORD.search(gap) or _SENTENCE_END.search(text, max(last[0] - 3, 0), cand.open):
        return None  # "…, he.” ‘Einde training’ gaat …": a new sentence, whatever the splitter says
    return None if names_another(gap, last[1].speaker, whole=True) else last[1]


def _office_in(region: str) -> Attribution | None:
    """"…, aldus de advocaat-generaal, die vond dat er ‘een signaal’ …": an unnamed office holder of a
    public body before the fragment in its sentence; the body speaks, with the office as role."""
    for m in patterns()["unnamed"].finditer(region):
        role = m.group("role")
        body = _roles.office_organisation(role)
        if body is not None:
            return Attribution(body, role.lower(), body)
    return None


def _named_object(region: str, speaker: str) -> bool:
    """"Hij noemt minister Jan Smit ‘een lafaard’": the person named is the object of a verb of
    naming whose subject (a pronoun or a name) stands right before it; the subject speaks. Not "De
    panden noemt Berg ‘de kroonjuwelen’", where the name after the verb is its subject."""
    at = region.rfind(speaker.rsplit(maxsplit=1)[-1])
    window = region[max(at - OBJECT_CHARS, 0) : at].lower() if at > 0 else ""
    if not any(stem in window for stem in _OBJECT_STEMS):
        return False
    m = _NAMING_OBJECT.search(region, max(at - OBJECT_CHARS, 0), at)
    return m is not None and lemma(m.group("verb").lower()) in _OBJECT_LEMMAS


def _only_addressed(region: str, speaker: str) -> bool:
    """Every mention of ``speaker`` in ``region`` (by its last word) follows a preposition: the
    person or organisation is spoken to or about. "van" after a role ("een woordvoerder van de
    gemeente Arnhem") gives the organisation that speaks, and is no such preposition."""
    word = speaker.rsplit(maxsplit=1)[-1]
    mentions = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", region)]
    if not mentions:
        return False
    return all(_after_preposition(region, speaker, pos) for pos in mentions)


def _after_preposition(region: str, speaker: str, pos: int) -> bool:
    start = region.rfind(speaker.split(maxsplit=1)[0], max(pos - 80, 0), pos + 1)
    pre = region[max((start if start >= 0 else pos) - 80, 0) : start if start >= 0 else pos]
    title = title_at_end(pre)
    words = pre[: len(pre) - len(title)].split() if title else pre.split()
    while words and words[-1].lower() in _ARTICLES:
        words.pop()
    if not words:
        return False
    last = words[-1].lower().strip(",")
    if last == "van":
        return len(words) < 2 or not _roles.is_role_word(words[-2].lower().strip(","))
    return last in _phrases.NP_PREPOSITIONS
