"""Quotations of written texts: reports, threatening letters, intercepted messages and posts.

* Reports of organisations and of named people: "‘…’, staat in het nieuwste dreigingsbeeld van de
  NCTV", "‘…’, staat in het rapport" (the author named with the report earlier in the article),
  "schrijft de NCTV in het dreigingsbeeld van februari: „…”", "In het rapport van de Inspectie staat:
  ‘…’": the organisation or person that wrote it speaks.
* Threatening letters and intercepted messages: "‘…’, staat in een dreigbrief", "‘…’, luiden de
  berichten", "In de dreigbrief stond: ‘…’": the sender when the text names one ("een dreigbrief van
  …"), else "anoniem" with the role "afzender van een dreigbrief" / "afzender van de berichten".
* Threats shouted or posted by people without a name: "‘…’, schreef een universitair docent onder
  een bericht", "een vrouwelijke demonstrant scandeert: „…”": "anoniem" with the printed
  description as role.

Printed matter is no quote: a headline, a slogan or a banner ("luidt de kop", "luidt de leuze",
"staat op het spandoek") gives no speaker. An ordinary letter or report without an author named is
left unresolved rather than guessed.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import _roles, _speakers, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._quote_patterns import GENDERED_NOUNS, patterns
from trendbeeld.extract._speakers import Attribution, plausible_name, split_name

AUTHOR_REACH = 3000  # the author of "het rapport" is named this close before the quote
# Nouns of written texts, by their last part (compounds: "onderzoeksrapport", "dreigingsbeeld").
_REPORT_HEADS = ("rapport", "rapportage", "verslag", "dreigingsbeeld", "advies", "analyse", "evaluatie",
                 "nota", "notitie", "jaarverslag", "persbericht", "verklaring", "onderzoek", "conclusie",
                 "brief", "kamerbrief", "raadsbrief", "website", "site", "pagina")
_MESSAGE_HEADS = ("bericht", "berichten", "sms", "sms'je", "sms'jes", "sms’je", "sms’jes", "appje",
                  "appjes", "chat", "chats", "chatbericht", "chatberichten", "mail", "mails", "tekst",
                  "teksten", "tweet", "tweets", "post", "posts")
_THREAT_START = "dreig"  # dreigbrief, dreigmail, dreigement, dreigtweet
# "…’, staat in een dreigbrief", "…’, stond er in het rapport van …", "…’, luiden de berichten"
_WRITTEN_AFTER = re.compile(
    r"\A[\s,]*(?:(?i:zo)\s+)?"
    r"(?:(?i:staat|stond|stonden|staan)\s+(?:er\s+)?(?:in|op)|(?i:luidt|luiden|luidde|luidden))"
    r"\s+(?P<np>(?:een|de|het|dit|dat|die|zijn|haar|hun)\s+(?:[a-zà-ÿ-]+e\s+)?(?P<noun>[\w'’-]+))"
)
# "In het rapport (van X) staat:", "In de dreigbrief stond:", "schrijft de NCTV in het dreigingsbeeld
# van februari:", before a quote.
_WRITTEN_BEFORE = re.compile(
    r"(?:\A|[.!?]\s+|\n)(?P<lead>[^.!?\n]{0,120}?)(?i:in)\s+(?P<np>(?:een|de|het|dit|dat|zijn|haar|hun)"
    r"\s+(?:[a-zà-ÿ-]+e\s+)?(?P<noun>[\w'’-]+))(?P<tail>[^.!?\n:]{0,80}):\s*\Z"
)
# "volgens het rapport", "in het nieuwste jaarverslag": a report cited in a sentence
_REPORT_IN = re.compile(
    r"(?<![\w-])(?i:volgens|in)\s+(?:het|de|een|dit|dat)\s+(?:[a-zà-ÿ-]+e\s+)?(?P<noun>[\w-]+)"
)
_VAN = re.compile(r"\s+(?:van|door)\s+")
# Bodies that name no author on their own ("het rapport van de commissie").
_GENERIC_AUTHORS = frozenset({"commissie", "werkgroep", "onderzoekers", "auteurs", "raad", "dienst"})
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")  # "(NCTV)"
# "de Onderzoeksraad voor Veiligheid": a capitalised name after an article, with its links
_NAMED_ORG = re.compile(
    r"(?:de|het|De|Het)\s+(?P<org>[A-ZÀ-Ý][\w-]+(?:\s+(?:(?:van|voor|en)\s+(?:de\s+|het\s+)?)?[A-ZÀ-Ý][\w-]+){0,4})"
)
# Verbs of shouting and posting for unnamed people, by lemma.
_SHOUT_LEMMAS = frozenset({"scanderen", "roepen", "schreeuwen", "schrijven", "posten", "twitteren",
                           "tweeten"})
MAX_DESCRIPTION_WORDS = 3  # "een anonieme Facebookgebruiker", "een 21-jarige vrouw": adjectives and a noun
SHOUTER_CHARS = 160  # the words before the colon that may describe the person
DESCRIBED_REACH = 300  # the unnamed person a pronoun refers to is described this close before
_AFTER_EEN = re.compile(r"\s*(?i:een)\s+")
_TOKEN = re.compile(r"[\w-]+")


def _head(noun: str) -> str:
    return noun.lower().replace("’", "'")


def _is_threat(noun: str) -> bool:
    return _head(noun).startswith(_THREAT_START)


def _is_message(noun: str) -> bool:
    return _head(noun).endswith(_MESSAGE_HEADS)


def _is_report(noun: str) -> bool:
    return _head(noun).endswith(_REPORT_HEADS)


def written_after(window: str, doc: Document, pos: int) -> tuple[bool, Attribution | None]:
    """Whether "staat in …" or "luiden de berichten" follows in ``window`` (the words right after the
    quote at ``pos``), and the author of that text (None for printed matter: "luidt de kop")."""
    m = _WRITTEN_AFTER.match(window)
    if m is None:
        return False, None
    return True, _author(window, m.end(), m.group("np"), m.group("noun"), doc, pos)


def written_before(region: str, doc: Document, pos: int) -> Attribution | None:
    """"In het rapport (van …) staat:", "schrijft de NCTV in het dreigingsbeeld:" right before the
    quote at ``pos``."""
    if not region.rstrip().endswith(":"):
        return None
    m = _WRITTEN_BEFORE.search(region)
    if m is None:
        return None
    noun = m.group("noun")
    if not (_is_report(noun) or _is_message(noun) or _is_threat(noun)):
        return None
    lead = m.group("lead")
    org = _organisation_in(lead) if _writes(lead) else None
    if org is None:
        org = _clause_subject(m.group("tail"))
    if org is not None:
        return Attribution(org, None, org)
    if lead.strip() and not lead.strip().lower().startswith(("en", "ook")):
        return None  # another subject writes or speaks here
    return _author(region, m.end("noun"), m.group("np"), noun, doc, pos)


def _clause_subject(tail: str) -> str | None:
    """"In het persbericht geeft de politie het kenteken:": the organisation in the clause after the
    text's noun speaks (not the author after "van": "het rapport van de NCTV")."""
    subject = patterns()["org_mention"].search(tail)
    if subject is None or tail[: subject.start()].strip(" ,").lower().startswith(("van", "door")):
        return None
    return _speakers.tidy_org(subject.group("org"))


