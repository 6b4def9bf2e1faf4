"""Request and response schemas of the sidecar: the source of the committed ``openapi.json``.

Every field carries a description (a test checks it). Requests take the taxonomy record (see
``shared/spec/taxonomy.md``); signal, label and stage names come from :mod:`sxdetect.taxonomy`.
Limits that depend on settings (message length, conversation length, batch size, history
length, threshold bounds) are checked by the service and named in the descriptions by their
environment variable, so the spec does not change with a deployment's settings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..taxonomy import LABELS, SIGNALS, STAGES

SignalName = Literal[SIGNALS]  # type: ignore[valid-type]
LabelName = Literal[LABELS]  # type: ignore[valid-type]
StageName = Literal[STAGES]  # type: ignore[valid-type]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- requests ---------------------------------------------------------------------------------
class MessageIn(_In):
    """One chat message, oldest first within its conversation."""

    text: str = Field(
        ..., min_length=1,
        description="The message text. Never logged, never quoted in errors. At most SXDETECT_MAX_MESSAGE_CHARS.",
    )
    sender: str | None = Field(
        None, max_length=200,
        description="Who wrote it: any stable pseudonymous id; only used to tell the sides apart, never logged.",
    )
    ts: datetime | None = Field(None, description="When it was sent (ISO-8601); used for the pace of the talk.")
    has_image: bool | None = Field(None, description="Whether the message carried an image or video.")
    signals: list[SignalName] | None = Field(  # type: ignore[valid-type]
        None, description="Gold signals, as taxonomy records may carry them; ignored for scoring."
    )


class ConversationMeta(BaseModel):
    """Optional facts the platform knows about the conversation; unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore")

    first_contact: bool | None = Field(None, description="True when the two accounts had never talked before.")
    sender_account_age_days: float | None = Field(
        None, ge=0, description="Age in days of the account that started the conversation."
    )


class ConversationIn(_In):
    """One conversation in the taxonomy record format."""

    id: str | None = Field(
        None, min_length=1, max_length=200,
        description="Echoed back in the result, never logged; default: the conversation's position ('0', '1'...).",
    )
    lang: str | None = Field(None, max_length=16, description="ISO 639-1 language code, when known.")
    label: LabelName | None = Field(  # type: ignore[valid-type]
        None, description="Gold label, as taxonomy records may carry one; ignored for scoring."
    )
    meta: ConversationMeta | None = Field(None, description="Optional metadata that sharpens the risk.")
    messages: list[MessageIn] = Field(
        ..., min_length=1, description="The messages, oldest first; at most SXDETECT_MAX_MESSAGES."
    )


class BatchRequest(_In):
    """Many conversations scored in one call."""

    conversations: list[ConversationIn] = Field(
        ..., min_length=1, description="Conversations to score; at most SXDETECT_MAX_BATCH."
    )


class IncrementalRequest(_In):
    """New message(s) of a conversation with the messages before them; the server keeps no state."""

    id: str | None = Field(
        None, min_length=1, max_length=200, description="Echoed back in the result, never logged; default '0'."
    )
    lang: str | None = Field(None, max_length=16, description="ISO 639-1 language code, when known.")
    meta: ConversationMeta | None = Field(None, description="Optional metadata that sharpens the risk.")
    history: list[MessageIn] = Field(
        default_factory=list,
        description="The previous messages (all, or the most recent ones), oldest first; at most SXDETECT_MAX_HISTORY.",
    )
    new_messages: list[MessageIn] = Field(
        ..., min_length=1, description="The message(s) that just arrived, oldest first."
    )


# -- responses --------------------------------------------------------------------------------
class MessageSignalsOut(BaseModel):
    """What one message does, by signal."""

    index: int = Field(..., description="Position of the message in the conversation (0-based).")
    fired: list[SignalName] = Field(  # type: ignore[valid-type]
        ..., description="Signals whose probability reached the model's signal threshold."
    )
    probabilities: dict[SignalName, float] = Field(  # type: ignore[valid-type]
        ..., description="Probability of every signal for this message (0-1)."
    )


