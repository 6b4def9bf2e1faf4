"""Micro-batching: requests that arrive together share one model call, off the event loop.

Handlers :meth:`MicroBatcher.submit` their conversations and await the answer; one worker
thread takes the oldest waiting request, then adds whatever else is waiting until the batch
holds ``max_size`` conversations or the oldest request has waited ``max_wait_s``, and runs the
model once on all of them. When the model is busy, requests pile up and the next batch takes
them without waiting more, so batches grow with load while a lone request waits at most
``max_wait_s``. The queue is bounded (``max_queue`` conversations): beyond it
:class:`Overloaded` is raised at once instead of letting latency grow without end.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_log = logging.getLogger("sxdetect.serve")


class Overloaded(RuntimeError):
    """The queue is full; the caller should retry later (503)."""


class BatcherClosed(RuntimeError):
    """The batcher is shutting down or not started; no new work is taken (503)."""


@dataclass
class _Job(Generic[T]):
    items: Sequence[T]
    future: Future = field(default_factory=Future)
    enqueued: float = field(default_factory=time.monotonic)


class MicroBatcher(Generic[T, R]):
    """Run ``fn(items) -> results`` (one result per item, same order) on micro-batches.

    ``on_batch(n_items, seconds)`` is called after each model call (for metrics). The future of
    each request resolves to ``(results, batch_items)``: its own results and the size of the
    batch it rode in.
    """

    def __init__(
        self,
        fn: Callable[[list[T]], Sequence[R]],
        *,
        max_size: int = 64,
        max_wait_s: float = 0.002,
        max_queue: int = 4096,
        on_batch: Callable[[int, float], None] | None = None,
    ) -> None:
        self._fn = fn
        self.max_size = max(1, int(max_size))
        self.max_wait_s = max(0.0, float(max_wait_s))
        self.max_queue = max(1, int(max_queue))
        self._on_batch = on_batch
        self._queue: queue.Queue[_Job[T] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._pending = 0
        self._open = False
        self._thread: threading.Thread | None = None

    @property
    def pending(self) -> int:
        """Conversations waiting for or inside the current model call."""
        return self._pending

    def start(self) -> MicroBatcher[T, R]:
        """Start the worker thread."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="sxdetect-batcher", daemon=True)
                self._open = True
                self._thread.start()
        return self

    def close(self, timeout: float | None = None) -> None:
        """Stop taking work, finish what is queued, stop the worker."""
        with self._lock:
            if not self._open:
                return
            self._open = False
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def submit(self, items: Sequence[T]) -> Future:
        """Queue ``items`` for the model; the future gives ``(results, batch_items)``."""
        n = len(items)
        with self._lock:
            if not self._open:
                raise BatcherClosed("the model is not accepting work")
            if self._pending and self._pending + n > self.max_queue:
                raise Overloaded("too many conversations waiting for the model")
            self._pending += n
        job: _Job[T] = _Job(items)
        self._queue.put(job)
        return job.future

    async def run(self, items: Sequence[T], timeout: float) -> tuple[list[R], int]:
        """Submit and await, giving up after ``timeout`` seconds (``asyncio.TimeoutError``).

        A request that times out while still queued is dropped from its batch; one already
        inside a model call finishes there and its result is discarded.
        """
        fut = self.submit(items)
        return await asyncio.wait_for(asyncio.wrap_future(fut), timeout)

    # -- worker -----------------------------------------------------------------------------
    def _collect(self, first: _Job[T]) -> tuple[list[_Job[T]], _Job[T] | None, bool]:
        """Jobs for one batch starting with ``first``; also a job left over and a stop flag."""
        jobs, size = [first], len(first.items)
        deadline = first.enqueued + self.max_wait_s
        while size < self.max_size:
            try:
                nxt = self._queue.get_nowait()
            except queue.Empty:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    nxt = self._queue.get(timeout=remaining)
                except queue.Empty:
                    break
            if nxt is None:
                return jobs, None, True
            if size + len(nxt.items) > self.max_size:
                return jobs, nxt, False
            jobs.append(nxt)
            size += len(nxt.items)
        return jobs, None, False

    def _run(self) -> None:
        carry: _Job[T] | None = None
        stop = False
        while True:
            if carry is not None:
                first, carry = carry, None
            elif stop:
                break
            else:
                first = self._queue.get()
                if first is None:
                    break
            jobs, carry, stopping = self._collect(first)
            stop = stop or stopping
            self._execute(jobs)

    def _execute(self, jobs: list[_Job[T]]) -> None:
        live = []
        for job in jobs:
            if job.future.set_running_or_notify_cancel():
                live.append(job)
            else:
                self._release(len(job.items))
        if not live:
            return
        items: list[T] = [item for job in live for item in job.items]
        started = time.perf_counter()
        try:
            results = list(self._fn(items))
            if len(results) != len(items):
                raise RuntimeError("batch function returned the wrong number of results")
        except Exception as exc:  # noqa: BLE001 - handed to every waiting request
            self._finish(len(items), started)
            for job in live:
                job.future.set_exception(exc)
            return
        self._finish(len(items), started)  # before the answers, so metrics never lag them
        start = 0
        for job in live:
            stop = start + len(job.items)
            job.future.set_result((results[start:stop], len(items)))
            start = stop

    def _finish(self, n: int, started: float) -> None:
        self._release(n)
        if self._on_batch is not None:
            try:
                self._on_batch(n, time.perf_counter() - started)
            except Exception:  # noqa: BLE001 - metrics must never break scoring
                _log.warning("batch metrics callback failed")

    def _release(self, n: int) -> None:
        with self._lock:
            self._pending -= n

    def describe(self) -> dict[str, Any]:
        """Settings of this batcher (for logs)."""
        return {"max_size": self.max_size, "max_wait_ms": self.max_wait_s * 1000, "max_queue": self.max_queue}
