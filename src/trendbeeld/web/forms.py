"""The one shape of a form that changes something: act, then go on, or show the form again.

On success the browser is sent on (303 See Other, so that reloading does not post again); when
the library refuses the input (a ConfigError: a name taken, a scale out of range), the form's own
page comes back with status 400 and the problem above the form, so nothing typed is lost to an
error page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi.responses import RedirectResponse, Response

from trendbeeld.errors import ConfigError, TrendbeeldError

T = TypeVar("T")


def submit(
    action: Callable[[], T],
    *,
    then: str | Callable[[T], str],
    again: Callable[..., Response],
    refused: tuple[type[TrendbeeldError], ...] = (ConfigError,),
) -> Response:
    """Run ``action``; on success go to ``then`` (or ``then(result)``), on a ``refused`` error
    answer ``again(status=400, problem=error)``: the form's page with the problem shown."""
    try:
        result = action()
    except refused as exc:
        return again(status=400, problem=exc)
    return RedirectResponse(then(result) if callable(then) else then, status_code=303)