class SupportResource(BaseModel):
    """A service or helpline a person at risk can turn to."""

    model_config = ConfigDict(populate_by_name=True)

    name: str = Field(..., description="Name of the service.")
    organisation: str | None = Field(None, description="Who runs it.")
    url: str | None = Field(None, description="Where to reach it.")
    phone: str | None = Field(None, description="Phone number, for national helplines.")
    for_: str | None = Field(None, alias="for", description="Who it is for.")
    source: str | None = Field(None, description="Where this entry was checked.")


class SupportBlock(BaseModel):
    """Resources to show the person at risk; present only on flagged results."""

    country: str | None = Field(None, description="ISO 3166-1 alpha-2 country of the national entry, if any.")
    international: list[SupportResource] = Field(..., description="Removal services that work everywhere.")
    national: SupportResource | None = Field(None, description="The national helpline for the country, if known.")
    reviewed: str | None = Field(None, description="When the resource list was last reviewed (YYYY-MM).")


class ScoreResult(BaseModel):
    """Everything sxdetect says about one conversation."""

    id: str = Field(..., description="The conversation id from the request (or its position).")
    risk: float = Field(..., ge=0, le=1, description="Probability that the conversation is grooming or sextortion.")
    label: LabelName = Field(..., description="Most probable conversation label.")  # type: ignore[valid-type]
    label_probabilities: dict[LabelName, float] = Field(  # type: ignore[valid-type]
        ..., description="Probability of each conversation label."
    )
    stage: StageName = Field(  # type: ignore[valid-type]
        ..., description="Furthest stage of the pattern that the fired signals support."
    )
    flagged: bool = Field(..., description="True when risk >= threshold.")
    threshold: float = Field(..., description="The threshold applied: the request's override, else the model's.")
    fired: list[SignalName] = Field(  # type: ignore[valid-type]
        ..., description="Signals that fired on at least one message."
    )
    reason: str = Field(..., description="One-line account of the fired signals, most serious first.")
    evidence: list[int] = Field(..., description="Indices of the messages that raised the risk most.")
    trajectory: list[float] = Field(..., description="Risk after each message: the live view of the conversation.")
    signals: list[MessageSignalsOut] = Field(..., description="Per-message signals (incremental: new messages only).")
    model: str = Field(..., description="Name of the model that scored it.")
    model_version: str = Field(..., description="Version of that model.")
    support: SupportBlock | None = Field(None, description="Support resources, present when flagged.")


class IncrementalResult(ScoreResult):
    """The updated result after new messages, with the change they made."""

    previous_risk: float | None = Field(
        ..., description="Risk after the history alone; null when the request had no history."
    )
    risk_delta: float = Field(..., description="risk - previous_risk (risk itself when there was no history).")
    previous_flagged: bool = Field(..., description="Whether the history alone reached the threshold.")
    newly_flagged: bool = Field(..., description="True when the new messages pushed the conversation over.")
    first_new_index: int = Field(..., description="Index of the first new message in the whole conversation.")


class BatchResponse(BaseModel):
    """Results of a batch, in request order."""

    results: list[ScoreResult] = Field(..., description="One result per conversation, in request order.")


class ErrorDetail(BaseModel):
    """One problem with the request, located; never quotes the submitted text."""

    loc: list[str | int] = Field(..., description="Where the problem is (e.g. ['body', 'messages', 0, 'text']).")
    msg: str = Field(..., description="What is wrong.")
    type: str = Field(..., description="Machine-readable kind of problem.")


class ErrorBody(BaseModel):
    """What went wrong."""

    code: str = Field(..., description="Machine-readable error code (invalid_request, payload_too_large...).")
    message: str = Field(..., description="Human-readable explanation; never contains message text or ids.")
    details: list[ErrorDetail] | None = Field(None, description="Per-field problems, for validation errors.")


class ErrorResponse(BaseModel):
    """Body of every 4xx and 5xx answer."""

    error: ErrorBody = Field(..., description="The error.")


class HealthStatus(BaseModel):
    """Liveness or readiness of the service."""

    status: Literal["live", "ready", "loading", "failed"] = Field(..., description="State of the process or model.")
    model: str | None = Field(None, description="Loaded model name, once ready.")
    model_version: str | None = Field(None, description="Loaded model version, once ready.")
    detail: str | None = Field(None, description="Why the service is not ready, when it is not.")
