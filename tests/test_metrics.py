"""Metric primitives against hand-computed examples: AUPRC, ROC AUC (with ties and weights),
rates at a threshold, the precision-recall curve, stratified bootstrap and intervals."""

from __future__ import annotations

import numpy as np
import pytest

from training.metrics import (at_threshold, average_precision, bootstrap_weights, group_seed, headline, interval,
                              pr_curve, roc_auc, wilson)

# Four conversations ranked 0.9 (pos), 0.8 (neg), 0.7 (pos), 0.1 (neg).
Y = np.array([True, False, True, False])
S = np.array([0.9, 0.8, 0.7, 0.1])


def test_average_precision_by_hand():
    # recall 1/2 gained at precision 1/1, then 1/2 gained at precision 2/3
    assert float(average_precision(Y, S)) == pytest.approx(0.5 * 1.0 + 0.5 * 2 / 3)


def test_roc_auc_by_hand():
    # pos-neg pairs ordered right: (0.9>0.8), (0.9>0.1), (0.7>0.1); wrong: (0.7<0.8) -> 3/4
    assert float(roc_auc(Y, S)) == pytest.approx(0.75)


def test_ties_count_half_and_share_one_precision():
    y, s = np.array([True, False]), np.array([0.5, 0.5])
    assert float(roc_auc(y, s)) == pytest.approx(0.5)
    assert float(average_precision(y, s)) == pytest.approx(0.5)


def test_undefined_without_both_classes():
    assert np.isnan(average_precision([True, True], [0.2, 0.3]))
    assert np.isnan(roc_auc([False, False], [0.2, 0.3]))


def test_weights_equal_duplicated_rows():
    w = np.array([2.0, 1.0, 1.0, 3.0])
    y2, s2 = np.repeat(Y, w.astype(int)), np.repeat(S, w.astype(int))
    assert float(average_precision(Y, S, w)) == pytest.approx(float(average_precision(y2, s2)))
    assert float(roc_auc(Y, S, w)) == pytest.approx(float(roc_auc(y2, s2)))


def test_matches_scikit_learn_on_random_ties():
    sk = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(1)
    y, s = rng.random(300) < 0.2, np.round(rng.random(300), 1)
    assert float(average_precision(y, s)) == pytest.approx(sk.average_precision_score(y, s))
    assert float(roc_auc(y, s)) == pytest.approx(sk.roc_auc_score(y, s))


def test_rates_at_threshold_by_hand():
    r = at_threshold(Y, np.array([True, True, False, False]))
    assert (float(r["precision"]), float(r["recall"]), float(r["fpr"])) == (0.5, 0.5, 0.5)
    h = headline(Y, S, S >= 0.7)  # flags 0.9, 0.8, 0.7: tp 2, fp 1
    assert float(h["precision"]) == pytest.approx(2 / 3) and float(h["recall"]) == 1.0 and float(h["fpr"]) == 0.5


def test_pr_curve_points():
    precision, recall = pr_curve(Y, S)
    assert precision.tolist() == pytest.approx([1.0, 0.5, 2 / 3, 0.5])
    assert recall.tolist() == pytest.approx([0.5, 0.5, 1.0, 1.0])


def test_bootstrap_is_stratified_and_seeded():
    labels = ["a"] * 5 + ["b"] * 3
    w = bootstrap_weights(labels, 200, seed=4)
    assert w.shape == (200, 8)
    assert (w[:, :5].sum(axis=1) == 5).all() and (w[:, 5:].sum(axis=1) == 3).all()
    assert np.array_equal(w, bootstrap_weights(labels, 200, seed=4))
    assert not np.array_equal(w, bootstrap_weights(labels, 200, seed=5))
    assert group_seed(0, "file:x") == group_seed(0, "file:x") != group_seed(0, "file:y")


def test_interval_and_wilson_by_hand():
    assert interval(np.arange(101.0)) == pytest.approx([2.5, 97.5])
    assert interval(np.array([np.nan, np.nan])) is None
    assert wilson(5, 10) == pytest.approx([0.2366, 0.7634], abs=1e-4)
    assert wilson(0, 10) == pytest.approx([0.0, 0.2775], abs=1e-4)
    assert wilson(0, 0) is None
