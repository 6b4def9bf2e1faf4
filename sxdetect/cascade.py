"""Two tiers: a fast model screens every conversation, the full model scores only what it cannot clear.

    >>> from sxdetect.cascade import Cascade
    >>> cascade = Cascade("baseline-ngram", "default").load().fit(validation_conversations)
    >>> cascade.score(queue)            # same result objects as Detector.score

On platform traffic almost every conversation is benign, and the n-gram model is one to two
orders of magnitude faster than the transformer. The cascade runs the fast model on everything
and sends a conversation to the full model only when the fast model's risk reaches
``screen_threshold`` (a *low* cut). Conversations below it keep the fast model's result, are
never flagged and carry ``"tier": "fast"``; the others are exactly the full model's results
(``"tier": "full"``).

The screening cut is a fact about a pair of models, so it is fitted, not guessed: :meth:`Cascade.fit`
takes unlabelled conversations *from validation data* (never the test split or real evaluation
data), flags them with the full model alone, and keeps the highest fast-model cut that still
passes at least ``keep`` (default 99.5 %) of those flags on to the full model. What that costs in
recall on held-out data is what ``python -m bench`` reports.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from .aggregate import risk_from_label_proba
from .detector import Detector
from .records import DEFAULT_CAPS, Caps, Conversation, as_conversation
from .results import ConversationResult
from .taxonomy import LABELS

#: A hair below the chosen risk, so a conversation scored alone (not in a batch) passes identically.
_MARGIN = 1e-6


class NotFittedError(RuntimeError):
    """The cascade has no screening threshold: pass one, or call :meth:`Cascade.fit`."""


def screen_threshold(fast_risk: Sequence[float], full_flags: Sequence[bool], keep: float = 0.995) -> float:
    """Highest cut on ``fast_risk`` that keeps at least ``keep`` of the conversations the full model
    flags (``full_flags``) at or above it. 0.0 (everything goes to the full model) when none is flagged."""
    if not 0.0 < keep <= 1.0:
        raise ValueError("keep must be in (0, 1]")
    risk = np.asarray(fast_risk, dtype=np.float64)
    flags = np.asarray(full_flags, dtype=bool)
    if risk.shape != flags.shape:
        raise ValueError("fast_risk and full_flags must have the same length")
    flagged = np.sort(risk[flags])
    if not len(flagged):
        return 0.0
    may_lose = int(np.floor((1.0 - keep) * len(flagged) + 1e-9))
    return float(max(0.0, flagged[may_lose] - _MARGIN))


class Cascade:
    """Screen with ``fast``, score with ``full``: shaped like :class:`~sxdetect.Detector`.

    ``fast`` and ``full`` are detectors (loaded or not) or model names / directories, resolved
    like ``Detector(model, models_dir=...)``. ``screen_threshold`` is the fast-model risk at or
    above which a conversation goes to the full model; leave it None and call :meth:`fit`.
    """

    classes_: tuple[str, ...] = LABELS

    def __init__(
        self,
        fast: Detector | str | os.PathLike[str],
        full: Detector | str | os.PathLike[str] = "default",
        screen_threshold: float | None = None,
        *,
        models_dir: str | os.PathLike[str] | None = None,
        caps: Caps = DEFAULT_CAPS,
        threads: int | None = None,
    ) -> None:
        self.fast = fast
        self.full = full
        self.screen_threshold = screen_threshold
        self.models_dir = models_dir
        self.caps = caps
        self.threads = threads
        self.screen_threshold_: float | None = screen_threshold
        self.stats_ = {"conversations": 0, "full": 0}
        self._fast: Detector | None = None
        self._full: Detector | None = None

    def _detector(self, model: Detector | str | os.PathLike[str]) -> Detector:
        det = model if isinstance(model, Detector) else Detector(
            model, models_dir=self.models_dir, caps=self.caps, threads=self.threads)
        return det if det.spec_ is not None else det.load()

    def load(self) -> Cascade:
        """Load both detectors (those not loaded yet)."""
        self._fast, self._full = self._detector(self.fast), self._detector(self.full)
        return self

    @property
    def detectors(self) -> tuple[Detector, Detector]:
        """The loaded (fast, full) detectors."""
        if self._fast is None or self._full is None:
            self.load()
        return self._fast, self._full  # type: ignore[return-value]

    def fit(self, X: Sequence[Any], keep: float = 0.995) -> Cascade:
        """Choose ``screen_threshold_`` on validation conversations ``X`` (labels are not used)."""
        fast, full = self.detectors
        convs = self._conversations(X)
        flags = full.risk(convs) >= full.threshold_
        self.screen_threshold_ = screen_threshold(fast.risk(convs), flags, keep)
        return self

    # -- inference ---------------------------------------------------------------------------
    def _conversations(self, X: Sequence[Any]) -> list[Conversation]:
        if isinstance(X, (str, bytes, dict, Conversation)):
            raise TypeError("X must be a sequence of conversations or texts, not a single item")
        caps = self.detectors[0].caps
        return [as_conversation(item, i, caps) for i, item in enumerate(X)]

    def _cut(self) -> float:
        if self.screen_threshold_ is None:
            raise NotFittedError("give Cascade a screen_threshold or call fit() on validation data")
        return float(self.screen_threshold_)

    def route(self, X: Sequence[Any]) -> tuple[list[Conversation], np.ndarray, np.ndarray]:
        """Conversations, the fast model's label probabilities, and which go to the full model."""
        cut = self._cut()
        convs = self._conversations(X)
        fast_proba = self.detectors[0].predict_proba(convs)
        to_full = risk_from_label_proba(fast_proba) >= cut if len(convs) else np.zeros(0, dtype=bool)
        self.stats_["conversations"] += len(convs)
        self.stats_["full"] += int(to_full.sum())
        return convs, fast_proba, to_full

    @property
    def routed_(self) -> float:
        """Share of the conversations seen so far that went to the full model."""
        return self.stats_["full"] / self.stats_["conversations"] if self.stats_["conversations"] else 0.0

    def predict_proba(self, X: Sequence[Any]) -> np.ndarray:
        """Label probabilities ``[n, 3]``: the full model's where it ran, else the fast model's."""
        convs, proba, to_full = self.route(X)
        if to_full.any():
            proba = proba.copy()
            proba[to_full] = self.detectors[1].predict_proba([c for c, f in zip(convs, to_full) if f])
        return proba

    def risk(self, X: Sequence[Any]) -> np.ndarray:
        """Risk ``[n]`` (see :meth:`predict_proba`)."""
        return risk_from_label_proba(self.predict_proba(X))

    def predict(self, X: Sequence[Any]) -> np.ndarray:
        """Most probable label ``[n]``."""
        return np.array([LABELS[i] for i in self.predict_proba(X).argmax(axis=1)], dtype=object)

    def score(self, X: Sequence[Any], threshold: float | None = None) -> list[ConversationResult]:
        """Full results; screened-out conversations keep the fast model's and are never flagged.
        ``threshold`` overrides the full model's conversation threshold."""
        fast, full = self.detectors
        cut_screen = self._cut()
        convs = self._conversations(X)
        out: list[ConversationResult] = fast.score(convs)  # one fast pass gives the routing too
        idx_full = [i for i, r in enumerate(out) if r.risk >= cut_screen]
        self.stats_["conversations"] += len(convs)
        self.stats_["full"] += len(idx_full)
        cut = full.threshold_ if threshold is None else float(threshold)
        for i, r in enumerate(out):
            out[i] = replace(r, flagged=False, threshold=cut, extra={**r.extra, "tier": "fast"})
        for i, res in zip(idx_full, full.score([convs[i] for i in idx_full], threshold=threshold)):
            out[i] = replace(res, extra={**res.extra, "tier": "full"})
        return out

    def __repr__(self) -> str:
        return f"Cascade(fast={self.fast!r}, full={self.full!r}, screen_threshold={self.screen_threshold_!r})"
