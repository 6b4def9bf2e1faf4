"""The sextortion-pattern taxonomy as code: the only place signals, labels and stages are named.

Mirrors ``shared/spec/taxonomy.md`` (v1). Every other module (generator, models, aggregator,
CLI, service, evaluation) imports these names instead of writing the strings itself.
"""

from __future__ import annotations

TAXONOMY_VERSION = "1"

#: Message-level signals (multi-label). The order is the column order of every signal matrix.
SIGNALS: tuple[str, ...] = (
    "new_contact",
    "trust_building",
    "platform_move",
    "image_exchange",
    "threat_to_expose",
    "deadline",
    "payment_demand",
    "victim_distress",
)

#: Conversation labels. The order is the column order of ``Detector.predict_proba``.
LABELS: tuple[str, ...] = ("benign", "grooming", "sextortion")

#: Conversation stages, from least to most advanced.
STAGES: tuple[str, ...] = ("none", "contact", "grooming", "image_exchange", "extortion")

#: Which signals put a conversation at which stage (the furthest one reached wins).
STAGE_OF_SIGNAL: dict[str, str] = {
    "new_contact": "contact",
    "trust_building": "grooming",
    "platform_move": "grooming",
    "image_exchange": "image_exchange",
    "threat_to_expose": "extortion",
    "payment_demand": "extortion",
}

#: Signals whose first appearance marks the start of extortion (early warning is counted
#: in messages before the first of these).
EXTORTION_SIGNALS: tuple[str, ...] = ("threat_to_expose", "payment_demand")

#: Plain-language phrases for the one-line reason shown to moderators.
SIGNAL_PHRASES: dict[str, str] = {
    "new_contact": "first contact from a stranger",
    "trust_building": "flattery or secrecy",
    "platform_move": "move to another app",
    "image_exchange": "request for private pictures",
    "threat_to_expose": "threat to expose",
    "deadline": "deadline",
    "payment_demand": "payment demand",
    "victim_distress": "target in distress",
}

#: Labels found in evaluation files and how they map onto "should be flagged" (positive).
#: ``shared/eval/README.md`` explains them; taxonomy labels map onto themselves.
EVAL_LABEL_POSITIVE: dict[str, bool] = {
    "benign": False,
    "hard_negative": False,
    "scam_other": False,
    "victim_help": False,
    "grooming": True,
    "sextortion": True,
    "extortion": True,
}

SIGNAL_INDEX: dict[str, int] = {name: i for i, name in enumerate(SIGNALS)}
LABEL_INDEX: dict[str, int] = {name: i for i, name in enumerate(LABELS)}
STAGE_INDEX: dict[str, int] = {name: i for i, name in enumerate(STAGES)}


def stage_from_signals(fired: set[str] | frozenset[str] | list[str] | tuple[str, ...]) -> str:
    """Return the furthest stage that a set of fired signals supports."""
    best = 0
    for name in fired:
        stage = STAGE_OF_SIGNAL.get(name)
        if stage is not None:
            best = max(best, STAGE_INDEX[stage])
    return STAGES[best]


def check_signals(names: list[str] | tuple[str, ...]) -> list[str]:
    """Validate signal names, returning them; raise ``ValueError`` naming the unknown one."""
    for name in names:
        if name not in SIGNAL_INDEX:
            raise ValueError(f"unknown signal {name!r}; expected one of {', '.join(SIGNALS)}")
    return list(names)


def check_label(name: str) -> str:
    """Validate a conversation label, returning it."""
    if name not in LABEL_INDEX:
        raise ValueError(f"unknown label {name!r}; expected one of {', '.join(LABELS)}")
    return name
