"""A news item counts for the event topic its title names, not for every topic its lead mentions.

In the real edition 'Meer berichten over bedreigingen' listed 'Werkstraf voor gewapende overval in
Eindhoven' (its lead: 'na het bedreigen van een man met een mes') and 'Steekpartij IJsvogelpad':
threats that are part of a robbery or a stabbing. A title that names no topic leaves the lead's. A
threat in the figurative sense ("met sluiting bedreigd Speelgoedmuseum") is no event of threats.
"""

from __future__ import annotations

import csv
from pathlib import Path

from trendbeeld import pipeline, themes
from trendbeeld.model import AccessLevel
from trendbeeld.store import open_store
from trendbeeld.trends._event_counts import counted_for
from trendbeeld.trends._items import load_items

RSS = "corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv"
TITLES = {
    "Werkstraf voor gewapende overval in Eindhoven": set(),  # its evidence (the lead's threat) is no robbery
    "Jongens van bromfiets gereden en geschopt na verkeersruzie in Breda": {"mishandelingen"},
    "Jongens met messen bedreigen eigenaresse cafetaria in Oss: ‘Ik schrok me kapot’": {"bedreigingen"},
    # a threat in the figurative sense: a danger to something, a rival
    "Bijna 5600 steunbetuigingen voor met sluiting bedreigd Speelgoedmuseum": set(),
    "Man bedreigt conducteur met de dood en wordt op station Breda opgepakt": {"bedreigingen"},
}


def test_a_news_item_counts_for_the_topic_its_title_names(shared: Path, tmp_path: Path) -> None:
    with (shared / RSS).open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["title"] in TITLES]
    assert len(rows) == len(TITLES)
    path = tmp_path / "veiligheid.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    store = open_store(str(tmp_path / "nieuws.db"))
    try:
        assert not pipeline.ingest(store, [path], workers=1).errors
        every = AccessLevel.CONFIDENTIAL
        taxonomy = themes.load_taxonomy("regionaal")
        items = load_items(store, access=every, taxonomy=taxonomy,
                           assignment=themes.assign(store, taxonomy, access=every))
        counted: dict[str, set[str]] = {}
        for item in items:
            assert item.meta is not None
            counted.setdefault(item.meta.title, set()).update(t.name for t in counted_for(item))
        assert counted == TITLES
    finally:
        store.close()
