"""Conversation and message records: parsing, validation and size caps.

One parser for every entry point (library, CLI, service, training), so a record means the same
thing everywhere. Accepts the taxonomy record (``{"id", "messages": [...]}``) and a single-text
row (``{"id", "text"}``), which becomes a one-message conversation. Invalid input raises
:class:`RecordError` whose message names the problem but never quotes the text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from .taxonomy import SIGNAL_INDEX


class RecordError(ValueError):
    """A record that cannot be scored. The message is safe to log: it never contains text."""


@dataclass(frozen=True)
class Caps:
    """Size limits applied to every record; over-cap records are rejected, not truncated."""

    max_message_chars: int = 4000
    max_messages: int = 1000


DEFAULT_CAPS = Caps()


@dataclass(frozen=True)
class Message:
    """One chat message. Only ``text`` is required."""

    text: str
    sender: str = "?"
    ts: datetime | None = None
    has_image: bool | None = None
    signals: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Conversation:
    """A conversation: ordered messages plus optional label, language and metadata."""

    id: str
    messages: tuple[Message, ...]
    lang: str | None = None
    label: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)


def _parse_ts(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError("timestamp is not a string")
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RecordError("timestamp is not ISO-8601") from exc
    return ts if ts.tzinfo else ts.replace(tzinfo=timezone.utc)


def _parse_bool(value: Any, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0", ""):
        low = value.strip().lower()
        return None if low == "" else low in ("true", "1")
    raise RecordError(f"{what} is not a boolean")


def _parse_message(raw: Any, position: int, caps: Caps) -> Message:
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, Mapping):
        raise RecordError(f"message {position} is not an object")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError(f"message {position} has no text")
    if len(text) > caps.max_message_chars:
        raise RecordError(f"message {position} is longer than {caps.max_message_chars} characters")
    signals = raw.get("signals")
    if signals is not None:
        if not isinstance(signals, Sequence) or isinstance(signals, str):
            raise RecordError(f"message {position} signals is not a list")
        for name in signals:
            if name not in SIGNAL_INDEX:
                raise RecordError(f"message {position} has an unknown signal")
        signals = tuple(signals)
    sender = raw.get("sender", "?")
    return Message(
        text=text,
        sender="?" if sender is None else str(sender),
        ts=_parse_ts(raw.get("ts")),
        has_image=_parse_bool(raw.get("has_image"), f"message {position} has_image"),
        signals=signals,
    )


_KNOWN_KEYS = {"id", "lang", "label", "meta", "messages", "text"}


def parse_record(raw: Any, caps: Caps = DEFAULT_CAPS, default_id: str | None = None) -> Conversation:
    """Parse one record (taxonomy conversation or single-text row) into a :class:`Conversation`."""
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, Mapping):
        raise RecordError("record is not a JSON object")
    rid = raw.get("id", default_id)
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        raise RecordError("record has no id")
    if "messages" in raw:
        msgs = raw["messages"]
        if not isinstance(msgs, Sequence) or isinstance(msgs, str):
            raise RecordError("messages is not a list")
    elif "text" in raw:
        msgs = [{"text": raw["text"], "sender": raw.get("sender", "?")}]
    else:
        raise RecordError("record has neither messages nor text")
    if not msgs:
        raise RecordError("record has no messages")
    if len(msgs) > caps.max_messages:
        raise RecordError(f"conversation has more than {caps.max_messages} messages")
    meta = raw.get("meta") or {}
    if not isinstance(meta, Mapping):
        raise RecordError("meta is not an object")
    label = raw.get("label")
    lang = raw.get("lang")
    return Conversation(
        id=str(rid),
        messages=tuple(_parse_message(m, i, caps) for i, m in enumerate(msgs)),
        lang=str(lang) if lang else None,
        label=str(label) if label is not None else None,
        meta=dict(meta),
        extra={k: v for k, v in raw.items() if k not in _KNOWN_KEYS},
    )


def as_conversation(item: Any, position: int = 0, caps: Caps = DEFAULT_CAPS) -> Conversation:
    """Coerce a str, a mapping or a :class:`Conversation` into a :class:`Conversation`."""
    if isinstance(item, Conversation):
        return item
    return parse_record(item, caps, default_id=str(position))
