"""Shared fixtures: a tiny n-gram model trained in seconds from generated data, and a detector."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures_data import make_splits  # noqa: E402


@pytest.fixture(scope="session")
def tiny_splits() -> dict:
    return make_splits(0)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory, tiny_splits: dict) -> Path:
    """A model directory (manifest + ONNX files) trained on the tiny fixture data."""
    from training.pipeline import train_baseline

    out = tmp_path_factory.mktemp("tiny-model")
    cfg = {"model": {"n_features": 4096, "name": "tiny-ngram", "version": "0.0.1", "segment_chars": 80}}
    return train_baseline(cfg, tiny_splits, out)


@pytest.fixture(scope="session")
def detector(tiny_model_dir: Path):
    from sxdetect import Detector

    return Detector(tiny_model_dir).load()
