"""Benchmarks of sxdetect: ``python -m bench`` (the side-by-side harness, docs/bench.md) plus the
stand-alone scripts ``bench/load_test.py`` (HTTP sidecar) and ``bench/queue_memory.py`` (large
moderator queues)."""
