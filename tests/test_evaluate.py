"""Evaluation figures against hand-computed examples: per-label rates, per-signal figures and
the signal confusion, early warning, threshold table, groups, comparison and the pipeline entry
(the metric primitives are in test_metrics.py)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from sxdetect.records import parse_record
from sxdetect.results import ConversationResult, MessageSignals
from training import evaluate as ev
from training.metrics import bootstrap_weights

Y = np.array([True, False, True, False])
S = np.array([0.9, 0.8, 0.7, 0.1])


def test_conversation_metrics_undefined_figures_are_none():
    out = ev.conversation_metrics(np.array([False, False]), np.array([0.1, 0.9]), np.array([False, True]))
    assert out["auprc"] is None and out["recall"] is None and out["precision"] == 0.0 and out["fpr"] == 0.5
    assert (out["n"], out["positives"], out["flagged"]) == (2, 0, 1)


def test_label_rates_are_fpr_and_recall_per_label():
    labels = ["benign", "benign", "hard_negative", "extortion", "extortion"]
    out = ev.label_rates(labels, np.array([False, True, False, True, False]), bootstrap_weights(labels, 50, 0))
    assert list(out) == ["benign", "hard_negative", "extortion"]  # negatives first
    assert out["benign"]["rate"] == 0.5 and not out["benign"]["positive"]
    assert out["extortion"]["rate"] == 0.5 and out["extortion"]["positive"]
    assert out["hard_negative"]["ci"] == [0.0, 0.0] and out["hard_negative"]["wilson"][1] > 0.5


# -- message-level figures on hand-made conversations and results -----------------------------
def _conv(cid, label, signals, lang="en", **extra):
    return parse_record({"id": cid, "label": label, "lang": lang, **extra,
                         "messages": [{"text": f"m{i}", "signals": s} for i, s in enumerate(signals)]})


def _result(conv, fired, trajectory, threshold=0.5):
    return ConversationResult(
        id=conv.id, risk=trajectory[-1], label="benign", label_probabilities={}, stage="none",
        flagged=trajectory[-1] >= threshold, threshold=threshold,
        signals=[MessageSignals(i, {}, list(f)) for i, f in enumerate(fired)],
        fired=sorted({s for f in fired for s in f}), trajectory=list(trajectory), evidence=[], reason="",
        model="m", model_version="0")


def test_signal_metrics_and_confusion_by_hand():
    conv = _conv("a", "sextortion", [["threat_to_expose"], ["deadline", "payment_demand"], []])
    res = _result(conv, [["threat_to_expose"], ["deadline"], ["deadline"]], [0.1, 0.2, 0.3])
    m = ev.signal_metrics([conv], [res])
    assert m["deadline"] == {"support": 1, "predicted": 2, "precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3)}
    assert m["payment_demand"]["recall"] == 0.0 and m["threat_to_expose"]["f1"] == 1.0
    conf = ev.signal_confusion([conv], [res])
    share = dict(zip(conf["rows"], conf["share"]))
    cols = conf["columns"]
    assert share["payment_demand"][cols.index("deadline")] == 1.0  # demand mistaken for a deadline
    assert share["(none)"][cols.index("deadline")] == 1.0 and conf["support"][cols.index("(none)")] == 1
    unlabelled = parse_record({"id": "u", "label": "benign", "text": "hello"})
    assert ev.signal_metrics([unlabelled], [_result(unlabelled, [[]], [0.1])]) == {}


def test_early_warning_by_hand():
    in_time = _conv("a", "sextortion", [[], ["trust_building"], ["threat_to_expose"], ["payment_demand"]])
    late = _conv("b", "sextortion", [[], [], ["payment_demand"], []])  # no threat: falls back to the demand
    threat_first = _conv("c", "sextortion", [[], ["payment_demand"], [], ["threat_to_expose"]])
    no_anchor = _conv("d", "grooming", [["new_contact"], ["trust_building"]])
    negative = _conv("e", "benign", [["threat_to_expose"]])
    convs = [in_time, late, threat_first, no_anchor, negative]
    results = [_result(in_time, [[]] * 4, [0.1, 0.6, 0.9, 0.9]),       # flagged at 1, anchor 2: 1 ahead
               _result(late, [[]] * 4, [0.1, 0.1, 0.2, 0.8]),          # flagged at 3, anchor 2: late
               _result(threat_first, [[]] * 4, [0.1, 0.1, 0.7, 0.9]),  # flagged at 2, anchor 3: 1 ahead
               _result(no_anchor, [[]] * 2, [0.9, 0.9]), _result(negative, [[]], [0.9])]
    assert ev.warning_anchor(threat_first) == 3 and ev.warning_anchor(late) == 2
    out = ev.early_warning(convs, results)
    assert out == {"n": 3, "in_time": 2, "rate": pytest.approx(2 / 3), "median_messages_ahead": 1.0}


def test_threshold_table_by_hand():
    labels = ["extortion", "benign", "extortion", "hard_negative"]
    rows = ev.threshold_table(Y, S, labels, shipped=0.75, thresholds=(0.5, 0.85))
    assert [r["threshold"] for r in rows] == [0.5, 0.75, 0.85] and [r["shipped"] for r in rows] == [False, True, False]
    mid = rows[1]  # flags 0.9 and 0.8: one positive, the benign one
    assert (mid["flagged"], mid["precision"], mid["recall"], mid["fpr"]) == (2, 0.5, 0.5, 0.5)
    assert mid["fpr_by_label"] == {"benign": 1.0, "hard_negative": 0.0}


def test_groups_by_file_source_language_kind():
    convs = [_conv("a", "benign", [[]], lang="de", source="owner/repo:file.txt#L3", kind="sms"),
             _conv("b", "extortion", [[]], source="owner/repo:file.txt#L9", kind="email"), _conv("c", "benign", [[]])]
    groups = {k: v.tolist() for k, v in ev.group_index(convs, ["f1", "f1", "f2"]).items()}
    assert groups["all"] == [0, 1, 2] and groups["file:f1"] == [0, 1] and groups["file:f2"] == [2]
    assert groups["source:owner/repo"] == [0, 1] and groups["lang:de"] == [0] and groups["lang:en"] == [1, 2]
    assert groups["kind:sms"] == [0] and groups["kind:email"] == [1]
    assert not any(k.startswith("kind:") and 2 in v for k, v in groups.items())  # no kind, no group


def test_synthetic_monologues_are_a_kind_of_their_own():
    convs = [_conv("a", "sextortion", [[], []]), _conv("b", "sextortion", [["threat_to_expose"]], form="monologue")]
    groups = {k: v.tolist() for k, v in ev.group_index(convs, ["f", "f"]).items()}
    assert groups["kind:monologue"] == [1] and [k for k in groups if k.startswith("kind:")] == ["kind:monologue"]


def _scored(risks, name="m"):
    convs = [_conv(f"c{i}", lab, [[]]) for i, lab in enumerate(["extortion", "benign", "extortion", "benign"])]
    results = [_result(c, [[]], [r]) for c, r in zip(convs, risks)]
    return ev.Scored({"name": name, "version": "1", "kind": "ngram", "threshold": 0.5}, convs, results,
                     ["f"] * 4, 1.0)


def test_comparison_shares_resamples_and_reports_deltas():
    a, b = _scored(S.tolist(), "a"), _scored([0.9, 0.1, 0.8, 0.2], "b")
    out = ev.evaluate_scored([a, b], resamples=100, seed=0)
    delta = out["comparison"]["groups"]["all"]
    assert delta["roc_auc"]["delta"] == pytest.approx(1.0 - 0.75)
    assert delta["fpr"]["delta"] == pytest.approx(0.0 - 0.5)
    same = ev.evaluate_scored([a, _scored(S.tolist(), "a2")], resamples=100, seed=0)["comparison"]["groups"]["all"]
    assert same["auprc"]["ci"] == [0.0, 0.0]  # identical models on identical resamples
    assert json.dumps(out) == json.dumps(ev.evaluate_scored([a, b], resamples=100, seed=0))  # deterministic


def test_evaluate_on_a_detector(detector, tiny_splits):
    from training.data import to_conversations

    out = ev.evaluate(detector, to_conversations(tiny_splits["test"]))
    conv = out["conversation"]
    assert conv["n"] == len(tiny_splits["test"]) and 0 <= conv["auprc"] <= 1 and 0 <= conv["roc_auc"] <= 1
    assert set(out["signals"]) == set(ev.SIGNALS) and out["threshold"] == detector.threshold_
    assert "en" in out["per_language"] and out["early_warning"]["n"] > 0


def test_load_labelled_reads_single_text_rows_and_rejects_unknown_labels(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "x", "lang": "en", "label": "scam_other", "kind": "sms", "text": "win now"}) + "\n")
    conv = ev.load_labelled(good)[0]
    assert conv.label == "scam_other" and len(conv.messages) == 1 and conv.extra["kind"] == "sms"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "y", "label": "spam", "text": "hi"}) + "\n")
    with pytest.raises(ValueError, match="unknown label"):
        ev.load_labelled(bad)
