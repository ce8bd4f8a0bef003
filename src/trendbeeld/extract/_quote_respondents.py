"""Quotes of interviewees and respondents in research reports, and unnamed police sources.

Research reports quote the people they interviewed without their names, with a description in
brackets after the quotation (“Er kwam bijna niets meer binnen.” (respondent politie), “…”
(medewerker gemeente, interview), “…” (R12, wijkagent)). The description decides the speaker
(annotation conventions, unnamed sources):

* a police source (``politie`` in the description, or a police rank such as ``wijkagent``,
  ``rechercheur``, ``agent``): the speaker is ``Politie``, the description its role;
* unnamed staff of an organisation (``medewerker gemeente``, ``respondent OM``): the organisation
  is the speaker, the description its role;
* a person's full name (``(SP-Kamerlid Jasper van Dijk)``, ``(Jan Smit, wijkagent)``): that person,
  as in a list of reactions in news;
* anyone else (``respondent 7``, ``ondernemer``, ``bewoner, Zuid``): ``anoniem``, the description
  its role.

A code or an organisation alone in the bracket (``(R12)``, ``(gemeente Utrecht)``) and a dash line
under the quotation (``– wijkagent``) are read the same way; so is a paragraph without marks
(italic in the report) that reads as speech and ends in such a bracket. A label on the line
before the quotation ("Respondent 5 (wijkagent):", "Een professional uit de jeugdzorg:") too.
The same police ranks make ``Politie`` the speaker of an unnamed officer before or after a
quotation in news and reports ("vertelt een wijkagent", "Een rechercheur: „…”"), as for a
``politiebron``. A bracket without a person noun (``(2019)``, ``(zie kader)``, ``(ANP)``,
``(Jansen, 2019)``) attributes nothing.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import _roles, _speakers, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._quotemarks import Candidate
from trendbeeld.extract._speakers import Attribution
from trendbeeld.model import Quote

POLICE = "Politie"
MAX_DESCRIPTION_WORDS = 8
# "” (respondent politie)", "”. (R12, wijkagent)", "”\n(medewerker gemeente, interview)": a bracket
# right after the closing mark, before or after the sentence's full stop, at most one line break.
_BRACKET_AFTER = re.compile(r"[ \t]*[.,;]?[ \t]*\n?[ \t]*\((?P<desc>[^()\n]{2,80})\)")
# "Respondent 5 (wijkagent):", "Een medewerker gemeente:": a short label and a colon before a quote.
_LABEL = re.compile(
    r"\s*(?:(?i:een)\s+)?(?P<desc>[A-Za-zÀ-ÿ][\w -]{1,40}?)\s*(?:\((?P<bracket>[^()\n]{2,60})\))?"
    r"\s*:\s*(?:\n\s*)?"
)
_WORD = re.compile(r"[\w-]+", re.UNICODE)
# "”\n– wijkagent": a dash and a description that ends its line, under or after the quotation.
_DASH_AFTER = re.compile(r"[ \t]*[.,]?[ \t]*\n?[ \t]*[–—][ \t]*(?P<desc>[^\n–—]{2,60})[ \t]*(?:\n|\Z)")
# A respondent's code alone: "(R12)", "(I-4)", "(resp. 7)", "(interview 4)".
_INTERVIEW_CODE = re.compile(r"(?:[RIG]|[Rr]esp\.?|[Ii]nterview|[Ii]nt\.)\s?-?\d{1,3}")
MAX_ORGANISATION_WORDS = 4
MAX_LABEL_CHARS = 80  # "Een professional uit de jeugdzorg (wijkteam Noord):" and its line break
_CODE = re.compile(r"[A-Z]{1,3}\s?-?\d{1,3}")  # an interview code ("R12", "I 3", "P-4")
_YEAR_OR_PAGE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?i:\b(?:p|pp|blz|pag)\.\s*\d)")
# Police ranks and posts: an unnamed holder speaks for the police ("een wijkagent", "een
# buurtbrigadier"); compounds ending in "agent" ("jeugdagent", "hoofdagent") too.
_POLICE_NOUNS = frozenset({
    "agent", "agente", "rechercheur", "brigadier", "buurtbrigadier", "hoofdagent", "inspecteur",
    "hoofdinspecteur", "teamchef", "districtschef", "wijkteamchef", "opsporingsambtenaar",
})
_POLICE_WORD = re.compile(r"politie(?!k)")  # "politiemedewerker", "regiopolitie"; not "politieke"
_AGENT_KINDS = frozenset({"wijk", "hoofd", "jeugd", "politie", "buurt", "motor", "verkeers", "surveillance"})
# Words that say how the description was obtained ("interview", "focusgroep"), not who speaks.
_METHOD_WORDS = frozenset({
    "interview", "interviews", "focusgroep", "groepsgesprek", "gesprek", "enquête", "vragenlijst",
    "telefonisch", "digitaal", "online", "expertmeeting", "casus", "casusbespreking",
})
# Nouns of research reports for a person quoted without a name, beside the anonymous sources and
# role titles of the lexicon.
_RESPONDENT_NOUNS = frozenset({
    "respondent", "respondente", "respondenten", "geïnterviewde", "geïnterviewden", "deelnemer",
    "deelnemers", "professional", "professionals", "medewerker", "medewerkers", "ondernemer",
    "ondernemers", "hulpverlener", "hulpverleners", "jongerenwerker", "jongerenwerkers",
    "ervaringsdeskundige",
})


def police_noun(word: str) -> bool:
    """A police rank or post, or a compound of one ("wijkagent", "politiemedewerker")."""
    low = word.lower()
    if low.endswith(("agenten", "rechercheurs")):
        low = low[:-2] if low.endswith("en") else low[:-1]  # "een van de agenten"
    return (low in _POLICE_NOUNS or _POLICE_WORD.search(low) is not None
            or (low.endswith("agent") and low[:-5].rstrip("-") in _AGENT_KINDS))


def police_after(noun: str, window: str, pos: int) -> bool:
    """A police rank as the unnamed person's noun, or right after it ("een geïnterviewde
    wijkagent")."""
    if police_noun(noun):
        return True
    m = _NEXT_WORD.match(window, pos)
    return m is not None and police_noun(m.group(1))


