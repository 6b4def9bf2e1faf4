"""The transformer message-signal engine at inference: ``tokenizers`` + onnxruntime, nothing heavier.

A manifest entry of kind ``encoder`` names up to four files by role:

- ``tokenizer``: the WordPiece ``tokenizer.json`` of the fine-tuned MiniLM;
- ``encoder``: MiniLM + mean pooling + a linear head as ONNX (INT8 or fp32), inputs
  ``input_ids``, ``attention_mask``, ``token_type_ids`` (dynamic batch and length), output
  ``logits [batch, 8]``;
- ``ngram`` (optional): the hashed n-gram signal model, run exactly as the ``ngram`` kind runs it
  (:class:`sxdetect.engines.NgramSignals`, feature config under ``ngram.features``), whose
  probabilities are combined with the encoder's: it lifts languages the English vocabulary reads
  poorly;
- ``combiner``: per-signal calibration and combination, ``p = sigmoid(A·enc_logit +
  B·logit(ngram_p) + c)``, fitted on validation data.

Each message is encoded with its previous message as context, as a pair ``[CLS] message [SEP]
previous [SEP]`` (token types 0 / 1); only the previous message is truncated, and the encoder
pools over the message segment, so context colours a message without being mistaken for it.
Messages longer than one window are cut into overlapping windows (no context) whose logits are
max-pooled. Sequences are built and padded here, explicitly: the packaged ``tokenizer.json`` pads
every input to 128 by default, which silently changes outputs. Windows are sorted by length
before batching so batches pad little.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

from .engines import NgramSignals, make_session
from .features import FeatureConfig, max_by_owner
from .normalize import normalize_text
from .registry import ModelError, ModelSpec
from .taxonomy import SIGNALS


@dataclass(frozen=True)
class EncoderSettings:
    """How messages become token windows; stored in the manifest under ``encoder``."""

    max_length: int = 96
    max_windows: int = 16
    window_overlap: int = 16
    batch_size: int = 32

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EncoderSettings:
        names = {f.name for f in fields(cls)}
        return cls(**{k: int(v) for k, v in data.items() if k in names})

    def to_dict(self) -> dict[str, int]:
        return {f.name: int(getattr(self, f.name)) for f in fields(self)}


@dataclass
class Windows:
    """Token windows of a batch of messages: ``owner[i]`` is the message window ``i`` belongs to."""

    ids: list[np.ndarray]
    types: list[np.ndarray]
    owner: np.ndarray


class PairTokenizer:
    """(message, previous message) → token windows, identical to ``AutoTokenizer(message,
    previous, truncation="only_second", max_length=...)`` for messages that fit one window."""

    def __init__(self, path: str | Path, settings: EncoderSettings) -> None:
        self.settings = settings
        if settings.max_length < 8 or settings.window_overlap >= settings.max_length - 2:
            raise ModelError("encoder max_length must be >= 8 and larger than window_overlap + 2")
        self._tok = Tokenizer.from_file(str(path))
        # Explicit: never let the file's own padding (fixed 128) or truncation apply.
        self._tok.no_padding()
        self._tok.no_truncation()
        ids = [self._tok.token_to_id(t) for t in ("[CLS]", "[SEP]", "[PAD]")]
        if any(i is None for i in ids):
            raise ModelError("tokenizer has no [CLS]/[SEP]/[PAD] token")
        self.cls_id, self.sep_id, self.pad_id = (int(i) for i in ids)  # type: ignore[arg-type]

    def _single(self, body: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        ids = np.concatenate([[self.cls_id], body, [self.sep_id]]).astype(np.int64)
        return ids, np.zeros(len(ids), dtype=np.int64)

    def _spans(self, n: int) -> list[tuple[int, int]]:
        width = self.settings.max_length - 2
        step = width - self.settings.window_overlap
        starts = list(range(0, max(n - self.settings.window_overlap, 1), step))
        if len(starts) > self.settings.max_windows:  # spread the allowed windows over the text
            starts = np.linspace(0, n - width, self.settings.max_windows).astype(int).tolist()
        return [(s, min(s + width, n)) for s in starts]

    def windows(self, texts: Sequence[str], previous: Sequence[str | None]) -> Windows:
        """Token windows of already-normalised texts (``previous`` entries may be None)."""
        if len(texts) != len(previous):
            raise ValueError("texts and previous must have the same length")
        body = self._tok.encode_batch(list(texts), add_special_tokens=False)
        prev = self._tok.encode_batch([p or "" for p in previous], add_special_tokens=False)
        limit = self.settings.max_length
        out = Windows([], [], np.zeros(0, dtype=np.int64))
        owner: list[int] = []

        def add(i: int, ids: np.ndarray, types: np.ndarray) -> None:
            out.ids.append(ids)
            out.types.append(types)
            owner.append(i)

        for i, (enc, penc) in enumerate(zip(body, prev)):
            tokens = np.asarray(enc.ids, dtype=np.int64)
            context = np.asarray(penc.ids, dtype=np.int64)
            if len(tokens) + 2 > limit:  # a long message: windows without context
                for a, b in self._spans(len(tokens)):
                    add(i, *self._single(tokens[a:b]))
                continue
            ids, types = self._single(tokens)
            room = limit - len(ids) - 1
            if len(context) and room > 0:  # the previous message, cut to what fits
                ctx = np.concatenate([context[:room], [self.sep_id]]).astype(np.int64)
                ids = np.concatenate([ids, ctx])
                types = np.concatenate([types, np.ones(len(ctx), dtype=np.int64)])
            add(i, ids, types)
        out.owner = np.asarray(owner, dtype=np.int64)
        return out


def length_batches(lengths: Sequence[int], batch_size: int) -> list[np.ndarray]:
    """Index batches of similar length (sorted, stable) so padding stays small."""
    order = np.argsort(np.asarray(lengths), kind="stable")
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def pad_batch(ids: Sequence[np.ndarray], types: Sequence[np.ndarray], pad_id: int = 0) -> dict[str, np.ndarray]:
    """Right-pad a batch to its longest sequence; the attention mask marks real tokens."""
    width = max(len(x) for x in ids)
    input_ids = np.full((len(ids), width), pad_id, dtype=np.int64)
    token_types = np.zeros((len(ids), width), dtype=np.int64)
    mask = np.zeros((len(ids), width), dtype=np.int64)
    for row, (x, t) in enumerate(zip(ids, types)):
        input_ids[row, : len(x)], token_types[row, : len(t)], mask[row, : len(x)] = x, t, 1
    return {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": token_types}


class EncoderSignals:
    """MiniLM (+ n-gram) message signals, calibrated by the combiner: a :class:`SignalEngine`."""

    def __init__(self, spec: ModelSpec, threads: int | None = None) -> None:
        meta = spec.entry.get("encoder", {})
        self.settings = EncoderSettings.from_dict(meta)
        self.tokenizer = PairTokenizer(spec.file("tokenizer"), self.settings)
        self.encoder = make_session(str(spec.file("encoder")), threads)
        self._encoder_inputs = {i.name for i in self.encoder.get_inputs()}
        self.ngram: NgramSignals | None = None
        if "ngram" in spec.entry.get("roles", {}):
            features = FeatureConfig.from_dict(spec.entry["ngram"]["features"])
            self.ngram = NgramSignals(spec.file("ngram"), features, threads)
        self.combiner = make_session(str(spec.file("combiner")), threads)
        self._combiner_inputs = {i.name for i in self.combiner.get_inputs()}
        self._uses_ngram = "ngram_probabilities" in self._combiner_inputs
        if self._uses_ngram and self.ngram is None:
            raise ModelError(f"model {spec.name!r}: combiner needs n-gram probabilities but has no ngram file")
        if self.encoder.get_outputs()[0].shape[-1] != len(SIGNALS):
            raise ModelError(f"model {spec.name!r}: encoder does not output {len(SIGNALS)} logits")

    def encoder_logits(self, norm_texts: Sequence[str], norm_previous: Sequence[str | None]) -> np.ndarray:
        """Raw encoder logits ``[n, 8]`` of normalised texts (max over each message's windows)."""
        if not norm_texts:
            return np.zeros((0, len(SIGNALS)), dtype=np.float32)
        win = self.tokenizer.windows(norm_texts, norm_previous)
        rows = np.zeros((len(win.ids), len(SIGNALS)), dtype=np.float32)
        for batch in length_batches([len(x) for x in win.ids], self.settings.batch_size):
            feed = pad_batch([win.ids[i] for i in batch], [win.types[i] for i in batch], self.tokenizer.pad_id)
            feed = {k: v for k, v in feed.items() if k in self._encoder_inputs}
            rows[batch] = self.encoder.run(None, feed)[0]
        return max_by_owner(rows, win.owner, len(norm_texts))

    def combine(self, enc_logits: np.ndarray, ngram_proba: np.ndarray | None) -> np.ndarray:
        """Calibrated probabilities from encoder logits (and n-gram probabilities)."""
        feed = {"encoder_logits": enc_logits.astype(np.float32)}
        if ngram_proba is not None:
            feed["ngram_probabilities"] = ngram_proba.astype(np.float32)
        return self.combiner.run(None, {k: v for k, v in feed.items() if k in self._combiner_inputs})[0]

    def predict(self, texts: Sequence[str], previous: Sequence[str | None]) -> np.ndarray:
        if len(texts) != len(previous):
            raise ValueError("texts and previous must have the same length")
        if not texts:
            return np.zeros((0, len(SIGNALS)), dtype=np.float32)
        norm = [normalize_text(t) for t in texts]
        prev = [normalize_text(p) if p else None for p in previous]
        ngram = self.ngram.predict(texts, previous) if self._uses_ngram and self.ngram is not None else None
        return self.combine(self.encoder_logits(norm, prev), ngram)
