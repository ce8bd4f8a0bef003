"""The plugin manager, with trendbeeld's own defaults registered like any plugin."""

from __future__ import annotations

import importlib
from typing import Any

import pluggy

from trendbeeld import hookspecs

# Our own defaults, one module per stage that has a registry. Imported by name so that the stages
# import ``plugins`` and not the other way round; a module that fails to import is an error.
DEFAULT_PLUGINS = (
    "trendbeeld.sources.plugin",
    "trendbeeld.extract.plugin",
    "trendbeeld.trends.plugin",
)


def plugin_manager() -> pluggy.PluginManager:
    """A fresh manager with the defaults and any installed ``trendbeeld`` entry points."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name)
    pm.load_setuptools_entrypoints(hookspecs.PROJECT)
    return pm


def registry(hook: str, pm: pluggy.PluginManager | None = None) -> dict[str, Any]:
    """Call the ``register_*`` hook named ``hook`` and return the filled registry.

    Implementations run in the order they were registered (our defaults first, then installed
    plugins, then those registered by hand), so a later plugin replaces a component of the same name.
    pluggy itself would call them the other way round (last registered first).
    """
    found: dict[str, Any] = {}
    caller = getattr((pm or plugin_manager()).hook, hook)
    for implementation in caller.get_hookimpls():
        implementation.function(registry=found)
    return found
