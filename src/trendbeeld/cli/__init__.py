"""The ``trendbeeld`` command: a thin click group over the Python API.

Each command group lives in its own module of this package and registers itself on ``cli``.
Messages to the user are Dutch; errors are turned into text here and nowhere in the library.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, ParamSpec, TypeVar

import click

from trendbeeld import __version__
from trendbeeld.cli import _dutch
from trendbeeld.cli._dutch import ERROR_PREFIX, WARNING_PREFIX
from trendbeeld.errors import TrendbeeldError

_dutch.install()  # before the commands are declared: their help texts are made at import

if TYPE_CHECKING:
    from trendbeeld.store import Store

COMMAND_MODULES = (
    "trendbeeld.cli.core",
    "trendbeeld.cli.themes",
    "trendbeeld.cli.indicators",
    "trendbeeld.cli.trends",
    "trendbeeld.cli.routemap",
    "trendbeeld.cli.publish",
    "trendbeeld.cli.web",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="trendbeeld", message="%(prog)s %(version)s")
def cli() -> None:
    """trendbeeld: van bronnen naar een traceerbaar omgevingsbeeld.

    Voeg bronnen toe (rapporten, nieuws, statistiek, interviews), haal er bewijs uit, stel
    thema's en trends samen, toets indicatoren en publiceer een editie als website en PDF.
    """


def _register() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name)


def show_error(error: TrendbeeldError | str) -> None:
    """Print a Dutch error message (``fout: …``) and go on: one failed file of a batch."""
    click.secho(f"{ERROR_PREFIX} {error}", fg="red", err=True)


def show_warning(warning: str) -> None:
    """Print a Dutch warning (``let op: …``)."""
    click.secho(f"{WARNING_PREFIX} {warning}", fg="yellow", err=True)


def fail(error: TrendbeeldError) -> NoReturn:
    """Print a Dutch error message and stop with exit status 1."""
    show_error(error)
    sys.exit(1)


P = ParamSpec("P")
T = TypeVar("T")


def run_or_fail(action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``action(*args, **kwargs)``, or its TrendbeeldError printed in Dutch and exit status 1."""
    try:
        return action(*args, **kwargs)
    except TrendbeeldError as exc:
        fail(exc)


def command_store(db: str) -> Store:
    """The store of ``--db``, closed again when the command ends; a Dutch error when it won't open."""
    from trendbeeld.store import open_store

    try:
        store = open_store(db)
    except TrendbeeldError as exc:
        fail(exc)
    click.get_current_context().call_on_close(store.close)
    return store


def main() -> None:
    """The console script: a library error that no command caught still ends in one Dutch line."""
    try:
        cli()
    except TrendbeeldError as exc:
        fail(exc)


_register()
