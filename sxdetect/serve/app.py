"""The FastAPI app of the sidecar: ``create_app(settings)`` builds it, uvicorn serves it.

Endpoints: ``POST /v1/score`` (one taxonomy record), ``POST /v1/score/batch`` (many),
``POST /v1/score/incremental`` (new messages plus the history before them, stateless),
``GET /healthz/live``, ``GET /healthz/ready`` and ``GET /metrics``. The model loads in a
background thread when the app starts, is checked by scoring a built-in harmless conversation,
and only then does ``/healthz/ready`` answer 200. Scoring runs in the micro-batcher's worker
thread, never on the event loop. Nothing here logs or echoes message text or sender ids.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import math
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request, Security
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .. import __version__
from ..records import Conversation, RecordError, parse_record
from ..results import ConversationResult
from ..support import support_block
from ..taxonomy import TAXONOMY_VERSION
from .batching import BatcherClosed, MicroBatcher, Overloaded
from .cache import CachingDetector
from .errors import ApiError, install_error_handlers
from .metrics import CONTENT_TYPE, Metrics
from .observe import ObserveMiddleware
from .schemas import (
    BatchRequest, BatchResponse, ConversationIn, ErrorResponse, HealthStatus, IncrementalRequest,
    IncrementalResult, ScoreResult,
)
from .settings import Settings

_log = logging.getLogger("sxdetect.serve")

#: Scored once after loading; the service is ready only when this gives a valid risk.
SELF_TEST: tuple[dict[str, Any], ...] = (
    {"id": "self-test", "messages": [
        {"sender": "a", "text": "are we still on for lunch tomorrow?"},
        {"sender": "b", "text": "yes, see you at one"},
    ]},
)

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "The body is not valid JSON."},
    401: {"model": ErrorResponse, "description": "Missing or wrong bearer token (when SXDETECT_API_TOKEN is set)."},
    413: {"model": ErrorResponse, "description": "The body is larger than SXDETECT_MAX_BODY_BYTES."},
    422: {"model": ErrorResponse, "description": "Invalid fields, over-cap records or an out-of-bounds threshold."},
    503: {"model": ErrorResponse, "description": "Model not ready, queue full or shutting down; retry later."},
    504: {"model": ErrorResponse, "description": "Scoring took longer than SXDETECT_REQUEST_TIMEOUT_S."},
}

Threshold = Annotated[float | None, Query(
    ge=0.0, le=1.0,
    description="Override the model's conversation threshold for this request; must lie within "
                "SXDETECT_THRESHOLD_MIN..SXDETECT_THRESHOLD_MAX (default 0.05..0.95).",
)]
Country = Annotated[str | None, Query(
    min_length=2, max_length=2, pattern="^[A-Za-z]{2}$",
    description="ISO 3166-1 alpha-2 country whose helpline the support block names (default SXDETECT_DEFAULT_COUNTRY).",
)]

_BEARER = HTTPBearer(auto_error=False, description="Required on /v1/* when SXDETECT_API_TOKEN is set.")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(_BEARER)]


class Service:
    """What one app holds: settings, metrics, the detector and its micro-batcher."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.metrics = Metrics()
        self.detector: CachingDetector | None = None
        self.batcher: MicroBatcher[Conversation, ConversationResult] | None = None
        self.status = "loading"
        self.detail: str | None = "the model is loading"
        self._loader: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        """Load the model in a background thread, so liveness answers at once."""
        self._loader = threading.Thread(target=self._load, name="sxdetect-loader", daemon=True)
        self._loader.start()

    def _load(self) -> None:
        s = self.settings
        try:
            detector = CachingDetector(s.model, models_dir=s.models_dir, caps=s.caps, threads=s.threads,
                                       cache_size=s.signal_cache_size).load()
            probe = detector.score(list(SELF_TEST))
            if len(probe) != 1 or not (math.isfinite(probe[0].risk) and 0.0 <= probe[0].risk <= 1.0):
                raise RuntimeError("self-test did not give a risk between 0 and 1")
            support_block(s.default_country)  # a broken support file fails here, not on a flagged request
            batcher: MicroBatcher[Conversation, ConversationResult] = MicroBatcher(
                detector.score, max_size=s.batch_max_size, max_wait_s=s.batch_max_wait_ms / 1000.0,
                max_queue=s.max_queue, on_batch=self.metrics.observe_batch,
            ).start()
        except Exception as exc:  # noqa: BLE001 - reported by /healthz/ready
            self.status, self.detail = "failed", f"start-up failed ({type(exc).__name__}): {exc}"
            _log.error("start-up failed: model, self-test or support file", exc_info=True)
            return
        spec = detector.spec_
        assert spec is not None
        self.metrics.set_model(detector.name, detector.version, spec.kind, TAXONOMY_VERSION)
        self.metrics.queue.set_function(lambda: batcher.pending)
        if detector.cache is not None:
            self.metrics.watch_cache(detector.cache)
        self.detector, self.batcher = detector, batcher
        self.status, self.detail = "ready", None
        self.metrics.ready.set(1)
        _log.info("model ready", extra={"model": detector.name, "model_version": detector.version,
                                        "settings": batcher.describe()})

    def stop(self) -> None:
        """Finish queued work and stop the batcher (after uvicorn drained the connections)."""
        if self._loader is not None:
            self._loader.join(self.settings.graceful_timeout_s)
        if self.batcher is not None:
            self.batcher.close(self.settings.graceful_timeout_s)
        self.metrics.ready.set(0)

    def facts(self) -> dict[str, str]:
        """Name and version of the loaded model (empty before loading)."""
        det = self.detector
        return {"name": det.name, "version": det.version} if det is not None else {}

    # -- request helpers ---------------------------------------------------------------------
    def check_token(self, creds: HTTPAuthorizationCredentials | None) -> None:
        """Raise 401 unless auth is off or the bearer token matches."""
        token = self.settings.token()
        if token is None:
            return
        given = creds.credentials if creds is not None else ""
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "unauthorized", "missing or wrong bearer token",
                           headers={"WWW-Authenticate": "Bearer"})

    def cut(self, threshold: float | None) -> float:
        """The threshold for a request: its override (checked against the bounds) or the model's."""
        assert self.detector is not None
        if threshold is None:
            return self.detector.threshold_
        lo, hi = self.settings.threshold_min, self.settings.threshold_max
        if not lo <= threshold <= hi:
            raise ApiError(422, "invalid_request", f"threshold must lie between {lo} and {hi}", details=[
                {"loc": ["query", "threshold"], "msg": f"must lie between {lo} and {hi}", "type": "out_of_bounds"}])
        return float(threshold)

    def parse(self, raw: dict[str, Any], default_id: str, loc: list[str | int]) -> Conversation:
        """Parse through the one record parser (caps included); 422 on a bad record."""
        try:
            return parse_record(raw, self.settings.caps, default_id=default_id)
        except RecordError as exc:  # its message never contains text
            raise ApiError(422, "invalid_record", str(exc), details=[
                {"loc": loc, "msg": str(exc), "type": "invalid_record"}]) from exc

    def ready_or_503(self) -> None:
        """Raise 503 until the model is loaded and its self-test passed."""
        if self.status != "ready":
            raise ApiError(503, "not_ready", self.detail or "the model is not ready", headers={"Retry-After": "1"})

    async def infer(self, request: Request, convs: list[Conversation]) -> list[ConversationResult]:
        """Score on the micro-batcher within the request deadline."""
        assert self.batcher is not None
        request.state.conversations = len(convs)
        request.state.messages = sum(len(c.messages) for c in convs)
        timeout = self.settings.request_timeout_s
        try:
            results, batch = await self.batcher.run(convs, timeout)
        except Overloaded as exc:
            raise ApiError(503, "overloaded", "too many conversations waiting; retry later",
                           headers={"Retry-After": "1"}) from exc
        except BatcherClosed as exc:
            raise ApiError(503, "shutting_down", "the service is shutting down") from exc
        except asyncio.TimeoutError as exc:
            raise ApiError(504, "timeout", f"scoring took longer than {timeout} s") from exc
        request.state.batch_size = batch
        return results

    def render(self, result: ConversationResult, cut: float, country: str | None) -> dict[str, Any]:
        """The JSON result with the request's threshold applied and the support block when flagged."""
        out = result.to_dict()
        flagged = result.risk >= cut
        out["threshold"], out["flagged"] = cut, flagged
        out["support"] = support_block(country or self.settings.default_country) if flagged else None
        return out

    def count(self, endpoint: str, rows: list[dict[str, Any]]) -> None:
        """Record scored and flagged conversations in the metrics."""
        self.metrics.observe_scored(endpoint, len(rows), [r["stage"] for r in rows if r["flagged"]])


