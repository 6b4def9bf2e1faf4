"""Hashed n-gram features are deterministic, bounded and context-aware."""

import numpy as np

from sxdetect.features import FeatureConfig, featurize, featurize_texts

CFG = FeatureConfig(n_features=1 << 12)


def test_deterministic_and_bounded():
    a = featurize(["send me a pic", "hi"], [None, "send me a pic"], CFG)
    b = featurize(["send me a pic", "hi"], [None, "send me a pic"], CFG)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert a[0].dtype == np.int64 and a[1].dtype == np.float32
    assert a[0].max() < CFG.n_features and a[0].min() >= 0


def test_groups_are_normalised():
    idx, val = featurize(["hello there friend"], [None], FeatureConfig(n_features=1 << 20, context_weight=0))
    # word group and char group each have unit L2 norm (few collisions at 2**20 buckets)
    assert abs(float(np.sum(val**2)) - 2.0) < 0.05


def test_context_changes_features():
    plain = featurize(["ok"], [None], CFG)
    after = featurize(["ok"], ["pay or i post it"], CFG)
    assert plain[0].shape[1] < after[0].shape[1]


def test_featurize_texts_normalises():
    a = featurize_texts(["SEND $300"], [None], CFG)
    b = featurize(["send <amount>"], [None], CFG)
    assert np.array_equal(a[0], b[0]) and np.allclose(a[1], b[1])


def test_config_round_trip():
    assert FeatureConfig.from_dict(CFG.to_dict()) == CFG


def test_empty_batch():
    idx, val = featurize([], [], CFG)
    assert idx.shape == (0, 1) and val.shape == (0, 1)
