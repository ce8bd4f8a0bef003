"""Options shared by several commands, as decorators."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

import click

from trendbeeld.cli import fail
from trendbeeld.errors import TrendbeeldError

if TYPE_CHECKING:
    from trendbeeld.model import Taxonomy

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


@overload
def load_taxonomy(name: str) -> Taxonomy: ...
@overload
def load_taxonomy(name: None) -> None: ...
@overload
def load_taxonomy(name: str | None) -> Taxonomy | None: ...
def load_taxonomy(name: str | None) -> Taxonomy | None:
    """The taxonomy a ``--taxonomy`` option names (None when the option is not given).

    A taxonomy that does not load ends the command with the Dutch error and exit status 1.
    """
    if name is None:
        return None
    from trendbeeld import themes

    try:
        return themes.load_taxonomy(name)
    except TrendbeeldError as exc:
        fail(exc)
