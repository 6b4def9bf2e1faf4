"""Data types of the conversation scripts: slots, steps, families, metadata profiles, gaps.

See :mod:`.scripts` for the slot inventory and the families built from these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES: tuple[str, ...] = ("P", "T")


@dataclass(frozen=True)
class Slot:
    """A communicative move; every phrasing carries ``signals``; ``has_image`` marks an attachment."""

    name: str
    signals: tuple[str, ...]
    has_image: bool
    doc: str


#: Gap profiles: (low, high) seconds before a step's first message, drawn log-uniformly.
GAPS: dict[str, tuple[float, float]] = {
    "burst": (2, 25), "reply": (12, 300), "quick": (20, 240), "minutes": (120, 1800),
    "later": (1800, 6 * 3600), "hours": (2 * 3600, 14 * 3600), "days": (20 * 3600, 5 * 86400),
}


@dataclass(frozen=True)
class Step:
    role: str
    slots: tuple[str, ...]
    p: float = 1.0
    rep: tuple[int, int] = (1, 1)
    gap: str = "reply"
    group: str | None = None
    unless: tuple[str, ...] = ()
    shuffle: str | None = None


@dataclass(frozen=True)
class MetaProfile:
    """How metadata is drawn: P(first contact), P(initiator's account is new, 0-45 days)."""

    first_contact: float
    new_account: float


STRANGER = MetaProfile(0.92, 0.7)
KNOWN = MetaProfile(0.04, 0.07)
COLD_BENIGN = MetaProfile(0.88, 0.3)
HELPLINE = MetaProfile(0.6, 0.1)


@dataclass(frozen=True)
class Family:
    name: str
    label: str
    steps: tuple[Step, ...]
    weight: float = 1.0
    meta: MetaProfile = KNOWN
    groups: dict[str, float] = field(default_factory=dict)
    daytime: bool = False
    doc: str = ""


def S(role: str, slots: str, p: float = 1.0, rep: tuple[int, int] = (1, 1), gap: str = "reply",
      group: str | None = None, unless: str = "", shuffle: str | None = None) -> Step:
    """Compact step constructor: ``slots`` and ``unless`` are space-separated slot names."""
    return Step(role, tuple(slots.split()), p, rep, gap, group, tuple(unless.split()), shuffle)
