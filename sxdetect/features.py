"""Hashed word and character n-gram features: one function that training and inference both call.

A message (already normalised by :mod:`sxdetect.normalize`) becomes a sparse vector of
``n_features`` hashed buckets: word unigrams and bigrams, character 3-5-grams inside
space-padded words (robust to typos and obfuscation), and optionally the word unigrams of the
previous message as context (so "ok" after a threat reads differently from "ok" after "lunch?").
Each group is log-scaled, L2-normalised and weighted; buckets are CRC32 hashes, stable across
processes and platforms. The output is a padded pair ``(indices, values)`` that the ONNX
signal model consumes directly (index 0 with value 0 pads).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .normalize import normalize_text

_TOKEN = re.compile(r"<\w+>|[\w']+|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(frozen=True)
class FeatureConfig:
    """How messages are hashed; stored in the model manifest so inference uses the same."""

    n_features: int = 1 << 18
    char_min: int = 3
    char_max: int = 5
    word_weight: float = 1.0
    char_weight: float = 1.0
    context_weight: float = 0.4
    #: Messages longer than this many characters (an e-mail, a pasted wall of text) are scored
    #: per sentence window and max-pooled; 0 scores every message whole.
    segment_chars: int = 0

    def to_dict(self) -> dict[str, float | int]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, float | int]) -> FeatureConfig:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)  # type: ignore[arg-type]


def _hash(gram: str, n_features: int) -> int:
    return zlib.crc32(gram.encode("utf-8")) % n_features


def _group(counts: dict[int, float], grams: list[str], n_features: int) -> None:
    for gram in grams:
        idx = _hash(gram, n_features)
        counts[idx] = counts.get(idx, 0.0) + 1.0


def _scaled(counts: dict[int, float], weight: float) -> dict[int, float]:
    if not counts:
        return {}
    logged = {k: 1.0 + math.log(v) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in logged.values()))
    return {k: weight * v / norm for k, v in logged.items()}


@lru_cache(maxsize=1 << 14)
def _token_buckets(tok: str, n_features: int, char_min: int, char_max: int) -> tuple[int, tuple[int, ...]]:
    """Buckets of one token's word unigram and of its character n-grams, in a fixed order. Cached:
    chat repeats its words, and hashing every n-gram again was most of the featurisation time."""
    padded = f" {tok} "
    chars = tuple(_hash("c:" + padded[i : i + n], n_features)
                  for n in range(char_min, char_max + 1) for i in range(len(padded) - n + 1))
    return _hash("w:" + tok, n_features), chars


def _message_groups(text: str, cfg: FeatureConfig) -> tuple[dict[int, float], dict[int, float]]:
    tokens = _TOKEN.findall(text)
    words: dict[int, float] = {}
    chars: dict[int, float] = {}
    for tok in tokens:  # same buckets, same insertion order as hashing each gram in turn
        word, grams = _token_buckets(tok, cfg.n_features, cfg.char_min, cfg.char_max)
        words[word] = words.get(word, 0.0) + 1.0
        for idx in grams:
            chars[idx] = chars.get(idx, 0.0) + 1.0
    _group(words, ["b:" + a + " " + b for a, b in zip(tokens, tokens[1:])], cfg.n_features)
    return words, chars


def featurize_one(text: str, previous: str | None, cfg: FeatureConfig) -> dict[int, float]:
    """Sparse features of one normalised message given the previous normalised message."""
    words, chars = _message_groups(text, cfg)
    out = _scaled(words, cfg.word_weight)
    for k, v in _scaled(chars, cfg.char_weight).items():
        out[k] = out.get(k, 0.0) + v
    if previous and cfg.context_weight > 0:
        ctx: dict[int, float] = {}
        _group(ctx, ["p:" + t for t in _TOKEN.findall(previous)], cfg.n_features)
        for k, v in _scaled(ctx, cfg.context_weight).items():
            out[k] = out.get(k, 0.0) + v
    return out


def featurize(
    texts: Sequence[str], previous: Sequence[str | None], cfg: FeatureConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Return padded ``(indices int64 [n, k], values float32 [n, k])`` for normalised texts."""
    if len(texts) != len(previous):
        raise ValueError("texts and previous must have the same length")
    rows = [featurize_one(t, p, cfg) for t, p in zip(texts, previous)]
    width = max((len(r) for r in rows), default=0) or 1
    indices = np.zeros((len(rows), width), dtype=np.int64)
    values = np.zeros((len(rows), width), dtype=np.float32)
    for i, row in enumerate(rows):
        if row:
            keys = np.fromiter(row.keys(), dtype=np.int64, count=len(row))
            indices[i, : len(row)] = keys
            values[i, : len(row)] = np.fromiter(row.values(), dtype=np.float32, count=len(row))
    return indices, values


def featurize_texts(
    texts: Sequence[str], previous: Sequence[str | None], cfg: FeatureConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Normalise raw texts (and their previous messages) and featurize them: the one entry
    point that training and inference share."""
    norm = [normalize_text(t) for t in texts]
    prev = [normalize_text(p) if p else None for p in previous]
    return featurize(norm, prev, cfg)


def segments(text: str, max_chars: int) -> list[str]:
    """Cut a normalised text into sentence windows of at most about ``max_chars`` characters
    (a sentence longer than that is cut on word boundaries). Short texts stay whole."""
    if max_chars <= 0 or len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        words = sentence.split()
        while words:
            take, size = 0, 0
            while take < len(words) and (take == 0 or size + len(words[take]) + 1 <= max_chars):
                size += len(words[take]) + 1
                take += 1
            pieces.append(" ".join(words[:take]))
            words = words[take:]
    out: list[str] = []
    for piece in pieces:  # merge short sentences back into windows
        if out and len(out[-1]) + 1 + len(piece) <= max_chars:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out or [text]


def expand_segments(
    texts: Sequence[str], previous: Sequence[str | None], max_chars: int
) -> tuple[list[str], list[str | None], np.ndarray]:
    """Windows of every (normalised) text with their context and the index of the text each
    came from: the first window keeps the previous message, later ones the window before."""
    seg_texts: list[str] = []
    seg_prev: list[str | None] = []
    owner: list[int] = []
    for i, (text, prev) in enumerate(zip(texts, previous)):
        for j, seg in enumerate(segments(text, max_chars)):
            seg_texts.append(seg)
            seg_prev.append(prev if j == 0 else seg_texts[-2])
            owner.append(i)
    return seg_texts, seg_prev, np.array(owner, dtype=np.int64)


def max_by_owner(values: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Row-wise maximum of ``values`` grouped by ``owner`` (``n`` groups, each non-empty)."""
    out = np.full((n, values.shape[1]), -np.inf, dtype=values.dtype)
    np.maximum.at(out, owner, values)
    return out