def _record(body: Any, messages: list[Any]) -> dict[str, Any]:
    raw: dict[str, Any] = {"messages": [m.model_dump(mode="json", exclude_none=True) for m in messages]}
    if body.id is not None:
        raw["id"] = body.id
    if body.lang is not None:
        raw["lang"] = body.lang
    if body.meta is not None:
        raw["meta"] = body.meta.model_dump(exclude_none=True)
    return raw


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service. The model loads when the app starts (lifespan), not here."""
    settings = settings or Settings()
    svc = Service(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        svc.start()
        try:
            yield
        finally:
            await asyncio.to_thread(svc.stop)

    app = FastAPI(
        title="sxdetect",
        version=__version__,
        summary="Sidecar that scores chat conversations for the sextortion pattern.",
        description="Stateless HTTP scoring for platforms: risk, label, stage, signals and evidence, "
                    "plus support resources when a conversation is flagged. See docs/serve.md.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = svc
    install_error_handlers(app)
    app.add_middleware(ObserveMiddleware, metrics=svc.metrics, max_body_bytes=settings.max_body_bytes,
                       model_facts=svc.facts)

    async def require_token(creds: Credentials) -> None:
        svc.check_token(creds)

    async def require_metrics_token(creds: Credentials) -> None:
        if settings.metrics_auth:
            svc.check_token(creds)

    scoring = {"responses": _ERRORS, "dependencies": [Depends(require_token)], "tags": ["scoring"]}

    @app.post("/v1/score", response_model=ScoreResult, **scoring)
    async def score(request: Request, body: ConversationIn, threshold: Threshold = None,
                    country: Country = None) -> dict[str, Any]:
        """Score one conversation (a taxonomy record)."""
        svc.ready_or_503()
        cut = svc.cut(threshold)
        conv = svc.parse(_record(body, body.messages), "0", ["body"])
        row = svc.render((await svc.infer(request, [conv]))[0], cut, country)
        svc.count("/v1/score", [row])
        return row

    @app.post("/v1/score/batch", response_model=BatchResponse, **scoring)
    async def score_batch(request: Request, body: BatchRequest, threshold: Threshold = None,
                          country: Country = None) -> dict[str, Any]:
        """Score many conversations in one call; results come back in request order."""
        svc.ready_or_503()
        cut = svc.cut(threshold)
        if len(body.conversations) > settings.max_batch:
            raise ApiError(422, "invalid_request", f"a batch holds at most {settings.max_batch} conversations",
                           details=[{"loc": ["body", "conversations"], "msg": "too many conversations",
                                     "type": "too_long"}])
        convs = [svc.parse(_record(c, c.messages), str(i), ["body", "conversations", i])
                 for i, c in enumerate(body.conversations)]
        rows = [svc.render(r, cut, country) for r in await svc.infer(request, convs)]
        svc.count("/v1/score/batch", rows)
        return {"results": rows}

    @app.post("/v1/score/incremental", response_model=IncrementalResult, **scoring)
    async def score_incremental(request: Request, body: IncrementalRequest, threshold: Threshold = None,
                                country: Country = None) -> dict[str, Any]:
        """Score the new message(s) in the light of the history sent with them (no server-side state).

        The risk of the history alone is the point of the trajectory just before the first new
        message, so one model call gives both and ``risk_delta``.
        """
        svc.ready_or_503()
        cut = svc.cut(threshold)
        if len(body.history) > settings.max_history:
            raise ApiError(422, "invalid_request", f"history holds at most {settings.max_history} messages",
                           details=[{"loc": ["body", "history"], "msg": "too many messages", "type": "too_long"}])
        conv = svc.parse(_record(body, [*body.history, *body.new_messages]), "0", ["body"])
        result = (await svc.infer(request, [conv]))[0]
        row = svc.render(result, cut, country)
        first_new = len(body.history)
        previous = result.trajectory[first_new - 1] if first_new else None
        row["signals"] = row["signals"][first_new:]
        row["first_new_index"] = first_new
        row["previous_risk"] = None if previous is None else round(previous, 4)
        row["risk_delta"] = round(result.risk - (previous or 0.0), 4)
        row["previous_flagged"] = previous is not None and previous >= cut
        row["newly_flagged"] = row["flagged"] and not row["previous_flagged"]
        svc.count("/v1/score/incremental", [row])
        return row

    @app.get("/healthz/live", response_model=HealthStatus, tags=["health"])
    async def live() -> dict[str, Any]:
        """The process is up and answering (it says nothing about the model)."""
        return {"status": "live"}

    @app.get("/healthz/ready", response_model=HealthStatus, tags=["health"],
             responses={503: {"model": HealthStatus, "description": "The model is loading or failed to load."}})
    async def ready() -> Any:
        """The model is loaded and its self-test scored: the service can take traffic."""
        if svc.status != "ready":
            return JSONResponse({"status": svc.status, "detail": svc.detail}, status_code=503)
        facts = svc.facts()
        return {"status": "ready", "model": facts["name"], "model_version": facts["version"]}

    @app.get("/metrics", response_class=Response, tags=["health"], dependencies=[Depends(require_metrics_token)],
             responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format."},
                        401: _ERRORS[401]})
    async def metrics() -> Response:
        """Prometheus metrics, all prefixed ``sxdetect_``: counts, timings, batch sizes, model info."""
        return Response(svc.metrics.render(), media_type=CONTENT_TYPE)

    return app
