"""Measure a model honestly on labelled files: conversations, signals, early warning, groups.

Accepts taxonomy conversations and single-text rows (``{"id","lang","label","text"}`` as in
``shared/eval``); labels map onto positive/negative through
:data:`sxdetect.taxonomy.EVAL_LABEL_POSITIVE`. Everything is computed from the model's own
outputs at its shipped threshold; nothing here chooses thresholds.

Groups are ``all``, each input file, each ``source`` (the repository part of a row's ``source``
field), each language and each ``kind``. Bootstrap resamples (:mod:`training.metrics`) are drawn
within each gold label of each group and seeded from the group's name, so the same data gives
the same intervals every time, and two models compared on the same data share the resamples.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sxdetect import Detector
from sxdetect.records import Caps, Conversation, parse_record
from sxdetect.results import ConversationResult
from sxdetect.taxonomy import EVAL_LABEL_POSITIVE, EXTORTION_SIGNALS, SIGNAL_INDEX, SIGNALS

from .data import message_table, read_jsonl
from .metrics import (CI_LEVEL, HEADLINE, as_float, at_threshold, bootstrap_weights, group_seed, headline, interval,
                      wilson)

__all__ = ["CI_LEVEL", "HEADLINE", "evaluate", "evaluate_scored", "load_labelled", "score_model", "Scored"]

EVAL_CAPS = Caps(max_message_chars=100_000, max_messages=5000)
#: Thresholds of the threshold-analysis table (the shipped threshold is always added).
DEFAULT_THRESHOLDS: tuple[float, ...] = tuple(round(0.05 * k, 2) for k in range(1, 20))
#: Above this many distinct ``source`` values the per-source breakdown is skipped.
MAX_SOURCES = 50
_NONE = "(none)"


def load_labelled(path: str | Path) -> list[Conversation]:
    """Read a labelled JSONL file (taxonomy or single-text rows); unknown labels are an error."""
    convs = [parse_record(r, EVAL_CAPS, default_id=str(i)) for i, r in enumerate(read_jsonl(path), start=1)]
    for conv in convs:
        if conv.label not in EVAL_LABEL_POSITIVE:
            raise ValueError(f"{path}: record {conv.id} has unknown label {conv.label!r}")
    return convs


def is_positive(conv: Conversation) -> bool:
    """Whether a conversation's gold label says it should be flagged."""
    return EVAL_LABEL_POSITIVE[str(conv.label)]


def label_order(labels: Sequence[str]) -> list[str]:
    """Distinct gold labels, negatives first, each class alphabetical."""
    return sorted({str(x) for x in labels}, key=lambda lab: (EVAL_LABEL_POSITIVE[lab], lab))


# -- per-group figures --------------------------------------------------------------------------
def conversation_metrics(
    y: np.ndarray, risk: np.ndarray, flagged: np.ndarray, boot: dict[str, np.ndarray] | None = None
) -> dict[str, Any]:
    """Counts and headline figures; with resampled figures (``headline`` under bootstrap
    weights), their intervals under ``ci``."""
    y, flagged = np.asarray(y, dtype=bool), np.asarray(flagged, dtype=bool)
    out: dict[str, Any] = {"n": int(len(y)), "positives": int(y.sum()), "flagged": int(flagged.sum())}
    out.update({k: as_float(v) for k, v in headline(y, risk, flagged).items()})
    if boot is not None and len(y):
        out["ci"] = {k: interval(v) for k, v in boot.items()}
    return out


def label_rates(labels: Sequence[str], flagged: np.ndarray, weights: np.ndarray | None = None) -> dict[str, Any]:
    """Share flagged per gold label: the false-positive rate of a negative label, the recall of a
    positive one."""
    labels, flagged = np.asarray(labels, dtype=object), np.asarray(flagged, dtype=bool)
    out: dict[str, Any] = {}
    for label in label_order(labels):
        mask = labels == label
        k, n = int(flagged[mask].sum()), int(mask.sum())
        row: dict[str, Any] = {"n": n, "flagged": k, "rate": k / n, "positive": EVAL_LABEL_POSITIVE[label],
                               "wilson": wilson(k, n)}
        if weights is not None:
            row["ci"] = interval(weights[:, mask] @ flagged[mask].astype(weights.dtype) / n)
        out[label] = row
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}


