"""MicroBatcher: batches form under concurrency, sizes are bounded, overload, timeouts, errors."""

import asyncio
import threading
import time

import pytest

from sxdetect.serve.batching import BatcherClosed, MicroBatcher, Overloaded


class _Recorder:
    """A batch function that records batch sizes and can be held back by an event."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.sizes: list[int] = []
        self.gate = gate
        self.entered = threading.Event()

    def __call__(self, items):
        self.entered.set()
        if self.gate is not None:
            assert self.gate.wait(10)
        self.sizes.append(len(items))
        return [item * 10 for item in items]


def test_results_map_back_to_their_requests():
    fn = _Recorder()
    batcher = MicroBatcher(fn, max_size=8, max_wait_s=0.05).start()

    async def main():
        return await asyncio.gather(*(batcher.run([i, i + 100], timeout=5) for i in range(6)))

    answers = asyncio.run(main())
    batcher.close()
    for i, (results, batch) in enumerate(answers):
        assert results == [i * 10, (i + 100) * 10]
        assert 2 <= batch <= 8
    assert sum(fn.sizes) == 12 and max(fn.sizes) <= 8
    assert len(fn.sizes) < 6, "concurrent requests should have shared model calls"


def test_waiting_requests_join_the_next_batch_and_size_is_capped():
    gate = threading.Event()
    fn = _Recorder(gate)
    batcher = MicroBatcher(fn, max_size=4, max_wait_s=0.0).start()
    first = batcher.submit([0])
    assert fn.entered.wait(5)  # the worker is busy with the first request
    later = [batcher.submit([i]) for i in range(1, 7)]
    gate.set()
    assert first.result(5) == ([0], 1)
    assert [f.result(5)[0] for f in later] == [[i * 10] for i in range(1, 7)]
    batcher.close()
    assert fn.sizes == [1, 4, 2]


def test_a_request_larger_than_max_size_runs_alone():
    fn = _Recorder()
    batcher = MicroBatcher(fn, max_size=2, max_wait_s=0.0).start()
    assert batcher.submit(list(range(5))).result(5) == ([i * 10 for i in range(5)], 5)
    batcher.close()


def test_overload_is_refused_at_once():
    gate = threading.Event()
    fn = _Recorder(gate)
    batcher = MicroBatcher(fn, max_size=4, max_wait_s=0.0, max_queue=3).start()
    busy = batcher.submit([1, 2])
    assert fn.entered.wait(5)
    with pytest.raises(Overloaded):
        batcher.submit([3, 4])
    assert batcher.pending == 2
    gate.set()
    busy.result(5)
    assert batcher.submit([3, 4]).result(5)[0] == [30, 40]
    batcher.close()
    assert batcher.pending == 0


def test_timed_out_request_is_dropped_before_it_runs():
    gate = threading.Event()
    fn = _Recorder(gate)
    batcher = MicroBatcher(fn, max_size=1, max_wait_s=0.0).start()

    async def main():
        blocker = batcher.submit([1])
        await asyncio.get_running_loop().run_in_executor(None, fn.entered.wait, 5)
        with pytest.raises(asyncio.TimeoutError):
            await batcher.run([2], timeout=0.05)
        gate.set()
        return await asyncio.wrap_future(blocker)

    assert asyncio.run(main()) == ([10], 1)
    batcher.close()
    assert fn.sizes == [1], "the timed-out request must not reach the model"
    assert batcher.pending == 0


def test_errors_reach_every_request_of_the_batch():
    def boom(items):
        raise ValueError("model failed")

    batcher = MicroBatcher(boom, max_size=4, max_wait_s=0.0).start()
    with pytest.raises(ValueError):
        batcher.submit([1]).result(5)
    batcher.close()


def test_close_finishes_queued_work_then_refuses():
    gate = threading.Event()
    fn = _Recorder(gate)
    batcher = MicroBatcher(fn, max_size=1, max_wait_s=0.0).start()
    futures = [batcher.submit([i]) for i in range(3)]
    closer = threading.Thread(target=batcher.close)
    closer.start()
    time.sleep(0.05)
    with pytest.raises(BatcherClosed):
        batcher.submit([9])
    gate.set()
    closer.join(5)
    assert [f.result(0)[0] for f in futures] == [[0], [10], [20]]


def test_lone_request_waits_at_most_max_wait():
    batcher = MicroBatcher(_Recorder(), max_size=64, max_wait_s=0.2).start()
    started = time.monotonic()
    batcher.submit([1]).result(5)
    waited = time.monotonic() - started
    batcher.close()
    assert 0.15 <= waited < 2.0
