"""The transformer pipeline end to end, tiny: fine-tune a 2-layer cut of the packaged MiniLM on the
fixture data, export ONNX + INT8, calibrate and combine with the n-gram model, fit the
aggregator, write the manifest; then check parity figures, runtime ids, the fast tier and that
one signal alone does not flag a conversation. Plus unit tests of the combiner graph."""

import json

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from sxdetect import LABELS, Detector  # noqa: E402
from sxdetect.registry import list_models, verify  # noqa: E402
from training import encoder_export, export  # noqa: E402
from training.encoder import Combiner, StackInputs, fit_combiner  # noqa: E402

TINY = {
    "model": {"kind": "encoder", "name": "tiny-minilm", "version": "0.0.1"},
    "baseline": {"name": "tiny-ngram", "n_features": 4096, "segment_chars": 80},
    "encoder": {"num_layers": 2, "max_length": 32, "max_train_messages": 200, "epochs": 2, "batch_size": 16,
                "lr": 1e-4, "head_lr": 5e-3, "progress_bar": False},
    "combine": {"mode": "hybrid", "singleton_fraction": 0.5},  # the fixture validation half is tiny
    "thresholds": {"recall_target": 0.9},
}


@pytest.fixture(scope="module")
def run_root(tmp_path_factory, tiny_splits):
    from training.pipeline import train_models

    return train_models(TINY, tiny_splits, tmp_path_factory.mktemp("tiny-encoder-run"))


@pytest.fixture(scope="module")
def entry(run_root):
    return json.loads((run_root / "manifest.json").read_text())["models"]["tiny-minilm"]


@pytest.mark.slow
def test_manifest_has_both_tiers(run_root, entry):
    specs = list_models(run_root)
    assert [s.name for s in specs] == ["tiny-minilm", "tiny-ngram"]  # the encoder is the default
    for spec in specs:
        verify(spec)
    assert entry["kind"] == "encoder" and entry["encoder"]["precision"] in ("int8", "fp32")
    assert set(entry["roles"]) == {"tokenizer", "encoder", "ngram", "combiner", "aggregator"}
    assert entry["ngram"]["features"]["segment_chars"] == 80  # long texts: sentence windows, as the fast tier
    assert entry["export"]["opset"] == export.OPSET and "dynamo=False" in entry["export"]["exporter"]
    assert 0.0 < entry["thresholds"]["conversation"] < 1.0
    assert entry["training"]["data_sha256"] and entry["training"]["fine_tune"]["steps"] > 0
    tok = json.loads((run_root / "tiny-minilm" / "tokenizer.json").read_text())
    assert tok["padding"] is None and tok["truncation"] is None


@pytest.mark.slow
def test_parity_figures(entry):
    deltas = entry["export"]["parity_max_abs_delta"]
    for part in ("encoder_fp32_vs_torch", "combiner", "aggregator", "runtime_engine"):
        assert deltas[part] <= 1e-4, part
    flips = entry["export"]["precision_flips_test"]
    assert flips["torch_vs_fp32"]["verdict_flips"] == 0 and flips["torch_vs_fp32"]["max_abs_dp"] <= 1e-4
    assert flips["fp32_vs_int8"]["max_abs_dp"] >= 0.0 and flips["messages"] > 0
    gate = entry["export"]["int8_gate"]
    assert gate["shipped"] == encoder_export.choose_precision(gate)
    assert set(entry["combiner"]["variants_on_threshold_half"]) == {"encoder", "ngram", "hybrid"}


@pytest.mark.slow
def test_runtime_ids_equal_autotokenizer(run_root, entry, tiny_splits):
    from transformers import AutoTokenizer

    from training.encoder import BASE_PACKAGE, base_model_path

    det = Detector(run_root).load()
    auto = AutoTokenizer.from_pretrained(str(base_model_path(BASE_PACKAGE)))
    msgs = [m["text"] for r in tiny_splits["test"][:10] for m in r["messages"]]
    max_length = entry["encoder"]["max_length"]
    win = det._signals.tokenizer.windows(msgs[1:], msgs[:-1])
    for msg, prev, ids in zip(msgs[1:], msgs[:-1], win.ids):
        assert ids.tolist() == auto(msg, prev, truncation="only_second", max_length=max_length)["input_ids"]