def _labelled(convs: Sequence[Conversation], results: Sequence[ConversationResult]) -> list[tuple]:
    return [(c, r) for c, r in zip(convs, results) if all(m.signals is not None for m in c.messages)]


def signal_metrics(convs: Sequence[Conversation], results: Sequence[ConversationResult]) -> dict[str, Any]:
    """Per-signal precision/recall/F1 over the messages of conversations whose messages all
    carry gold signals (an empty list counts as "no signal"); ``{}`` when there are none."""
    labelled = _labelled(convs, results)
    if not labelled:
        return {}
    _, _, Y = message_table(c for c, _ in labelled)
    pred = np.array([[s in m.fired for s in SIGNALS] for _, r in labelled for m in r.signals], dtype=bool)
    out: dict[str, Any] = {}
    for j, name in enumerate(SIGNALS):
        y, p = Y[:, j].astype(bool), pred[:, j]
        tp, fp, fn = int(np.sum(y & p)), int(np.sum(~y & p)), int(np.sum(y & ~p))
        out[name] = {"support": int(y.sum()), "predicted": int(p.sum()), **_prf(tp, fp, fn)}
    return out


def signal_confusion(convs: Sequence[Conversation], results: Sequence[ConversationResult]) -> dict[str, Any]:
    """Gold signal (rows) against fired signal (columns) over labelled messages: each cell is the
    share of the row's messages on which the column's signal fired. ``(none)`` is a message
    without gold signals (row) or with nothing fired (column). ``{}`` when nothing is labelled."""
    labelled = _labelled(convs, results)
    if not labelled:
        return {}
    names = [*SIGNALS, _NONE]
    counts = np.zeros((len(names), len(names)))
    support = np.zeros(len(names))
    for conv, res in labelled:
        for msg, sig in zip(conv.messages, res.signals):
            cols = [SIGNAL_INDEX[s] for s in sig.fired] or [len(SIGNALS)]
            for row in [SIGNAL_INDEX[s] for s in msg.signals or ()] or [len(SIGNALS)]:
                support[row] += 1
                counts[row, cols] += 1
    share = np.divide(counts, support[:, None], out=np.zeros_like(counts), where=support[:, None] > 0)
    return {"rows": names, "columns": names, "support": support.astype(int).tolist(), "share": share.tolist()}


def signals_by_label(convs: Sequence[Conversation], results: Sequence[ConversationResult]) -> dict[str, Any]:
    """Per gold label: share of conversations on which each signal fired at least once."""
    fired: dict[str, Counter] = {}
    n: Counter = Counter()
    for conv, res in zip(convs, results):
        label = str(conv.label)
        n[label] += 1
        fired.setdefault(label, Counter()).update(res.fired)
    return {label: {"n": n[label], "rates": {s: fired[label][s] / n[label] for s in SIGNALS}} for label in label_order(n)}


def warning_anchor(conv: Conversation) -> int | None:
    """Index of the first gold ``threat_to_expose``; without one, of the first ``payment_demand``."""
    for name in EXTORTION_SIGNALS:
        for i, msg in enumerate(conv.messages):
            if name in (msg.signals or ()):
                return i
    return None


def early_warning(convs: Sequence[Conversation], results: Sequence[ConversationResult]) -> dict[str, Any]:
    """Over positive conversations that have a warning anchor: the share whose risk reached the
    threshold at or before the anchor, and the median number of messages of warning."""
    leads: list[int] = []
    total = 0
    for conv, res in zip(convs, results):
        anchor = warning_anchor(conv) if is_positive(conv) else None
        if anchor is None:
            continue
        total += 1
        first = next((i for i, r in enumerate(res.trajectory) if r >= res.threshold), None)
        if first is not None and first <= anchor:
            leads.append(anchor - first)
    return {
        "n": total,
        "in_time": len(leads),
        "rate": len(leads) / total if total else None,
        "median_messages_ahead": float(np.median(leads)) if leads else None,
    }


