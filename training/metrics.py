"""Metric primitives of the evaluation: ranking metrics, rates, intervals and resampling.

Plain numpy. Every figure takes optional bootstrap *weights* (``[B, n]`` resample counts): no
weights give the point value, weights give one value per resample, so intervals and paired
comparisons come from the same code as the figures themselves.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np

#: Confidence level of every interval.
CI_LEVEL = 0.95
#: The conversation figures that get intervals (and deltas in comparison mode).
HEADLINE = ("auprc", "roc_auc", "precision", "recall", "fpr")


def _ranked(y: Any, score: Any, w: Any = None) -> tuple[np.ndarray, ...]:
    """Cumulative weighted true and false positives at each distinct score (highest first),
    and the total positive and negative weights."""
    y, score = np.asarray(y, dtype=bool), np.asarray(score, dtype=np.float64)
    w = np.ones(len(y)) if w is None else np.asarray(w)
    if not len(y):
        zero = np.zeros(w.shape[:-1] + (1,))
        return zero, zero, zero[..., 0], zero[..., 0]
    order = np.argsort(-score, kind="mergesort")
    ends = np.append(np.flatnonzero(np.diff(score[order])), len(score) - 1)
    wo, yo = w[..., order], y[order]
    tp, fp = np.cumsum(wo * yo, axis=-1)[..., ends], np.cumsum(wo * ~yo, axis=-1)[..., ends]
    return tp, fp, tp[..., -1], fp[..., -1]


def ranking(y: Any, score: Any, w: Any = None) -> tuple[np.ndarray, np.ndarray]:
    """AUPRC and ROC AUC from one ranking (NaN without both classes).

    AUPRC is step-wise average precision: the sum over distinct scores of the recall gained
    there times the precision there. ROC AUC is the trapezoid area, so tied scores count one half.
    """
    tp, fp, P, N = _ranked(y, score, w)
    with np.errstate(divide="ignore", invalid="ignore"):
        tpr, fpr = tp / P[..., None], fp / N[..., None]
        ap = np.nansum(np.diff(tpr, axis=-1, prepend=0.0) * tp / (tp + fp), axis=-1)
        tpr0 = np.concatenate([np.zeros_like(tpr[..., :1]), tpr], axis=-1)
        auc = np.sum(np.diff(fpr, axis=-1, prepend=0.0) * (tpr0[..., 1:] + tpr0[..., :-1]) / 2.0, axis=-1)
    both = (P > 0) & (N > 0)
    return np.where(both, ap, np.nan), np.where(both, auc, np.nan)


def average_precision(y: Any, score: Any, w: Any = None) -> np.ndarray:
    """Area under the precision-recall curve (step-wise average precision)."""
    return ranking(y, score, w)[0]


def roc_auc(y: Any, score: Any, w: Any = None) -> np.ndarray:
    """Area under the ROC curve (ties count one half)."""
    return ranking(y, score, w)[1]


def pr_curve(y: Any, score: Any) -> tuple[np.ndarray, np.ndarray]:
    """Precision and recall at each distinct score, highest first (for plots)."""
    tp, fp, P, _ = _ranked(y, score)
    return tp / np.maximum(tp + fp, 1.0), tp / max(float(P), 1.0)


def div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a / b``, NaN where ``b`` is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1), np.nan)


def headline(y: np.ndarray, risk: np.ndarray, flagged: np.ndarray, w: np.ndarray | None = None) -> dict[str, Any]:
    """AUPRC, ROC AUC and precision / recall / false-positive rate of ``flagged``: scalars
    without weights, one value per resample with ``[B, n]`` weights."""
    auprc, auc = ranking(y, risk, w)
    return {"auprc": auprc, "roc_auc": auc, **at_threshold(y, flagged, w)}


def at_threshold(y: Any, flagged: Any, w: Any = None) -> dict[str, Any]:
    """Precision, recall and false-positive rate of a flag (NaN where undefined)."""
    y, f = np.asarray(y, dtype=bool), np.asarray(flagged, dtype=bool)
    ww = np.ones(len(y)) if w is None else np.asarray(w)
    tp, fp = ww @ (f & y).astype(ww.dtype), ww @ (f & ~y).astype(ww.dtype)
    return {"precision": div(tp, tp + fp), "recall": div(tp, ww @ y.astype(ww.dtype)),
            "fpr": div(fp, ww @ (~y).astype(ww.dtype))}


def as_float(x: Any) -> float | None:
    """A plain float for JSON, None for NaN."""
    x = float(x)
    return None if np.isnan(x) else x


def interval(values: np.ndarray) -> list[float] | None:
    """Percentile interval at :data:`CI_LEVEL` of resampled values (NaN resamples dropped)."""
    values = np.asarray(values, dtype=np.float64)
    values = values[~np.isnan(values)]
    if not len(values):
        return None
    tail = (1.0 - CI_LEVEL) / 2.0 * 100.0
    lo, hi = np.percentile(values, [tail, 100.0 - tail])
    return [float(lo), float(hi)]


def wilson(k: int, n: int, z: float = 1.959964) -> list[float] | None:
    """Wilson score interval of ``k`` successes in ``n`` (informative where the bootstrap is
    degenerate, e.g. nothing flagged). ``z`` is the normal quantile of :data:`CI_LEVEL`."""
    if n == 0:
        return None
    p, z2 = k / n, z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return [float(max(0.0, centre - half)), float(min(1.0, centre + half))]


def bootstrap_weights(labels: Sequence[str], resamples: int, seed: int) -> np.ndarray:
    """Resample counts ``[resamples, n]``, drawn with replacement within each gold label
    (float32: counts stay exact, and the resampled sums are half the memory traffic)."""
    labels = np.asarray(labels, dtype=object)
    rng = np.random.default_rng(seed)
    out = np.zeros((resamples, len(labels)), dtype=np.float32)
    for label in sorted(set(labels.tolist())):
        idx = np.flatnonzero(labels == label)
        k = len(idx)
        draws = rng.integers(0, k, size=(resamples, k)) + (np.arange(resamples) * k)[:, None]
        out[:, idx] = np.bincount(draws.ravel(), minlength=resamples * k).reshape(resamples, k)
    return out


def group_seed(seed: int, key: str) -> int:
    """A stable per-group seed (independent of Python's hash randomisation)."""
    return (int(seed) * 1_000_003 + zlib.crc32(key.encode("utf-8"))) % (2**32)