_NEXT_WORD = re.compile(r"\s+([a-zà-ÿ-]+)")


def _person_noun(word: str) -> bool:
    low = word.lower()
    return (low in _RESPONDENT_NOUNS or police_noun(low) or _roles.is_anonymous_noun(low)
            or (len(low) > 3 and _roles.is_role_word(low)))


def bracket_after(text: str, cand: Candidate) -> Attribution | None:
    """“…” (respondent politie): the speaker the bracket right after the quotation describes."""
    m = _BRACKET_AFTER.match(text, cand.close_end)
    if m is None:
        dash = _DASH_AFTER.match(text, cand.close_end)  # "”\n– wijkagent, basisteam Noord"
        return described(dash.group("desc")) if dash is not None else None
    desc = " ".join(m.group("desc").split())
    found = described(desc)
    if found is not None:
        return found
    said = text[cand.start : cand.end].strip()
    if not (said[:1].isupper() and said.endswith((".", "!", "?", "…"))):
        return None  # a term or a title in marks ("“wijk- en buurtkaart” (gemeentegrenzen)")
    if _INTERVIEW_CODE.fullmatch(desc):  # "(R12)", "(interview 4)": an interviewee of the report
        return Attribution(_roles.ANONYMOUS, desc, None)
    words = desc.split()
    if (len(words) <= MAX_ORGANISATION_WORDS and words[0].lower() in lexicon.load().organisation_words
            and all(w[:1].isupper() for w in words[1:]) and not any(c.isdigit() for c in desc)):
        organisation = _speakers.tidy_org(desc)  # "(gemeente Utrecht)": staff of the organisation
        return Attribution(organisation, None, organisation)
    return None


