"""One contender in its own process: ``python -m bench.runner JOB.json`` (started by the harness).

The job names a ``kind``: ``peer`` (transformers + torch eager), ``engine`` (an sxdetect model's
message-signal engine through the public :func:`sxdetect.engines.make_signal_engine`, after
:func:`sxdetect.registry.verify`), ``detector`` / ``cascade`` (whole conversations through
:class:`sxdetect.Detector` / :class:`sxdetect.cascade.Cascade`) or ``ablation`` (the INT8 engine
with one of its speed choices undone, see :mod:`bench.ablations`). The process loads, scores one
item, prints ``READY`` (the parent's cold-start clock stops there), runs the timed repetitions and
writes its result as JSON to ``job["out"]``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.measure import child_ready, peak_rss_mib, time_batches


def _peer(job: dict[str, Any]) -> Any:
    """The fine-tuned encoder as a Hugging Face user runs it: AutoTokenizer + AutoModel, torch eager."""
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    from sxdetect.normalize import normalize_text

    hf_logging.set_verbosity_error()
    folder = Path(job["folder"])
    tok = AutoTokenizer.from_pretrained(str(folder))
    bert = AutoModel.from_pretrained(str(folder), add_pooling_layer=False, attn_implementation="eager").eval()
    state = torch.load(folder / "signal_head.pt")
    head = torch.nn.Linear(state["weight"].shape[1], state["weight"].shape[0])
    head.load_state_dict(state)
    max_length = int(job["max_length"])

    def score(texts: list[str], previous: list[str | None]) -> Any:
        enc = tok([normalize_text(t) for t in texts], [normalize_text(p) if p else "" for p in previous],
                  padding=True, truncation=True, max_length=max_length, return_tensors="pt")
        with torch.inference_mode():
            hidden = bert(**enc).last_hidden_state
            weight = (enc["attention_mask"] * (1 - enc["token_type_ids"])).unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weight).sum(dim=1) / weight.sum(dim=1).clamp(min=1e-6)
            return torch.sigmoid(head(pooled)).numpy()

    return score, {"torch_threads": torch.get_num_threads()}


def _engine(job: dict[str, Any]) -> Any:
    from sxdetect.engines import make_signal_engine
    from sxdetect.registry import resolve, verify

    spec = resolve(job["model"], Path(job["models_dir"]))
    verify(spec)
    engine = make_signal_engine(spec, job.get("threads"))
    return engine.predict, {"kind": spec.kind}


def _message_level(job: dict[str, Any], score: Any, facts: dict[str, Any]) -> dict[str, Any]:
    data = json.loads(Path(job["workload"]).read_text(encoding="utf-8"))
    texts, previous = data["texts"], data["previous"]
    score(texts[:1], previous[:1])
    child_ready()
    out: dict[str, Any] = {"facts": facts}
    for batch in job["batches"]:
        n = job["latency_n"] if batch == 1 else job["throughput_n"]
        out[f"b{batch}"] = time_batches(score, texts[:n], previous[:n], batch, job["reps"], record_latency=batch == 1)
    out["batch_invariance"] = _batch_invariance(score, texts[: job["latency_n"]], previous[: job["latency_n"]])
    return out


def _batch_invariance(score: Any, texts: list[str], previous: list[str | None]) -> dict[str, float]:
    """How much a message's probabilities move between being scored alone and in a batch of 32
    (dynamic INT8 quantises activations per call, so batch neighbours can matter)."""
    import numpy as np

    alone = np.concatenate([np.asarray(score(texts[i : i + 1], previous[i : i + 1])) for i in range(len(texts))])
    batched = np.concatenate([np.asarray(score(texts[i : i + 32], previous[i : i + 32]))
                              for i in range(0, len(texts), 32)])
    delta = np.abs(alone - batched)
    return {"max_abs_dp": float(delta.max()), "p99_abs_dp": float(np.percentile(delta, 99)),
            "flips_at_0.5": int(((alone >= 0.5) != (batched >= 0.5)).sum()), "messages": len(texts)}


def _conversation_level(job: dict[str, Any], model: Any) -> dict[str, Any]:
    records = json.loads(Path(job["conversations"]).read_text(encoding="utf-8"))
    model.predict_proba(records[:1])
    child_ready()
    n_msgs = sum(len(r["messages"]) for r in records)
    res = time_batches(lambda x, _: model.predict_proba(x), records, records, job["conv_batch"], job["reps"])
    res["conversations"], res["messages"] = len(records), n_msgs
    res["rate"] = res["rate"] * n_msgs / len(records)  # conversations/s → messages/s
    res["rates"] = [round(r * n_msgs / len(records), 1) for r in res["rates"]]
    facts: dict[str, Any] = {}
    if hasattr(model, "routed_"):
        facts["to_full_share"] = model.routed_
    return {f"c{job['conv_batch']}": res, "facts": facts}


def main(argv: list[str]) -> None:
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    started = time.perf_counter()
    kind = job["kind"]
    if kind == "peer":
        result = _message_level(job, *_peer(job))
    elif kind == "engine":
        result = _message_level(job, *_engine(job))
    elif kind == "detector":
        from sxdetect import Detector

        result = _conversation_level(job, Detector(job["model"], models_dir=job["models_dir"]).load())
    elif kind == "cascade":
        from sxdetect.cascade import Cascade

        cascade = Cascade(job["fast"], job["full"], screen_threshold=job["screen_threshold"],
                          models_dir=job["models_dir"]).load()
        result = _conversation_level(job, cascade)
    elif kind == "ablation":
        from bench.ablations import run_ablations

        result = run_ablations(job)
    else:
        raise SystemExit(f"unknown contender kind {kind!r}")
    result["seconds"] = time.perf_counter() - started
    result["peak_rss_mib"] = peak_rss_mib()
    Path(job["out"]).write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
