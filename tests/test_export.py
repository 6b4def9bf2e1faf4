"""ONNX export of the linear parts: parity with the reference, and the check that catches drift."""

import numpy as np
import pytest

from training import export


def test_sparse_linear_parity(tmp_path):
    rng = np.random.default_rng(0)
    coef, b = rng.normal(size=(64, 8)).astype(np.float32), rng.normal(size=8).astype(np.float32)
    idx = rng.integers(0, 64, size=(5, 7))
    val = rng.random((5, 7)).astype(np.float32)
    val[:, -2:] = 0.0  # padding
    ref = 1 / (1 + np.exp(-(np.einsum("nkc,nk->nc", coef[idx].astype(np.float64), val) + b)))
    path = export.export_sparse_linear(coef, b, tmp_path / "s.onnx")
    assert export.check_parity(path, {"indices": idx, "values": val}, ref) < 1e-6


def test_softmax_parity_and_failure(tmp_path):
    rng = np.random.default_rng(1)
    coef, b = rng.normal(size=(3, 10)).astype(np.float32), rng.normal(size=3).astype(np.float32)
    X = rng.random((6, 10)).astype(np.float32)
    z = X @ coef.T + b
    ref = np.exp(z - z.max(1, keepdims=True))
    ref /= ref.sum(1, keepdims=True)
    path = export.export_softmax_linear(coef, b, tmp_path / "a.onnx")
    assert export.check_parity(path, {"features": X}, ref) < 1e-6
    with pytest.raises(export.ParityError, match="exceeds"):
        export.check_parity(path, {"features": X}, ref + 0.01)


def test_trained_model_parity(tiny_model_dir):
    import json

    manifest = json.loads((tiny_model_dir / "manifest.json").read_text())
    deltas = manifest["models"]["tiny-ngram"]["export"]["parity_max_abs_delta"]
    assert deltas["signals"] <= 1e-4 and deltas["aggregator"] <= 1e-4