@pytest.mark.slow
def test_learns_the_pattern_and_tiers_are_selectable(run_root, tiny_splits):
    test = tiny_splits["test"]
    det = Detector(run_root).load()
    assert det.name == "tiny-minilm"
    results = det.score(test)
    by_label = {lab: [r for r, t in zip(results, test) if t["label"] == lab] for lab in LABELS}
    assert np.mean([r.flagged for r in by_label["sextortion"]]) >= 0.9  # the threshold's promise
    assert np.mean([r.flagged for r in by_label["benign"]]) <= 0.1
    assert np.mean([r.risk for r in by_label["grooming"]]) > np.mean([r.risk for r in by_label["benign"]]) + 0.3
    sx = next(r for r in by_label["sextortion"] if r.stage == "extortion")
    assert len(sx.trajectory) == len(sx.signals) and sx.evidence
    fast = Detector("tiny-ngram", models_dir=run_root).load()
    assert fast.spec_.kind == "ngram" and fast.predict_proba([test[0]]).shape == (1, 3)
    assert Detector(run_root, threshold=1.0).load().score([test[0]])[0].flagged is False


@pytest.mark.slow
def test_one_signal_alone_does_not_flag(run_root, entry):
    det = Detector(run_root).load()
    alone = det.score(["send $250 on cashapp in 2 hours", "report due tomorrow or we lose the client"])
    assert not any(r.flagged for r in alone)
    probes = entry["aggregator"]["probes_on_threshold_half"]
    assert probes["deadline_or_payment_alone"]["n"] > 0 and probes["deadline_or_payment_alone"]["flagged"] <= 0.1
    assert probes["threat_and_demand_in_one_message"]["n"] > 0
    assert entry["aggregator"]["singleton_negatives"] > 0 and entry["aggregator"]["singleton_positives"] == 0


def test_singleton_conversations(tiny_splits):
    from training.data import to_conversations
    from training.encoder import singleton_negatives, singleton_positives

    convs = to_conversations(tiny_splits["validation"])
    neg = singleton_negatives(convs, {"deadline", "payment_demand"}, 1000, 0)
    pos = singleton_positives(convs, 1000, 0)
    assert neg and all(len(c.messages) == 1 and c.label == "benign" for c in neg)
    assert pos and all(len(c.messages) == 1 and c.label == "sextortion" for c in pos)
    assert all({"threat_to_expose", "payment_demand"} <= set(c.messages[0].signals) for c in pos)
    assert len(singleton_positives(convs, 3, 0)) == 3


def test_combiner_graph_parity_and_failure(tmp_path):
    rng = np.random.default_rng(0)
    comb = Combiner(rng.normal(size=8), rng.normal(size=8), rng.normal(size=8))
    enc = rng.normal(size=(6, 8)).astype(np.float32)
    ngram = rng.random((6, 8)).astype(np.float32)
    ngram[0, 0], ngram[1, 1] = 0.0, 1.0  # clipped, not infinite
    ref = comb.proba(StackInputs(enc, ngram))
    path = encoder_export.export_combiner(comb, tmp_path / "c.onnx")
    feed = {"encoder_logits": enc, "ngram_probabilities": ngram}
    assert export.check_parity(path, feed, ref) < 1e-5
    with pytest.raises(export.ParityError):
        export.check_parity(path, feed, ref + 0.01)


def test_fit_combiner_recovers_the_better_input():
    rng = np.random.default_rng(1)
    Y = (rng.random((4000, 8)) < 0.3).astype(np.int8)
    Y[:, 7] = 0  # a signal absent from the fit data gets a constant low prior
    informative = (Y * 2 - 1) * 3.0 + rng.normal(size=Y.shape)
    comb = fit_combiner(StackInputs(informative, np.full(Y.shape, 0.5, np.float32)), Y)
    assert np.all(comb.a[:7] > 0.5) and np.all(np.abs(comb.b) < 1e-6 + np.abs(comb.a))
    assert comb.a[7] == 0.0 and comb.c[7] < -5
    p = comb.proba(StackInputs(informative, np.full(Y.shape, 0.5, np.float32)))
    assert ((p[:, :7] >= 0.5) == (Y[:, :7] == 1)).mean() > 0.9


def test_int8_gate():
    gate = {"fp32": 0.90, "int8": 0.885, "tolerance": 0.01}
    assert encoder_export.choose_precision(gate) == "fp32"
    assert encoder_export.choose_precision(dict(gate, int8=0.895)) == "int8"
    assert encoder_export.choose_precision(dict(gate, int8=0.95), int8_enabled=False) == "fp32"
