"""A news item's title in the report trend its lead joined: what the item reports, not what it recalls.

A news item says in its title what it reports; its lead may recall the past. Politie.nl's
"Nederland - Registratie criminaliteit licht gestegen" opens with "De afgelopen vijf jaar daalde het
aantal geregistreerde misdrijven consequent", and that sentence alone joined the trend "Afname van
misdrijven", which then counted the item as backing the fall. `with_titles` brings the title's
statement of a rise or fall along, so `signals.opposing` can read the item by its title.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import numpy as np

from trendbeeld.model import Change, TrendStatement
from trendbeeld.trends import cluster
from trendbeeld.trends._items import Item
from trendbeeld.trends._synonyms import about_the_same
from trendbeeld.trends._words import item_phrase


def with_titles(
    candidates: list[cluster.Candidate],
    items: list[Item],
    index: Mapping[str, int],
    vectors: np.ndarray,
    is_event: cluster.EventTest,
) -> list[cluster.Candidate]:
    """``candidates`` whose news items bring the rise or fall their title states about the same thing.

    A news item says in its title what it reports; its lead may recall the past ("De afgelopen vijf
    jaar daalde het aantal geregistreerde misdrijven consequent" under "Registratie criminaliteit
    licht gestegen"). When only a sentence of the lead joined a report's trend, the trend must still
    see the item's title to tell whether the item backs it or reports the opposite
    (`signals.opposing`): a title statement of a rise or fall joins when it is about what the item's
    members speak of (`about_the_same`) and no other candidate holds it.
    """
    taken = {e for candidate in candidates for e in candidate.ids}
    titles: dict[str, list[int]] = defaultdict(list)  # news source → its title's statements of change
    for i, item in enumerate(items):
        if (
            item.meta is not None
            and is_event(item.source_id)
            and isinstance(item.evidence, TrendStatement)
            and item.evidence.direction in (Change.UP, Change.DOWN)
            and item.evidence.span.end <= len(item.meta.title or "")
            and item.id not in taken
        ):
            titles[item.source_id].append(i)
    if not titles:
        return candidates
    out = []
    for candidate in candidates:
        positions = [index[e] for e in candidate.ids]
        if all(is_event(items[i].source_id) for i in positions):
            out.append(candidate)
            continue
        added = []
        for source_id in sorted({items[i].source_id for i in positions} & titles.keys()):
            own = [items[i].evidence for i in positions if items[i].source_id == source_id]
            said = [phrase for item in own if (phrase := item_phrase(item))]
            for i in titles[source_id]:
                phrase = item_phrase(items[i].evidence) or ""
                if items[i].id not in taken and about_the_same(phrase, said):
                    added.append(i)
                    taken.add(items[i].id)
        if not added:
            out.append(candidate)
            continue
        nearness = vectors[added] @ candidate.centroid
        ranks = [(items[i].id, cluster.rank_of(r)) for i, r in zip(added, nearness, strict=True)]
        members = tuple(sorted([*candidate.members, *ranks], key=lambda m: (-m[1], m[0])))
        out.append(cluster.Candidate(candidate.theme, members, candidate.centroid))
    return out
