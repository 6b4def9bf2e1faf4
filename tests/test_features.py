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


def test_segments_cut_long_texts_only():
    from sxdetect.features import segments

    assert segments("short text. two sentences.", 240) == ["short text. two sentences."]
    long = " ".join(f"sentence number {i} is here." for i in range(40))
    parts = segments(long, 120)
    assert len(parts) > 5 and all(len(p) <= 120 for p in parts)
    assert " ".join(parts).split() == long.split()
    assert segments(long, 0) == [long]


def test_expand_segments_and_pooling():
    from sxdetect.features import expand_segments, max_by_owner

    texts = ["a. " * 100, "short"]
    seg, prev, owner = expand_segments(texts, [None, "before"], 50)
    assert owner[-1] == 1 and prev[-1] == "before" and prev[0] is None and prev[1] == seg[0]
    pooled = max_by_owner(np.arange(len(seg) * 2, dtype=np.float32).reshape(-1, 2), owner, 2)
    assert pooled.shape == (2, 2) and pooled[1, 0] == (len(seg) - 1) * 2
