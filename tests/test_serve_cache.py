"""The signal cache: identical results, reuse of repeated messages, bounded, no text inside."""

import numpy as np
import pytest

from sxdetect import Detector
from sxdetect.serve.cache import CachedSignals, CachingDetector


def test_cached_detector_gives_identical_results(tiny_model_dir, tiny_splits):
    records = tiny_splits["test"][:20]
    plain = Detector(tiny_model_dir).load()
    cached = CachingDetector(tiny_model_dir, cache_size=10_000).load()
    for _ in range(2):  # cold, then warm
        got = [r.to_dict() for r in cached.score(records)]
        assert got == [r.to_dict() for r in plain.score(records)]
    assert cached.cache.hits == sum(len(r["messages"]) for r in records)


def test_history_is_reused_when_a_message_arrives(tiny_model_dir, tiny_splits):
    record = next(r for r in tiny_splits["test"] if len(r["messages"]) >= 6)
    det = CachingDetector(tiny_model_dir, cache_size=100).load()
    det.score([{"id": "x", "messages": record["messages"][:5]}])
    before = det.cache.misses
    det.score([{"id": "x", "messages": record["messages"][:6]}])
    assert det.cache.misses - before == 1


class _Engine:
    def __init__(self):
        self.calls = 0

    def predict(self, texts, previous):
        self.calls += len(texts)
        return np.array([[len(t) / 100.0 + (0.5 if p is None else 0.0)] * 8 for t, p in zip(texts, previous)],
                        dtype=np.float32)


def test_context_is_part_of_the_key_and_size_is_bounded():
    engine = _Engine()
    cache = CachedSignals(engine, size=3)
    first = cache.predict(["hi", "hi", "hi"], [None, "a", ""])
    assert first[0, 0] != first[1, 0] and engine.calls == 3  # same text, different context
    cache.predict(["hi"], ["a"])
    assert engine.calls == 3 and cache.hits == 1
    cache.predict(["x", "y"], [None, None])
    assert len(cache) == 3


def test_cache_holds_no_text():
    cache = CachedSignals(_Engine(), size=10)
    secret = "kumquat lighthouse 4410"
    cache.predict([secret], ["previous " + secret])
    blob = b"".join(k + v for k, v in cache._data.items())
    assert secret.encode() not in blob and b"kumquat" not in blob


def test_size_zero_is_the_plain_detector(tiny_model_dir):
    det = CachingDetector(tiny_model_dir, cache_size=0).load()
    assert det.cache is None and det.score(["hello"])[0].risk == pytest.approx(
        Detector(tiny_model_dir).load().score(["hello"])[0].risk)
