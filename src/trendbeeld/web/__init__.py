"""The workbench: a FastAPI server with Dutch pages and a JSON API over the same store.

Needs the ``web`` extra (``pip install 'trendbeeld[web]'``). `create_app` builds the app for a
store; ``trendbeeld serve`` runs it with uvicorn.
"""

from trendbeeld.web.app import create_app

__all__ = ["create_app"]
