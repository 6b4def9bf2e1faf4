"""One command from generated data to shipped artifacts: ``sxdetect train --config FILE``.

Steps: generate template-disjoint synthetic splits → fit the n-gram signal models (cross-fitted)
and the conversation model → choose thresholds on validation → export ONNX and check parity on
the test split → write the model folder and its manifest → evaluate on the synthetic test split
and on every file of ``shared/eval`` (evaluation only) → optionally ship into ``models/`` and
regenerate the model card. Everything a step decides is written to the run directory.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from sxdetect import Detector, __version__
from sxdetect.aggregate import FEATURE_NAMES, FEATURE_VERSION, conversation_features, risk_from_label_proba
from sxdetect.engines import NgramSignals
from sxdetect.features import FeatureConfig, featurize_texts
from sxdetect.registry import SCHEMA_VERSION, file_record, read_manifest, write_manifest
from sxdetect.taxonomy import TAXONOMY_VERSION

from . import calibrate, export
from .baseline import BaselineConfig, SignalModel, fit_aggregator, fit_signal_model
from .data import message_table, records_hash, to_conversations, write_jsonl
from .cards import render_model_card, render_models_card
from .report import evaluate_datasets
from .store import consented_provenance, mix_consented
from .synth.generate import DEFAULT_MONOLOGUE_RATE

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"


def _log(msg: str) -> None:
    print(f"[train {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load_config(path: Path) -> dict[str, Any]:
    """Read a TOML pipeline configuration."""
    with Path(path).open("rb") as fh:
        return tomllib.load(fh)


def make_data(cfg: dict[str, Any], out: Path) -> dict[str, list[dict[str, Any]]]:
    """Generate the template-disjoint splits and write them under ``out/data``.

    Keys: ``train``, ``validation``, ``test`` (all test templates, held-out families included)
    and ``test_hidden`` (the test conversations of families never seen in training)."""
    from .synth.splits import DEFAULT_HIDDEN_FAMILIES, generate_splits

    data = cfg.get("data", {})
    generated = generate_splits(
        n_train=int(data.get("n_train", 8000)),
        n_val=int(data.get("n_val", 2000)),
        n_test=int(data.get("n_test", 2000)),
        seed=int(data.get("seed", 7)),
        langs=data.get("langs"),
        obfuscation_rate=float(data.get("obfuscation_rate", 0.1)),
        monologue_rate=float(data.get("monologue_rate", DEFAULT_MONOLOGUE_RATE)),
    )
    hidden = set(DEFAULT_HIDDEN_FAMILIES)
    splits = {
        "train": generated["train"],
        "validation": generated["val"],
        "test": generated["test"],
        "test_hidden": [r for r in generated["test"] if r.get("family") in hidden],
    }
    for name, records in splits.items():
        write_jsonl(records, out / "data" / f"{name}.jsonl")
    if "consented" in cfg:  # mixed in memory only: consented text is never copied into the run directory
        mix_consented(cfg["consented"], splits, seed=int(data.get("seed", 7)))
    return splits


def _signal_parity(model: Any, path: Path, convs: list, tolerance: float) -> float:
    """The ONNX signal model against the float64 reference, message by message, and through
    the runtime engine (normalisation, windows, pooling) as a whole."""
    texts, previous, _ = message_table(convs)
    idx, val = featurize_texts(texts, previous, model.features)
    reference = SignalModel(model.coef, model.intercept, replace(model.features, segment_chars=0))
    delta = export.check_parity(path, {"indices": idx, "values": val}, reference.proba(texts, previous), tolerance)
    engine = NgramSignals(path, model.features)
    engine_delta = float(np.max(np.abs(engine.predict(texts, previous) - model.proba(texts, previous)), initial=0.0))
    if engine_delta > tolerance:
        raise export.ParityError(f"runtime engine differs from the reference by {engine_delta:.2e}")
    return max(delta, engine_delta)


def train_baseline(cfg: dict[str, Any], splits: dict[str, list[dict[str, Any]]], out: Path) -> Path:
    """Train, calibrate, export and parity-check the n-gram model; return its run directory."""
    mcfg = cfg.get("model", {})
    bcfg = BaselineConfig(
        features=FeatureConfig(
            n_features=int(mcfg.get("n_features", 1 << 18)), segment_chars=int(mcfg.get("segment_chars", 0))
        ),
        signal_C=float(mcfg.get("signal_C", 4.0)),
        aggregator_C=float(mcfg.get("aggregator_C", 1.0)),
        seed=int(mcfg.get("seed", 0)),
    )
    name = str(mcfg.get("name", "baseline-ngram"))
    train_c, val_c, test_c = (to_conversations(splits[k]) for k in ("train", "validation", "test"))
    started = time.perf_counter()
    signal_model = fit_signal_model(train_c, bcfg, _log)
    texts, previous, Y_val = message_table(val_c)
    P_val = _split(signal_model.proba(texts, previous), val_c)
    fit = calibrate.fit_half([c.id for c in val_c])
    _log(f"conversation model on the validation fit half ({int(fit.sum())} conversations)")
    aggregator = fit_aggregator([c for c, f in zip(val_c, fit) if f], [p for p, f in zip(P_val, fit) if f], bcfg)

    _log(f"thresholds on the validation threshold half ({int((~fit).sum())} conversations)")
    hold = [i for i, f in enumerate(fit) if not f]
    Y_hold = np.concatenate([message_table([val_c[i]])[2] for i in hold])
    sig_thresholds = calibrate.signal_thresholds(Y_hold, np.concatenate([P_val[i] for i in hold]))
    hold_risk = np.array(
        [risk_from_label_proba(aggregator.proba(conversation_features(P_val[i].astype(np.float32), val_c[i])[-1:]))[0]
         for i in hold]
    )
    sextortion = np.array([val_c[i].label == "sextortion" for i in hold])
    target = float(cfg.get("thresholds", {}).get("recall_target", 0.95))
    conv_threshold = calibrate.recall_threshold(sextortion, hold_risk, target)
    train_seconds = time.perf_counter() - started

    model_dir = out / "model" / name
    _log("export ONNX + parity on the test split")
    export.export_sparse_linear(signal_model.coef, signal_model.intercept, model_dir / "signals.onnx")
    export.export_softmax_linear(aggregator.coef, aggregator.intercept, model_dir / "aggregator.onnx")
    tol = float(cfg.get("export", {}).get("parity_tolerance", 1e-4))
    signal_delta = _signal_parity(signal_model, model_dir / "signals.onnx", test_c, tol)
    test_feats = np.concatenate(
        [conversation_features(p.astype(np.float32), c) for c, p in
         zip(test_c, _split(signal_model.proba(*message_table(test_c)[:2]), test_c))]
    )
    agg_delta = export.check_parity(
        model_dir / "aggregator.onnx", {"features": test_feats.astype(np.float32)}, aggregator.proba(test_feats), tol
    )
    _log(f"parity ok: signals max|Δp|={signal_delta:.2e}, aggregator max|Δp|={agg_delta:.2e}")

    files = {f: file_record(model_dir / f) for f in ("signals.onnx", "aggregator.onnx")}
    entry = {
        "name": name,
        "version": str(mcfg.get("version", "0.1.0")),
        "kind": "ngram",
        "path": name,
        "description": "hashed word + character n-grams, one logistic regression per signal, "
        "learned conversation model over prefix features",
        "roles": {"signals": "signals.onnx", "aggregator": "aggregator.onnx"},
        "files": files,
        "taxonomy_version": TAXONOMY_VERSION,
        "features": bcfg.features.to_dict(),
        "aggregator": {"features": FEATURE_VERSION, "n_features": len(FEATURE_NAMES)},
        "thresholds": {
            "conversation": conv_threshold,
            "conversation_rule": f"highest risk cut keeping >= {target:.0%} recall of sextortion conversations "
            "on the validation threshold half",
            "signals": sig_thresholds,
        },
        "training": {
            "data_sha256": records_hash(splits["train"]),
            "n_train_conversations": len(train_c),
            "config": cfg,
            **consented_provenance(cfg, splits),
            "seconds": round(train_seconds, 1),
            "sxdetect_version": __version__,
            "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
        "export": {"opset": export.OPSET, "exporter": "onnx.helper (hand-built graph)",
                   "parity_max_abs_delta": {"signals": signal_delta, "aggregator": agg_delta}},
    }
    write_manifest(out / "model", {"schema_version": SCHEMA_VERSION, "default": name, "models": {name: entry}})
    return out / "model"


def _split(flat: np.ndarray, convs: list) -> list[np.ndarray]:
    bounds = np.cumsum([0] + [len(c.messages) for c in convs])
    return [flat[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


#: Synthetic and consented splits evaluated after training: split key -> (dataset name, origin).
_EVAL_SPLITS = (
    ("test", "synthetic:test", "synthetic"),
    ("test_hidden", "synthetic:test_hidden", "synthetic"),
    ("consented_test", "consented:test", "consented"),
)


def evaluate_run(
    model_dir: Path, splits: dict[str, list[dict[str, Any]]], eval_dir: Path | None, out: Path,
    model: str | None = None, resamples: int = 1000,
) -> dict[str, Any]:
    """Evaluate a trained model (the run's default, or ``model``) on the synthetic test splits and
    every real file of ``eval_dir`` (:mod:`training.report` format, written under ``out``); the
    report is also stored beside the model files, where the model card generator reads it."""
    detector = (Detector(model, models_dir=model_dir) if model else Detector(model_dir)).load()
    named = {name: (to_conversations(splits[key]), origin) for key, name, origin in _EVAL_SPLITS if splits.get(key)}
    paths = sorted(eval_dir.glob("*.jsonl")) if eval_dir and eval_dir.is_dir() else []
    report = evaluate_datasets([detector], named, paths, out, resamples=resamples)
    (detector.spec_.directory / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    render_model_card(detector.spec_.entry, report, out / "MODEL_CARD.md")
    return report


def ship_model(model_dir: Path, models_dir: Path = REPO / "models", set_default: bool = False,
               names: Sequence[str] | None = None) -> None:
    """Copy a run's models into ``models/`` and merge their manifest entries (``set_default``: the
    run's default becomes the shipped default; ``names``: only these models, e.g. the encoder
    without the run's n-gram fast tier, so a shipped fast tier is kept)."""
    run_manifest = read_manifest(model_dir)
    unknown = set(names or ()) - set(run_manifest["models"])
    if unknown:
        raise ValueError(f"not in {model_dir}: {sorted(unknown)}")
    models_dir.mkdir(parents=True, exist_ok=True)
    try:
        manifest = read_manifest(models_dir)
    except Exception:  # noqa: BLE001 - no or foreign manifest: start a new one
        manifest = {"schema_version": SCHEMA_VERSION, "default": None, "models": {}}
    for name, entry in run_manifest["models"].items():
        if names is not None and name not in names:
            continue
        target = models_dir / entry.get("path", name)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(model_dir / entry.get("path", name), target)
        manifest["models"][name] = entry
        manifest["default"] = manifest.get("default") or name
    if set_default and run_manifest.get("default") in manifest["models"]:
        manifest["default"] = run_manifest["default"]
    write_manifest(models_dir, manifest)


def train_models(cfg: dict[str, Any], splits: dict[str, list[dict[str, Any]]], out: Path) -> Path:
    """Train what ``[model] kind`` names into ``out/model``. ``encoder`` first trains the n-gram
    model from ``[baseline]`` (the fast tier, and the n-gram part of the hybrid)."""
    kind = str(cfg.get("model", {}).get("kind", "ngram"))
    if kind == "ngram":
        return train_baseline(cfg, splits, out)
    if kind == "encoder":
        from .encoder import train_encoder

        train_baseline({**cfg, "model": cfg.get("baseline", {"name": "baseline-ngram"})}, splits, out)
        return train_encoder(cfg, splits, out, _log)
    raise ValueError(f"unknown model kind {kind!r}: expected 'ngram' or 'encoder'")


def run(config: Path, out: Path, ship: bool = False) -> dict[str, Any]:
    """The full pipeline; returns the evaluation report (written under ``out/eval``)."""
    cfg = load_config(config)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _log(f"generating data ({config})")
    splits = make_data(cfg, out)
    model_dir = train_models(cfg, splits, out)
    eval_dir = Path(cfg.get("eval", {}).get("dir", SHARED_EVAL)) if cfg.get("eval", {}).get("enabled", True) else None
    _log("evaluating")
    report = evaluate_run(model_dir, splits, eval_dir, out / "eval")
    run_manifest = read_manifest(model_dir)
    for other in sorted(set(run_manifest["models"]) - {run_manifest["default"]}):  # e.g. the fast tier
        evaluate_run(model_dir, splits, eval_dir, out / f"eval-{other}", model=other)
    if ship:
        ship_model(model_dir, set_default=bool(cfg.get("ship", {}).get("default", False)))
        render_models_card(REPO / "models")
        _log("shipped into models/ (MODEL_CARD.md regenerated)")
    _log(f"done: {out}")
    return report