def threshold_table(
    y: np.ndarray, risk: np.ndarray, labels: Sequence[str], shipped: float,
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> list[dict[str, Any]]:
    """Precision, recall, false-positive rate (and FPR per negative label) at each threshold."""
    y, risk, labels = np.asarray(y, dtype=bool), np.asarray(risk), np.asarray(labels, dtype=object)
    negatives = [lab for lab in label_order(labels) if not EVAL_LABEL_POSITIVE[lab]]
    rows = []
    for t in sorted({float(t) for t in thresholds} | {float(shipped)}):
        f = risk >= t
        point = at_threshold(y, f)
        rows.append({
            "threshold": t, "shipped": t == float(shipped), "flagged": int(f.sum()),
            **{k: as_float(point[k]) for k in ("precision", "recall", "fpr")},
            "fpr_by_label": {lab: float(f[labels == lab].mean()) for lab in negatives},
        })
    return rows


# -- scoring and the whole evaluation --------------------------------------------------------
@dataclass
class Scored:
    """One model's outputs on a pooled set of labelled conversations."""

    model: dict[str, Any]
    convs: list[Conversation]
    results: list[ConversationResult]
    datasets: list[str]
    seconds: float
    entry: dict[str, Any] = field(default_factory=dict)
    y: np.ndarray = field(init=False)
    risk: np.ndarray = field(init=False)
    flagged: np.ndarray = field(init=False)
    labels: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.y = np.array([is_positive(c) for c in self.convs], dtype=bool)
        self.risk = np.array([r.risk for r in self.results], dtype=np.float64)
        self.flagged = np.array([r.flagged for r in self.results], dtype=bool)
        self.labels = np.array([str(c.label) for c in self.convs], dtype=object)


def model_info(detector: Detector) -> dict[str, Any]:
    """What a report says about a model: name, version, kind, threshold, training-data hash."""
    spec = detector.spec_
    assert spec is not None, "load the detector first"
    return {
        "name": detector.name, "version": detector.version, "kind": spec.kind,
        "threshold": detector.threshold_, "directory": str(spec.directory),
        "training_data_sha256": spec.entry.get("training", {}).get("data_sha256"),
    }


def score_model(detector: Detector, convs: Sequence[Conversation], datasets: Sequence[str]) -> Scored:
    """Score every conversation once (timed) and keep what the metrics need."""
    started = time.perf_counter()
    results = detector.score(list(convs))
    seconds = time.perf_counter() - started
    entry = detector.spec_.entry if detector.spec_ else {}
    return Scored(model_info(detector), list(convs), results, list(datasets), seconds, dict(entry))


def _source_of(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    head = value.split("#", 1)[0]
    return head.split(":", 1)[0] if ":" in head and "://" not in head else head


def _kind_of(conv: Conversation) -> str | None:
    """A row's ``kind`` (sms, chat, email in the eval files), else its ``form`` (the generator's
    ``monologue``: one speaker's single long message); None for neither."""
    for key in ("kind", "form"):
        if isinstance(conv.extra.get(key), str):
            return str(conv.extra[key])
    return None


def group_index(convs: Sequence[Conversation], datasets: Sequence[str]) -> dict[str, np.ndarray]:
    """Row indices of every group: ``all``, ``file:``, ``source:``, ``lang:``, ``kind:``."""
    keys: dict[str, dict[str, list[int]]] = {p: {} for p in ("file", "source", "lang", "kind")}
    for i, (conv, name) in enumerate(zip(convs, datasets)):
        values = {"file": name, "source": _source_of(conv.extra.get("source")), "lang": conv.lang or "?",
                  "kind": _kind_of(conv)}
        for prefix, value in values.items():
            if value is not None:
                keys[prefix].setdefault(value, []).append(i)
    if len(keys["source"]) > MAX_SOURCES:
        keys["source"] = {}
    out = {"all": np.arange(len(convs))}
    for prefix, groups in keys.items():
        out.update({f"{prefix}:{v}": np.array(idx) for v, idx in sorted(groups.items())})
    return out


def group_metrics(sc: Scored, idx: np.ndarray, weights: np.ndarray | None, boot: dict | None) -> dict[str, Any]:
    """Every figure of one group of one model (``boot``: its resampled headline figures)."""
    convs = [sc.convs[i] for i in idx]
    results = [sc.results[i] for i in idx]
    out: dict[str, Any] = {
        "conversation": conversation_metrics(sc.y[idx], sc.risk[idx], sc.flagged[idx], boot),
        "per_label": label_rates(sc.labels[idx], sc.flagged[idx], weights),
        "early_warning": early_warning(convs, results),
        "signals_by_label": signals_by_label(convs, results),
    }
    signals = signal_metrics(convs, results)
    if signals:
        out["signals"] = signals
        out["signal_confusion"] = signal_confusion(convs, results)
    return out


def _deltas(a: Scored, b: Scored, idx: np.ndarray, boots: list[dict] | None) -> dict[str, Any]:
    pa = headline(a.y[idx], a.risk[idx], a.flagged[idx])
    pb = headline(b.y[idx], b.risk[idx], b.flagged[idx])
    out = {k: {"delta": as_float(pb[k] - pa[k])} for k in HEADLINE}
    for k in HEADLINE if boots else ():
        out[k]["ci"] = interval(boots[1][k] - boots[0][k])
    return out


def evaluate_scored(
    scored: Sequence[Scored], resamples: int = 1000, seed: int = 0,
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> dict[str, Any]:
    """Figures of one or two models scored on the same conversations (same resamples for both)."""
    base = scored[0]
    for other in scored[1:]:
        if [c.id for c in other.convs] != [c.id for c in base.convs]:
            raise ValueError("models must be scored on the same conversations to be compared")
    models = [{**sc.model, "score_seconds": round(sc.seconds, 3),
               "conversations_per_second": round(len(sc.convs) / sc.seconds, 1) if sc.seconds else None,
               "groups": {}, "threshold_table": {}} for sc in scored]
    comparison: dict[str, Any] = {}
    for key, idx in group_index(base.convs, base.datasets).items():
        weights = bootstrap_weights(base.labels[idx], resamples, group_seed(seed, key)) if resamples else None
        boots = [headline(sc.y[idx], sc.risk[idx], sc.flagged[idx], weights) for sc in scored] if resamples else None
        for i, (sc, out) in enumerate(zip(scored, models)):
            out["groups"][key] = group_metrics(sc, idx, weights, boots[i] if boots else None)
            if key == "all" or key.startswith("file:"):
                out["threshold_table"][key] = threshold_table(
                    sc.y[idx], sc.risk[idx], sc.labels[idx], sc.model["threshold"], thresholds)
        if len(scored) == 2:
            comparison[key] = _deltas(scored[0], scored[1], idx, boots)
    out: dict[str, Any] = {"models": models}
    if comparison:
        out["comparison"] = {"baseline": scored[0].model["name"], "candidate": scored[1].model["name"],
                             "groups": comparison}
    return out


def evaluate(detector: Detector, convs: Sequence[Conversation], resamples: int = 0, seed: int = 0) -> dict[str, Any]:
    """All metrics of one dataset: overall (``conversation``, ``signals``, ``early_warning``,
    ``flag_rate_per_label``), ``per_language``, and every group under ``groups``."""
    sc = score_model(detector, convs, ["data"] * len(convs))
    groups = evaluate_scored([sc], resamples, seed)["models"][0]["groups"]
    overall = groups["all"]
    return {
        "conversation": overall["conversation"],
        "per_language": {k.split(":", 1)[1]: g["conversation"] for k, g in groups.items() if k.startswith("lang:")},
        "flag_rate_per_label": {k: v["rate"] for k, v in overall["per_label"].items()},
        "signals": overall.get("signals", {}),
        "early_warning": overall["early_warning"],
        "threshold": detector.threshold_,
        "groups": groups,
    }
