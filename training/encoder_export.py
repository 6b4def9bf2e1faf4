"""From a fine-tuned encoder to a shippable model folder: ONNX, INT8, calibration, aggregator, parity.

Steps of :func:`build_model_dir` (all fitting on the validation split, never on test or
``shared/eval``):
1. Export the torch model to ONNX (TorchScript exporter, ``dynamo=False``, opset 17; dynamic
   batch and length) and quantise it to dynamic INT8 (``quantize_dynamic``, per channel, no
   pre-processing). fp32 ONNX must match torch (max |Δp| ≤ tolerance) on the test split.
2. Gate INT8 on validation: ship INT8 unless its mean per-signal average precision falls more
   than ``int8_tolerance`` below fp32's; the downstream parts are then fitted on the shipped
   encoder's own outputs.
3. Split validation by conversation into a *fit* half and a *threshold* half. On the fit half,
   per signal, ``p = sigmoid(a·enc_logit + b·logit(ngram_p) + c)`` (the combiner: calibration and
   n-gram combination; the encoder-only variant drops ``b``), and the conversation aggregator
   (``sxdetect.aggregate`` features, multinomial logistic regression) on 2-fold cross-fitted combiner outputs,
   plus one-message conversations that spell out the taxonomy's rule: a deadline or payment
   demand alone is benign, an extorter's threat and demand joined in one message is sextortion.
   Thresholds (and one-message probes of that rule) come from the threshold half.
4. Variants (encoder only, n-gram only, hybrid) are measured on the threshold half per language;
   ``combine.mode`` picks one (``auto``: highest validation AUPRC).
5. Write tokenizer, encoder, n-gram, combiner and aggregator files; check ONNX parity of every
   part and of the whole runtime engine; count verdict flips torch↔fp32 (must be 0) and fp32↔INT8
   on the test split; merge the manifest entry into the run's manifest as its default.
"""

from __future__ import annotations

import json
import shutil
import time
import warnings
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from sxdetect import __version__
from sxdetect.aggregate import FEATURE_NAMES, FEATURE_VERSION, conversation_features, risk_from_label_proba
from sxdetect.encoder import PairTokenizer, Windows, length_batches, pad_batch
from sxdetect.engines import NgramSignals, make_session
from sxdetect.features import FeatureConfig, max_by_owner
from sxdetect.normalize import normalize_text
from sxdetect.records import Conversation
from sxdetect.registry import SCHEMA_VERSION, file_record, read_manifest, write_manifest
from sxdetect.taxonomy import SIGNALS, TAXONOMY_VERSION

from . import calibrate, export
from .data import message_table, records_hash, to_conversations
from .encoder import (
    LOGIT_EPS, Combiner, EncoderConfig, StackInputs, conversation_risk, fit_stack, normalized_table,
    singleton_negatives, singleton_positives, split_rows, torch_logits,
)


