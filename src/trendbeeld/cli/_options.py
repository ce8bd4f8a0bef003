"""Options shared by several commands, as decorators."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option(
    "--db",
    envvar="TRENDBEELD_DB",
    default="trendbeeld.db",
    show_default=True,
    help="Database: pad naar een SQLite-bestand of een postgresql://-URL (ook via TRENDBEELD_DB).",
)

access_option = click.option(
    "--access",
    type=click.Choice(["openbaar", "intern", "vertrouwelijk"]),
    default="vertrouwelijk",
    show_default=True,
    help="Toegangsniveau van de lezer: alleen bronnen tot en met dit niveau worden getoond.",
)

taxonomy_option = click.option(
    "--taxonomy",
    default="nationaal",
    show_default=True,
    help="Taxonomie: 'nationaal', 'regionaal' of het pad naar een eigen YAML-bestand.",
)

ACTOR_ENV = "TRENDBEELD_ACTOR"


def default_actor() -> str:
    """Who is deciding: TRENDBEELD_ACTOR, else the login name."""
    try:
        return os.environ.get(ACTOR_ENV) or getpass.getuser()
    except (KeyError, OSError):
        return "analist"


actor_option = click.option(
    "--door",
    "actor",
    default=default_actor,
    show_default="gebruikersnaam of TRENDBEELD_ACTOR",
    help="Wie dit besluit (wordt met datum en tijd vastgelegd).",
)
