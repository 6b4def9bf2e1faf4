"""The training pipeline end to end on the tiny configuration (real generator, seconds)."""

import json
from pathlib import Path

import pytest

from sxdetect import Detector
from sxdetect.registry import read_manifest, verify, resolve
from training import pipeline

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "training" / "configs" / "tiny.toml"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run")
    pipeline.run(TINY, out)
    return out


def test_run_writes_model_report_and_card(run_dir):
    manifest = read_manifest(run_dir / "model")
    entry = manifest["models"][manifest["default"]]
    verify(resolve(run_dir / "model"))
    assert entry["export"]["parity_max_abs_delta"]["signals"] <= 1e-4
    assert 0 < entry["thresholds"]["conversation"] < 1
    assert len(entry["training"]["data_sha256"]) == 64
    report = json.loads((run_dir / "eval" / "report.json").read_text())
    groups = report["models"][0]["groups"]
    assert groups["file:synthetic:test"]["conversation"]["n"] == 120
    assert (run_dir / "eval" / "MODEL_CARD.md").read_text().count(entry["name"]) >= 1
    assert (run_dir / "model" / entry["path"] / "report.json").exists()


def test_splits_are_template_disjoint(run_dir):
    from training.data import read_jsonl

    ids = {s: {t for r in read_jsonl(run_dir / "data" / f"{s}.jsonl") for t in r["template_ids"]}
           for s in ("train", "validation", "test")}
    assert not ids["train"] & ids["test"] and not ids["train"] & ids["validation"]


def test_trained_model_scores(run_dir, tiny_splits):
    det = Detector(run_dir / "model").load()
    assert det.predict_proba(["hello there"]).shape == (1, 3)


def test_ship_merges_manifest(run_dir, tmp_path):
    models = tmp_path / "models"
    pipeline.ship_model(run_dir / "model", models)
    manifest = read_manifest(models)
    name = manifest["default"]
    assert name in manifest["models"] and (models / name / "signals.onnx").exists()
    Detector(name, models_dir=models).load()


def test_ship_only_named_models_keeps_the_rest(run_dir, tmp_path):
    import json
    import shutil

    models = tmp_path / "models"
    pipeline.ship_model(run_dir / "model", models)
    name = read_manifest(models)["default"]
    # a second run whose model has another name: ship only it, as the new default
    other = tmp_path / "run2"
    shutil.copytree(run_dir / "model", other)
    manifest = json.loads((other / "manifest.json").read_text())
    entry = manifest["models"].pop(name)
    entry["name"], entry["path"] = "other-model", name
    manifest["models"]["other-model"], manifest["default"] = entry, "other-model"
    (other / "manifest.json").write_text(json.dumps(manifest))
    pipeline.ship_model(other, models, set_default=True, names=["other-model"])
    shipped = read_manifest(models)
    assert shipped["default"] == "other-model" and set(shipped["models"]) == {name, "other-model"}
    with pytest.raises(ValueError, match="not in"):
        pipeline.ship_model(other, models, names=["missing"])