def export_encoder(model: Any, path: Path, opset: int = export.OPSET) -> dict[str, Any]:
    """Export ids/mask/types → logits with dynamic batch and length; return the exporter facts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ids = torch.tensor([[101, 7592, 2088, 102, 7592, 102], [101, 7592, 102, 0, 0, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    types = torch.tensor([[0, 0, 0, 0, 1, 1], [0, 0, 0, 0, 0, 0]], dtype=torch.long)
    axes = {"batch": 0, "sequence": 1}
    model.eval()
    with warnings.catch_warnings():  # tracer and deprecation notices; the parity checks are the real guard
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model, (ids, mask, types), str(path), input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["logits"], opset_version=opset, dynamo=False, do_constant_folding=True,
            dynamic_axes={n: {v: k for k, v in axes.items()} for n in ("input_ids", "attention_mask", "token_type_ids")}
            | {"logits": {0: "batch"}},
        )
    onnx.checker.check_model(str(path))
    return {"exporter": f"torch.onnx.export, TorchScript (dynamo=False), torch {torch.__version__}", "opset": opset}


def quantize_int8(src: Path, dst: Path) -> dict[str, Any]:
    """Dynamic INT8 (per-channel weights, no quant_pre_process, which fails on these graphs)."""
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level, root.level = root.level, logging.ERROR  # it advises the pre-processing that fails here
    try:
        quantize_dynamic(str(src), str(dst), per_channel=True, weight_type=QuantType.QInt8)
    finally:
        root.setLevel(level)
    return {"method": "onnxruntime.quantization.quantize_dynamic", "per_channel": True, "weight_type": "QInt8"}


def onnx_logits(path: Path, windows: Windows, n: int, batch_size: int = 32, threads: int | None = None) -> np.ndarray:
    """Encoder logits ``[n, 8]`` from an ONNX file, batched exactly as the runtime batches."""
    session = make_session(str(path), threads)
    rows = np.zeros((len(windows.ids), len(SIGNALS)), dtype=np.float32)
    for batch in length_batches([len(x) for x in windows.ids], batch_size):
        rows[batch] = session.run(None, pad_batch([windows.ids[i] for i in batch], [windows.types[i] for i in batch]))[0]
    return max_by_owner(rows, windows.owner, n) if n else np.zeros((0, len(SIGNALS)), np.float32)


def export_combiner(comb: Combiner, path: Path) -> Path:
    """The combiner as an ONNX graph (inputs ``encoder_logits`` and/or ``ngram_probabilities``)."""
    n = len(SIGNALS)
    inputs, nodes, terms = [], [], []
    inits = [numpy_helper.from_array(comb.c.astype(np.float32), "c")]
    if comb.uses_encoder:
        inputs.append(helper.make_tensor_value_info("encoder_logits", TensorProto.FLOAT, ["batch", n]))
        inits.append(numpy_helper.from_array(comb.a.astype(np.float32), "a"))
        nodes.append(helper.make_node("Mul", ["encoder_logits", "a"], ["enc_term"]))
        terms.append("enc_term")
    if comb.uses_ngram:
        inputs.append(helper.make_tensor_value_info("ngram_probabilities", TensorProto.FLOAT, ["batch", n]))
        inits += [numpy_helper.from_array(comb.b.astype(np.float32), "b"),
                  numpy_helper.from_array(np.array(LOGIT_EPS, np.float32), "lo"),
                  numpy_helper.from_array(np.array(1 - LOGIT_EPS, np.float32), "hi"),
                  numpy_helper.from_array(np.array(1.0, np.float32), "one")]
        nodes += [helper.make_node("Clip", ["ngram_probabilities", "lo", "hi"], ["q"]),
                  helper.make_node("Log", ["q"], ["log_q"]),
                  helper.make_node("Sub", ["one", "q"], ["q1"]),
                  helper.make_node("Log", ["q1"], ["log_q1"]),
                  helper.make_node("Sub", ["log_q", "log_q1"], ["ngram_logit"]),
                  helper.make_node("Mul", ["ngram_logit", "b"], ["ngram_term"])]
        terms.append("ngram_term")
    total = terms[0]
    for k, term in enumerate(terms[1:]):
        nodes.append(helper.make_node("Add", [total, term], [f"sum{k}"]))
        total = f"sum{k}"
    nodes += [helper.make_node("Add", [total, "c"], ["z"]), helper.make_node("Sigmoid", ["z"], ["probabilities"])]
    graph = helper.make_graph(nodes, "sxdetect_combiner", inputs,
                              [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", n])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", export.OPSET)], producer_name="sxdetect")
    model.doc_string = "per-signal calibration: sigmoid(a*encoder_logit + b*logit(ngram_p) + c)"
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


def ngram_proba(path: Path, features: FeatureConfig, texts: Sequence[str], previous: Sequence[str | None]) -> np.ndarray:
    """n-gram probabilities of raw texts, through the runtime's own engine."""
    return NgramSignals(path, features).predict(texts, previous)


