"""From message-signal probabilities and metadata to conversation risk, stage and evidence.

``conversation_features`` describes every prefix of a conversation (after message 1, 2, ... n)
by what has been seen so far: the strongest evidence of each signal, how often it fired, the
combinations that make the pattern (threat with demand, contact with trust...), whether a threat
and the target's distress come from different people, and metadata (first contact, account
age, images, pace) with explicit "unknown" flags so text alone works. A learned model (ONNX,
trained by ``training/``) maps each row to label probabilities, giving the live ``trajectory``
for free. ``summarize`` turns those numbers into the result a moderator reads.
"""

from __future__ import annotations

import math

import numpy as np

from .records import Conversation
from .results import ConversationResult, MessageSignals, reason_for
from .taxonomy import LABEL_INDEX, LABELS, SIGNAL_INDEX, SIGNALS, STAGES, stage_from_signals


_COMBOS: tuple[tuple[str, str], ...] = (
    ("threat_to_expose", "payment_demand"),
    ("threat_to_expose", "deadline"),
    ("payment_demand", "deadline"),
    ("threat_to_expose", "image_exchange"),
    ("image_exchange", "trust_building"),
    ("new_contact", "trust_building"),
    ("new_contact", "platform_move"),
    ("platform_move", "image_exchange"),
    ("victim_distress", "threat_to_expose"),
    ("victim_distress", "payment_demand"),
)
_META = (
    "first_contact", "first_contact_known", "account_new", "account_age_known",
    "image_seen", "has_image_known", "elapsed_hours", "ts_known",
)

_ALL_NAMES: tuple[str, ...] = (
    tuple(f"max_{s}" for s in SIGNALS)
    + tuple(f"count_{s}" for s in SIGNALS)
    + tuple(f"{a}*{b}" for a, b in _COMBOS)
    + ("cross_sender_extortion", "one_sender", "n_messages")
    + _META
)
#: Column names of each feature version a model may be trained on. ``agg-v2`` drops
#: ``one_sender``: models on ``agg-v1`` learned from one-sided scripts that a conversation nobody
#: has answered yet is the more suspicious one, so the target's reply ("please dont") lowered the
#: risk of a clear extortion. Models on either version load; new models are trained on the latest.
FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "agg-v1": _ALL_NAMES,
    "agg-v2": tuple(name for name in _ALL_NAMES if name != "one_sender"),
}
FEATURE_VERSION = "agg-v2"
#: Column names of :func:`conversation_features` for :data:`FEATURE_VERSION`, in order.
FEATURE_NAMES: tuple[str, ...] = FEATURE_SETS[FEATURE_VERSION]
_COLUMNS = {version: np.array([_ALL_NAMES.index(n) for n in names]) for version, names in FEATURE_SETS.items()}

#: Risk is the probability that the conversation is harmful: grooming or sextortion.
RISK_LABELS: tuple[str, ...] = ("grooming", "sextortion")


def _cross_sender(probs: np.ndarray, senders: list[str]) -> np.ndarray:
    extortion = np.maximum(probs[:, SIGNAL_INDEX["threat_to_expose"]], probs[:, SIGNAL_INDEX["payment_demand"]])
    distress = probs[:, SIGNAL_INDEX["victim_distress"]]
    sender_arr = np.array(senders, dtype=object)
    best = np.zeros(len(senders), dtype=np.float32)
    for who in set(senders):
        mine = sender_arr == who
        ext = np.maximum.accumulate(np.where(mine, extortion, 0.0))
        other = np.maximum.accumulate(np.where(~mine, distress, 0.0))
        best = np.maximum(best, ext * other)
    return best


def _meta_columns(conv: Conversation) -> np.ndarray:
    n = len(conv.messages)
    cols = np.zeros((n, len(_META)), dtype=np.float32)
    first = conv.meta.get("first_contact")
    if isinstance(first, bool):
        cols[:, 0], cols[:, 1] = float(first), 1.0
    age = conv.meta.get("sender_account_age_days")
    if isinstance(age, (int, float)) and not isinstance(age, bool) and age >= 0:
        cols[:, 2], cols[:, 3] = math.exp(-float(age) / 30.0), 1.0
    images = [m.has_image for m in conv.messages]
    if any(v is not None for v in images):
        cols[:, 4] = np.maximum.accumulate(np.array([bool(v) for v in images], dtype=np.float32))
        cols[:, 5] = 1.0
    stamps = [m.ts for m in conv.messages]
    if all(t is not None for t in stamps):
        start = stamps[0]
        hours = [max((t - start).total_seconds(), 0.0) / 3600.0 for t in stamps]  # type: ignore[operator]
        cols[:, 6] = np.log1p(np.array(hours, dtype=np.float32)) / math.log(1000.0)
        cols[:, 7] = 1.0
    return cols


