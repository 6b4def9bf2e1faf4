"""Metrics: own registry per app, sxdetect_ prefix, bounded label values."""

import pytest

pytest.importorskip("prometheus_client")

from sxdetect.serve.metrics import Metrics, endpoint_label  # noqa: E402


def test_each_app_has_its_own_registry():
    a, b = Metrics(), Metrics()
    a.observe_request("/v1/score", 200, 0.01)
    assert 'sxdetect_requests_total{endpoint="/v1/score",status="200"} 1.0' in a.render().decode()
    assert 'sxdetect_requests_total{endpoint="/v1/score",status="200"}' not in b.render().decode()


def test_unknown_paths_share_one_label():
    assert endpoint_label("/v1/score") == "/v1/score"
    assert endpoint_label("/v1/score/c-123") == "other"
    assert endpoint_label("/users/alice") == "other"


def test_everything_is_prefixed_and_counts_add_up():
    m = Metrics()
    m.observe_scored("/v1/score/batch", 3, ["extortion", "grooming", "extortion"])
    m.observe_batch(5, 0.02)
    m.set_model("m", "1.2", "ngram", "1")
    text = m.render().decode()
    names = {line.split("{")[0].split(" ")[0] for line in text.splitlines() if line and not line.startswith("#")}
    assert all(name.startswith("sxdetect_") for name in names)
    assert 'sxdetect_flagged_total{stage="extortion"} 2.0' in text
    assert 'sxdetect_conversations_scored_total{endpoint="/v1/score/batch"} 3.0' in text
    assert "sxdetect_inference_batch_conversations_sum 5.0" in text
    assert 'sxdetect_model_info{kind="ngram",name="m",taxonomy_version="1",version="1.2"} 1.0' in text