def measure(convs: list[Conversation], agg: Any, P: np.ndarray, cut: float, Y: np.ndarray) -> dict[str, Any]:
    """Validation figures of one variant: AUPRC, FPR and recall at its threshold, early warning
    (sextortion flagged at or before the first gold threat or demand), per language."""
    from sklearn.metrics import average_precision_score

    from .data import first_extortion_index

    trajectories = [risk_from_label_proba(agg.proba(conversation_features(p.astype(np.float32), c)))
                    for p, c in zip(split_rows(convs, P), convs)]
    risk = np.array([t[-1] for t in trajectories])
    harmful = np.array([c.label != "benign" for c in convs])
    flagged, sx = risk >= cut, np.array([c.label == "sextortion" for c in convs])
    f1 = [calibrate.best_f1_threshold(Y[:, j], P[:, j])[1] for j in range(len(SIGNALS)) if Y[:, j].any()]
    early = [bool((t[: k + 1] >= cut).any()) for c, t in zip(convs, trajectories)
             if c.label == "sextortion" and (k := first_extortion_index(c)) is not None]

    def rate(mask: np.ndarray) -> float | None:
        return float(flagged[mask].mean()) if mask.any() else None

    langs = np.array([c.lang or "?" for c in convs])
    return {
        "auprc": float(average_precision_score(harmful, risk)) if 0 < harmful.sum() < len(harmful) else None,
        "fpr": rate(~harmful), "recall": rate(harmful), "sextortion_recall": rate(sx),
        "signal_macro_f1": float(np.mean(f1)) if f1 else None, "threshold": cut,
        "early_warning": float(np.mean(early)) if early else None,
        "per_language": {lang: {"n": int((langs == lang).sum()), "recall": rate((langs == lang) & harmful),
                                "sextortion_recall": rate((langs == lang) & sx),
                                "fpr": rate((langs == lang) & ~harmful)} for lang in sorted(set(langs))},
    }


def _ngram_part(model_root: Path) -> tuple[Path, FeatureConfig] | None:
    try:
        manifest = read_manifest(model_root)
    except Exception:  # noqa: BLE001 - no baseline in this run
        return None
    for name, entry in manifest["models"].items():
        if entry.get("kind") == "ngram":
            return model_root / entry.get("path", name) / entry["roles"]["signals"], FeatureConfig.from_dict(entry["features"])
    return None


def _write_tokenizer(src: Path, dst: Path) -> None:
    data = json.loads(src.read_text(encoding="utf-8"))
    data["padding"], data["truncation"] = None, None  # the runtime sets both explicitly
    dst.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z.astype(np.float64)))


def _mean_ap(Y: np.ndarray, logits: np.ndarray) -> float:
    from sklearn.metrics import average_precision_score

    aps = [average_precision_score(Y[:, j], logits[:, j]) for j in range(Y.shape[1]) if 0 < Y[:, j].sum() < len(Y)]
    return float(np.mean(aps)) if aps else 0.0


def choose_precision(gate: dict[str, Any], int8_enabled: bool = True) -> str:
    """``int8`` unless disabled or its validation metric falls more than ``tolerance`` below fp32's."""
    return "int8" if int8_enabled and gate["int8"] >= gate["fp32"] - gate["tolerance"] else "fp32"


def _flips(stack: dict[str, Any], convs: list[Conversation], test: dict[str, np.ndarray],
           ngram: np.ndarray | None, shipped: str) -> dict[str, Any]:
    """Verdict and signal flips, and max |Δp|, between encoder precisions (same downstream)."""
    comb, agg = stack["combiner"], stack["aggregator"]
    sig_cut = np.array([stack["signals"][s] for s in SIGNALS])
    probs = {k: comb.proba(StackInputs(v, ngram if comb.uses_ngram else None)) for k, v in test.items()}
    verdict = {k: conversation_risk(agg, convs, p) >= stack["threshold"] for k, p in probs.items()}

    def pair(x: str, y: str) -> dict[str, Any]:
        return {"max_abs_dp": float(np.abs(probs[x] - probs[y]).max()) if len(probs[x]) else 0.0,
                "verdict_flips": int((verdict[x] != verdict[y]).sum()),
                "signal_flips": int(((probs[x] >= sig_cut) != (probs[y] >= sig_cut)).sum())}

    return {"conversations": len(convs), "messages": int(len(probs["torch"])),
            "torch_vs_fp32": pair("torch", "fp32"), "fp32_vs_int8": pair("fp32", "int8"),
            "torch_vs_shipped": pair("torch", shipped)}


