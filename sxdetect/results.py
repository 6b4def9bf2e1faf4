"""Result objects returned by :class:`sxdetect.Detector` and their JSON form.

The JSON form (``to_dict``) is the contract of ``sxdetect score`` output and the HTTP service:
``id, risk, label, stage, flagged, threshold, signals, trajectory, evidence`` plus the label
probabilities, the signals that fired, a one-line reason and the model that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .taxonomy import SIGNAL_PHRASES

_ROUND = 4


@dataclass
class MessageSignals:
    """Signal probabilities of one message and the signals above their thresholds."""

    index: int
    probabilities: dict[str, float]
    fired: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "fired": list(self.fired),
            "probabilities": {k: round(v, _ROUND) for k, v in self.probabilities.items()},
        }


@dataclass
class ConversationResult:
    """Everything sxdetect says about one conversation."""

    id: str
    risk: float
    label: str
    label_probabilities: dict[str, float]
    stage: str
    flagged: bool
    threshold: float
    signals: list[MessageSignals]
    fired: list[str]
    trajectory: list[float]
    evidence: list[int]
    reason: str
    model: str
    model_version: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "risk": round(self.risk, _ROUND),
            "label": self.label,
            "label_probabilities": {k: round(v, _ROUND) for k, v in self.label_probabilities.items()},
            "stage": self.stage,
            "flagged": self.flagged,
            "threshold": self.threshold,
            "fired": list(self.fired),
            "reason": self.reason,
            "evidence": list(self.evidence),
            "trajectory": [round(r, _ROUND) for r in self.trajectory],
            "signals": [m.to_dict() for m in self.signals],
            "model": self.model,
            "model_version": self.model_version,
        }
        out.update(self.extra)
        return out


def reason_for(fired: list[str]) -> str:
    """A one-line, human-readable account of the fired signals, most serious first."""
    if not fired:
        return "no warning signals"
    order = (
        "threat_to_expose", "payment_demand", "deadline", "image_exchange",
        "platform_move", "trust_building", "new_contact", "victim_distress",
    )
    present = [s for s in order if s in fired]
    lead = [SIGNAL_PHRASES[s] for s in present if s not in ("new_contact", "victim_distress")]
    text = " + ".join(lead) if lead else ""
    if "new_contact" in present:
        text = f"{text} after first contact from a stranger" if text else SIGNAL_PHRASES["new_contact"]
    if "victim_distress" in present:
        text = f"{text}; {SIGNAL_PHRASES['victim_distress']}" if text else SIGNAL_PHRASES["victim_distress"]
    return text

