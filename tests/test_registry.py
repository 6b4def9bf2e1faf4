"""Manifest, sha256 verification and model resolution."""

import json
import shutil

import pytest

from sxdetect import Detector
from sxdetect.registry import ModelError, list_models, resolve, verify


def test_resolve_directory(tiny_model_dir):
    spec = resolve(tiny_model_dir)
    assert spec.name == "tiny-ngram" and spec.kind == "ngram"
    verify(spec)
    assert [s.name for s in list_models(tiny_model_dir)] == ["tiny-ngram"]


def test_sha_mismatch_refused(tiny_model_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_model_dir, copy)
    onnx = copy / "tiny-ngram" / "aggregator.onnx"
    onnx.write_bytes(onnx.read_bytes() + b"\0")
    with pytest.raises(ModelError, match="sha256 mismatch.*refusing"):
        Detector(copy).load()


def test_unknown_name_and_taxonomy(tiny_model_dir, tmp_path):
    with pytest.raises(ModelError, match="unknown model 'nope'"):
        resolve("nope", tiny_model_dir)
    copy = tmp_path / "m"
    shutil.copytree(tiny_model_dir, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["models"]["tiny-ngram"]["taxonomy_version"] = "99"
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="taxonomy v99"):
        Detector(copy).load()


def test_shipped_manifest_is_valid():
    specs = list_models()
    assert specs, "models/manifest.json lists no model"
    for spec in specs:
        verify(spec)
        assert 0.0 < spec.thresholds["conversation"] < 1.0
        assert spec.entry["training"]["data_sha256"]
