"""Cascade: the screening cut keeps what it promises, routing is exact, results keep their shape."""

import numpy as np
import pytest

from sxdetect import Detector
from sxdetect.cascade import Cascade, NotFittedError, screen_threshold


def test_screen_threshold_keeps_the_requested_share():
    rng = np.random.default_rng(0)
    risk = rng.random(1000)
    flags = rng.random(1000) < 0.3
    for keep in (0.9, 0.995, 1.0):
        cut = screen_threshold(risk, flags, keep)
        assert (risk[flags] >= cut).mean() >= keep
        assert (risk[flags] >= cut + 0.01).mean() < keep or cut + 0.01 > risk[flags].max()  # highest such cut
    assert screen_threshold(risk, np.zeros(1000, bool)) == 0.0  # nothing flagged: everything goes on
    with pytest.raises(ValueError):
        screen_threshold(risk, flags, keep=0.0)
    with pytest.raises(ValueError):
        screen_threshold(risk, flags[:10])


@pytest.fixture(scope="module")
def pair(tiny_model_dir):
    fast = Detector(tiny_model_dir).load()
    full = Detector(tiny_model_dir, threshold=0.3).load()  # a different verdict rule than the fast tier's
    return fast, full


def test_routing_is_exact(pair, tiny_splits):
    fast, full = pair
    test = tiny_splits["test"]
    fast_risk = fast.risk(test)
    cut = float(np.median(fast_risk))
    cascade = Cascade(fast, full, screen_threshold=cut)
    results = cascade.score(test)
    proba = cascade.predict_proba(test)
    full_res, fast_res = full.score(test), fast.score(test)
    routed = fast_risk >= cut
    assert 0 < routed.sum() < len(test)
    for i, res in enumerate(results):
        if routed[i]:
            assert res.extra["tier"] == "full" and res.risk == pytest.approx(full_res[i].risk)
            assert res.flagged == full_res[i].flagged
            assert np.allclose(proba[i], full.predict_proba([test[i]])[0], atol=1e-6)
        else:
            assert res.extra["tier"] == "fast" and res.risk == pytest.approx(fast_res[i].risk)
            assert res.flagged is False and res.threshold == full.threshold_
            assert res.to_dict()["tier"] == "fast"
    assert proba.shape == (len(test), 3) and np.allclose(proba.sum(axis=1), 1.0, atol=1e-5)
    assert cascade.predict(test).shape == (len(test),) and cascade.risk(test).shape == (len(test),)
    assert cascade.routed_ == pytest.approx(routed.mean())


def test_extreme_cuts_reduce_to_one_tier(pair, tiny_splits):
    fast, full = pair
    test = tiny_splits["test"]
    everything = Cascade(fast, full, screen_threshold=0.0)
    assert np.allclose(everything.predict_proba(test), full.predict_proba(test), atol=1e-6)
    assert [r.flagged for r in everything.score(test)] == [r.flagged for r in full.score(test)]
    nothing = Cascade(fast, full, screen_threshold=1.5)
    assert np.allclose(nothing.predict_proba(test), fast.predict_proba(test), atol=1e-6)
    assert not any(r.flagged for r in nothing.score(test))


def test_fit_on_validation_keeps_the_full_models_flags(pair, tiny_splits):
    fast, full = pair
    val = tiny_splits["validation"]
    cascade = Cascade(fast, full).fit(val, keep=0.995)
    flags = full.risk(val) >= full.threshold_
    assert flags.any()
    kept = np.array([r.flagged for r in cascade.score(val)])
    assert kept[flags].mean() >= 0.995 and not kept[~flags].any()


def test_names_load_and_errors(tiny_model_dir):
    cascade = Cascade(tiny_model_dir, tiny_model_dir)
    with pytest.raises(NotFittedError):
        cascade.predict_proba(["hi"])
    cascade.screen_threshold_ = 0.5
    assert cascade.load().predict_proba(["hi", "send the pics"]).shape == (2, 3)
    with pytest.raises(TypeError):
        cascade.predict_proba("hi")
    assert "screen_threshold=0.5" in repr(cascade)