def _writes(lead: str) -> bool:
    return any(lemma(w.lower()) in ("schrijven", "stellen", "melden", "concluderen", "waarschuwen")
               for w in lead.split())


def _author(
    text: str, end: int, np: str, noun: str, doc: Document, pos: int
) -> Attribution | None:
    """Who wrote the text named by ``np`` (its noun ``noun`` ending at ``end`` in ``text``)."""
    if _VAN.match(text, end) is not None:
        return _by(text, end)  # "het rapport van …": that author or, unread, no one
    sender = Attribution(_roles.ANONYMOUS, "afzender van " + " ".join(np.split()), None)
    if _is_threat(noun):  # a "dreigbrief" is a threat before it is a letter
        return sender
    if _is_report(noun):  # a "persbericht" is a report, not a message
        return _report_author(doc, noun, pos)
    return sender if _is_message(noun) else None


def _by(text: str, end: int) -> Attribution | None:
    """"… van de NCTV", "… van de Onderzoeksraad voor Veiligheid", "… van Kuijken", "… door Jan Smit":
    the author after the text's noun."""
    van = _VAN.match(text, end)
    if van is None:
        return None
    pats = patterns()
    org = pats["org"].match(text, van.end()) or _NAMED_ORG.match(text, van.end())
    if org is not None:
        speaker = _speakers.tidy_org(org.group("org"))
        return None if speaker.lower() in _GENERIC_AUTHORS else Attribution(speaker, None, speaker)
    name = pats["name"].match(text, van.end())
    if name is None:
        return None
    title, person, _lead = split_name(name.group(0), None)
    if _speakers.is_place(person) or person.lower() in lexicon.load().name_stopwords:
        return None
    if plausible_name(person, title) or " " not in person:  # "het rapport van Kuijken": a surname
        return Attribution(person, title, None)
    return None


def _organisation_in(lead: str) -> str | None:
    """The organisation named in ``lead``: "de politie", "de … (NCTV)", "de Onderzoeksraad voor
    Veiligheid"."""
    org = patterns()["org_mention"].search(lead)
    if org is not None:
        return _speakers.tidy_org(org.group("org"))
    acronym = _ACRONYM.search(lead)
    if acronym is not None:
        return acronym.group(1)
    named = _NAMED_ORG.search(lead)
    return _speakers.tidy_org(named.group("org")) if named is not None else None