def conversation_features(probs: np.ndarray, conv: Conversation, version: str = FEATURE_VERSION) -> np.ndarray:
    """Feature rows ``[n_messages, len(FEATURE_SETS[version])]``: row ``t`` describes messages
    ``0..t`` (columns of feature ``version``, by default the latest)."""
    if version not in FEATURE_SETS:
        raise ValueError(f"unknown aggregator feature version {version!r} (known: {sorted(FEATURE_SETS)})")
    n = len(conv.messages)
    if probs.shape != (n, len(SIGNALS)):
        raise ValueError(f"expected probabilities of shape ({n}, {len(SIGNALS)}), got {probs.shape}")
    probs = probs.astype(np.float32, copy=False)
    running_max = np.maximum.accumulate(probs, axis=0)
    counts = np.minimum(np.cumsum(probs >= 0.5, axis=0), 3).astype(np.float32) / 3.0
    combos = np.stack(
        [running_max[:, SIGNAL_INDEX[a]] * running_max[:, SIGNAL_INDEX[b]] for a, b in _COMBOS], axis=1
    )
    senders = [m.sender for m in conv.messages]
    one_sender = (np.cumsum([s != senders[0] for s in senders]) == 0).astype(np.float32)
    length = np.log1p(np.arange(1, n + 1, dtype=np.float32)) / math.log(200.0)
    extra = np.stack([_cross_sender(probs, senders), one_sender, length], axis=1)
    full = np.concatenate([running_max, counts, combos, extra, _meta_columns(conv)], axis=1)
    return full[:, _COLUMNS[version]]


def risk_from_label_proba(label_proba: np.ndarray) -> np.ndarray:
    """Risk = probability mass on the harmful labels (grooming + sextortion)."""
    return label_proba[..., [LABEL_INDEX[name] for name in RISK_LABELS]].sum(axis=-1)


def _evidence(trajectory: np.ndarray, fired_max: np.ndarray, limit: int = 3) -> list[int]:
    deltas = np.diff(np.concatenate([[0.0], trajectory]))
    chosen = [int(i) for i in np.argsort(-deltas, kind="stable") if deltas[i] > 0.02][:limit]
    if not chosen:
        chosen = [int(i) for i in np.argsort(-fired_max, kind="stable") if fired_max[i] > 0][:limit]
    return sorted(chosen)


def summarize(
    conv: Conversation,
    probs: np.ndarray,
    label_proba: np.ndarray,
    signal_thresholds: np.ndarray,
    threshold: float,
    model: str,
    model_version: str,
) -> ConversationResult:
    """Build the result of one conversation from its signal and per-prefix label probabilities."""
    trajectory = risk_from_label_proba(label_proba)
    final = label_proba[-1]
    fired_mask = probs >= signal_thresholds
    messages = [
        MessageSignals(
            index=i,
            probabilities={s: float(probs[i, j]) for j, s in enumerate(SIGNALS)},
            fired=[s for j, s in enumerate(SIGNALS) if fired_mask[i, j]],
        )
        for i in range(len(conv.messages))
    ]
    fired = [s for j, s in enumerate(SIGNALS) if fired_mask[:, j].any()]
    fired_max = np.where(fired_mask, probs, 0.0).max(axis=1)
    risk = float(trajectory[-1])
    label = LABELS[int(np.argmax(final))]
    flagged = risk >= threshold
    # The stage places a harmful conversation on the pattern; a benign, unflagged one is at
    # stage "none" even when single signals fired (a work deadline, a sibling's joke).
    stage = stage_from_signals(fired) if flagged or label != "benign" else STAGES[0]
    return ConversationResult(
        id=conv.id,
        risk=risk,
        label=label,
        label_probabilities={name: float(final[i]) for i, name in enumerate(LABELS)},
        stage=stage,
        flagged=flagged,
        threshold=threshold,
        signals=messages,
        fired=fired,
        trajectory=[float(r) for r in trajectory],
        evidence=_evidence(trajectory, fired_max),
        reason=reason_for(fired),
        model=model,
        model_version=model_version,
    )
