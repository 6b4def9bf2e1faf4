"""The cascade's accuracy side: screening cut on validation, recall lost on held-out data.

The cut is :meth:`sxdetect.cascade.Cascade.fit` on the *validation* split (the highest fast-model
risk that keeps ≥ ``keep`` of the full model's validation flags). Recall is then measured on the
synthetic test split and on its hidden-family part (records whose ``family`` is in
:data:`training.synth.splits.DEFAULT_HIDDEN_FAMILIES`): the share of harmful conversations
(grooming + sextortion) flagged by the full model alone and by the cascade. Never ``shared/eval``.
Splits come from a training run's ``data/`` folder when there is one (the very data the models
were validated and tested on), else they are generated from the split's own phrasings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

SPLIT_FILES = {"validation": "validation.jsonl", "test": "test.jsonl"}


def load_splits(run: Path | None, n_val: int, n_test: int, seed: int, langs: list[str]) -> dict[str, Any]:
    """``validation``, ``test`` and ``test_hidden`` records plus where they came from."""
    from training.synth.splits import DEFAULT_HIDDEN_FAMILIES

    hidden = set(DEFAULT_HIDDEN_FAMILIES)
    if run is not None and all((run / "data" / f).exists() for f in SPLIT_FILES.values()):
        out: dict[str, Any] = {}
        for key, fname in SPLIT_FILES.items():
            with (run / "data" / fname).open(encoding="utf-8") as fh:
                out[key] = [json.loads(line) for line in fh if line.strip()]
        out["validation"], out["test"] = out["validation"][:n_val], out["test"][:n_test]
        source = f"{run}/data (the run's own splits)"
    else:
        from training.synth.splits import generate_split

        out = {"validation": list(generate_split("val", n_val, seed=f"{seed}/bench", langs=langs)),
               "test": list(generate_split("test", n_test, seed=f"{seed}/bench", langs=langs))}
        source = f"generated from the split phrasings (seed {seed})"
    out["test_hidden"] = [r for r in out["test"] if r.get("family") in hidden]
    out["source"] = source
    return out


def _recall(flags: np.ndarray, mask: np.ndarray) -> float | None:
    return float(flags[mask].mean()) if mask.any() else None


def _split_metrics(labels: np.ndarray, fast_risk: np.ndarray, full_flags: np.ndarray, cut: float) -> dict[str, Any]:
    routed = fast_risk >= cut
    cascade_flags = full_flags & routed  # a screened-out conversation is never flagged
    harmful, sx = labels != "benign", labels == "sextortion"
    r_full, r_casc = _recall(full_flags, harmful), _recall(cascade_flags, harmful)
    return {
        "conversations": len(labels), "harmful": int(harmful.sum()),
        "recall_full": r_full, "recall_cascade": r_casc,
        "recall_loss_points": None if r_full is None else 100 * (r_full - r_casc),  # type: ignore[operator]
        "sextortion_recall_full": _recall(full_flags, sx), "sextortion_recall_cascade": _recall(cascade_flags, sx),
        "flags_kept": float(cascade_flags.sum() / full_flags.sum()) if full_flags.any() else None,
        "to_full_share": float(routed.mean()) if len(routed) else None,
    }


def evaluate(models_dir: Path, fast: str, full: str, splits: dict[str, Any], keep: float = 0.995,
             traffic: list[dict[str, Any]] | None = None, keeps: tuple[float, ...] = (0.99, 0.995, 0.999)) -> dict[str, Any]:
    """Fit the cut on validation (``keep``, plus the other ``keeps`` as alternative operating points);
    compare recall of the full model alone and the cascade; share of ``traffic`` sent to the full model."""
    from sxdetect import Detector
    from sxdetect.cascade import screen_threshold

    from training.synth.splits import DEFAULT_HIDDEN_FAMILIES

    fast_det = Detector(fast, models_dir=models_dir).load()
    full_det = Detector(full, models_dir=models_dir).load()
    val = splits["validation"]
    val_fast, val_flags = fast_det.risk(val), full_det.risk(val) >= full_det.threshold_
    test = splits["test"]
    labels = np.array([r.get("label") for r in test])
    hidden = np.array([r.get("family") in set(DEFAULT_HIDDEN_FAMILIES) for r in test], dtype=bool)
    test_fast, test_flags = fast_det.risk(test), full_det.risk(test) >= full_det.threshold_
    traffic_fast = fast_det.risk(traffic) if traffic else None
    points = []
    for k in sorted(set(keeps) | {keep}):
        cut = screen_threshold(val_fast, val_flags, k)
        point: dict[str, Any] = {"keep": k, "screen_threshold": cut, "splits": {}}
        for name, mask in (("test", np.ones(len(test), dtype=bool)), ("test_hidden", hidden)):
            if mask.any():
                point["splits"][name] = _split_metrics(labels[mask], test_fast[mask], test_flags[mask], cut)
        if traffic_fast is not None:
            point["traffic_to_full_share"] = float((traffic_fast >= cut).mean())
        points.append(point)
    main = next(p for p in points if p["keep"] == keep)
    return {"screen_threshold": main["screen_threshold"], "keep": keep, "fast": fast, "full": full,
            "full_threshold": full_det.threshold_, "fitted_on": f"validation ({len(val)} conversations, "
            f"{int(val_flags.sum())} flagged by the full model)", "source": splits["source"],
            "splits": main["splits"], "traffic_to_full_share": main.get("traffic_to_full_share"),
            "operating_points": points}
