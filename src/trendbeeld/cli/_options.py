"""Options shared by several commands, as decorators."""

from __future__ import annotations

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