def label_before(text: str, cand: Candidate) -> Attribution | None:
    """"Respondent 5 (wijkagent): “…”", "Medewerker gemeente:\n“…”": a label of an unnamed
    interviewee that opens the line (or the sentence) right before the quotation."""
    reach = max(cand.open - MAX_LABEL_CHARS, 0)  # a label is short: look back no further
    start = max(text.rfind("\n", reach, max(cand.open - 1, 0)), text.rfind(". ", reach, cand.open) + 1)
    m = _LABEL.fullmatch(text, start, cand.open) if start >= reach or reach == 0 else None
    if m is None:
        return None
    desc = m.group("desc") + (", " + m.group("bracket") if m.group("bracket") else "")
    if not any(w.lower() in _RESPONDENT_NOUNS or police_noun(w) or _roles.is_anonymous_noun(w)
               for w in _WORD.findall(desc)):
        return None  # "Burgemeester:": a title alone is someone named before, not an interviewee
    found = described(desc)
    if found is None or found.speaker not in (POLICE, _roles.ANONYMOUS, found.organisation):
        return None  # a named person's label ("Jan Smit:") is read by :mod:`._quote_before`
    return found


def described(desc: str) -> Attribution | None:
    """The speaker a printed description of an unnamed person gives: ``Politie``, the
    organisation, or ``anoniem``; the description is the role. None when it names no person."""
    role = " ".join(desc.split()).strip(" ,;:")
    if _YEAR_OR_PAGE.search(role) or len(role.split()) > MAX_DESCRIPTION_WORDS:
        return None  # a literature reference or a page, not a person
    parts = [p.strip() for p in role.split(",")]
    named = _named(parts)
    if named is not None or not any(_person_noun(w) for p in parts for w in _WORD.findall(p)):
        return named
    first = _WORD.findall(parts[0])[:1]
    if first and first[0][:1].isupper() and first[0].lower() in lexicon.load().function_words:
        return None  # "(Zie de medewerker …)", "(Dit zegt …)": a sentence, no description
    return Attribution(*_speaker_of(parts, role))


def _speaker_of(parts: list[str], role: str) -> tuple[str, str, str | None]:
    """Speaker, role and organisation of a description with a person noun."""
    if any(police_noun(w) for p in parts for w in _WORD.findall(p)):
        return POLICE, role, POLICE
    # "(officier van justitie)": the body the office holder speaks for; "(medewerker gemeente)"
    organisation = (next((o for p in parts if (o := _roles.office_organisation(p)) is not None), None)
                    or _organisation_in(parts))
    if organisation is not None:
        return organisation, role, organisation
    return _roles.ANONYMOUS, role, None


def _named(parts: list[str]) -> Attribution | None:
    """"(SP-Kamerlid Jasper van Dijk)", "(Jan Smit, wijkagent)": a person's full name in the
    bracket, with the title before it or the role after it."""
    for i, part in enumerate(parts):
        for m in _name_pattern().finditer(part):
            found = _person_at(parts, i, m)
            if found is not None:
                return found
    return None


def _person_at(parts: list[str], i: int, m: re.Match[str]) -> Attribution | None:
    """The person a name match in ``parts[i]`` gives, with a title before it or a role after it."""
    part = parts[i]
    if not part[m.start()].isupper() or (m.start() > 0 and part[m.start() - 1].isalpha()):
        return None  # "(de Nijmeegse Nachtwacht)": a work's title; "Groen" inside "GroenLinks"
    start = m.start()
    while start > 0 and not part[start - 1].isspace():
        start -= 1  # the whole compound title ("PVV-Kamerlid")
    before = part[:start].strip()
    title, name, _lead = _speakers.split_name(part[start : m.end()], before or None)
    if (len(name.split()) < 2 or not _speakers.plausible_name(name, title) or _speakers.is_place(name)
            or (before and not _title_words(before))):
        return None
    rest = ", " + ", ".join(parts[i + 1 :]) if i + 1 < len(parts) else ""
    if not title and not rest.strip(", "):
        return None  # a bare name ("(Nijmeegse Nachtwacht)") may be a work's title
    return _speakers.attribution_of(name, title, part[m.end() :] + rest, dash=False)


