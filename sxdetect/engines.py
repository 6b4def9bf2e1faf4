"""ONNX inference engines: message-signal models and the conversation aggregator.

Each engine wraps one onnxruntime session and reads only what its manifest entry says. Signal
engines take raw message texts (plus the previous message, for context) and return an
``[n, 8]`` probability matrix in :data:`sxdetect.taxonomy.SIGNALS` order; they normalise the text
themselves with :func:`sxdetect.normalize.normalize_text`, exactly as training did.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import onnxruntime as ort

from .features import FeatureConfig, expand_segments, featurize, max_by_owner
from .normalize import normalize_text
from .registry import ModelError, ModelSpec
from .taxonomy import LABELS, SIGNALS


class SignalEngine(Protocol):
    """Anything that maps messages (with their previous message) to signal probabilities."""

    def predict(self, texts: Sequence[str], previous: Sequence[str | None]) -> np.ndarray: ...


def make_session(path: str, threads: int | None = None) -> ort.InferenceSession:
    """An onnxruntime CPU session with quiet logging and optional thread count."""
    options = ort.SessionOptions()
    options.log_severity_level = 3
    if threads:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
    return ort.InferenceSession(path, sess_options=options, providers=["CPUExecutionProvider"])


def _normalize_pairs(texts: Sequence[str], previous: Sequence[str | None]) -> tuple[list[str], list[str | None]]:
    """Normalised texts and previous messages; each distinct text is normalised once (a message's
    previous message is usually the text before it in the same call)."""
    memo: dict[str, str] = {}

    def norm(text: str) -> str:
        out = memo.get(text)
        if out is None:
            out = memo[text] = normalize_text(text)
        return out

    return [norm(t) for t in texts], [norm(p) if p else None for p in previous]


def _check_outputs(session: ort.InferenceSession, width: int, what: str) -> None:
    shape = session.get_outputs()[0].shape
    if shape[-1] != width:
        raise ModelError(f"{what} model outputs {shape[-1]} columns, expected {width}")


class NgramSignals:
    """Hashed n-gram features (sxdetect.features) fed to a linear ONNX model."""

    batch_size = 512

    def __init__(self, path: str | Path, config: FeatureConfig, threads: int | None = None) -> None:
        self.config = config
        self.session = make_session(str(path), threads)
        _check_outputs(self.session, len(SIGNALS), "signal")

    @classmethod
    def from_spec(cls, spec: ModelSpec, threads: int | None = None) -> NgramSignals:
        """The engine of a manifest entry (role ``signals``, feature config ``features``)."""
        return cls(spec.file("signals"), FeatureConfig.from_dict(spec.entry["features"]), threads)

    def predict(self, texts: Sequence[str], previous: Sequence[str | None]) -> np.ndarray:
        norm, prev = _normalize_pairs(texts, previous)
        seg_texts, seg_prev, owner = expand_segments(norm, prev, self.config.segment_chars)
        out = np.zeros((len(seg_texts), len(SIGNALS)), dtype=np.float32)
        for start in range(0, len(seg_texts), self.batch_size):
            stop = start + self.batch_size
            idx, val = featurize(seg_texts[start:stop], seg_prev[start:stop], self.config)
            out[start:stop] = self.session.run(None, {"indices": idx, "values": val})[0]
        return max_by_owner(out, owner, len(norm)) if len(seg_texts) != len(norm) else out


class Aggregator:
    """The learned conversation model: prefix feature rows to label probabilities."""

    def __init__(self, spec: ModelSpec, supported: Mapping[str, int], threads: int | None = None) -> None:
        """``supported``: feature version -> column count this sxdetect can compute."""
        meta = spec.entry.get("aggregator", {})
        self.version = str(meta.get("features"))
        if self.version not in supported:
            raise ModelError(
                f"model {spec.name!r} aggregator uses features {meta.get('features')!r}, "
                f"this sxdetect computes {sorted(supported)}"
            )
        self.session = make_session(str(spec.file("aggregator")), threads)
        _check_outputs(self.session, len(LABELS), "aggregator")
        if self.session.get_inputs()[0].shape[-1] != supported[self.version]:
            raise ModelError(f"aggregator expects {self.session.get_inputs()[0].shape[-1]} features")

    def predict(self, features: np.ndarray) -> np.ndarray:
        return self.session.run(None, {"features": features.astype(np.float32, copy=False)})[0]


def make_signal_engine(spec: ModelSpec, threads: int | None = None) -> SignalEngine:
    """The signal engine for a manifest entry's ``kind``."""
    if spec.kind == "ngram":
        return NgramSignals.from_spec(spec, threads)
    if spec.kind == "encoder":
        from .encoder import EncoderSignals  # imports engines: keep this import local

        return EncoderSignals(spec, threads)
    raise ModelError(f"model {spec.name!r} has unknown kind {spec.kind!r}")
