"""Attribution of one quote (citaat) from the words right after it ("…,” zegt [rol] Naam", "aldus het
OM", "”\n– Naam, rol", "verzucht Jan Smit", "zegt hij"), with the helpers that the reading before a
quote (:mod:`._quote_before`) shares: pronouns and the person they refer to, sentence subjects and
paragraph starts. The name after the speech verb is read by :mod:`._quote_after_verb`. :mod:`.quotes`
runs the cascade over a document and decides which quotes go on from the one before.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from trendbeeld.extract import _phrases, _quote_names, _quotemarks, _roles, _speakers, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_after_verb import _LEADS, NAME_WINDOW, named_after_verb
from trendbeeld.extract._quote_clauses import (
    CLAUSE_WORDS,
    finite_verb,
    fronted_phrase,
    noun_fits,
    verb_pronoun,
)
from trendbeeld.extract._quote_messages import described_before, shouted_after, written_after
from trendbeeld.extract._quote_names import surname, titled_surname
from trendbeeld.extract._quote_patterns import GENDERED_NOUNS, patterns, speech_words
from trendbeeld.extract._quote_referents import (
    RELATION_NOUNS,
    glued_subhead,
    relative_inverted,
    relative_subject,
    sentence_start,
    unnamed_after,
)
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import (
    Attribution,
    attribution_of,
    mention,
    plausible_name,
    rest_after,
    split_name,
    title_at_end,
    title_before,
)

MAX_INVERTED_WORDS = 5  # "Honderd procent fit is Matavz": the subject after the verb stands this early
MAX_INVERTED_AUXILIARY = 8  # "In een toespraak in het parlement heeft Guaidó": a longer fronted phrase
INVERTED_VERB_POSITION = 2  # "Toch raakte Uhlenbeck": a lexical verb counts only second in its sentence
CONTINUATION_CHARS = 1500  # a quote without attribution belongs to a speaker this close before
AFTER_WINDOW = 260
PARAGRAPH_CHARS = 600  # a paragraph (a line) is rarely longer: beyond this, line breaks were lost
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?]\s")
_ARTICLE_WORDS = frozenset({"de", "het", "een"})
_FIRST_PERSON_SINGULAR = re.compile(r"(?i)(?<![\w-])(?:ik|mijn|mij)(?![\w-])")
_INVERTED_SHAPE = re.compile(r"[ \t]*,?[ \t]+[a-zà-ÿ]{3,}\s+(?:[a-zà-ÿ-]+\s+){0,3}[A-ZÀ-Ý]")
MAX_LEAD_SURNAME_WORDS = 3  # "Van der Laan": a surname alone with its capital particles
# Adverbs that open a sentence before its subject and read as a first name ("Ook Hollak denkt …").
_OPENING_ADVERBS = frozenset({"Ook", "Maar", "En", "Toch", "Zelf", "Nu", "Dan", "Wel", "Daarom"})
_PRONOUN_OPENS = re.compile(r"\s*(?:Ook\s+)?(?:Hij|Zij|Ze)\s")  # a sentence whose subject is a pronoun
# Prepositions before a person spoken to or about ("bij burgemeester Halsema"); not "van", which
# also gives a work's author ("het rapport van Kuijken").
_ADDRESSEE_PREPOSITIONS = _phrases.NP_PREPOSITIONS - {"van"}
UNRESOLVED = Attribution("")  # a speech verb after the quote whose speaker is not resolved


def surname_mention(
    doc: Document, m: re.Match[str], pos: int, known: dict[str, Attribution]
) -> Attribution | None:
    """"De Vries maakt zich zorgen.": a surname alone, as the full name given earlier (never a
    word that only looks like one)."""
    name = " ".join(m.group(0).split())
    # "De Vries", "Van der Laan": a capital particle leads; "Jan Smit" is no surname alone
    if len(name.split()) > MAX_LEAD_SURNAME_WORDS or (" " in name and name.split()[0] not in _LEADS):
        return None
    found = surname(name, doc, pos, known)
    return found if found is not None and found.speaker != name and len(found.speaker.split()) >= 2 else None


def opens_sentence(text: str, pos: int) -> bool:
    before = text[max(pos - 3, 0) : pos].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n”’\"…"


def names_another(gap: str, speaker: str, *, whole: bool = False) -> bool:
    """A full name or a titled surname other than ``speaker`` after the first sentence of ``gap``
    (which may still attribute the quote before), or anywhere in it when ``whole``."""
    cut = _SENTENCE_END.search(gap)
    rest = gap if whole else gap[cut.end() :] if cut else ""
    surnames = set(speaker.split())
    for m in patterns()["name"].finditer(rest):
        # a titled surname is a person too ("Wethouder Van Wakeren zegt …")
        title, name, _lead = split_name(m.group(0), None)
        titled = (title is not None and _roles.is_role_word(title.split()[-1].lower())
                  and len(name.split()) >= 2)
        if (plausible_name(name, title) or titled) and not surnames & set(name.split()):
            return True
    return False


def speaker_after(
    doc: Document, cand: Candidate, known: dict[str, Attribution], last: tuple[int, Attribution] | None
) -> Attribution | None:
    window = doc.text[cand.close_end : cand.close_end + AFTER_WINDOW]
    if not cand.pull:
        written, author = written_after(window, doc, cand.open)
        if written:  # "…’, staat in een dreigbrief", "…’, luiden de berichten"; "luidt de kop": no one
            return author or UNRESOLVED
    return _said_after(doc, cand, known, last, window)


def _said_after(
    doc: Document,
    cand: Candidate,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
    window: str,
) -> Attribution | None:
    """The speaker named by a verb of saying after the quote ("zegt Jan Smit", "zegt hij", "verzucht
    Jan Smit"), or a caption under it."""
    pats = patterns()
    if not cand.pull:
        pronoun = pats["pronoun_after"].match(window)
        if pronoun is not None:  # "zeggen zij": more than one person, no single speaker
            plural = pronoun.group("verb").lower().endswith("en")
            said = pronoun.group(0).split()[-1]
            said = GENDERED_NOUNS.get(said, said)  # "zegt de man": "zegt hij"
            resolved = None if plural else pronoun_speaker(doc, cand, known, last, said)
            if not plural and (resolved is None or not resolved.speaker):
                # "Een 21-jarige vrouw werd aangehouden. ‘…’, riep ze": the unnamed person described
                resolved = described_before(doc, cand.open, said) or resolved
            return resolved or UNRESOLVED
        verb = pats["verb"].match(window)
        if verb is not None and _opens_next(verb):
            # "….” Volgens Nabben moet …" names the speaker; "….” Volgens zijn partijgenote …"
            # opens a new sentence that leaves this quote to the words before it
            named: Attribution | None = named_after_verb(window, verb.end(), doc, cand, known, last)
            verb = None
        else:
            named = None
        if named is not None:
            return named
        if verb is not None:  # a speaker is named here; if it cannot be resolved, no guessing
            said = verb.group(0).split()[-1].lower()
            # "zeggen Jan Smit en Anna de Vries": no single speaker; "…”, vindt Jan Smit onzin":
            # a judgement of the words, no speech
            if said.endswith("en") or _judged(window, said, verb.end()):
                return UNRESOLVED
            return (named_after_verb(window, verb.end(), doc, cand, known, last)
                    or shouted_after(window, said, verb.end()) or UNRESOLVED)
        # "„Waarom …?” donderde hij.": the person the pronoun refers to
        said_by = _inverted(doc, cand, window, known) or verb_pronoun(doc, cand, window)
        found = pronoun_speaker(doc, cand, known, last, said_by) if isinstance(said_by, str) else said_by
        if said_by is not None:
            return found
    return _caption_after(window)


def _caption_after(window: str) -> Attribution | None:
    """"”\n– Jan Smit, directeur", "Jan Smit:" or a caption line with a full name under a quote."""
    pats = patterns()
    # the caption line and the name before a colon open with a role or a name, so with a letter (a
    # name's capital in [A-ZÀ-Ý] may also be "×"): most windows open with ", zegt" and try neither
    # (a literal test before the patterns' long alternations of roles)
    line = window.lstrip(" \t")  # what "after_line" skips before the name: blanks, a line break, blanks
    named = _opens_name((line[1:].lstrip(" \t") if line.startswith("\n") else line)[:1])
    for key in ("after_dash", "after_colon", "after_line"):
        if (key == "after_dash" and "–" not in window and "—" not in window and "-" not in window) or (
                key == "after_colon" and (":" not in window or not _opens_name(window.lstrip()[:1]))) or (
                key == "after_line" and not named):
            continue  # the dash, colon or letter these patterns need is missing (a literal test first)
        m = pats[key].match(window)
        if m is None:
            continue
        title, name, _lead = split_name(m.group("name"), m.groupdict().get("title"))
        if key == "after_line" and (len(name.split()) < 2 or _roles.is_org_word(name)):
            continue  # a caption line must hold a full personal name
        if plausible_name(name, title):
            return attribution_of(name, title, m.groupdict().get("rest") or "", dash=key != "after_colon")
    return None


def _opens_name(char: str) -> bool:
    """May a role or a name open at ``char``: a letter, or "×" (inside [A-ZÀ-Ý])?"""
    return char.isalpha() or char == "×"


def _opens_next(verb: re.Match[str]) -> bool:
    """"Volgens" with a capital after a quote: it opens the next sentence and names whose view that
    sentence gives, not who spoke the quote before; so does a capitalised verb that puts a question
    to someone ("….” Weet u …?", "….” Gelooft u …?")."""
    said = verb.group(0).split()[-1]
    return said == "Volgens" or (said[:1].isupper() and said != "Aldus" and "," not in verb.group(0)
                                 and not verb.group(0).lstrip(" .!?").startswith(("Dat", "Dit")))


def _judged(window: str, verb: str, pos: int) -> bool:
    """"„…”, vindt Jan Smit onzin", "„…”, noemt Jan Smit een fabeltje": a verb of judgement whose
    name goes on with a judgement (a content word or an article), so the quote is what the person
    judges, not what they say ("vindt Jan Smit." and "vindt Jan Smit ook" are speech)."""
    if verb not in _JUDGEMENT_VERBS:
        return False
    name = patterns()["name"].match(window, pos)
    if name is None:
        return False
    after = _JUDGEMENT_AFTER.match(window, name.end())
    if after is None:
        return False
    word = after.group(1)
    return word in _ARTICLE_WORDS or word not in lexicon.load().function_words


def _inverted(
    doc: Document, cand: Candidate, window: str, known: dict[str, Attribution]
) -> Attribution | None:
    """"„…”, verzucht Jan Smit." or "„Waarom?”, vraagt officier Jan Smit tegen de rechter.": a
    verb the lexicon does not list, between the quote (ending in a comma, a question or an
    exclamation) and a person's full name."""
    if not _INVERTED_SHAPE.match(window):
        return None  # a cheap look first: a lower-case word, then a capital
    m = patterns()["inverted"].match(window)
    lex = lexicon.load()
    if m is None:
        m = _inverted_clause(window)  # "…’, vertolkt Sakkaros het gevoel van de demonstranten."
        if m is None:
            return relative_inverted(window)
    verb = m.group("verb")
    ok, title = title_before(m.group("title"))
    if (verb in lex.function_words or verb in lex.name_stopwords or verb.endswith("en") or not ok
            or (m.group("comma") is None and doc.text[cand.end - 1 : cand.end] not in (",", "?", "!"))):
        return None  # "…”, maar Jan Smit …", "…”, zeggen Jan en Piet": no single speaker's verb
    title, name, lead = split_name(m.group("name"), title)
    if len(name.split()) < 2:
        # "„…”, fulmineerde Sloetski.": a surname alone, only as the full name given earlier
        found = surname(name, doc, cand.open, known) if title is None and not lead else None
        return found if found is not None and len(found.speaker.split()) >= 2 else None
    if not plausible_name(name, title):
        return None
    return attribution_of(name, title, rest_after(window, m.end("name")), dash=False)


def _inverted_clause(window: str) -> re.Match[str] | None:
    """"…’, vertolkt Sakkaros het gevoel van …", "…”, haalt Bianca het drama weer voor de geest": a
    finite verb (by lemma: not its own infinitive) right after the quote's comma, its subject name
    after it, and the clause going on with lower-case words (an object, an adverb)."""
    m = _inverted_clause_pattern().match(window)
    if m is None or not finite_verb(m.group("verb")) or m.group("verb") in speech_words():
        return None  # a verb of saying is read by the "inverted" pattern, which ends at the name
    return m


@cache
def _inverted_clause_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\A[ \t]*(?P<comma>,)[ \t]+(?P<verb>[a-zà-ÿ]{{3,}})\s+(?P<title>(?:[a-zà-ÿ-]+\s+){{0,3}})"
        rf"(?P<name>{_speakers.name_regex()})(?=\s+[a-zà-ÿ])"
    )


