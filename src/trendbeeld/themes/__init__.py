"""Themes: taxonomies, the sections of a report, and assignment of evidence to themes.

``load_taxonomy`` reads a bundled ("nationaal", "regionaal") or a user's YAML taxonomy;
``sections`` finds a report's headings with their theme; ``assign`` scores every stored evidence
item against the theme profiles (analyst corrections, stored by ``correct``, win and teach).
"""

from trendbeeld.themes.assign import assign, context, correct, rank
from trendbeeld.themes.filtering import of_theme
from trendbeeld.themes.profiles import Profiles
from trendbeeld.themes.sections import sections
from trendbeeld.themes.taxonomy import DEFAULT, bundled_names, load_taxonomy, parse, top_level

__all__ = [
    "DEFAULT",
    "Profiles",
    "assign",
    "bundled_names",
    "context",
    "correct",
    "load_taxonomy",
    "of_theme",
    "parse",
    "rank",
    "sections",
    "top_level",
]
