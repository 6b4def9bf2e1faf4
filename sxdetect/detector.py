"""``Detector``: the one public class, shaped like a scikit-learn classifier.

    >>> from sxdetect import Detector
    >>> det = Detector("default").load()
    >>> det.predict(["hey saw u in my suggestions"]).shape
    (1,)

Input is always a sequence: of strings (each a one-message conversation), of taxonomy records
(dicts), or of :class:`~sxdetect.records.Conversation`. Output shapes never depend on the input
type: ``predict_proba`` gives ``[n, 3]`` in :data:`~sxdetect.taxonomy.LABELS` order,
``predict`` gives ``[n]`` labels, ``risk`` gives ``[n]`` risks and ``score`` gives ``n`` full
:class:`~sxdetect.results.ConversationResult` objects. ``__init__`` only stores settings;
``load`` reads and verifies the model files.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .aggregate import FEATURE_SETS, conversation_features, risk_from_label_proba, summarize
from .engines import Aggregator, SignalEngine, make_signal_engine
from .records import DEFAULT_CAPS, Caps, Conversation, as_conversation
from .registry import ModelSpec, resolve, verify
from .results import ConversationResult
from .taxonomy import LABELS, SIGNALS


class NotLoadedError(RuntimeError):
    """The detector was used before :meth:`Detector.load`."""


class Detector:
    """Score conversations for the sextortion pattern with a shipped or trained model."""

    classes_: tuple[str, ...] = LABELS
    signals_: tuple[str, ...] = SIGNALS

    def __init__(
        self,
        model: str | os.PathLike[str] = "default",
        *,
        threshold: float | None = None,
        models_dir: str | os.PathLike[str] | None = None,
        caps: Caps = DEFAULT_CAPS,
        threads: int | None = None,
    ) -> None:
        self.model = model
        self.threshold = threshold
        self.models_dir = models_dir
        self.caps = caps
        self.threads = threads
        self.spec_: ModelSpec | None = None
        self._signals: SignalEngine | None = None
        self._aggregator: Aggregator | None = None

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> Detector:
        """Resolve the model in the manifest, verify sha256, open the ONNX sessions."""
        spec = resolve(self.model, Path(self.models_dir) if self.models_dir else None)
        verify(spec)
        self._signals = make_signal_engine(spec, self.threads)
        self._aggregator = Aggregator(spec, {v: len(n) for v, n in FEATURE_SETS.items()}, self.threads)
        self.spec_ = spec
        return self

    @property
    def name(self) -> str:
        return self._spec.name

    @property
    def version(self) -> str:
        return self._spec.version

    @property
    def threshold_(self) -> float:
        """The conversation threshold in force: the override, else the manifest's."""
        if self.threshold is not None:
            return float(self.threshold)
        return float(self._spec.thresholds["conversation"])

    @property
    def signal_thresholds_(self) -> np.ndarray:
        table = self._spec.thresholds.get("signals", {})
        return np.array([float(table.get(s, 0.5)) for s in SIGNALS], dtype=np.float32)

    @property
    def _spec(self) -> ModelSpec:
        if self.spec_ is None:
            raise NotLoadedError("call Detector.load() before using the detector")
        return self.spec_

    # -- inference ---------------------------------------------------------------------------
    def _conversations(self, X: Sequence[Any] | Iterable[Any]) -> list[Conversation]:
        if isinstance(X, (str, bytes, dict, Conversation)):
            raise TypeError("X must be a sequence of conversations or texts, not a single item")
        return [as_conversation(item, i, self.caps) for i, item in enumerate(X)]

    def message_proba(self, conversations: Sequence[Conversation]) -> list[np.ndarray]:
        """Signal probabilities ``[n_messages, 8]`` for each conversation."""
        if self._signals is None:
            raise NotLoadedError("call Detector.load() before using the detector")
        texts: list[str] = []
        previous: list[str | None] = []
        for conv in conversations:
            prev: str | None = None
            for msg in conv.messages:
                texts.append(msg.text)
                previous.append(prev)
                prev = msg.text
        flat = self._signals.predict(texts, previous) if texts else np.zeros((0, len(SIGNALS)), np.float32)
        out, start = [], 0
        for conv in conversations:
            out.append(flat[start : start + len(conv.messages)])
            start += len(conv.messages)
        return out

    def _prefix_proba(self, conversations: Sequence[Conversation], probs: list[np.ndarray]) -> list[np.ndarray]:
        if self._aggregator is None:
            raise NotLoadedError("call Detector.load() before using the detector")
        if not conversations:
            return []
        feats = [conversation_features(p, c, self._aggregator.version) for p, c in zip(probs, conversations)]
        flat = self._aggregator.predict(np.concatenate(feats, axis=0))
        out, start = [], 0
        for f in feats:
            out.append(flat[start : start + len(f)])
            start += len(f)
        return out

    def predict_proba(self, X: Sequence[Any]) -> np.ndarray:
        """Label probabilities ``[n, 3]`` (columns: ``classes_``)."""
        convs = self._conversations(X)
        prefix = self._prefix_proba(convs, self.message_proba(convs))
        if not prefix:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        return np.stack([p[-1] for p in prefix])

    def risk(self, X: Sequence[Any]) -> np.ndarray:
        """Risk ``[n]``: the probability that each conversation is grooming or sextortion."""
        return risk_from_label_proba(self.predict_proba(X))

    def predict(self, X: Sequence[Any]) -> np.ndarray:
        """Most probable label ``[n]`` (strings from ``classes_``)."""
        proba = self.predict_proba(X)
        return np.array([LABELS[i] for i in proba.argmax(axis=1)], dtype=object)

    def score(self, X: Sequence[Any], threshold: float | None = None) -> list[ConversationResult]:
        """Full results: risk, label, stage, flag, per-message signals, trajectory, evidence."""
        convs = self._conversations(X)
        probs = self.message_proba(convs)
        prefix = self._prefix_proba(convs, probs)
        cut = self.threshold_ if threshold is None else float(threshold)
        sig_cut = self.signal_thresholds_
        return [
            summarize(c, p, lp, sig_cut, cut, self.name, self.version) for c, p, lp in zip(convs, probs, prefix)
        ]

    def __repr__(self) -> str:
        state = f"{self.spec_.name} v{self.spec_.version}" if self.spec_ else "not loaded"
        return f"Detector(model={str(self.model)!r}, {state})"