def _recent(cand: Candidate, last: tuple[int, Attribution] | None) -> Attribution | None:
    """The speaker of the quote just before, when it is close."""
    if last is not None and cand.start - last[0] <= CONTINUATION_CHARS:
        return last[1]
    return None


def paragraph_start(text: str, pos: int) -> int:
    """The start of the paragraph holding ``pos``; in text whose line breaks are lost, at most
    PARAGRAPH_CHARS before it, at a sentence start."""
    found = text.rfind("\n", 0, pos) + 1
    if pos - found <= PARAGRAPH_CHARS:
        return found
    cut = _SENTENCE_END.search(text, pos - PARAGRAPH_CHARS, pos)
    return cut.end() if cut is not None else pos - PARAGRAPH_CHARS


def pronoun_speaker(
    doc: Document,
    cand: Candidate,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
    pronoun: str | None = None,
) -> Attribution | None:
    """"zegt hij": the last person named in the paragraph before the quote whom the pronoun can
    refer to, else the speaker of the quote just before."""
    text = doc.text
    start = paragraph_start(text, cand.open)
    person = _last_person(doc, start, cand.open, known, last, pronoun)
    relative = relative_subject(text[max(start, last[0] if last else 0) : cand.open], pronoun)
    if relative is not None:
        return relative  # "Nando's vader staat bij de rechtbank. „…”, zegt hij"
    if unnamed_after(text, start, cand.open, known, last, pronoun):
        return None  # "Jan Smit … Een buurtbewoner kwam naar buiten. „…”, zegt ze": not Jan Smit
    if person is None and (last is None or last[0] < start) and start > 0:
        # "Jan Smit woont er al jaren.\n\n‘…’, zegt hij.": the paragraph before, when it names
        # one person and no quote stands in between
        previous = len(text[:start].rstrip())
        before = paragraph_start(text, previous)
        if text[before:start].strip() and not doc.articles.between(max(before - 1, 0), start):
            people = [p for p in _people(text, before, start, known)
                      if _speakers.fits(pronoun, p.speaker) and not _place_named(p.speaker)]
            person = people[0] if len({p.speaker for p in people}) == 1 else None
    reach = max(start - 2 * PARAGRAPH_CHARS, 0)
    if person is not None and _other_surname_since(doc, person, reach, cand.open, known):
        person = None  # "Volgens Kamerlid Salima Belhaj … Maar toen kondigde Bijleveld aan …. Zij sprak:"
    recent = _recent(cand, last)
    since = max(start, last[0] if last else 0)
    if person is None and recent is not None and (
            _people(text, since, cand.open, known)
            or _quote_names.names_other_surname(doc, since, cand.open, known, recent.speaker)):
        return None  # people named since the quote before ("Toen kondigde Bijleveld aan …"): not its speaker
    return person or (recent if recent is not None and _fits(pronoun, recent) else None)


