"""Dutch wording of change found in cleaned text, shared by trends and figures.

Two sources of cues. Verbs of change are found by lemma (``change_verbs.tsv``, lemmas from
simplemma, cached per word form): every inflection, participle ("gestegen", "stijgende") and
separable verb ("neemt … toe", "voerde … op") of a listed verb. Other wording (nouns,
comparatives, states, fixed expressions) comes from ``change.tsv``: every alternative there
starts with a literal word; one regular expression (a trie of those first words) finds
candidate positions and only the lines that can start with the word found are tried there.
Both keep the search fast on megabytes of text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

import simplemma

from trendbeeld.errors import ConfigError
from trendbeeld.extract import _scan, _trend_lag, lexicon, numbers
from trendbeeld.model import Change

# Words a fixed expression of change.tsv may have between its parts ("neemt … een vlucht").
GAP_WORDS = 8
# Words a separable verb of change may have between its two parts: its subject and an adverbial
# of time ("nam |de krapte op de arbeidsmarkt in de loop van het jaar| toe"); the particle must
# end the clause, so a longer reach finds no loose particle.
SEPARABLE_GAP_WORDS = 12
# A word of the gap may be a number with a decimal comma or point ("namen met 4,9 procent toe").
_GAP_WORD = r"[^\S\n]+(?:[^\s.;:!?,()“”‘’\"]|(?<=\d)[.,](?=\d))+"
_GAP = rf"(?:{_GAP_WORD}){{0,{GAP_WORDS}}}?[^\S\n]+"
_SEPARABLE_GAP = rf"(?:{_GAP_WORD}){{0,{SEPARABLE_GAP_WORDS}}}?[^\S\n]+"
_COMPARATIVE = re.compile(r"[a-zà-ÿ]{2,}[^aeiou\s]er")
_WORD_BEFORE = re.compile(r"([a-zà-ÿ]+)[^\S\n]+\Z", re.IGNORECASE)
# A comparative before the auxiliary of "geworden" at the end of a subordinate clause: "dat de
# protesten agressiever |zijn| geworden", "dat de kans groter |is| geworden".
_WORD_BEFORE_AUXILIARY = re.compile(r"([a-zà-ÿ]+)[^\S\n]+(?:is|zijn|was|waren)[^\S\n]+\Z", re.IGNORECASE)
_AUXILIARY_FORMS = frozenset(["is", "zijn", "was", "waren"])
_NEGATION = re.compile(r"\b(?:niet|geen|nauwelijks|nooit)\s+(?:\S+\s+)?\Z", re.IGNORECASE)
# "nog nooit zo hoog", "nooit eerder": a record, not a negation.
_INNER_NEGATION = re.compile(
    r"\s(?:niet|geen|nauwelijks|nooit)\s(?!(?:alleen|enkel|slechts|zozeer|zo|zoveel|eerder)\b)", re.I
)
# Negation right after a finite verb of change: "verandert er niets wezenlijks", "daalde niet".
_NEGATION_AFTER = re.compile(
    r"[^\S\n]+(?:er[^\S\n]+|dit[^\S\n]+|dat[^\S\n]+|het[^\S\n]+)?(?:niet|niets|nauwelijks|nooit|weinig)"
    r"(?![\w-])(?![^\S\n]+(?:alleen|enkel|slechts|zozeer|zonder|meer|minder)\b)",
    re.IGNORECASE,
)
_NEGATION_LOWER = re.compile(_NEGATION.pattern)  # the same for a lower-case copy of the text
_NEGATION_AFTER_LOWER = re.compile(_NEGATION_AFTER.pattern)
# Words (lower case) whose lemma is looked up: runs of letters (a hyphen splits a compound).
MIN_WORD = 3
_LEMMA_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")
_LETTER = re.compile(r"[^\W\d_]")
# Words already classified as forms of verbs of change or not, per process (see
# _words_of_change); at most this many other words are kept.
_CHANGE_WORDS: set[str] = set()
_OTHER_WORDS: set[str] = set()
MAX_CLASSIFIED_WORDS = 1 << 18
# A document whose length times its number of distinct forms of change is at most this is
# searched with one str.find per form; a longer one with one trie-shaped pattern (its compiling
# costs more than the finds in a short text, less than them in a long one).
FIND_BUDGET = 4_000_000
# Particles of separable verbs ("neemt … toe"); the lemma table writes the verb as one word.
PARTICLES = ("toe", "af", "op", "terug", "uit", "aan", "in", "mee", "over", "door", "om", "omhoog", "omlaag")
_VERB_PARTICLES = (*PARTICLES, *_trend_lag.LAG_PARTICLES)  # "achter" only in the verbs of lag
# After the particle of a separable verb the clause ends or goes on with a conjunction or an
# adverbial ("nam toe tot 40", "liep op met 10%"); "loopt op straat" is no separable verb. A
# closing quotation mark right after the particle ends the clause too ("neemt toe'', zegt hij").
_PARTICLE_END = (
    r"(?=[^\S\n]*(?:[.,;:!?)\n–—]|\Z)|[\"”’']"
    r"|[^\S\n]+(?:en|of|maar|tot|met|naar|dan|van|in|sinds|ten|als)\b)"
)
PRESENT_PARTICIPLE = ("end", "ende")
_LARGER_SHARE = re.compile(r"een[^\S\n]+([a-zà-ÿ]{3,}er)[^\S\n]+(?:deel|aandeel|percentage)(?![\w-])")
_CLAUSE_WORDS = re.compile(r"[a-zà-ÿ]{3,}")
_CLAUSE_END = re.compile(r"[.;:!?,()]")
COMPARATIVE_REACH = 60  # characters between a comparative and its "dan"
MIN_BASE_VERB = 4  # "gaan" in "omhooggaan"
MIN_COMPOUND_PART = 3  # letters before the head of a compound noun of change ("griep|golf")
_LEADING_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
# Comparatives whose lemma is another word ("beter" → goed)
IRREGULAR_COMPARATIVES = frozenset({"beter"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One occurrence of wording of change: clean ``start:end``, direction and kind."""

    start: int
    end: int
    direction: Change
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class _Matcher:
    trigger: re.Pattern[str]
    trigger_lower: re.Pattern[str]  # the same, case-sensitive, for a lower-case copy of the text
    # ``trigger`` with the character before the word consumed instead of looked behind: a pattern that
    # starts with a character class lets the regex engine skip ahead (group 1 is the word; a word at
    # offset 0 is tried with the first two). For a lower-case copy it also finds where a number word
    # starts (lookahead group "num", for ``_figure_amounts.triggers``): one scan of the text for both.
    trigger_after: re.Pattern[str]
    trigger_and_numbers: re.Pattern[str]
    lines: dict[str, tuple[tuple[re.Pattern[str], lexicon.ChangeCue], ...]]


