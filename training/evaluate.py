"""Measure a model honestly on labelled files: conversations, signals, early warning, languages.

Accepts taxonomy conversations and single-text rows (``{"id","lang","label","text"}`` as in
``shared/eval``); labels map onto positive/negative through
:data:`sxdetect.taxonomy.EVAL_LABEL_POSITIVE`. Everything is computed from the model's own
outputs at its shipped threshold; nothing here chooses thresholds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

from sxdetect import Detector
from sxdetect.records import Caps, Conversation, parse_record
from sxdetect.results import ConversationResult
from sxdetect.taxonomy import EVAL_LABEL_POSITIVE, SIGNALS

from .data import first_extortion_index, message_table, read_jsonl

EVAL_CAPS = Caps(max_message_chars=100_000, max_messages=5000)


def load_labelled(path: str | Path) -> list[Conversation]:
    """Read a labelled JSONL file (taxonomy or single-text rows); unknown labels are an error."""
    convs = [parse_record(r, EVAL_CAPS) for r in read_jsonl(path)]
    for conv in convs:
        if conv.label not in EVAL_LABEL_POSITIVE:
            raise ValueError(f"{path}: record {conv.id} has unknown label {conv.label!r}")
    return convs


def is_positive(conv: Conversation) -> bool:
    return EVAL_LABEL_POSITIVE[str(conv.label)]


def _safe(fn: Any, y: np.ndarray, s: np.ndarray) -> float | None:
    return float(fn(y, s)) if 0 < y.sum() < len(y) else None


def conversation_metrics(y: np.ndarray, risk: np.ndarray, flagged: np.ndarray) -> dict[str, Any]:
    """AUPRC, ROC AUC, and precision / recall / false-positive rate at the threshold."""
    tp = int(np.sum(flagged & y))
    fp = int(np.sum(flagged & ~y))
    return {
        "n": int(len(y)),
        "positives": int(y.sum()),
        "auprc": _safe(average_precision_score, y, risk),
        "roc_auc": _safe(roc_auc_score, y, risk),
        "precision": tp / int(flagged.sum()) if flagged.sum() else None,
        "recall": tp / int(y.sum()) if y.sum() else None,
        "fpr": fp / int((~y).sum()) if (~y).sum() else None,
        "flagged": int(flagged.sum()),
    }


def signal_metrics(convs: Sequence[Conversation], results: Sequence[ConversationResult]) -> dict[str, Any]:
    """Per-signal precision/recall/F1 over messages that carry gold signals."""
    labelled = [(c, r) for c, r in zip(convs, results) if all(m.signals is not None for m in c.messages)]
    if not labelled:
        return {}
    _, _, Y = message_table(c for c, _ in labelled)
    pred = np.array([[s in m.fired for s in SIGNALS] for _, r in labelled for m in r.signals], dtype=bool)
    out: dict[str, Any] = {}
    for j, name in enumerate(SIGNALS):
        y, p = Y[:, j].astype(bool), pred[:, j]
        tp, fp, fn = int(np.sum(y & p)), int(np.sum(~y & p)), int(np.sum(y & ~p))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[name] = {
            "support": int(y.sum()),
            "precision": prec,
            "recall": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        }
    return out


def early_warning(convs: Sequence[Conversation], results: Sequence[ConversationResult]) -> dict[str, Any]:
    """Share of sextortion conversations flagged at or before the first gold threat/demand,
    and the median number of messages of warning before it."""
    leads: list[int] = []
    total = 0
    for conv, res in zip(convs, results):
        first = first_extortion_index(conv) if conv.label == "sextortion" else None
        if first is None:
            continue
        total += 1
        above = [i for i, r in enumerate(res.trajectory) if r >= res.threshold]
        if above and above[0] <= first:
            leads.append(first - above[0])
    return {
        "n": total,
        "rate": len(leads) / total if total else None,
        "median_messages_ahead": float(np.median(leads)) if leads else None,
    }


def evaluate(detector: Detector, convs: Sequence[Conversation]) -> dict[str, Any]:
    """All metrics of one dataset, overall and per language and per label."""
    results = detector.score(convs)
    y = np.array([is_positive(c) for c in convs], dtype=bool)
    risk = np.array([r.risk for r in results])
    flagged = np.array([r.flagged for r in results], dtype=bool)
    by_lang: dict[str, list[int]] = defaultdict(list)
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, conv in enumerate(convs):
        by_lang[conv.lang or "?"].append(i)
        by_label[str(conv.label)].append(i)
    return {
        "conversation": conversation_metrics(y, risk, flagged),
        "per_language": {k: conversation_metrics(y[v], risk[v], flagged[v]) for k, v in sorted(by_lang.items())},
        "flag_rate_per_label": {k: float(flagged[v].mean()) for k, v in sorted(by_label.items())},
        "signals": signal_metrics(convs, results),
        "early_warning": early_warning(convs, results),
        "threshold": detector.threshold_,
    }