def _other_surname_since(
    doc: Document, person: Attribution, start: int, end: int, known: dict[str, Attribution]
) -> bool:
    """A surname alone after the last mention of ``person`` that is the full name of someone else
    given earlier ("kondigde Bijleveld aan" after "minister Ank Bijleveld"): the pronoun may be hers."""
    words = person.speaker.split()
    # the last mention by surname, or by first name alone ("benadrukt Söner" after "Söner Atasoy")
    at, word = max((doc.text.rfind(w, start, end), w) for w in (words[-1], words[0]))
    return at >= 0 and _quote_names.names_other_surname(
        doc, at + len(word), end, known, person.speaker, acting=True)


def _place_named(speaker: str) -> bool:
    """"het Brabantse Cuijk": a place after an adjective read as a name, no person a pronoun refers to."""
    words = speaker.split()
    return (len(words) >= 2 and _PLACE_ADJECTIVE_FORM.fullmatch(words[0]) is not None
            and _speakers.gender(words[0]) is None)


# "voor het Rode Kruis", "het Openbaar Ministerie": a name after the neuter article names no person
NEUTER_CHARS = 5  # "het " and the space after it
_NEUTER_BEFORE = re.compile(r"(?<![\w-])[Hh]et\s+\Z")
# "Brabantse", "Haagse", "Utrechtse": a consonant before "se" ("Elise", "Louise" are first names)
_PLACE_ADJECTIVE_FORM = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+[b-df-hj-np-tv-xz]s(?:e|che)")


