"""Prometheus metrics of the sidecar, in their own registry per app, all prefixed ``sxdetect_``.

Counts, timings, batch sizes, flagged counts by stage and model facts only: label values are
drawn from fixed sets (endpoint paths, status codes, taxonomy stages, the model's name and
version), never from request content, so no text, id or per-user label can reach ``/metrics``.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, Info, generate_latest

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from ..taxonomy import STAGES

#: Paths that get their own ``endpoint`` label; everything else is counted as ``other``.
ENDPOINTS: tuple[str, ...] = (
    "/v1/score", "/v1/score/batch", "/v1/score/incremental", "/healthz/live", "/healthz/ready", "/metrics",
)
SCORING_ENDPOINTS: tuple[str, ...] = ENDPOINTS[:3]

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_SIZE_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096)

CONTENT_TYPE = CONTENT_TYPE_LATEST


def endpoint_label(path: str) -> str:
    """The ``endpoint`` label of a request path (a fixed set, so cardinality stays bounded)."""
    return path if path in ENDPOINTS else "other"


class Metrics:
    """The service's collectors, registered in a fresh :class:`CollectorRegistry`."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "sxdetect_requests", "HTTP requests by endpoint and status code.", ["endpoint", "status"], registry=r
        )
        self.latency = Histogram(
            "sxdetect_request_duration_seconds", "Time to answer a request, by endpoint.", ["endpoint"],
            buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.request_conversations = Histogram(
            "sxdetect_request_conversations", "Conversations per scoring request, by endpoint.", ["endpoint"],
            buckets=_SIZE_BUCKETS, registry=r,
        )
        self.batch_size = Histogram(
            "sxdetect_inference_batch_conversations", "Conversations per model call (micro-batch size).",
            buckets=_SIZE_BUCKETS, registry=r,
        )
        self.inference = Histogram(
            "sxdetect_inference_duration_seconds", "Time of one model call on a micro-batch.",
            buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.conversations = Counter(
            "sxdetect_conversations_scored", "Conversations scored, by endpoint.", ["endpoint"], registry=r
        )
        self.flagged = Counter("sxdetect_flagged", "Flagged conversations, by stage.", ["stage"], registry=r)
        self.queue = Gauge("sxdetect_queue_conversations", "Conversations waiting for the model.", registry=r)
        self.ready = Gauge("sxdetect_ready", "1 when the model is loaded and its self-test passed.", registry=r)
        self.model = Info("sxdetect_model", "The model being served.", registry=r)
        for stage in STAGES:
            self.flagged.labels(stage=stage)
        for endpoint in SCORING_ENDPOINTS:
            self.conversations.labels(endpoint=endpoint)

    def observe_request(self, endpoint: str, status: int, seconds: float) -> None:
        """Count one answered request."""
        self.requests.labels(endpoint=endpoint, status=str(status)).inc()
        self.latency.labels(endpoint=endpoint).observe(seconds)

    def observe_scored(self, endpoint: str, n_conversations: int, flagged_stages: list[str]) -> None:
        """Count the conversations a request scored and the flagged ones by stage."""
        self.request_conversations.labels(endpoint=endpoint).observe(n_conversations)
        self.conversations.labels(endpoint=endpoint).inc(n_conversations)
        for stage in flagged_stages:
            self.flagged.labels(stage=stage).inc()

    def observe_batch(self, n_conversations: int, seconds: float) -> None:
        """Record one model call of the micro-batcher."""
        self.batch_size.observe(n_conversations)
        self.inference.observe(seconds)

    def set_model(self, name: str, version: str, kind: str, taxonomy_version: str) -> None:
        """Publish the model's facts (``sxdetect_model_info``)."""
        self.model.info({"name": name, "version": version, "kind": kind, "taxonomy_version": taxonomy_version})

    def watch_cache(self, cache: Any) -> None:
        """Publish the signal cache's hits, misses and size (read at scrape time)."""
        self.registry.register(_CacheCollector(cache))

    def render(self) -> bytes:
        """The exposition text."""
        return generate_latest(self.registry)


class _CacheCollector:
    """Reads the signal cache's counters when /metrics is scraped."""

    def __init__(self, cache: Any) -> None:
        self.cache = cache

    def collect(self):  # noqa: ANN201 - prometheus collector protocol
        yield CounterMetricFamily("sxdetect_signal_cache_hits", "Messages whose signals came from the cache.",
                                  value=self.cache.hits)
        yield CounterMetricFamily("sxdetect_signal_cache_misses", "Messages whose signals had to be computed.",
                                  value=self.cache.misses)
        yield GaugeMetricFamily("sxdetect_signal_cache_entries", "Messages held in the signal cache.",
                                value=len(self.cache))
