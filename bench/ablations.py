"""What each speed choice of the default path buys: an engine with one choice undone at a time.

Runs inside one contender process (kind ``ablation``), for the INT8 encoder engine and for the
n-gram engine. Variants, each timed on the same messages in calls of 32 and in one call of all of
them (where sorting across batches can matter):

- ``shipped``: as the runtime does it (length-sorted batches, dynamic padding, batched
  tokenisation, onnxruntime's default thread count);
- ``no length sort``: batches in input order;
- ``pad to max_length``: every batch padded to the manifest's ``max_length`` (static shapes);
- ``per-message tokenizer``: ``encode`` per message instead of ``encode_batch``;
- ``threads=1`` / ``threads=2``: onnxruntime intra-op threads set explicitly (also at batch 1);
- ``no n-gram token cache``: every character n-gram hashed again (``sxdetect.features``);
- ``no normalisation memo``: each previous message normalised again (``sxdetect.engines``);
- ``proposed: normalise once``: a change *not* in the runtime yet, measured here: the encoder
  engine normalises each distinct text once and hands the result to its n-gram part (today it
  normalises texts and previous messages itself, then the n-gram part does it again).

Plus history caching for incremental scoring (a conversation re-sent with each new message):
:class:`sxdetect.serve.cache.CachingDetector` against the plain :class:`~sxdetect.Detector`.
The patches touch only this process; a variant whose hook is missing is reported as skipped.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from bench.measure import child_ready, time_batches


@contextlib.contextmanager
def _patched(module: Any, name: str, value: Any) -> Iterator[None]:
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, old)


class _OneByOne:
    """A tokenizer proxy whose ``encode_batch`` encodes one text at a time."""

    def __init__(self, tok: Any) -> None:
        self._tok = tok

    def encode_batch(self, texts: list[str], add_special_tokens: bool = True) -> list[Any]:
        return [self._tok.encode(t, add_special_tokens=add_special_tokens) for t in texts]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tok, name)


def _in_order(lengths: Any, batch_size: int) -> list[np.ndarray]:
    order = np.arange(len(lengths))
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def _naive_pairs(texts: Any, previous: Any) -> tuple[list[str], list[str | None]]:
    from sxdetect.normalize import normalize_text

    return [normalize_text(t) for t in texts], [normalize_text(p) if p else None for p in previous]


def _variants(engine: Any) -> dict[str, contextlib.AbstractContextManager[Any]]:
    import sxdetect.engines as eng_module
    import sxdetect.features as feat_module

    out: dict[str, contextlib.AbstractContextManager[Any]] = {"shipped": contextlib.nullcontext()}
    if hasattr(engine, "tokenizer"):
        import sxdetect.encoder as enc_module

        original_pad = enc_module.pad_batch
        width = engine.settings.max_length

        def pad_full(ids: Any, types: Any, pad_id: int = 0) -> dict[str, np.ndarray]:
            feed = original_pad(ids, types, pad_id)
            extra = width - feed["input_ids"].shape[1]
            if extra <= 0:
                return feed
            fill = {"input_ids": pad_id, "attention_mask": 0, "token_type_ids": 0}
            return {k: np.pad(v, ((0, 0), (0, extra)), constant_values=fill[k]) for k, v in feed.items()}

        def predict_once(self: Any, texts: Any, previous: Any) -> np.ndarray:
            norm, prev = eng_module._normalize_pairs(texts, previous)
            ngram = None
            if getattr(self, "_uses_ngram", False) and self.ngram is not None:
                with _patched(eng_module, "_normalize_pairs", lambda _t, _p: (norm, prev)):
                    ngram = self.ngram.predict(texts, previous)
            return self.combine(self.encoder_logits(norm, prev), ngram)

        out |= {"no length sort": _patched(enc_module, "length_batches", _in_order),
                "pad to max_length": _patched(enc_module, "pad_batch", pad_full),
                "per-message tokenizer": _patched(engine.tokenizer, "_tok", _OneByOne(engine.tokenizer._tok))}
        if hasattr(eng_module, "_normalize_pairs") and hasattr(engine, "combine"):
            out["proposed: normalise once"] = _patched(type(engine), "predict", predict_once)
    if hasattr(feat_module, "_token_buckets") and hasattr(feat_module._token_buckets, "__wrapped__"):
        out["no n-gram token cache"] = _patched(feat_module, "_token_buckets", feat_module._token_buckets.__wrapped__)
    if hasattr(eng_module, "_normalize_pairs"):
        out["no normalisation memo"] = _patched(eng_module, "_normalize_pairs", _naive_pairs)
    return out


def _incremental(job: dict[str, Any], reps: int) -> dict[str, Any]:
    """New messages/s when each conversation is re-sent with every new message, with and without
    the serve extra's signal cache."""
    from sxdetect import Detector

    try:
        from sxdetect.serve.cache import CachingDetector
    except ImportError:
        return {"skipped": "sxdetect.serve is not installed"}
    records = json.loads(Path(job["conversations"]).read_text(encoding="utf-8"))[: job["incremental_conversations"]]
    prefixes = [dict(r, messages=r["messages"][: k + 1]) for r in records for k in range(len(r["messages"]))]
    out = {}
    for label, det in (("plain Detector", Detector(job["model"], models_dir=job["models_dir"]).load()),
                       ("CachingDetector", CachingDetector(job["model"], models_dir=job["models_dir"],
                                                          cache_size=100_000).load())):
        res = time_batches(lambda x, _: det.predict_proba(x), prefixes, prefixes, 1, reps)
        out[label] = {"rate": res["rate"], "rates": res["rates"], "requests": len(prefixes)}
    return out


def run_ablations(job: dict[str, Any]) -> dict[str, Any]:
    """Time every variant; return ``{variant: {"b32": ..., "one_call": ..., ["b1": ...]}}``."""
    from sxdetect.engines import make_signal_engine
    from sxdetect.registry import resolve, verify

    data = json.loads(Path(job["workload"]).read_text(encoding="utf-8"))
    n, nb1, reps = job["throughput_n"], job["latency_n"], job["reps"]
    texts, previous = data["texts"][:n], data["previous"][:n]
    spec = resolve(job["model"], Path(job["models_dir"]))
    verify(spec)
    engine = make_signal_engine(spec)
    engine.predict(texts[:1], previous[:1])
    child_ready()
    results: dict[str, Any] = {}
    for name, ctx in _variants(engine).items():
        with ctx:
            results[name] = {"b32": time_batches(engine.predict, texts, previous, 32, reps),
                             "one_call": time_batches(engine.predict, texts, previous, n, reps)}
    for threads in (1, 2):
        eng = make_signal_engine(spec, threads)
        results[f"threads={threads}"] = {
            "b32": time_batches(eng.predict, texts, previous, 32, reps),
            "one_call": time_batches(eng.predict, texts, previous, n, reps),
            "b1": time_batches(eng.predict, texts[:nb1], previous[:nb1], 1, reps, record_latency=True)}
    results["shipped"]["b1"] = time_batches(engine.predict, texts[:nb1], previous[:nb1], 1, reps, record_latency=True)
    return {"variants": results, "incremental": _incremental(job, reps)}