def _fits(pronoun: str | None, attribution: Attribution) -> bool:
    """Whether ``pronoun`` may refer to the speaker: by first name, or for an anonymous speaker by
    the noun of the role ("81-jarige man" is no "zij")."""
    if attribution.speaker != _roles.ANONYMOUS or not attribution.role or pronoun is None:
        return _speakers.fits(pronoun, attribution.speaker)
    said = GENDERED_NOUNS.get(attribution.role.split()[-1])
    return said is None or said == ("zij" if pronoun.lower() == "ze" else pronoun.lower())


def _last_person(
    doc: Document,
    start: int,
    end: int,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
    pronoun: str | None = None,
) -> Attribution | None:
    if last is not None and last[0] > start:
        start = last[0]  # a person named before the last quote was that quote's business
    text = doc.text
    region = text[start:end]
    # "Abdullah heeft er ervaring mee. … zegt hij": a surname alone that opens its sentence
    named = [(m.start(), p) for m in patterns()["name"].finditer(region)
             if (p := mention(region, m, known) or _subject_surname(doc, region, m, start, known)
                 or _known_surname(region, m, known))
             is not None and not _place_named(p.speaker)
             and not _NEUTER_BEFORE.search(region, max(m.start() - NEUTER_CHARS, 0), m.start())
             and not _organisation_before(region, m.start())]
    # "de zakenman Marian Kocner … Kocner was …": a noun for a man before any mention rules out "ze"
    unfit = {p.speaker for pos, p in named if not noun_fits(pronoun, region, pos)}
    people = [(pos, p) for pos, p in named if _speakers.fits(pronoun, p.speaker) and p.speaker not in unfit]
    if len({p.speaker for _, p in people}) <= 1:
        if not people:
            return None
        # "voor de deur aan de Honigkamp …. „…”, zegt ze.": a name after a preposition is a place
        # or someone spoken to or about, not the one the pronoun refers to, unless the pronoun's
        # gender ruled out the other people named ("Jan Smit werkt met Anna de Vries. … zegt zij")
        alone = len(people) == len(named)
        return None if alone and after_preposition(region, people[-1][0]) else people[-1][1]
    # "Jan Smit sprak met Anna de Vries. „…”, zegt hij.": of several people, the pronoun is the
    # last one who is the subject of a sentence; without one, it is left unresolved
    subjects = [(pos, p) for pos, p in people
                if sentence_subject(region, pos) or inverted_subject(region, pos)]
    if not subjects:
        # "Ook reservekeeper Nick Hengelman. … op Papendal. ‘…’, zegt hij": nobody acts as a subject,
        # and of the names only one has a first name of the pronoun's gender (the others are no
        # known person: "het Fanny Blankers Koen-stadion", "het Huis van Afgevaardigden"); a surname
        # alone may be anyone's ("een sneer van Trump: „…”, zo vermaakte hij …")
        wanted = _speakers.pronoun_gender(pronoun)
        gendered = {p.speaker: p for _, p in people if wanted and _speakers.gender(p.speaker) == wanted}
        if len(gendered) != 1 or any(" " not in p.speaker for _, p in people):
            return None
        return next(iter(gendered.values()))
    # "Baudet wil …. … dat Paul Scheffer …. ‘…’, zei hij": another person named in a later sentence
    # than the subject leaves it unclear (not in one whose subject is the pronoun: "Hij werkt met …")
    pos, found = subjects[-1]
    later = [at for at, p in people if at > pos and p.speaker != found.speaker
             and not _PRONOUN_OPENS.match(region, sentence_start(region, at))]
    return None if later and _SENTENCE_END.search(region, pos, max(later)) else found


