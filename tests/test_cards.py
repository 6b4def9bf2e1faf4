"""Model cards: every Mitchell et al. section, figures read from the report (never typed), the
synthetic-to-real gap, and the combined card of a models directory."""

from __future__ import annotations

import copy
import json
import re
import shutil

import pytest

from sxdetect.registry import read_manifest
from training import cards
from training import report as rp
from training.data import to_conversations
from training.evaluate import load_labelled

_SECTIONS = ("Model details", "Intended use", "Out-of-scope use", "Training data", "Evaluation data", "Metrics",
             "Per language", "Per signal", "Early warning", "Ethical considerations", "Limitations",
             "Synthetic-to-real gap", "Caveats and recommendations")
_REAL = [
    {"id": "r1", "lang": "en", "label": "benign", "kind": "sms", "text": "dinner at 7?"},
    {"id": "r2", "lang": "en", "label": "hard_negative", "kind": "sms", "text": "send the 20 you owe me by monday"},
    {"id": "r3", "lang": "fr", "label": "extortion", "kind": "email", "text": "j'ai tes photos, paie en bitcoin"},
]


@pytest.fixture(scope="module")
def built(tmp_path_factory, tiny_splits, tiny_model_dir):
    path = tmp_path_factory.mktemp("real") / "real.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _REAL), encoding="utf-8")
    datasets = {"synthetic:test": to_conversations(tiny_splits["test"]), "real": load_labelled(path)}
    meta = [rp.dataset_meta("synthetic:test", datasets["synthetic:test"], origin="synthetic"),
            rp.dataset_meta("real", datasets["real"], origin="real", sha256="ab" * 32)]
    report, _ = rp.build_report([str(tiny_model_dir)], datasets, meta, resamples=40, seed=1)
    manifest = read_manifest(tiny_model_dir)
    entry = {"name": manifest["default"], **manifest["models"][manifest["default"]]}
    return json.loads(json.dumps(report)), entry


def test_card_has_every_section_and_the_reports_figures(built, tmp_path):
    report, entry = built
    out = tmp_path / "MODEL_CARD.md"
    text = cards.render_model_card(entry, report, out)
    assert out.read_text() == text
    for section in _SECTIONS:
        assert section in text, section
    model = report["models"][0]
    synth = model["groups"]["file:synthetic:test"]["conversation"]
    assert rp.fmt_ci(synth["auprc"], synth["ci"]["auprc"]) in text
    assert rp.rate_cell(model["groups"]["file:real"]["per_label"]["hard_negative"]) in text
    assert entry["training"]["data_sha256"] in text and entry["files"]["signals.onnx"]["sha256"] in text
    assert "Real positives are few (1 in this report, all email)" in text


def _numbers(text):
    return re.findall(r"(?<![\w.\-])\d+(?:\.\d+)?(?:e[-+]?\d+)?(?!\w|\.\d)", text)


def _perturb(obj, scale=0.5, shift=0.2013):
    if isinstance(obj, bool) or obj is None:
        return obj
    if isinstance(obj, int):
        return obj + 3 if obj else 0  # zero stays zero: it decides which rows a table has
    if isinstance(obj, float):
        return obj * scale + shift
    if isinstance(obj, list):
        return [_perturb(v, scale, shift) for v in obj]
    if isinstance(obj, dict):
        return {k: _perturb(v, scale, shift) for k, v in obj.items()}
    return obj


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_no_figure_is_typed_by_hand(built):
    """Change every number in the report and the manifest entry: every number in the card must
    change with them, except digits that come from strings (versions, dates, hashes)."""
    report, entry = built
    before = _numbers(cards.render_model_card(entry, report))
    # two perturbations with different fixed points, so no figure can survive both by chance
    after = [_numbers(cards.render_model_card(_perturb(entry, *p), _perturb(report, *p))) for p in ((0.5, 0.2013),
                                                                                                   (0.3, 0.6111))]
    assert len(before) == len(after[0]) == len(after[1]) and len(before) > 50
    from_strings = {n for s in _strings([report, entry]) for n in _numbers(s)}
    allowed = from_strings | {"0", "2019"}  # zero counts (kept), the year of the model-card paper
    typed = {a for a, b, c in zip(before, *after) if a == b == c and a not in allowed}
    assert not typed, f"numbers that did not come from the report or manifest: {sorted(typed)}"


def test_gap_needs_both_origins(built):
    report, entry = built
    only_synthetic = copy.deepcopy(report)
    for d in only_synthetic["data"]:
        d["origin"] = "synthetic"
    text = cards.render_model_card(entry, only_synthetic)
    assert "the gap cannot be read from it" in text


def test_unknown_model_is_an_error(built):
    report, entry = built
    with pytest.raises(ValueError, match="no figures"):
        cards.render_model_card({**entry, "name": "other"}, report)


def test_models_directory_card(built, tiny_model_dir, tmp_path):
    report, entry = built
    models = tmp_path / "models"
    shutil.copytree(tiny_model_dir, models)
    manifest = json.loads((models / "manifest.json").read_text())
    manifest["models"]["fast-ngram"] = {**manifest["models"][entry["name"]], "path": "fast-ngram"}
    (models / "manifest.json").write_text(json.dumps(manifest))
    (models / entry["path"] / cards.REPORT_NAME).write_text(json.dumps(report))
    path = cards.render_models_card(models)
    text = path.read_text()
    assert path == models / "MODEL_CARD.md"
    assert f"## Model card: {entry['name']}" in text and "### Metrics" in text
    assert "No evaluation report yet for: `fast-ngram`" in text
    both = cards.render_models_card(models, tmp_path / "card.md", reports={"fast-ngram": _renamed(report)})
    assert "## Model card: fast-ngram" in both.read_text()


def _renamed(report):
    out = copy.deepcopy(report)
    out["models"][0]["name"] = "fast-ngram"
    return out
