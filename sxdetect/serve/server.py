"""Running the app on uvicorn: in the foreground (``sxdetect serve``) or in a background thread.

:func:`run` is what the CLI calls: JSON logs, no access log (it would carry paths and client
addresses), and uvicorn's graceful shutdown: on SIGTERM or SIGINT the server stops accepting
connections, lets in-flight requests finish for up to ``graceful_timeout_s`` seconds, then runs
the app's shutdown (the micro-batcher finishes its queue). :class:`BackgroundServer` serves an
app from a thread on a loopback port, for tests and for embedding.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any

import uvicorn

from .app import create_app
from .observe import configure_logging
from .settings import Settings


def uvicorn_config(app: Any, settings: Settings, **overrides: Any) -> uvicorn.Config:
    """The uvicorn configuration the service runs with."""
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_config": None,
        "access_log": False,
        "server_header": False,
        "proxy_headers": False,
        "timeout_graceful_shutdown": settings.graceful_timeout_s,
        "lifespan": "on",
    }
    options.update(overrides)
    return uvicorn.Config(app, **options)


def run(settings: Settings | None = None) -> None:
    """Serve in the foreground until SIGTERM/SIGINT; in-flight requests finish first."""
    settings = settings or Settings()
    configure_logging(settings.log_level)
    uvicorn.Server(uvicorn_config(create_app(settings), settings)).run()


def wait_ready(url: str, timeout: float = 30.0) -> int:
    """Poll ``url/healthz/ready`` until the model is ready (200) or failed to load (503)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz/ready", timeout=2) as resp:
                return int(resp.status)
        except urllib.error.HTTPError as exc:
            if b'"failed"' in exc.read():
                return int(exc.code)
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} was not ready within {timeout} s")
        time.sleep(0.05)


class BackgroundServer:
    """Serve an app from a daemon thread on ``127.0.0.1`` and an ephemeral port.

        with BackgroundServer(create_app(settings)) as server:
            httpx.get(server.url + "/healthz/live")
    """

    def __init__(self, app: Any, settings: Settings | None = None, host: str = "127.0.0.1") -> None:
        self.settings = settings or Settings()
        # proto=IPPROTO_TCP, or asyncio leaves Nagle on and small responses wait 40 ms for an ACK.
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self.host, self.port = self._sock.getsockname()[:2]
        self.server = uvicorn.Server(uvicorn_config(app, self.settings, host=self.host, port=self.port))
        self._thread = threading.Thread(target=self._serve, name="sxdetect-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _serve(self) -> None:
        asyncio.run(self.server.serve(sockets=[self._sock]))

    def start(self, timeout: float = 20.0) -> BackgroundServer:
        """Start and wait until uvicorn accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the background server did not start")
            time.sleep(0.01)
        return self

    def wait_ready(self, timeout: float = 30.0) -> int:
        """Poll ``/healthz/ready`` until it answers 200 (returned) or 503 with ``failed``."""
        return wait_ready(self.url, timeout)

    def stop(self, timeout: float = 20.0) -> None:
        """Graceful stop, as on SIGTERM."""
        self.server.should_exit = True
        self._thread.join(timeout)
        self._sock.close()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