ORGANISATION_CHARS = 24  # "zijn bedrijf ", "de stichting ": the noun right before a name


def _organisation_before(region: str, pos: int) -> bool:
    """"Timmermans' bedrijf Avitect Infra", "de stichting Vrienden van …": a name right after a noun
    for an organisation names that organisation, no person a pronoun refers to."""
    words = region[max(pos - ORGANISATION_CHARS, 0) : pos].split()
    return bool(words) and words[-1] in lexicon.load().organisation_words


def _known_surname(region: str, m: re.Match[str], known: dict[str, Attribution]) -> Attribution | None:
    """"Iets wat Scheffer meteen tegensprak", "Vijf dagen na de crash stond Debets …": a surname alone
    of someone quoted before in the article, not after a preposition (a person spoken of)."""
    word = m.group(0)
    if (" " in word or not known or after_preposition(region, m.start())
            or region.startswith(("'s", "’s", "'", "’"), m.end())):
        return None  # "Zue's regentank": a possessor, not the subject
    found = [a for s, a in known.items() if s.endswith(" " + word) and a.speaker != a.organisation]
    if not found and word.lower() not in lexicon.load().name_stopwords:
        # "Söner gaat zich … bemoeien" after "zegt Söner Atasoy": a first name alone of someone quoted before
        found = [a for s, a in known.items() if s.startswith(word + " ") and a.speaker != a.organisation]
    return found[0] if len(found) == 1 else None


