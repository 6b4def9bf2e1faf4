"""The Detector: sklearn-shaped API, output shapes independent of input type, full results."""

import json

import numpy as np
import pytest

from sxdetect import LABELS, Detector, NotLoadedError


def test_init_only_stores():
    det = Detector("no-such-model", threshold=0.3)
    assert det.model == "no-such-model" and det.spec_ is None
    with pytest.raises(NotLoadedError):
        det.predict(["hi"])


def test_shapes_do_not_depend_on_input_type(detector, tiny_splits):
    rec = tiny_splits["test"][0]
    texts = ["hello", "send $300 or i post ur pics"]
    assert detector.predict_proba(texts).shape == (2, 3)
    assert detector.predict_proba([rec]).shape == (1, 3)
    assert detector.predict_proba([]).shape == (0, 3)
    assert detector.predict([rec, "hi"]).shape == (2,)
    assert detector.risk(texts).shape == (2,)
    assert np.allclose(detector.predict_proba(texts).sum(axis=1), 1.0, atol=1e-5)
    assert set(detector.predict(texts)) <= set(LABELS)


def test_single_item_is_rejected(detector):
    with pytest.raises(TypeError, match="sequence"):
        detector.predict_proba("a single string")


def test_learns_the_pattern(detector, tiny_splits):
    test = tiny_splits["test"]
    results = {r.id: r for r in detector.score(test)}
    by_label = {lab: [results[t["id"]] for t in test if t["label"] == lab] for lab in LABELS}
    assert np.mean([r.flagged for r in by_label["sextortion"]]) >= 0.9
    assert np.mean([r.flagged for r in by_label["benign"]]) <= 0.1
    assert np.mean([r.risk for r in by_label["grooming"]]) > np.mean([r.risk for r in by_label["benign"]]) + 0.3


def test_result_contract(detector, tiny_splits):
    rec = next(r for r in tiny_splits["test"] if r["label"] == "sextortion")
    res = detector.score([rec])[0]
    out = json.loads(json.dumps(res.to_dict()))
    for key in ("id", "risk", "label", "stage", "flagged", "threshold", "signals", "trajectory", "evidence"):
        assert key in out
    assert len(out["trajectory"]) == len(rec["messages"]) == len(out["signals"])
    assert 0.0 <= out["risk"] <= 1.0 and out["risk"] == out["trajectory"][-1]
    assert out["stage"] == "extortion" and out["label"] == "sextortion"
    assert all(0 <= i < len(rec["messages"]) for i in out["evidence"]) and out["evidence"]
    assert "threat to expose" in out["reason"]


def test_threshold_override(tiny_model_dir):
    low = Detector(tiny_model_dir, threshold=0.0).load()
    high = Detector(tiny_model_dir, threshold=1.0).load()
    assert low.score(["hello"])[0].flagged and not high.score(["hello"])[0].flagged
    assert low.threshold_ == 0.0


def test_trajectory_is_live(detector, tiny_splits):
    """The trajectory's value after message k equals scoring the first k+1 messages alone."""
    rec = next(r for r in tiny_splits["test"] if r["label"] == "sextortion")
    full = detector.score([rec])[0]
    for k in (1, 4, 6):
        prefix = dict(rec, messages=rec["messages"][: k + 1])
        assert detector.score([prefix])[0].risk == pytest.approx(full.trajectory[k], abs=1e-6)


def test_benign_unflagged_conversation_has_no_stage(tiny_model_dir):
    det = Detector(tiny_model_dir, threshold=1.0).load()
    rec = {"id": "sib", "messages": [{"sender": "A", "text": "i'll show mum your baby pics haha"},
                                     {"sender": "B", "text": "dont u dare lol"}]}
    res = det.score([rec])[0]
    assert res.label == "benign" and not res.flagged and res.stage == "none"
    assert "threat_to_expose" in res.fired  # the signal fires (tagging rules) but sets no stage
    flagged = Detector(tiny_model_dir, threshold=0.0).load().score([rec])[0]
    assert flagged.flagged and flagged.stage == "extortion"
