"""The HTTP sidecar (``pip install 'sxdetect[serve]'``): FastAPI app, settings, metrics, batching.

Only this subpackage imports FastAPI, uvicorn, pydantic-settings and prometheus-client;
``import sxdetect`` does not. Build the app with :func:`create_app` and serve it with
:func:`run` (what ``sxdetect serve`` does) or any ASGI server; see ``docs/serve.md``.
"""

from __future__ import annotations

from .app import create_app
from .server import BackgroundServer, run
from .settings import Settings

__all__ = ["BackgroundServer", "Settings", "create_app", "run"]