def _subject_surname(
    doc: Document, region: str, m: re.Match[str], start: int, known: dict[str, Attribution]
) -> Attribution | None:
    """"Abdullah heeft er ervaring mee": a surname alone that opens its sentence is the full name
    given earlier (not "Tot" of "Tot dan", not "Zue's regentank")."""
    first = m.group(0).split(maxsplit=1)[0]
    if first in _OPENING_ADVERBS and " " in m.group(0):
        # "Ook Hollak denkt …": the adverb that opens the sentence is read as a first name
        again = patterns()["name"].match(region, m.start() + len(first) + 1)
        if again is None or again.end() != m.end():
            return None
        found = surname_mention(doc, again, start + again.start(), known)
        # someone quoted before or a full name with a common first name: "Maar Patricia twijfelde"
        # must not give a heading's words ("Boek Patricia")
        return found if found is not None and (
            found.speaker in known or _speakers.gender(found.speaker.split()[0]) is not None) else None
    opening = sentence_subject(region, m.start())
    if (m.group(0).lower() in lexicon.load().function_words
            or not (opening or inverted_subject(region, m.start()))
            or region.startswith(("'", "’"), m.end())):
        return None
    found = surname_mention(doc, m, start + m.start(), known)
    if found is not None and not (opening or found.speaker in known or _speakers.gender(found.speaker)):
        found = None  # "Met het blog raakte Patricia …" after a heading "Boek Patricia": no first name
    return found or titled_surname(doc, m[0], start + m.start())