def build_model_dir(cfg: dict[str, Any], ecfg: EncoderConfig, model: Any, tokenizer: PairTokenizer, base: Path,
                    splits: dict[str, list[dict[str, Any]]], out: Path, history: dict[str, Any], started: float,
                    log: Callable[[str], None]) -> Path:
    """Export, gate, calibrate, check and write the encoder model; return the run's model root."""
    mcfg, ccfg, xcfg = cfg.get("model", {}), cfg.get("combine", {}), cfg.get("export", {})
    ccfg = {**cfg.get("thresholds", {}), **ccfg}
    name = str(mcfg.get("name", "minilm-hybrid"))
    root, work = out / "model", out / "encoder-work"
    model_dir = root / name
    shutil.rmtree(model_dir, ignore_errors=True)
    model_dir.mkdir(parents=True)
    work.mkdir(parents=True, exist_ok=True)
    tol = float(xcfg.get("parity_tolerance", 1e-4))

    log("encoder: ONNX export (fp32) and dynamic INT8 quantisation")
    files = {"fp32": work / "encoder.fp32.onnx", "int8": work / "encoder.int8.onnx"}
    facts = export_encoder(model, files["fp32"])
    facts["quantization"] = quantize_int8(files["fp32"], files["int8"])
    val_c, test_c = to_conversations(splits["validation"]), to_conversations(splits["test"])
    (vt, vp, Yv), (tt, tp, _) = normalized_table(val_c), normalized_table(test_c)
    (raw_vt, raw_vp, _), (raw_tt, raw_tp, _) = message_table(val_c), message_table(test_c)
    vw, tw = tokenizer.windows(vt, vp), tokenizer.windows(tt, tp)
    bs, th = ecfg.infer_batch_size, ecfg.threads
    log(f"encoder: logits of {len(vt)} validation and {len(tt)} test messages (fp32, INT8, torch)")
    val = {p: onnx_logits(f, vw, len(vt), bs, th) for p, f in files.items()}
    test = {p: onnx_logits(f, tw, len(tt), bs, th) for p, f in files.items()}
    test["torch"] = torch_logits(model, tw, len(tt), bs, tokenizer.pad_id)
    raw_delta = float(np.abs(_sigmoid(test["fp32"]) - _sigmoid(test["torch"])).max()) if len(tt) else 0.0
    if raw_delta > tol:
        raise export.ParityError(f"fp32 ONNX encoder differs from torch: max |Δp| {raw_delta:.2e} > {tol:.0e}")
    gate = {"metric": "mean per-signal average precision of encoder logits, validation split",
            "fp32": _mean_ap(Yv, val["fp32"]), "int8": _mean_ap(Yv, val["int8"]),
            "tolerance": float(xcfg.get("int8_tolerance", 0.01))}
    precision = gate["shipped"] = choose_precision(gate, bool(xcfg.get("int8", True)))
    log(f"encoder: INT8 gate {gate['int8']:.4f} vs fp32 {gate['fp32']:.4f} → shipping {precision}")

    ngram = _ngram_part(root) if ccfg.get("ngram", True) else None
    ng_val = ngram_proba(ngram[0], ngram[1], raw_vt, raw_vp) if ngram else None
    ng_test = ngram_proba(ngram[0], ngram[1], raw_tt, raw_tp) if ngram else None
    fit = calibrate.fit_half([c.id for c in val_c])  # the same halves as the baseline's
    fit_convs = [c for c, f in zip(val_c, fit) if f]
    alone = set(ccfg.get("singleton_signals", ["deadline", "payment_demand"]))

    def one_message(convs: list[Conversation]) -> tuple[np.ndarray, np.ndarray | None]:
        raw = [c.messages[0].text for c in convs]
        norm = [normalize_text(t) for t in raw]
        enc = onnx_logits(files[precision], tokenizer.windows(norm, [None] * len(raw)), len(raw), bs, th)
        return enc, (ngram_proba(ngram[0], ngram[1], raw, [None] * len(raw)) if ngram else None)

    limit = int(float(ccfg.get("singleton_fraction", 0.25)) * len(fit_convs))
    singles = singleton_negatives(fit_convs, alone, limit, ecfg.seed)
    n_negative = len(singles)
    if ccfg.get("singleton_positives", False):
        singles += singleton_positives(fit_convs, limit, ecfg.seed)
    s_enc, s_ng = one_message(singles)
    variants = {"encoder": (True, False)} | ({"ngram": (False, True), "hybrid": (True, True)} if ngram else {})
    stacks = {}
    for v, (use_e, use_g) in variants.items():
        log(f"encoder: calibration + aggregator, variant {v}")
        stacks[v] = fit_stack(StackInputs(val[precision] if use_e else None, ng_val if use_g else None),
                              StackInputs(s_enc if use_e else None, s_ng if use_g else None),
                              val_c, Yv, fit, singles, ccfg, ecfg.seed)
        stacks[v]["validation"] = measure(*stacks[v].pop("holdout"))
    mode = str(ccfg.get("mode", "hybrid"))
    if mode == "auto":
        mode = max(("hybrid", "encoder"), key=lambda v: (stacks[v]["validation"]["auprc"] or 0.0) if v in stacks else -1)
    if mode not in stacks or mode == "ngram":
        raise ValueError(f"combine.mode {mode!r} is not available (choose hybrid, encoder or auto)")
    stack = stacks[mode]
    comb, agg = stack["combiner"], stack["aggregator"]
    thr_convs = [c for c, f in zip(val_c, fit) if not f]
    probes = {"deadline_or_payment_alone": singleton_negatives(thr_convs, alone, 10**6, ecfg.seed),
              "threat_and_demand_in_one_message": singleton_positives(thr_convs, 10**6, ecfg.seed)}
    for key, convs in probes.items():  # one-message conversations of the threshold half
        enc, ng = one_message(convs)
        risk = conversation_risk(agg, convs, comb.proba(StackInputs(enc, ng if comb.uses_ngram else None)))
        probes[key] = {"n": len(convs), "flagged": float((risk >= stack["threshold"]).mean()) if convs else None}

    log(f"encoder: writing {model_dir} (variant {mode}) and checking parity")
    _write_tokenizer(base / "tokenizer.json", model_dir / "tokenizer.json")
    enc_file = f"encoder.{precision}.onnx"
    shutil.copyfile(files[precision], model_dir / enc_file)
    roles = {"tokenizer": "tokenizer.json", "encoder": enc_file, "combiner": "combiner.onnx", "aggregator": "aggregator.onnx"}
    if comb.uses_ngram:
        shutil.copyfile(ngram[0], model_dir / "ngram.onnx")  # type: ignore[index]
        roles["ngram"] = "ngram.onnx"
    export_combiner(comb, model_dir / "combiner.onnx")
    export.export_softmax_linear(agg.coef, agg.intercept, model_dir / "aggregator.onnx")
    test_in = StackInputs(test[precision], ng_test if comb.uses_ngram else None)
    p_test = comb.proba(test_in)
    feed = {"encoder_logits": test_in.enc} | ({"ngram_probabilities": test_in.ngram} if comb.uses_ngram else {})
    deltas = {"encoder_fp32_vs_torch": raw_delta,
              "combiner": export.check_parity(model_dir / "combiner.onnx", feed, p_test, tol)}
    feats = np.concatenate([conversation_features(p.astype(np.float32), c) for p, c in
                            zip(split_rows(test_c, p_test), test_c)]) if test_c else np.zeros((0, len(FEATURE_NAMES)))
    deltas["aggregator"] = export.check_parity(model_dir / "aggregator.onnx", {"features": feats.astype(np.float32)},
                                               agg.proba(feats), tol)
    flips = _flips(stack, test_c, test, ng_test, precision)
    if flips["torch_vs_fp32"]["verdict_flips"]:
        raise export.ParityError(f"{flips['torch_vs_fp32']['verdict_flips']} verdicts differ between torch and fp32 ONNX")
    log(f"encoder: test-split flips fp32→INT8: {flips['fp32_vs_int8']['verdict_flips']} verdicts, "
        f"{flips['fp32_vs_int8']['signal_flips']} message signals")

    sizes = {p: f.stat().st_size for p, f in files.items()}
    entry: dict[str, Any] = {
        "name": name, "version": str(mcfg.get("version", "0.1.0")), "kind": "encoder", "path": name,
        "description": "all-MiniLM-L6-v2 fine-tuned on (message, previous message) pairs → 8 signals, "
        + ("calibrated and combined with the n-gram model, " if comb.uses_ngram else "calibrated, ")
        + "learned conversation model over prefix features",
        "roles": roles, "taxonomy_version": TAXONOMY_VERSION,
        "encoder": ecfg.settings().to_dict() | {
            "base": f"sentence-transformers/all-MiniLM-L6-v2 (PyPI {ecfg.base})", "layers": model.bert.config.num_hidden_layers,
            "input": "[CLS] message [SEP] previous message [SEP], normalised, previous truncated first",
            "pooling": "mean over the message segment", "precision": precision},
        "combiner": {"variant": mode, "form": "p = sigmoid(a*encoder_logit + b*logit(ngram_p) + c) per signal",
                     "a": comb.a.tolist(), "b": comb.b.tolist(), "c": comb.c.tolist(),
                     "fitted_on": f"validation, fit half ({int(fit.sum())} conversations)",
                     "variants_on_threshold_half": {v: s["validation"] for v, s in stacks.items()}},
        "aggregator": {"features": FEATURE_VERSION, "n_features": len(FEATURE_NAMES),
                       "fitted_on": "validation fit half, 2-fold cross-fitted combiner outputs",
                       "singleton_negatives": n_negative, "singleton_positives": len(singles) - n_negative,
                       "probes_on_threshold_half": probes},
        "thresholds": {"conversation": stack["threshold"], "signals": stack["signals"],
                       "conversation_rule": f"highest risk cut keeping >= {stack['target']:.0%} recall of sextortion "
                       f"conversations on the validation threshold half ({int((~fit).sum())} conversations)"},
        "training": {"data_sha256": records_hash(splits["train"]), "n_train_conversations": len(splits["train"]),
                     "config": cfg, "fine_tune": history, "seconds": round(time.perf_counter() - started, 1),
                     "torch_version": torch.__version__, "sxdetect_version": __version__,
                     "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")},
        "export": facts | {"int8_gate": gate, "parity_max_abs_delta": deltas, "precision_flips_test": flips,
                           "encoder_bytes": sizes},
    }
    if comb.uses_ngram:
        entry["ngram"] = {"features": ngram[1].to_dict(), "source": "the run's n-gram signal model"}  # type: ignore[index]
    entry["files"] = {f: file_record(model_dir / f) for f in roles.values()}
    try:
        manifest = read_manifest(root)
    except Exception:  # noqa: BLE001 - encoder without a baseline in this run
        manifest = {"schema_version": SCHEMA_VERSION, "default": None, "models": {}}
    manifest["models"][name], manifest["default"] = entry, name
    write_manifest(root, manifest)
    entry["export"]["parity_max_abs_delta"]["runtime_engine"] = _engine_parity(root, name, test_c, p_test, tol)
    write_manifest(root, manifest)
    log(f"encoder: done in {entry['training']['seconds']} s")
    return root


def _engine_parity(root: Path, name: str, convs: list[Conversation], expected: np.ndarray, tol: float) -> float:
    """The shipped runtime (tokenizers + onnxruntime) against the training-side reference."""
    from sxdetect import Caps, Detector

    det = Detector(name, models_dir=root, caps=Caps(max_message_chars=10**6, max_messages=10**5)).load()
    got = det.message_proba(convs)
    flat = np.concatenate(got) if got else np.zeros((0, len(SIGNALS)))
    delta = float(np.abs(flat - expected).max()) if len(flat) else 0.0
    if delta > tol:
        raise export.ParityError(f"runtime engine differs from the training reference: max |Δp| {delta:.2e}")
    return delta
