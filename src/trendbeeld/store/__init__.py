"""The store: the only place that writes SQL. SQLite by default, PostgreSQL by URL."""

from trendbeeld.store.engine import Store, migrate, open_store, resolve_url

__all__ = ["Store", "migrate", "open_store", "resolve_url"]