def inverted_subject(region: str, pos: int) -> bool:
    """"Honderd procent fit is Matavz nog niet.", "Toch raakte Uhlenbeck …": a name right after a
    finite verb within the first words of its sentence (the verb second) is its subject."""
    cut = region.rfind(". ", 0, pos)
    words = region[cut + 2 if cut >= 0 else 0 : pos].split()
    if not 1 < len(words) <= MAX_INVERTED_AUXILIARY or not words[0][:1].isupper():
        return False
    verb = words[-1]
    if verb in _quote_names.FINITE_AUXILIARIES:
        # "In een toespraak in het parlement heeft Guaidó …": a fronted phrase without a clause
        return len(words) <= MAX_INVERTED_WORDS or not any(
            w.rstrip(",").lower() in CLAUSE_WORDS or w.endswith(",") for w in words[:-1])
    if len(words) > INVERTED_VERB_POSITION and not fronted_phrase(words[:-1]):
        return False
    return finite_verb(verb)


# A sentence that ends inside a quotation: its end, the closing mark and the space after them.
_CLOSED_SENTENCE = re.compile(r"[.!?…](?:''|[\"”’'])\s")
# A subject described before its name: an article, inflected adjectives, and nouns joined by commas or
# "en" ("De Nederlandse hondencoach, jachttrainer en schrijver Klaas Wijnberg"), no preposition.
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:(?:Ook|Wel|Zelf|Toch|Maar|En)\s+)?(?:[Dd]e|[Hh]et|[Ee]en)\s+(?:[\w-]+e\s+)*"
    r"(?:[a-zà-ÿ-]+(?:,\s+|\s+en\s+))*[a-zà-ÿ-]+\s+"
)
_OPENING_MARKS = ("\"", "“", "„", "‘", ",,", "'")


def sentence_subject(region: str, pos: int) -> bool:
    """The name at ``pos`` opens its sentence, after a title and at most one other word ("Ook
    burgemeester Jan Smit …"): the subject, not someone spoken to or about."""
    pre = region[:pos]
    cut = max(pre.rfind(". "), pre.rfind("? "), pre.rfind("! "), pre.rfind("\n"), pre.rfind(": "))
    for m in _CLOSED_SENTENCE.finditer(pre, cut + 1):  # "…gehad.” Advocaat Umut Ural stond …"
        cut = m.end() - 1
    title = title_at_end(pre)
    words = pre[cut + 1 : len(pre) - len(title or "")].split()
    if any(word.startswith(_OPENING_MARKS) for word in words):
        return False  # "… treurig?” „O. Ach zo.": a name inside a quotation is no subject
    if glued_subhead(region, pos, title, words):
        return True  # "… Bizar, schandelijk Premier Mark Rutte noemt …"
    if (len(words) > 1 and _DESCRIBED_SUBJECT.fullmatch(pre, cut + 1) is not None
            and pre.split()[-1].lower() not in lexicon.load().function_words):
        return True  # "De Amsterdamse recherchechef Olivier Dutilh", "De 52-jarige advocaat Jan Smit"
    return len(words) <= 1 and not after_preposition(pre[cut + 1 :] + " ", len(pre) - cut)


def _people(text: str, start: int, end: int, known: dict[str, Attribution]) -> list[Attribution]:
    region = text[start:end]
    found = (mention(region, m, known) for m in patterns()["name"].finditer(region)
             if not _organisation_before(region, m.start()))
    return [p for p in found if p is not None]


