"""Which news headlines a theme page lists: the ones that are about the theme, not merely filed under it.

The theme assignment judges a news item by its headline and the sentences around it, so an item
lands in the theme whose profile it resembles most, however little: "Kanye West: Democraten
manipuleren gekleurde mensen tot abortus" in Demografie, "Prins Andrew in schijnwerpers door
vriendschap met Epstein" in Jeugd (its summary names a minor). Listing the newest of whatever was
assigned shows such items first. A headline is listed under a theme only when

- its assignment is confident: it scored at least ``MIN_SCORE`` for the theme (an analyst's
  correction always is); an item that barely resembles any profile scores lower, whatever theme
  it landed in ("Sabia: ’Wat mijn ouders van de Playboy-shoot vinden interesseert me niet’"),
- its title alone, scored against the theme profiles, also fits this theme best (the top-level
  theme, sub-themes counting for their parent),
- its title names one of the theme's key terms ("steekpartij", "witwassen", "verwarde man"), also
  as part of a compound ("cocaïnesmokkel"), and
- it does not report an event abroad (it names a country or city abroad and no place in the
  Netherlands: "Explosies in munitieopslag Cyprus", "Hongkong-activist Joshua Wong weer opgepakt"),
  unless the theme's own key terms name places abroad (a theme about developments in the world:
  "Rusland", "Oekraïne").

A title is read without the forms of "zorgen" that mean to worry or to cause, not care ("Zorgen om
veiligheid fietsers", "PVV maakt zich grote zorgen over ICT-veiligheid", "video zorgt voor
doodsbedreigingen", "bezorgd"): their stem is the key term "zorg" of Zorg en veiligheid (of 42,000
real news titles 112 speak of worries so).

The page says how many items were assigned to the theme and how many of them meet this test.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from trendbeeld.model import Headline, Taxonomy, Theme, evidence_id
from trendbeeld.themes.profiles import Profiles
from trendbeeld.trends import _coherence

# The verb "zorgen" (to cause: "zorgt voor"; to worry: "zich zorgen maken", "zorgen om/over") and
# "bezorgd": no care. The plural noun "zorgen" is the worries; care is "de zorg".
_NOT_CARE = re.compile(r"\b(?:zorgen|zorgt|zorgde|zorgden|gezorgd|bezorgd\w*|zorgwekkend\w*)\b", re.I)

# An item whose context names one key term of a theme and nothing else of it scores about 0.3; two
# key terms, or one with more of the theme's words around it, score 0.4 and up.
MIN_SCORE = 0.4


def about_theme(
    headlines: Sequence[Headline], theme: Theme, taxonomy: Taxonomy, scores: Mapping[str, float]
) -> list[Headline]:
    """The headlines of ``headlines`` (all assigned to the top-level ``theme``, with the score of
    that assignment in ``scores`` by evidence id) that are about it."""
    headlines = [h for h in headlines if scores.get(evidence_id(h), 0.0) >= MIN_SCORE]
    if not headlines:
        return []
    profiles = Profiles.build(taxonomy)
    columns = [i for i, t in enumerate(profiles.themes) if theme.key in (t.key, t.parent)]
    if not columns:
        return []
    abroad_theme = any(_coherence.abroad(term) for c in columns for term in profiles.themes[c].key_terms)
    titles = [h.title or h.text for h in headlines]
    read = [_NOT_CARE.sub(" ", title) for title in titles]
    rows = profiles.scores(read)
    named = profiles.names_key_terms(read, columns)
    kept = []
    for headline, title, row, names_term in zip(headlines, titles, rows, named, strict=True):
        best = profiles.top_totals(row)
        if max(best, key=lambda k: (best[k], k == theme.key)) != theme.key or not names_term:
            continue
        if not abroad_theme and (_coherence.abroad(title) or _coherence.abroad(title.replace("-", " "))):
            continue
        kept.append(headline)
    return kept
