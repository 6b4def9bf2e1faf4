"""Threshold choice on the validation split (never on test, never on ../shared/eval).

Validation is split by conversation into a *fit* half (the conversation model learns there) and
a *threshold* half. On the threshold half, signal thresholds maximise each signal's F1, and the
conversation threshold is the highest risk cut that still keeps recall of sextortion
conversations at or above a stated target, so a platform knows what the default promises.
"""

from __future__ import annotations

import hashlib

import numpy as np

from sxdetect.taxonomy import SIGNALS

_GRID = np.round(np.arange(0.05, 0.96, 0.01), 2)


def best_f1_threshold(y_true: np.ndarray, proba: np.ndarray) -> tuple[float, float]:
    """Threshold in 0.05..0.95 maximising F1, and that F1 (0.5 when the signal is absent)."""
    if y_true.sum() == 0:
        return 0.5, 0.0
    best_t, best_f1 = 0.5, -1.0
    for t in _GRID:
        pred = proba >= t
        tp = float(np.sum(pred & (y_true == 1)))
        denom = float(pred.sum() + y_true.sum())
        f1 = 2 * tp / denom if denom else 0.0
        if f1 > best_f1 + 1e-12:
            best_t, best_f1 = float(t), f1
    return best_t, best_f1


def signal_thresholds(Y: np.ndarray, P: np.ndarray) -> dict[str, float]:
    """Per-signal F1-optimal thresholds, keyed by taxonomy signal name."""
    return {name: best_f1_threshold(Y[:, j], P[:, j])[0] for j, name in enumerate(SIGNALS)}


def recall_threshold(positive: np.ndarray, risk: np.ndarray, target: float) -> float:
    """Highest threshold whose recall on ``positive`` rows is at least ``target``."""
    scores = np.sort(risk[positive.astype(bool)])
    if scores.size == 0:
        return 0.5
    # keep at least ceil(target * n) positives at or above the cut
    keep = int(np.ceil(target * scores.size))
    cut = float(scores[scores.size - keep])
    return float(np.floor(cut * 1e4) / 1e4)


def fit_half(ids: list[str], salt: str = "fit") -> np.ndarray:
    """Deterministic half of the validation conversations (by id hash) that fits the
    conversation model; the other half chooses thresholds."""
    return np.array([hashlib.sha256(f"{salt}:{i}".encode()).digest()[0] < 128 for i in ids], dtype=bool)
