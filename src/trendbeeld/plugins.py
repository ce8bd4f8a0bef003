"""The plugin manager, with trendbeeld's own defaults registered like any plugin."""

from __future__ import annotations

import importlib
from typing import Any

import pluggy

from trendbeeld import hookspecs

DEFAULT_PLUGINS = (
    "trendbeeld.sources.plugin",
    "trendbeeld.extract.plugin",
    "trendbeeld.trends.plugin",
    "trendbeeld.indicators.plugin",
)


def plugin_manager() -> pluggy.PluginManager:
    """A fresh manager with the defaults and any installed ``trendbeeld`` entry points."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not (name == exc.name or name.startswith(exc.name + ".")):
                raise
            continue
        pm.register(module, name)
    pm.load_setuptools_entrypoints(hookspecs.PROJECT)
    return pm


def registry(hook: str, pm: pluggy.PluginManager | None = None) -> dict[str, Any]:
    """Call the ``register_*`` hook named ``hook`` and return the filled registry."""
    found: dict[str, Any] = {}
    getattr((pm or plugin_manager()).hook, hook)(registry=found)
    return found