# Verbs of judgement ("vindt X onzin", "noemt X een fabeltje"), and the word after the name.
_JUDGEMENT_VERBS = frozenset({"vindt", "vond", "noemt", "noemde"})


_JUDGEMENT_AFTER = re.compile(r"[^\S\n]+([a-zà-ÿ]+)(?![\w-])")


def after_preposition(region: str, pos: int) -> bool:
    """The name at ``pos`` (perhaps after a title) is the object of a preposition ("het verzoek
    |bij burgemeester| Halsema neerleggen"): someone spoken to or about, not the speaker."""
    words = region[max(pos - 60, 0) : pos].split()
    pre = " ".join(words)
    title = title_at_end(pre + " ") if pre else None
    if title and title[:1].isupper() and "-" in title.split(maxsplit=1)[0]:
        return False  # "Forum voor Democratie-voorman Thierry Baudet": "voor" is part of the party's name
    if title:
        words = words[: len(words) - len(title.split())]
    while words and words[-1].lower() in _ARTICLE_WORDS:
        words.pop()
    if len(words) >= 2 and words[-1].lower() == "van" and _roles.is_role_word(words[-2].lower()):
        return True  # "de woordvoerder van burgemeester Halsema": the spokesperson speaks
    return bool(words) and words[-1].lower() in _ADDRESSEE_PREPOSITIONS


def related_name(region: str, pos: int) -> bool:
    """The name at ``pos`` (perhaps after a title) follows a person noun and "van" or "namens":
    someone's relation ("De vrouw van (burgemeester) Jan Smit"), lawyer or spokesperson ("De
    advocaat van Jan Smit"), not the speaker; "de reactie van Jan Smit" is his own."""
    pre = region[max(pos - 60, 0) : pos]
    title = title_at_end(pre)
    before = (pre[: len(pre) - len(title)] if title else pre).split()
    if len(before) < 2 or before[-1].lower() not in ("van", "namens"):
        return False
    noun = before[-2].lower().split("-")[-1]
    return noun in RELATION_NOUNS or _roles.is_role_word(noun) or _roles.is_anonymous_noun(noun)


def reads_as_speech(text: str, cand: Candidate) -> bool:
    """Long enough to be speech, or a short spoken sentence in the first person ("Ik wacht nog
    op toestemming.", "Daar hebben we voor gekozen.")."""
    body = text[cand.start : cand.end]
    words = len(body.split())
    return words >= _quotemarks.MIN_SPEECH_WORDS or (
        words >= MIN_FIRST_PERSON_WORDS and body[:1].isupper() and body.rstrip()[-1:] in ".!?"
        and _FIRST_PERSON.search(body) is not None)


MIN_FIRST_PERSON_WORDS = 3
_FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:ik|we|wij|mijn|ons|onze|me|mij)(?![\w-])")


def closing_clause_speaker(
    doc: Document,
    cand: Candidate,
    region: str,
    region_start: int,
    open_at: int,
    known: dict[str, Attribution],
    last: tuple[int, Attribution] | None,
) -> Attribution | None:
    """The speaker of the attribution clause after the last comma of ``region`` (the text from
    ``region_start`` to the end of its sentence): "…, zei officier van justitie Hannah Huizenga
    gisteren.", read as said after ``cand`` running from ``open_at`` to that comma. Not after a
    pronoun ("…, zegt zij."): in news without paragraphs the person it refers to is not found
    reliably (a place or a treaty named before reads as a name)."""
    comma = region.rfind(", ")
    if comma < 0 or not region.endswith(".") or len(region) - comma > NAME_WINDOW:
        return None
    clause = region[comma:]
    pats = patterns()
    if pats["pronoun_after"].match(clause) is not None or pats["verb"].match(clause) is None:
        return None
    said = dataclasses.replace(cand, open=open_at, close_end=region_start + comma, pull=False)
    found = speaker_after(doc, said, known, last)
    return None if found is None or found is UNRESOLVED else found
