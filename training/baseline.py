"""The n-gram baseline: one logistic regression per signal plus a learned conversation model.

Training recipe (scikit-learn, CPU, minutes):
1. Messages are normalised and hashed by :func:`sxdetect.features.featurize_texts`, the same
   function inference calls.
2. Signal models are fitted on the training split.
3. The conversation model is a multinomial logistic regression over every prefix of every
   conversation (:func:`sxdetect.aggregate.conversation_features`), labelled by
   :func:`training.data.prefix_labels`, so the live trajectory is learned, not guessed. It is
   fitted on signal probabilities of the *validation* fit half: validation phrasings are unseen
   by the signal models, so these probabilities are as noisy as the ones it meets at inference
   (out-of-fold probabilities on training conversations share phrasings across folds and taught
   it to trust signals that miss on new wording).
4. Both are exported to ONNX (:mod:`training.export`) and checked for parity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from sxdetect.aggregate import conversation_features
from sxdetect.features import FeatureConfig, expand_segments, featurize, featurize_texts, max_by_owner
from sxdetect.normalize import normalize_text
from sxdetect.records import Conversation
from sxdetect.taxonomy import LABELS

from .data import message_table, prefix_labels

Progress = Callable[[str], None]


@dataclass
class BaselineConfig:
    """Hyper-parameters of the baseline; recorded in the manifest."""

    features: FeatureConfig = field(default_factory=FeatureConfig)
    signal_C: float = 4.0
    aggregator_C: float = 1.0
    seed: int = 0


@dataclass
class SignalModel:
    """Per-signal linear weights in hashed-feature space (what the ONNX model holds)."""

    coef: np.ndarray  # [n_features, 8]
    intercept: np.ndarray  # [8]
    features: FeatureConfig

    def proba(self, texts: Sequence[str], previous: Sequence[str | None]) -> np.ndarray:
        """Reference (float64) probabilities, computed as inference does (long messages are
        scored per sentence window and max-pooled), to compare the ONNX export against."""
        norm = [normalize_text(t) for t in texts]
        prev = [normalize_text(p) if p else None for p in previous]
        seg_texts, seg_prev, owner = expand_segments(norm, prev, self.features.segment_chars)
        X = to_csr(*featurize(seg_texts, seg_prev, self.features), self.features.n_features)
        proba = 1.0 / (1.0 + np.exp(-(X @ self.coef.astype(np.float64) + self.intercept)))
        return max_by_owner(proba, owner, len(norm))


def to_csr(indices: np.ndarray, values: np.ndarray, n_features: int) -> sp.csr_matrix:
    """Padded ``(indices, values)`` to a CSR matrix (pads, value 0, are dropped)."""
    n, k = indices.shape
    mat = sp.csr_matrix(
        (values.ravel().astype(np.float64), indices.ravel(), np.arange(0, n * k + 1, k)), shape=(n, n_features)
    )
    mat.eliminate_zeros()
    return mat


def _fit_signals(X: sp.csr_matrix, Y: np.ndarray, cfg: BaselineConfig) -> tuple[np.ndarray, np.ndarray]:
    coef = np.zeros((X.shape[1], Y.shape[1]), dtype=np.float64)
    intercept = np.zeros(Y.shape[1], dtype=np.float64)
    for j in range(Y.shape[1]):
        y = Y[:, j]
        if y.min() == y.max():  # a signal absent (or everywhere) in this data: constant prior
            prior = np.clip(y.mean(), 1e-4, 1 - 1e-4)
            intercept[j] = np.log(prior / (1 - prior))
            continue
        clf = LogisticRegression(C=cfg.signal_C, solver="liblinear", max_iter=200, random_state=cfg.seed)
        clf.fit(X, y)
        coef[:, j] = clf.coef_[0]
        intercept[j] = clf.intercept_[0]
    return coef, intercept


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def fit_signal_model(
    convs: Sequence[Conversation], cfg: BaselineConfig, progress: Progress = lambda _: None
) -> SignalModel:
    """Fit one logistic regression per signal on every message of ``convs``."""
    texts, previous, Y = message_table(convs)
    progress(f"featurizing {len(texts)} messages")
    X = to_csr(*featurize_texts(texts, previous, cfg.features), cfg.features.n_features)
    progress("signal models")
    coef, intercept = _fit_signals(X, Y, cfg)
    return SignalModel(coef.astype(np.float32), intercept.astype(np.float32), cfg.features)


def aggregator_rows(
    convs: Sequence[Conversation], probs: Sequence[np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Prefix feature rows, prefix labels and sample weights (each conversation weighs 2:
    its full form 1, its earlier prefixes 1 together)."""
    feats, labels, weights = [], [], []
    for conv, p in zip(convs, probs):
        n = len(conv.messages)
        feats.append(conversation_features(p.astype(np.float32), conv))
        labels.extend(prefix_labels(conv))
        w = np.full(n, 1.0 / max(n - 1, 1))
        w[-1] = 1.0
        weights.append(w)
    return np.concatenate(feats), np.array(labels), np.concatenate(weights)


@dataclass
class Aggregator:
    """Multinomial logistic regression over prefix features (what the ONNX model holds)."""

    coef: np.ndarray  # [3, n_features]
    intercept: np.ndarray  # [3]

    def proba(self, features: np.ndarray) -> np.ndarray:
        logits = features.astype(np.float64) @ self.coef.T.astype(np.float64) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)


def fit_aggregator(
    convs: Sequence[Conversation], probs: Sequence[np.ndarray], cfg: BaselineConfig
) -> Aggregator:
    """Fit the conversation model on held-out signal probabilities of ``convs``."""
    X, y, w = aggregator_rows(convs, probs)
    clf = LogisticRegression(C=cfg.aggregator_C, max_iter=2000)
    clf.fit(X, y, sample_weight=w)
    coef = np.zeros((len(LABELS), X.shape[1]))
    intercept = np.full(len(LABELS), -30.0)  # a label absent from training is never predicted
    for row, cls in enumerate(clf.classes_):
        if len(clf.classes_) == 2:  # binary LR: one row of weights for classes_[1]
            sign = 1.0 if row == 1 else -1.0
            coef[cls], intercept[cls] = sign * clf.coef_[0] / 2, sign * clf.intercept_[0] / 2
        else:
            coef[cls], intercept[cls] = clf.coef_[row], clf.intercept_[row]
    return Aggregator(coef.astype(np.float32), intercept.astype(np.float32))

