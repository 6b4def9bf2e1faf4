"""The generated workload every contender scores: chat messages in the 8 project languages.

Messages come from :func:`training.synth.generate.generate` (realistic chat lengths, obfuscation,
the label mix of the generator), in the languages of :data:`LANGS` whose lexicons exist
(:func:`languages` says which: the table header records them). The message-level unit is what
the engines score: a message with the previous message of its conversation as context. The
conversation-level unit is a whole conversation; :func:`conversations` can make the traffic
benign-heavy (``benign_share``), as a platform's is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

LANGS: tuple[str, ...] = ("en", "de", "fr", "nl", "es", "it", "pt", "pl")


def languages(requested: Sequence[str] = LANGS) -> list[str]:
    """The requested languages that have a complete lexicon (the generator's own rule)."""
    from training.synth.lexicon import complete_langs

    have = set(complete_langs())
    return [lang for lang in requested if lang in have]


def conversations(n: int, seed: int, langs: Sequence[str], benign_share: float | None = None) -> list[dict[str, Any]]:
    """``n`` generated conversations (taxonomy records). ``benign_share``: e.g. 0.98 for benign-heavy
    traffic, the rest split evenly between grooming and sextortion; None keeps the generator's mix."""
    from training.synth.generate import generate

    mix = None
    if benign_share is not None:
        rest = (1.0 - benign_share) / 2
        mix = {"benign": benign_share, "grooming": rest, "sextortion": rest}
    return list(generate(n, seed=seed, langs=list(langs), label_mix=mix, id_prefix="bench"))


def message_pairs(records: Sequence[dict[str, Any]], n: int) -> tuple[list[str], list[str | None]]:
    """The first ``n`` messages of ``records`` in conversation order, each with its previous message."""
    texts: list[str] = []
    previous: list[str | None] = []
    for rec in records:
        prev = None
        for msg in rec["messages"]:
            texts.append(msg["text"])
            previous.append(prev)
            prev = msg["text"]
            if len(texts) >= n:
                return texts, previous
    return texts, previous


def messages(n: int, seed: int, langs: Sequence[str]) -> tuple[list[str], list[str | None]]:
    """``n`` (message, previous message) pairs from freshly generated conversations."""
    records: list[dict[str, Any]] = []
    texts: list[str] = []
    chunk = max(8, n // 6)
    while len(texts) < n:
        records += conversations(chunk, seed=seed * 1000 + len(records), langs=langs)
        texts, previous = message_pairs(records, n)
    return message_pairs(records, n)


def strip_labels(record: dict[str, Any]) -> dict[str, Any]:
    """What a platform would send: no labels, families, template ids or signal annotations."""
    msgs = [{k: v for k, v in m.items() if k in ("sender", "text", "ts", "has_image")} for m in record["messages"]]
    return {"id": record["id"], "lang": record.get("lang"), "meta": record.get("meta") or {}, "messages": msgs}


def write_json(obj: Any, path: Path) -> Path:
    """Write a workload file for the contender processes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return path


def describe(texts: Sequence[str]) -> dict[str, float]:
    """Characters per message: median, p95 and max (the table header quotes them)."""
    import numpy as np

    lengths = np.array([len(t) for t in texts]) if texts else np.zeros(1)
    return {"n": len(texts), "median_chars": float(np.median(lengths)),
            "p95_chars": float(np.percentile(lengths, 95)), "max_chars": float(lengths.max())}
