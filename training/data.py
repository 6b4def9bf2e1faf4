"""Training data: JSONL reading and writing, message tables, prefix labels and data hashes.

Records are parsed with :func:`sxdetect.records.parse_record`, the same parser inference uses,
so training and serving read conversations identically.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from sxdetect.records import Caps, Conversation, parse_record
from sxdetect.taxonomy import EXTORTION_SIGNALS, LABEL_INDEX, SIGNAL_INDEX, SIGNALS

#: Generous caps for training data (the generator writes long conversations on purpose).
TRAIN_CAPS = Caps(max_message_chars=20000, max_messages=5000)
_GROOMING_EVIDENCE = frozenset({"new_contact", "trust_building", "platform_move", "image_exchange"})


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSONL file, skipping blank lines."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def write_jsonl(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write records as JSONL; return how many were written."""
    n = 0
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with Path(path).open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def to_conversations(records: Iterable[dict[str, Any]]) -> list[Conversation]:
    """Parse labelled records; every label must be a taxonomy label."""
    convs = [parse_record(r, TRAIN_CAPS) for r in records]
    for conv in convs:
        if conv.label not in LABEL_INDEX:
            raise ValueError(f"record {conv.id}: label {conv.label!r} is not a taxonomy label")
    return convs


def records_hash(records: Iterable[dict[str, Any]]) -> str:
    """sha256 over the canonical JSON of records, in order: the training-data fingerprint."""
    digest = hashlib.sha256()
    for rec in records:
        digest.update(json.dumps(rec, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def message_table(convs: Iterable[Conversation]) -> tuple[list[str], list[str | None], np.ndarray]:
    """Flatten conversations to (texts, previous texts, gold signal matrix ``[n, 8]``)."""
    texts: list[str] = []
    previous: list[str | None] = []
    rows: list[np.ndarray] = []
    for conv in convs:
        prev: str | None = None
        for msg in conv.messages:
            y = np.zeros(len(SIGNALS), dtype=np.int8)
            for name in msg.signals or ():
                y[SIGNAL_INDEX[name]] = 1
            texts.append(msg.text)
            previous.append(prev)
            rows.append(y)
            prev = msg.text
    matrix = np.stack(rows) if rows else np.zeros((0, len(SIGNALS)), dtype=np.int8)
    return texts, previous, matrix


def prefix_labels(conv: Conversation) -> list[int]:
    """Label index of every prefix: what the evidence so far says the conversation is.

    Benign conversations stay benign. A harmful conversation becomes ``grooming`` once a
    grooming signal has appeared, and a sextortion conversation becomes ``sextortion`` once a
    threat or demand has appeared; before that, its prefix looks benign.
    """
    out: list[int] = []
    seen: set[str] = set()
    for msg in conv.messages:
        seen.update(msg.signals or ())
        if conv.label == "benign":
            out.append(LABEL_INDEX["benign"])
        elif conv.label == "sextortion" and seen & set(EXTORTION_SIGNALS):
            out.append(LABEL_INDEX["sextortion"])
        elif seen & (_GROOMING_EVIDENCE | set(EXTORTION_SIGNALS)):
            out.append(LABEL_INDEX["grooming"])
        else:
            out.append(LABEL_INDEX["benign"])
    return out


def first_extortion_index(conv: Conversation) -> int | None:
    """Index of the first message with a gold threat or demand (None if there is none)."""
    for i, msg in enumerate(conv.messages):
        if set(msg.signals or ()) & set(EXTORTION_SIGNALS):
            return i
    return None