def _report_author(doc: Document, noun: str, pos: int) -> Attribution | None:
    """"het rapport" with its author named before: the last "<noun> van <author>" in this article."""
    text = doc.text
    start = _speakers.article_start(text, pos, AUTHOR_REACH)
    found = None
    for m in _noun_van(_head(noun)).finditer(text, start, pos):
        author = _by(text, m.end())
        if author is not None:
            found = author
    return found


@cache
def _noun_van(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-])[\w-]*{re.escape(noun)}(?=\s+(?:van|door)\s)")


def shouted_before(region: str) -> Attribution | None:
    """"een vrouwelijke demonstrant scandeert: „…”", "Onder de post schreef een anonieme gebruiker:":
    a person without a name who shouts or posts the words: "anoniem" with the description as role.
    Read from the last words before the colon, without a search over the sentence; without a colon
    the sentence before the quote says who shouts (:func:`shouted_in`)."""
    if not region.rstrip().endswith(":"):
        return shouted_in(region, "")
    tail = region.rstrip()[-SHOUTER_CHARS:]
    if "een " not in tail.lower():
        return None
    words = _TOKEN.findall(tail)
    een = max((i for i, w in enumerate(words) if w.lower() == "een"), default=-1)
    if een < 0:
        return None
    after = words[een + 1 :]
    found = _description(after[:-1]) if len(after) >= 2 else None
    if found is not None and found[1] == len(after) - 1:
        return _described(after[-1], found[0])
    found = _description(after) if een >= 1 else None  # "schreef een anonieme gebruiker:"
    if found is not None and found[1] == len(after):
        return _described(words[een - 1], found[0])
    return None


def shouted_in(region: str, after: str) -> Attribution | None:
    """Threatening words shouted or posted in the sentence, without a colon ("Tijdens de mars scandeerde
    een vrouwelijke demonstrant achter een sjaal ‘…’", "een docent die onder een post ‘…’ had
    geschreven", "De vrouw riep zaterdag op de Dam ‘…’"): a verb of shouting or posting next to a
    person without a name (right before "een" and the description, right after the description, or
    after the quote in a relative clause of the description), or a sentence that opens with a definite
    noun for an unnamed person ("de vrouw", not a role such as "de oppositievoorman") before that
    verb; nobody in the sentence is named, and the quote stands inside that sentence. ``region``: the
    sentence up to the opening mark; ``after``: the words after the closing mark up to its end."""
    if _SHOUT_FORMS.search(region) is None and _SHOUT_AFTER.match(after) is None:
        return None  # a quick test first: no verb of shouting or posting
    if region.rstrip()[-1:] in (".", "!", "?"):
        return None  # the quote opens the next sentence: this one does not shout it
    if any(plausible_name(split_name(m.group(0), None)[1]) for m in patterns()["name"].finditer(region)):
        return None  # "Jan Smit riep ‘…’": a named person, read elsewhere
    words = _TOKEN.findall(region)
    lowered = [w.lower() for w in words]
    for i in reversed([i for i, w in enumerate(lowered) if w == "een"]):
        found = _description(words[i + 1 :])
        if found is None:
            continue
        role, n = found
        later = lowered[i + 1 + n :]
        if ((i >= 1 and lemma(lowered[i - 1]) in _SHOUT_LEMMAS)  # "scandeerde een demonstrant … ‘…’"
                or any(lemma(w) in _SHOUT_LEMMAS for w in later[:2])  # "een demonstrant riep ‘…’"
                # "een docent die … ‘…’ had geschreven"
                or ("die" in later and _SHOUT_AFTER.match(after) is not None)):
            return Attribution(_roles.ANONYMOUS, role, None)
    m = _DEFINITE_SHOUTER.match(region)
    if (m is not None and _roles.is_anonymous_noun(m.group("noun")) and _person_noun(m.group("noun"))
            and lemma(m.group("verb").lower()) in _SHOUT_LEMMAS):
        return Attribution(_roles.ANONYMOUS, m.group("noun").lower(), None)  # "De vrouw riep …"
    return None


# Forms of the verbs of _SHOUT_LEMMAS, for a quick test before the words are read.
_SHOUT_FORMS = re.compile(
    r"(?i)(?<![\w-])(?:scandeer\w*|gescandeerd|riep|riepen|roep\w*|geroepen|schreeuw\w*|geschreeuwd|schre[ev]\w*"
    r"|schrijf\w*|geschreven|post(?:t|te|ten)|gepost|twitter\w*|getwitterd|tweet\w*|getweet)(?![\w-])"
)
# After the quote of a relative clause: "‘…’, had geschreven", "‘…’ riep", "‘…’ heeft gepost"
_SHOUT_AFTER = re.compile(
    rf"[\s,]*(?:(?:had|heeft|hadden|hebben)\s+)?(?:{_SHOUT_FORMS.pattern[4:]})"
)
# "De vrouw riep …", "Het meisje schreeuwde …": a definite person noun that opens the sentence
_DEFINITE_SHOUTER = re.compile(
    r"\s*(?:De|Het)\s+(?:[a-zà-ÿ0-9-]+e\s+)?(?P<noun>[a-zà-ÿ-]+)\s+(?P<verb>[a-zà-ÿ]+)(?![\w-])"
)


