"""The outermost layer of the app: body-size cap, metrics, one structured log line per request.

A pure ASGI middleware (no per-request overhead of Starlette's ``BaseHTTPMiddleware``). It
rejects bodies over ``max_body_bytes`` with 413 (from ``Content-Length`` before reading, or
while streaming a chunked body), counts and times every request under a fixed ``endpoint``
label, turns any unexpected exception into a JSON 500 without logging its message (which could
quote input), and writes a JSON log line with endpoint, status, duration, conversation and
message counts, micro-batch size and model version: never text, ids or client addresses.
"""

from __future__ import annotations

import json
import logging
import time
import traceback
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from fastapi import HTTPException

from .errors import error_response
from .metrics import ENDPOINTS, Metrics, endpoint_label

_log = logging.getLogger("sxdetect.serve")

#: Keys a log record may carry besides its message; anything else is dropped by the formatter.
LOG_FIELDS: tuple[str, ...] = (
    "endpoint", "method", "status", "duration_ms", "conversations", "messages", "batch_size",
    "model", "model_version", "error_type", "where", "host", "port", "settings",
)
_QUIET = {"/healthz/live", "/healthz/ready", "/metrics"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event and the whitelisted fields."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key in LOG_FIELDS:
            value = record.__dict__.get(key)
            if value is not None:
                out[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            # The exception type and where it happened; never its message, which may quote input.
            out["error_type"] = record.exc_info[0].__name__
            frames = traceback.extract_tb(record.exc_info[2])[-3:]
            out["where"] = [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in frames]
        return json.dumps(out, ensure_ascii=False)


def configure_logging(level: str = "info") -> None:
    """Send sxdetect's and uvicorn's logs to stderr as JSON lines."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    logging.getLogger("uvicorn.access").disabled = True


class ObserveMiddleware:
    """Body-size cap, metrics and request logs around the whole app."""

    def __init__(
        self,
        app: Any,
        *,
        metrics: Metrics,
        max_body_bytes: int,
        model_facts: Callable[[], dict[str, str]],
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.max_body_bytes = max_body_bytes
        self.model_facts = model_facts

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        path = scope.get("path", "")
        endpoint = endpoint_label(path)
        state = scope.setdefault("state", {})
        sent = {"status": 500, "started": False}

        async def send_observed(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                sent["status"] = int(message["status"])
                sent["started"] = True
            await send(message)

        try:
            declared = self._declared_length(scope)
            if declared is not None and declared > self.max_body_bytes:
                await self._too_large()(scope, receive, send_observed)
            else:
                await self.app(scope, self._capped(receive), send_observed)
        except HTTPException as exc:  # the body cap tripped outside FastAPI's body reading
            if not sent["started"]:
                await error_response(exc.status_code, None, str(exc.detail))(scope, receive, send_observed)
        except _BadLength:
            bad = error_response(400, "invalid_request", "Content-Length is not a number")
            await bad(scope, receive, send_observed)
        except Exception:  # noqa: BLE001 - a client must get JSON, the log must get no input
            _log.error("unhandled error", exc_info=True, extra={"endpoint": endpoint})
            if not sent["started"]:
                await error_response(500, "internal_error", "internal error")(scope, receive, send_observed)
        finally:
            seconds = time.perf_counter() - started
            self.metrics.observe_request(endpoint, sent["status"], seconds)
            self._log(scope, endpoint, sent["status"], seconds, state)

    # -- helpers -----------------------------------------------------------------------------
    def _too_large(self):  # noqa: ANN202 - a response
        return error_response(413, "payload_too_large", f"request body is larger than {self.max_body_bytes} bytes")

    @staticmethod
    def _declared_length(scope: dict[str, Any]) -> int | None:
        for key, value in scope.get("headers", ()):
            if key == b"content-length":
                try:
                    return int(value)
                except ValueError as exc:
                    raise _BadLength from exc
        return None

    def _capped(self, receive: Callable) -> Callable:
        limit = self.max_body_bytes
        seen = 0

        async def receive_capped() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise HTTPException(413, f"request body is larger than {limit} bytes")
            return message

        return receive_capped

    def _log(self, scope: dict[str, Any], endpoint: str, status: int, seconds: float, state: dict) -> None:
        if endpoint in _QUIET and status not in (401, 403):
            level = logging.DEBUG  # probes and scrapes (a 503 while the model loads is expected)
        else:
            level = logging.WARNING if status >= 500 else logging.INFO
        if not _log.isEnabledFor(level):
            return
        facts = self.model_facts()
        _log.log(
            level,
            "request",
            extra={
                "endpoint": endpoint if endpoint in ENDPOINTS else "other",
                "method": scope.get("method"),
                "status": status,
                "duration_ms": round(seconds * 1000, 3),
                "conversations": state.get("conversations"),
                "messages": state.get("messages"),
                "batch_size": state.get("batch_size"),
                "model": facts.get("name"),
                "model_version": facts.get("version"),
            },
        )


class _BadLength(ValueError):
    """A Content-Length header that is not an integer."""