def _depths(pattern: str) -> list[int]:
    """Group depth before each character, ignoring escapes and character classes."""
    depths, depth, escaped, in_class = [], 0, False, False
    for ch in pattern:
        depths.append(depth)
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
    return depths


def _split_top(pattern: str) -> list[str]:
    """Top-level alternatives of a regular expression."""
    depths = _depths(pattern)
    cuts = [i for i, ch in enumerate(pattern) if ch == "|" and depths[i] == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def first_words(pattern: str) -> set[str]:
    """The literal words an expression can start with (``(?:neemt|nam)\\s…`` → neemt, nam)."""
    words: set[str] = set()
    for alternative in _split_top(pattern):
        if alternative.startswith("(?:"):
            depths = _depths(alternative)
            close = next(i for i in range(1, len(alternative)) if alternative[i] == ")" and depths[i] == 1)
            words |= first_words(alternative[3:close])
            continue
        m = _LEADING_WORD.match(alternative)
        if m is None:
            raise ConfigError(f"change.tsv: alternative begint niet met een woord: {alternative!r}")
        words.add(m.group(0).lower())
    return words


def trie(words: set[str]) -> str:
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alternatives = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = "(?:" + "|".join(alternatives) + ")"
        return body + "?" if "" in node else body

    return build(root)


@cache
def _than_earlier() -> re.Pattern[str]:
    """"dan" with an earlier time: "dan in 2017", "dan een jaar eerder", "dan drie jaar geleden",
    "dan vorig jaar", "dan ooit", "dan in het jaar ervoor", "dan in de jaren ervoor". The number
    words are those of ``numbers.trigger_words``, as one trie-shaped alternative.

    Not (withdrawn 2026-12-05: each lowered one held-out document's trend score and raised only the
    text it was read on): an earlier part of a period ("dan in de eerste helft van 2022") and the
    start of one ("dan aan het begin van het jaar")."""
    number_words = trie(set(numbers.trigger_words()))
    return re.compile(
        r"dan[^\S\n]+(?:"
        rf"(?:(?:in|een|het|de|bij|op|over|\d{{1,2}}|{number_words})[^\S\n]+){{0,2}}"
        r"(?:(?:19|20)\d\d|vorig\w*|voorgaande|eerder\w*"
        r"|voorheen|vroeger|ooit|daarvoor|ervoor|destijds|toen"
        r"|(?:jaar|jaren|maand|maanden|periode|week|weken|kwartaal)[^\S\n]+"
        r"(?:eerder|daarvoor|ervoor|geleden|tevoren)))(?![\w-])"
    )


@cache
def _matcher() -> _Matcher:
    by_word: dict[str, list[tuple[re.Pattern[str], lexicon.ChangeCue]]] = defaultdict(list)
    for cue in lexicon.load().change:
        regex = re.compile(rf"(?:{cue.pattern.replace('{GAP}', _GAP)})(?![\w-])", re.IGNORECASE)
        for word in first_words(cue.pattern):
            by_word[word].append((regex, cue))
    words = trie(set(by_word))
    trigger = rf"(?<![\w-]){words}(?![\w-])"
    lines = {w: tuple(entries) for w, entries in by_word.items()}
    after = rf"[^\w-]({words})(?![\w-])"
    num = trie(set(numbers.trigger_words()))
    return _Matcher(
        trigger=re.compile(trigger, re.IGNORECASE),
        trigger_lower=re.compile(trigger),
        trigger_after=re.compile(after, re.IGNORECASE),
        trigger_and_numbers=re.compile(
            rf"[^\w-](?:(?=(?P<num>{num}))(?:(?P<cue>{words})(?![\w-]))?|(?P<cue2>{words})(?![\w-]))"
        ),
        lines=lines,
    )


def _trigger_hits(text: str, lower: str | None) -> list[tuple[int, str]]:
    """(offset, lower-case word) of every first word of change.tsv in ``text``, as
    ``trigger.finditer(text)`` finds them (each is a whole word, so the hits never overlap).

    In ``lower`` the case-sensitive pattern matches one of its lower-case words exactly, so the
    word needs no ``str.lower`` (``_scan.words_and_numbers`` keeps the number words it also finds)."""
    matcher = _matcher()
    if lower is None:
        first = matcher.trigger.match(text)
        hits = [(hit.start(1), hit.group(1).lower()) for hit in matcher.trigger_after.finditer(text)]
    else:
        first = matcher.trigger_lower.match(lower)
        hits = _scan.words_and_numbers(matcher.trigger_and_numbers, lower)
    if first is not None:
        hits.insert(0, (0, first.group(0).lower()))
    return hits


def find(text: str, lower: str | None = None) -> list[Cue]:
    """All cues in clean ``text``, left to right, with comparatives and negation resolved.

    ``lower`` is ``text`` in lower case (``_scan.lowered``): the trigger scan then runs on it.
    """
    lines = _matcher().lines
    found: list[Cue] = []
    append = found.append
    for start, word in _trigger_hits(text, lower):
        cue = _best(text, start, lines.get(word, ()), lower)
        if cue is not None:
            append(cue)
    low = text.lower() if lower is None else lower
    found.extend(verb_cues(text, low))
    found.extend(comparative_cues(text, low))
    found.extend(compound_cues(text, low))
    # At one position the longest cue wins; of equal ones a comparative against an earlier time
    # ("meer … dan ooit") before bare "meer".
    found.sort(key=lambda c: (c.start, c.start - c.end, c.kind == "more"))
    out: list[Cue] = []
    covered = 0
    for cue in found:
        if cue.start < covered:
            continue
        out.append(cue)
        separable = cue.kind in ("verb", "cause") and " " in cue.text.strip()
        covered = cue.start + len(cue.text.split()[0]) if separable else cue.end
    return out


def compound_cues(text: str, lower: str) -> list[Cue]:
    """Compound nouns whose head names a change of their first part ("geweldsgolf",
    "griepgolf"): nouns of change that keep the whole word as phenomenon."""
    out: list[Cue] = []
    for head, direction in lexicon.load().change_heads.items():
        pos = lower.find(head)
        while pos >= 0:
            end = pos + len(head)
            start = pos
            while start > 0 and lower[start - 1].isalpha():
                start -= 1
            if pos - start >= MIN_COMPOUND_PART and not (end < len(lower) and lower[end].isalpha()):
                out.append(Cue(start, end, direction, "noun", text[start:end]))
            pos = lower.find(head, end)
    return out


def is_compound_of_change(word: str) -> bool:
    """True for a compound noun of change ("geweldsgolf"): its first part is the phenomenon."""
    low = word.lower()
    return any(low.endswith(head) and len(low) - len(head) >= MIN_COMPOUND_PART
               for head in lexicon.load().change_heads)


def comparative_cues(text: str, lower: str) -> list[Cue]:
    """Comparatives that compare with an earlier time ("17% hoger dan in 2017", "minder
    inbraken dan een jaar eerder") or give a share ("een groter deel van"); a comparative is
    known by its lemma ("hoger" → hoog) or from the comparative lists."""
    out: list[Cue | None] = []
    for m in _than_earlier().finditer(lower):
        words = list(_CLAUSE_WORDS.finditer(lower, max(0, m.start() - COMPARATIVE_REACH), m.start()))
        word = next((w for w in reversed(words) if is_comparative(w.group(0))), None)
        if word is not None and not _CLAUSE_END.search(lower, word.end(), m.start()):
            out.append(_comparative_cue(text, word.start(), word.end(), "comp"))
    for m in _LARGER_SHARE.finditer(lower):
        if is_comparative(m.group(1)):
            out.append(_comparative_cue(text, m.start(1), m.end(1), "attr"))
    return [c for c in out if c is not None]


def _comparative_cue(text: str, start: int, end: int, kind: str) -> Cue | None:
    lex = lexicon.load()
    word = text[start:end]
    direction = Change.DOWN if word.lower() in lex.down_comparatives else Change.UP
    return _negate(text, Cue(start, end, direction, kind, word))


def is_comparative(word: str) -> bool:
    """True for a comparative ("hoger", "groter", "vaker", "minder"), by lemma or list."""
    lex = lexicon.load()
    if word in lex.up_comparatives or word in lex.down_comparatives:
        return True
    if not word.endswith("er") or word in lex.not_comparatives:
        return False
    base = lemma(word)
    return base != word and not base.endswith("en") and word.startswith(base[:3])


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The Dutch lemma of a lower-case word form, separable verbs as one word
    ("gestegen" → stijgen, "toegenomen" → toenemen), cached per form; "" for "" (a word cut out
    between two spaces), which simplemma refuses."""
    if not word:
        return ""
    return simplemma.lemmatize(word, lang="nl").lower().replace("_", "")


_PAST_ENDINGS = ("ten", "den", "te", "de")
_DIMINUTIVE = ("je", "jes")  # no verb form ends in a diminutive suffix
MIN_PARTICIPLE = 6
_DOUBLE_VOWEL = re.compile(r"([aeou])\1([^aeiou])$")  # "intensiveer" → "intensiver" + en


def _verb_lemma(word: str, table: dict[str, lexicon.ChangeCue]) -> str:
    """The lemma of ``word``, checked against the verbs of change: an infinitive is its own
    lemma; a form simplemma maps to another form is looked up once more ("stegen" → "steeg" →
    stijgen); present participles and weak past tenses fall back on Dutch inflection
    ("teruglopende" → teruglopen, "verscherpte" → verscherpen)."""
    if word in table:
        return word
    first = lemma(word)
    if first in table or first == word:
        candidates: tuple[str, ...] = ()
    else:
        candidates = (lemma(first),)
    if word.startswith("ge") and word.endswith(("d", "t")) and len(word) > MIN_PARTICIPLE:
        # a past participle simplemma does not know: "geïntensiveerd" → intensiveren
        stem = unicodedata.normalize("NFD", word[2:-1])
        stem = "".join(ch for ch in stem if not unicodedata.combining(ch))
        candidates += (stem + "en", _DOUBLE_VOWEL.sub(r"\1\2", stem) + "en")
    if word.endswith("ende"):
        candidates += (word[:-4] + "en",)
    elif word.endswith("end"):
        candidates += (word[:-3] + "en",)
    else:
        candidates += tuple(word[: -len(e)] + "en" for e in _PAST_ENDINGS if word.endswith(e))
    particle = next((p for p in _VERB_PARTICLES if word.startswith(p + "ge")), None)
    if particle is not None and first == word:  # "achtergebleven": the particle and the participle's lemma
        candidates += (particle + lemma(word[len(particle) :]),)
    return next((c for c in candidates if c in table), first)


def is_change_word(word: str) -> bool:
    """True for a lower-case form of a verb of change ("daalde", "onveranderd")."""
    found = _word_class(word)
    return found is not None and (found[1] or found[0] in _verbs().table)


def _words_of_change(lower: str) -> set[str]:
    """The distinct words of ``lower`` (letter runs of at least MIN_WORD letters) that are forms
    of verbs of change. Each word is classified once per process: a document's words are sorted into the two
    sets of known words with set operations, and only words never seen before are classified."""
    if len(_OTHER_WORDS) > MAX_CLASSIFIED_WORDS:  # a large corpus: start over rather than grow
        _OTHER_WORDS.clear()
        _CHANGE_WORDS.clear()
    tokens = set(lower.split())
    found = tokens & _CHANGE_WORDS  # the tokens already known as forms of change
    # the rest: tokens never seen (a known run of letters is a token of its own) and tokens that
    # hold runs with other characters ("stijgt.", "(daalde)"); most tokens are known words
    rest = tokens - _OTHER_WORDS
    rest -= found
    words = set(filter(str.isalpha, rest))  # a token of letters is a run; others hold runs
    words.update(_LEMMA_WORD.findall(" ".join(rest - words)))
    for word in words - _OTHER_WORDS - _CHANGE_WORDS:  # binary "-" loops over the smaller set
        other = len(word) < MIN_WORD or _word_class(word) is None
        (_OTHER_WORDS if other else _CHANGE_WORDS).add(word)
    found.update(words & _CHANGE_WORDS)
    return found


@lru_cache(maxsize=1 << 16)
def _word_class(word: str) -> tuple[str, bool] | None:
    """(lemma, negated participle) for a form of a verb of change, a negated participle of one
    ("onveranderd") or a base verb with a separable particle ("neemt"); else None. Cached per form."""
    verbs = _verbs()
    if word in verbs.separable:
        return word, False  # a plural or infinitive is its own base ("voeren … op"; simplemma: "voer")
    if word.endswith(_DIMINUTIVE):
        return None  # a diminutive is a noun: "steegje" (lemma "steeg", a past tense of "stijgen")
    base = _verb_lemma(word, verbs.table)
    if base in verbs.table or base in verbs.separable:
        return base, False
    if word.startswith("on") and _is_participle(word[2:].removesuffix("e"), verbs.table):
        return base, True
    return None


def _is_participle(word: str, table: dict[str, lexicon.ChangeCue]) -> bool:
    """True for a past participle of a verb of change ("veranderd", "verminderd")."""
    return word.endswith(("d", "t", "en")) and _verb_lemma(word, table) in table


@dataclass(frozen=True, slots=True)
class _Verbs:
    table: dict[str, lexicon.ChangeCue]
    # base verb -> (particle pattern after a gap, particle -> lemma): "nemen" -> toe|af
    separable: dict[str, tuple[re.Pattern[str], dict[str, str]]]
    # base verbs whose only particles make a verb of lag ("blijven" → achterblijven): the particle is
    # looked for with str.find before the pattern ("blijft", "bleef" are frequent, "achter" after them rare)
    lag_only: dict[str, tuple[str, ...]]


@cache
def _verbs() -> _Verbs:
    lex = lexicon.load()
    by_base: dict[str, dict[str, str]] = defaultdict(dict)
    for verb in lex.change_verbs:
        for particle in sorted(_VERB_PARTICLES, key=len, reverse=True):
            base = verb[len(particle) :]
            if verb.startswith(particle) and len(base) >= MIN_BASE_VERB and base.endswith("n"):
                by_base[base][particle] = verb
                break
    separable = {}
    for base, particles in by_base.items():
        plain = [p for p in particles if particles[p] not in _trend_lag.LAG_VERBS]
        lag = [p for p in particles if particles[p] in _trend_lag.LAG_VERBS]
        plain_alternatives = "|".join(sorted(plain, key=len, reverse=True))
        ends = [rf"({plain_alternatives})(?![\w-]){_PARTICLE_END}"] if plain else []
        ends += [rf"({'|'.join(lag)})(?![\w-]){_trend_lag.LAG_AFTER.pattern}"] if lag else []
        pattern = rf"{_SEPARABLE_GAP}(?:{'|'.join(ends)})"
        separable[base] = (re.compile(pattern), particles)
    lag_only = {
        base: tuple(particles)
        for base, particles in by_base.items()
        if all(verb in _trend_lag.LAG_VERBS for verb in particles.values())
    }
    return _Verbs(dict(lex.change_verbs), separable, lag_only)


def verb_cues(text: str, lower: str) -> list[Cue]:
    """Cues of the verbs of change in ``change_verbs.tsv``, found by lemma (``lower`` is ``text``
    in lower case, same offsets)."""
    verbs = _verbs()
    out: list[Cue] = []
    relevant = _words_of_change(lower)
    if not relevant:
        return out
    for start, word_end in _word_hits(lower, relevant):
        word, end = lower[start:word_end], word_end
        found = _word_class(word)
        if found is None:
            continue
        base, negated_participle = found
        entry = verbs.table.get(base)
        if entry is not None:
            if lower.startswith("-", end):
                continue  # the first part of a compound ("stijgings-")
            if base in _trend_lag.LAG_VERBS and not _trend_lag.LAG_AFTER.match(lower, end):
                continue  # "explosief achtergebleven", "achterblijvende kinderen": left behind, no lag
            participle = word.endswith(PRESENT_PARTICIPLE) and not base.endswith(PRESENT_PARTICIPLE)
            if participle and entry.kind == "cause":
                continue  # "verdiepende analyses", "versterkende factor": an effect, not a change
            kind = "attr" if participle else entry.kind
        elif negated_participle:
            # "onveranderd", "onverminderde": a negated participle of change is a stable state
            kind = "attr" if word.endswith("e") else "state"
            out.append(Cue(start, end, Change.STABLE, kind, text[start:end]))
            continue
        elif base in verbs.separable:
            pattern, particles = verbs.separable[base]
            lag_particles = verbs.lag_only.get(base)
            separated = _trend_lag.separable_particle(lower, end, pattern, particles, lag_particles)
            if separated is None:
                continue
            entry, end = verbs.table[separated[0]], separated[1]
            kind = entry.kind
        else:
            continue
        negated = _negate(text, Cue(start, end, entry.direction, kind, text[start:end]))
        if negated is not None:
            out.append(negated)
    return out


def _word_hits(lower: str, words: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each of ``words`` (letter runs) in ``lower`` where it starts a word, as
    ``trie(words)`` followed by no letter finds it with ``finditer``: one match per letter run,
    at the first place from which the rest of the run is one of ``words``, kept when no letter
    (``str.isalpha``) stands before it."""
    if len(lower) * len(words) > FIND_BUDGET:
        # the pattern starts with a character class, so the engine skips ahead quickly
        hits = re.compile(rf"(?:{trie(words)})(?![^\W\d_])")
        return [m.span() for m in hits.finditer(lower) if not (m.start() and lower[m.start() - 1].isalpha())]
    out: list[tuple[int, int]] = []
    for word in words:
        start = lower.find(word)
        while start >= 0:
            end = start + len(word)
            if _LETTER.match(lower, end) is None and _first_in_run(lower, start, end, words):
                out.append((start, end))
            start = lower.find(word, start + 1)
    out.sort()
    return out


def _first_in_run(lower: str, start: int, end: int, words: set[str]) -> bool:
    """Is ``lower[start:end]``, which ends a letter run, the match ``_word_hits`` keeps there?"""
    if not start or _LETTER.match(lower, start - 1) is None:
        return True  # the whole run
    if lower[start - 1].isalpha():
        return False  # inside a word
    run = start - 1  # after a letter-like character that is no letter ("²"): rare
    while run > 0 and _LETTER.match(lower, run - 1) is not None:
        run -= 1
    return not any(lower[i:end] in words for i in range(run, start))


def _best(
    text: str,
    pos: int,
    entries: tuple[tuple[re.Pattern[str], lexicon.ChangeCue], ...],
    lower: str | None = None,
) -> Cue | None:
    best: Cue | None = None
    for regex, entry in entries:
        m = regex.match(text, pos)
        if m is None or (best is not None and m.end() - m.start() <= best.end - best.start):
            continue
        cue = _resolve(text, m, entry, lower)
        if cue is not None:
            best = cue
    return best


def _resolve(text: str, m: re.Match[str], entry: lexicon.ChangeCue, lower: str | None = None) -> Cue | None:
    lex = lexicon.load()
    direction, start, matched = entry.direction, m.start(), m.group(0)
    if entry.kind == "after":
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        auxiliary = before is not None and before.group(1).lower() in _AUXILIARY_FORMS
        if auxiliary and matched.lower() == "geworden":
            before = _WORD_BEFORE_AUXILIARY.search(text, max(0, start - 50), start)
        if before is None or not is_comparative(before.group(1).lower()):
            return None  # "minister wordt" is no comparative; "zwaarder wordt" is (by lemma)
        start, matched = before.start(1), text[before.start(1) : m.end()]
    if entry.kind in ("comp", "after"):
        resolved = _comparative_direction(matched, lex.down_comparatives, lex.not_comparatives)
        if resolved is None:
            return None
        direction = resolved
    return _negate(text, Cue(start, m.end(), direction, entry.kind, matched), lower)


def _negate(text: str, cue: Cue, lower: str | None = None) -> Cue | None:
    """A negated change is no change: "nam niet toe", "niet gestegen", "verandert er niets".
    The negation around the cue is read in ``lower`` (``text`` in lower case, same offsets) when
    given: a case-sensitive pattern is faster."""
    scanned, before, after = text, _NEGATION, _NEGATION_AFTER
    if lower is not None:
        scanned, before, after = lower, _NEGATION_LOWER, _NEGATION_AFTER_LOWER
    negated = before.search(scanned, max(0, cue.start - 30), cue.start) or _INNER_NEGATION.search(cue.text)
    if not negated and cue.kind in ("verb", "cause"):
        negated = after.match(scanned, cue.end)
    if not negated:
        return cue
    if cue.kind == "attr" and not _NEGATION_AFTER.match(cue.text):
        return None  # "geen dalende medianen": no statement about a change
    return Cue(cue.start, cue.end, Change.STABLE, cue.kind, cue.text)


def _comparative_direction(
    matched: str, down: frozenset[str], not_comparative: frozenset[str]
) -> Change | None:
    words = matched.lower().split()
    if any(w in down for w in words):
        return Change.DOWN
    comparatives = [w for w in words if _COMPARATIVE.fullmatch(w)]
    # a word in -er is a comparative by its lemma ("ernstiger" → ernstig) or as an irregular one;
    # "steeds koploper", "nog steeds achter", "werd minister", "wordt echter" are none
    if comparatives and all(
        w in not_comparative or not (w in IRREGULAR_COMPARATIVES or is_comparative(w)) for w in comparatives
    ):
        return None
    return Change.UP
