"""Settings of the sidecar service, read from ``SXDETECT_*`` environment variables.

Every limit the service enforces lives here, with its default and its bounds, so a deployment
documents itself in one place (``deploy/sxdetect.env.example`` is the commented version).
``sxdetect serve --host/--port/--model`` override the matching variables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ..records import Caps


class Settings(BaseSettings):
    """Service configuration; each field is the environment variable ``SXDETECT_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="SXDETECT_", extra="ignore", frozen=True)

    # -- model ----------------------------------------------------------------------------------
    model: str = Field("default", description="Model name in the manifest, or a model directory.")
    models_dir: Path | None = Field(None, description="Directory with manifest.json; default: the shipped models.")
    threads: int | None = Field(None, ge=1, le=64, description="onnxruntime intra-op threads (default: runtime's).")

    # -- network ----------------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Interface to bind; 0.0.0.0 exposes the service.")
    port: int = Field(8000, ge=0, le=65535, description="TCP port (0: any free port).")
    api_token: SecretStr | None = Field(
        None, description="When set, /v1/* (and /metrics if metrics_auth) require 'Authorization: Bearer <token>'."
    )
    metrics_auth: bool = Field(False, description="Require the bearer token on /metrics too.")

    # -- input limits -----------------------------------------------------------------------------
    max_body_bytes: int = Field(1 << 20, ge=1024, le=64 << 20, description="Largest request body (bytes); 413 above.")
    max_message_chars: int = Field(4000, ge=1, le=100_000, description="Longest message (characters); 422 above.")
    max_messages: int = Field(500, ge=1, le=10_000, description="Most messages in one conversation; 422 above.")
    max_batch: int = Field(256, ge=1, le=10_000, description="Most conversations in one batch request; 422 above.")
    max_history: int = Field(200, ge=0, le=10_000, description="Most history messages in an incremental request.")
    threshold_min: float = Field(0.05, ge=0.0, le=1.0, description="Lowest per-request threshold accepted.")
    threshold_max: float = Field(0.95, ge=0.0, le=1.0, description="Highest per-request threshold accepted.")
    default_country: str | None = Field(
        None, min_length=2, max_length=2, description="Country of the support block when a request names none."
    )

    # -- time and concurrency ---------------------------------------------------------------------
    request_timeout_s: float = Field(10.0, gt=0, le=600, description="Per-request inference deadline; 504 after.")
    batch_max_size: int = Field(64, ge=1, le=4096, description="Micro-batcher: most conversations per model call.")
    batch_max_wait_ms: float = Field(2.0, ge=0, le=1000, description="Micro-batcher: longest wait to fill a batch.")
    max_queue: int = Field(4096, ge=1, le=1_000_000, description="Conversations waiting for the model; 503 above.")
    signal_cache_size: int = Field(
        20_000, ge=0, le=10_000_000,
        description="Messages whose signal probabilities are kept (keyed digests, no text) to speed up "
                    "incremental scoring; 0 turns the cache off.",
    )
    graceful_timeout_s: float = Field(30.0, ge=0, le=3600, description="Time in-flight requests get on SIGTERM.")

    # -- logs -------------------------------------------------------------------------------------
    log_level: Literal["debug", "info", "warning", "error"] = Field("info", description="Log level.")

    @field_validator("log_level", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _check_bounds(self) -> Settings:
        if self.threshold_min > self.threshold_max:
            raise ValueError("threshold_min must not exceed threshold_max")
        return self

    @property
    def caps(self) -> Caps:
        """The record caps the detector applies."""
        return Caps(max_message_chars=self.max_message_chars, max_messages=self.max_messages)

    def token(self) -> str | None:
        """The bearer token, or ``None`` when auth is off."""
        if self.api_token is None:
            return None
        value = self.api_token.get_secret_value()
        return value or None
