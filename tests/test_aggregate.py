"""Conversation features (sxdetect.aggregate): prefix rows, feature versions, and the version check
that keeps a model and the features it was trained on together."""

import numpy as np
import pytest

from sxdetect.aggregate import FEATURE_NAMES, FEATURE_SETS, FEATURE_VERSION, conversation_features
from sxdetect.engines import Aggregator
from sxdetect.registry import ModelError, ModelSpec
from sxdetect.records import parse_record
from sxdetect.taxonomy import SIGNAL_INDEX, SIGNALS

CONV = parse_record({"id": "c", "messages": [
    {"sender": "A", "text": "i have ur pics"}, {"sender": "A", "text": "pay 200 tonight"},
    {"sender": "B", "text": "please dont"}]})


def _probs():
    p = np.zeros((3, len(SIGNALS)), dtype=np.float32)
    p[0, SIGNAL_INDEX["threat_to_expose"]] = 0.9
    p[1, SIGNAL_INDEX["payment_demand"]] = 0.8
    p[2, SIGNAL_INDEX["victim_distress"]] = 0.95
    return p


def test_latest_version_drops_one_sender_and_keeps_every_other_column():
    assert FEATURE_VERSION == "agg-v2" and FEATURE_NAMES == FEATURE_SETS["agg-v2"]
    assert set(FEATURE_SETS["agg-v1"]) - set(FEATURE_SETS["agg-v2"]) == {"one_sender"}
    v1 = conversation_features(_probs(), CONV, "agg-v1")
    v2 = conversation_features(_probs(), CONV)
    assert v1.shape == (3, len(FEATURE_SETS["agg-v1"])) and v2.shape == (3, len(FEATURE_NAMES))
    for j, name in enumerate(FEATURE_NAMES):
        np.testing.assert_array_equal(v2[:, j], v1[:, FEATURE_SETS["agg-v1"].index(name)])
    one = v1[:, FEATURE_SETS["agg-v1"].index("one_sender")]
    assert one.tolist() == [1.0, 1.0, 0.0]  # what agg-v1 models read, and agg-v2 no longer does


def test_prefix_rows_and_cross_sender_evidence():
    f = conversation_features(_probs(), CONV)
    col = {n: i for i, n in enumerate(FEATURE_NAMES)}
    assert f[0, col["max_threat_to_expose"]] == pytest.approx(0.9)
    assert f[1, col["threat_to_expose*payment_demand"]] == pytest.approx(0.72)
    assert f[1, col["cross_sender_extortion"]] == 0.0  # nobody else has answered yet
    assert f[2, col["cross_sender_extortion"]] == pytest.approx(0.9 * 0.95)


def test_unknown_versions_are_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown aggregator feature version"):
        conversation_features(_probs(), CONV, "agg-v0")
    spec = ModelSpec(name="m", entry={"aggregator": {"features": "agg-v0"}, "roles": {}}, directory=tmp_path)
    with pytest.raises(ModelError, match="agg-v0"):
        Aggregator(spec, {v: len(n) for v, n in FEATURE_SETS.items()})