def shouted_after(window: str, verb: str, pos: int) -> Attribution | None:
    """"„…”, schreef een universitair docent onder een bericht", "„…”, riep een demonstrant": the verb
    of the quote shouts or posts, and a person without a name follows at ``pos``."""
    m = _AFTER_EEN.match(window, pos)
    if m is None:
        return None
    found = _description(_TOKEN.findall(window, m.end(), m.end() + 80))
    return _described(verb, found[0]) if found is not None else None


def _description(words: list[str]) -> tuple[str, int] | None:
    """The description of a person in ``words`` (after "een"): adjectives, a noun for a person and
    perhaps "uit/van Plaats" ("21-jarige vrouw uit Nijmegen"), and how many words it takes."""
    for i, word in enumerate(words[:MAX_DESCRIPTION_WORDS]):
        if _person_noun(word):
            rest = words[i + 1 : i + 3]  # "uit Nijmegen"
            tail = rest if rest[:1] in (["uit"], ["van"]) and rest[1:2] and rest[1][:1].isupper() else []
            return " ".join([*words[: i + 1], *tail]), i + 1 + len(tail)
        if not (word.islower() or word[:1].isdigit()):
            return None
    return None


def _person_noun(word: str) -> bool:
    """A person (a role or a word for an unnamed source, also its feminine form: "demonstrante",
    "activiste") whose words no organisation speaks for."""
    low = word.lower()
    forms = {low, lemma(low), low[:-1] if low.endswith("e") else low}
    if not any(_roles.is_role_word(f) or _roles.is_anonymous_noun(f) or f.endswith("gebruiker")
               for f in forms):
        return False
    return not (_roles.is_spokesperson(low) or _roles.compound_organisation(low) is not None)


def _described(verb: str, role: str) -> Attribution | None:
    """"anoniem" with the printed description as role, when ``verb`` shouts or posts."""
    if lemma(verb.lower()) not in _SHOUT_LEMMAS:
        return None
    return Attribution(_roles.ANONYMOUS, role, None)


def described_before(doc: Document, pos: int, pronoun: str) -> Attribution | None:
    """"Maandag werd een 21-jarige vrouw uit Nijmegen aangehouden … ‘…’, riep ze.": a pronoun after
    the quote at ``pos`` that no named person fits refers to the one person the sentence before
    describes without a name, with a noun of its gender; "anoniem" with that description as role."""
    text = doc.text
    sentence = doc.sentence_at(max(pos - 2, 0))
    start = sentence.start if sentence.start < pos else pos
    words = _TOKEN.findall(text, max(start - DESCRIBED_REACH, 0), pos)
    want = "zij" if pronoun.lower() in ("ze", "zij") else pronoun.lower()
    found = [_description(words[i + 1 :]) for i, w in enumerate(words) if w.lower() == "een"]
    people = [d for d in found if d is not None and GENDERED_NOUNS.get(_noun_of(d[0])) == want]
    return Attribution(_roles.ANONYMOUS, people[-1][0], None) if len(people) == 1 else None


def _noun_of(description: str) -> str:
    """The noun of a description ("vrouw" of "21-jarige vrouw uit Nijmegen")."""
    words = description.split()
    return words[-3] if len(words) >= 3 and words[-2] in ("uit", "van") else words[-1]


def cites_report(region: str) -> bool:
    """"In het rapport (van …) staat dat …", "volgens het jaarverslag": the sentence cites a report."""
    m = _REPORT_IN.search(region)
    return m is not None and _is_report(m.group("noun"))


def report_in(region: str, doc: Document, pos: int) -> Attribution | None:
    """"Volgens het rapport van de Inspectie is de aanpak ‘onvoldoende effectief’", "In het jaarverslag
    schrijft de politie dat …": a fragment in a sentence that cites a report speaks for its author
    (after "van", an organisation in the clause, or the author named with the report before)."""
    m = _REPORT_IN.search(region)
    if m is None or not _is_report(m.group("noun")):
        return None
    if _VAN.match(region, m.end()) is not None:
        return _by(region, m.end())
    subject = _clause_subject(region[m.end() :])
    if subject is not None:
        return Attribution(subject, None, subject)
    return _report_author(doc, m.group("noun"), pos)