def _title_words(before: str) -> bool:
    """"SP-Kamerlid", "publiciste", "oud-wethouder": a title before a name, not "de" or "volgens"."""
    words = before.split()
    function_words = lexicon.load().function_words
    return any(_roles.is_role_word(w) for w in words) or (
        len(words) == 1 and len(before) > 3 and before.islower() and before not in function_words
        and before not in _NOT_TITLES)


_NOT_TITLES = frozenset({"volgens", "aldus", "door", "zegt", "zei", "namens", "tegen", "over"})


@cache
def _name_pattern() -> re.Pattern[str]:
    return re.compile(_speakers.name_regex())


def _organisation_in(parts: list[str]) -> str | None:
    """"medewerker gemeente Utrecht" → "gemeente Utrecht"; "respondent OM" → "OM": an organisation
    word or an acronym with the capitalised words after it."""
    for part in parts:
        words = part.split()
        for i, word in enumerate(words):
            bare = word.strip("()")
            if bare.lower() in _METHOD_WORDS or _CODE.fullmatch(bare):
                continue
            acronym = bare.isupper() and 2 <= len(bare) <= 6 and bare.isalpha()
            if acronym or (_roles.is_org_word(bare) and not _person_noun(bare)):
                tail = [bare]
                for nxt in words[i + 1 :]:
                    if not nxt[:1].isupper():
                        break
                    tail.append(nxt)
                return _speakers.tidy_org(" ".join(tail))
            if _person_noun(bare) and i + 1 < len(words):
                # "medewerker Veilig Thuis": capitalised words right after the person noun, not a
                # place ("ondernemer Rotterdam-Zuid" is where, not whom he works for)
                tail = []
                for nxt in words[i + 1 :]:
                    if not nxt[:1].isupper() or _CODE.fullmatch(nxt):
                        break
                    tail.append(nxt)
                org = " ".join(tail)
                if (tail and not _speakers.is_place(org) and not _speakers.is_place(tail[0].split("-")[0])
                        and _speakers.gender(org) is None):  # "medewerker Petra": a person
                    return _speakers.tidy_org(org)
    return None


MAX_UNMARKED_CHARS = 800  # an indented quotation without marks is one short paragraph
# A paragraph that ends in a bracket at the end of its line: "… weg is. (respondent politie)\n\n".
_PARAGRAPH_BRACKET = re.compile(r"\((?P<desc>[^()\n]{2,60})\)[ \t]*(?=\n[ \t]*\n|\n?\Z)")
_SPOKEN = re.compile(r"(?i)(?<![\w-])(?:ik|we|wij|ons|onze|mijn|je|jij|jullie)(?![\w-])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_MARKS = ("“", "”", "„", "‘", "’", "\"", "''", ",,", "«", "»")


def unmarked(doc: Document, taken: list[tuple[int, int]]) -> list[Quote]:
    """An interviewee's words set as their own paragraph without quotation marks (italic in the
    report) and ending in a description in brackets: "Je zag het meteen aan de meldingen. Er
    kwam niets meer binnen. (respondent politie)". The paragraph must read as speech (first or
    second person) and hold no quotation marks."""
    text = doc.text
    found: list[Quote] = []
    for m in _PARAGRAPH_BRACKET.finditer(text):
        reach = max(m.start() - MAX_UNMARKED_CHARS, 0)
        breaks = [b.end() for b in _PARAGRAPH_BREAK.finditer(text, reach, m.start())]
        if not breaks:
            continue  # no paragraph start in reach: running text, not a set-off quotation
        start = breaks[-1]
        end = start + len(text[start : m.start()].rstrip())  # not the whole text before it: linear time
        words = text[start:end]
        if (not words[:1].isupper() or any(mark in words for mark in _MARKS) or not _SPOKEN.search(words)
                or any(s < end and start < e for s, e in taken)):
            continue
        attribution = described(m.group("desc"))
        if attribution is None or attribution.speaker not in (POLICE, _roles.ANONYMOUS,
                                                              attribution.organisation):
            continue  # "(Jan Smit)" under a paragraph: a caption or a source, not an interviewee
        span, evidence, page = doc.span(start, end)
        found.append(Quote(span=span, text=evidence, speaker=attribution.speaker, role=attribution.role,
                           organisation=attribution.organisation, page=page))
    return found

