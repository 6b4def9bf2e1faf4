"""A small LRU of message-signal probabilities, so incremental scoring does not redo the history.

A platform calling ``/v1/score/incremental`` resends the same history with each new message;
the signals of a message depend only on its text and the previous message's text, so they can
be reused exactly. The key is a keyed BLAKE2b digest of (previous text, text) under a random
key drawn at start-up and never stored, so the cache holds no text and its keys cannot be
matched against guessed messages; the value is the 8 signal probabilities. It lives in memory
only and is bounded (``SXDETECT_SIGNAL_CACHE_SIZE`` entries, about 250 bytes each); 0 turns it off.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from ..detector import Detector
from ..engines import SignalEngine
from ..taxonomy import SIGNALS


class CachedSignals:
    """A :class:`~sxdetect.engines.SignalEngine` that remembers recent messages' probabilities."""

    def __init__(self, engine: SignalEngine, size: int) -> None:
        self.engine = engine
        self.size = int(size)
        self.hits = 0
        self.misses = 0
        self._secret = os.urandom(32)
        self._data: OrderedDict[bytes, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def _digest(self, text: str, previous: str | None) -> bytes:
        h = hashlib.blake2b(key=self._secret, digest_size=16)
        if previous is None:
            h.update(b"\x00")
        else:
            prev = previous.encode("utf-8", "surrogatepass")
            h.update(b"\x01" + len(prev).to_bytes(8, "little") + prev)
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.digest()

    def predict(self, texts: Sequence[str], previous: Sequence[str | None]) -> np.ndarray:
        out = np.zeros((len(texts), len(SIGNALS)), dtype=np.float32)
        keys = [self._digest(t, p) for t, p in zip(texts, previous)]
        todo: list[int] = []
        with self._lock:
            for i, key in enumerate(keys):
                row = self._data.get(key)
                if row is None:
                    todo.append(i)
                else:
                    self._data.move_to_end(key)
                    out[i] = np.frombuffer(row, dtype=np.float32)
            self.hits += len(keys) - len(todo)
            self.misses += len(todo)
        if todo:
            fresh = np.asarray(self.engine.predict([texts[i] for i in todo], [previous[i] for i in todo]),
                               dtype=np.float32)
            out[todo] = fresh
            with self._lock:
                for i, row in zip(todo, fresh):
                    self._data[keys[i]] = row.tobytes()
                    self._data.move_to_end(keys[i])
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
        return out


class CachingDetector(Detector):
    """A :class:`~sxdetect.Detector` whose signal engine is wrapped in :class:`CachedSignals`.

    Results are identical to the plain detector's (a test checks it); only repeated messages
    are cheaper. ``cache_size=0`` gives the plain detector's behaviour.
    """

    def __init__(self, *args: object, cache_size: int = 0, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.cache_size = int(cache_size)
        self.cache: CachedSignals | None = None

    def load(self) -> CachingDetector:
        super().load()
        if self.cache_size > 0 and self._signals is not None:
            self.cache = CachedSignals(self._signals, self.cache_size)
            self._signals = self.cache
        return self
