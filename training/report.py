"""Run an evaluation end to end and write it down: ``report.json``, ``report.md``, ``scores.jsonl``
and the PNG plots of :mod:`training.plots`.

``report.json`` is the one source of every figure: ``report.md`` and the model card
(:mod:`training.cards`) are rendered from it, never typed. ``scores.jsonl`` keeps each
conversation's id, label and per-model risk (no text), so anyone can recompute a figure.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sxdetect import Detector, __version__
from sxdetect.records import Conversation
from sxdetect.registry import sha256_file
from sxdetect.taxonomy import SIGNALS

from . import evaluate as ev

SCHEMA = "sxdetect.evaluate/1"
SHARED_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
_SECTIONS = (("file", "Per file"), ("source", "Per source"), ("lang", "Per language"), ("kind", "Per kind"))


# -- formatting (shared with the model card) --------------------------------------------------
def fmt(x: float | None, digits: int = 3) -> str:
    """A figure, or an en dash when it is undefined."""
    return "–" if x is None else f"{x:.{digits}f}"


def fmt_ci(x: float | None, ci: Sequence[float] | None, digits: int = 3) -> str:
    """A figure with its interval, ``0.912 [0.880, 0.940]``."""
    return fmt(x, digits) if ci is None or x is None else f"{fmt(x, digits)} [{fmt(ci[0], digits)}, {fmt(ci[1], digits)}]"


def pct(x: float | None, ci: Sequence[float] | None = None) -> str:
    """A share as a percentage with one decimal, optionally with its interval."""
    if x is None:
        return "–"
    return f"{100 * x:.1f}%" + (f" [{100 * ci[0]:.1f}, {100 * ci[1]:.1f}]" if ci else "")


def rate_cell(row: dict[str, Any]) -> str:
    """A per-label flag rate: count, share, bootstrap interval and Wilson interval."""
    w = row.get("wilson")
    wil = f"; Wilson [{100 * w[0]:.1f}, {100 * w[1]:.1f}]" if w else ""
    return f"{row['flagged']}/{row['n']} = {pct(row['rate'], row.get('ci'))}{wil}"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def group_title(key: str) -> str:
    """``all`` → ``all data``; ``lang:de`` → ``de``."""
    return "all data" if key == "all" else key.split(":", 1)[1]


# -- loading ----------------------------------------------------------------------------------
def guess_origin(path: Path) -> str:
    """``real`` for the project's evaluation-only set, ``synthetic`` for a pipeline data folder
    (one holding ``train.jsonl`` and ``validation.jsonl``), else ``unspecified``."""
    path = Path(path).resolve()
    if SHARED_EVAL.resolve() in path.parents:
        return "real"
    if (path.parent / "train.jsonl").exists() and (path.parent / "validation.jsonl").exists():
        return "synthetic"
    return "unspecified"


def dataset_meta(name: str, convs: Sequence[Conversation], **extra: Any) -> dict[str, Any]:
    """What the report says about a dataset: rows, positives, labels, languages, kinds."""
    kinds = Counter(str(c.extra["kind"]) for c in convs if "kind" in c.extra)
    positive_kinds = Counter(str(c.extra["kind"]) for c in convs if "kind" in c.extra and ev.is_positive(c))
    return {
        "name": name, "rows": len(convs), "positives": sum(ev.is_positive(c) for c in convs),
        "labels": dict(sorted(Counter(str(c.label) for c in convs).items())),
        "languages": dict(Counter(c.lang or "?" for c in convs).most_common()),
        "kinds": dict(kinds.most_common()), "positive_kinds": dict(positive_kinds.most_common()), **extra,
    }


def load_files(paths: Sequence[Path]) -> tuple[dict[str, list[Conversation]], list[dict[str, Any]]]:
    """Read labelled files; each becomes a dataset named after its file (parent added on clashes)."""
    stems = Counter(Path(p).stem for p in paths)
    datasets: dict[str, list[Conversation]] = {}
    meta = []
    for p in map(Path, paths):
        name = p.stem if stems[p.stem] == 1 else f"{p.parent.name}/{p.stem}"
        if name in datasets:
            raise ValueError(f"{p} is given twice")
        datasets[name] = ev.load_labelled(p)
        meta.append(dataset_meta(name, datasets[name], path=str(p), origin=guess_origin(p), sha256=sha256_file(p)))
    return datasets, meta


# -- building ---------------------------------------------------------------------------------
def build_report(
    models: Sequence[str | Path | Detector],
    datasets: dict[str, list[Conversation]],
    data_meta: Sequence[dict[str, Any]] | None = None,
    resamples: int = 1000,
    seed: int = 0,
    command: str | None = None,
) -> tuple[dict[str, Any], list[ev.Scored]]:
    """Score every model on the pooled datasets and compute every figure (deterministic)."""
    if not 1 <= len(models) <= 2:
        raise ValueError("evaluate one model, or two to compare them")
    convs = [c for rows in datasets.values() for c in rows]
    names = [name for name, rows in datasets.items() for _ in rows]
    scored = []
    for m in models:
        detector = m if isinstance(m, Detector) else Detector(m).load()
        scored.append(ev.score_model(detector, convs, names))
    started = time.perf_counter()
    report: dict[str, Any] = {
        "schema": SCHEMA,
        "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sxdetect_version": __version__,
        "command": command,
        "settings": {
            "bootstrap_resamples": resamples, "bootstrap_seed": seed, "ci_level": ev.CI_LEVEL,
            "interval": "percentile bootstrap, resampled with replacement within each gold label of each group",
            "label_positive": dict(ev.EVAL_LABEL_POSITIVE),
            "early_warning": "positives with a gold threat_to_expose (else payment_demand) message: flagged at or "
            "before it, and the median number of messages between first flag and it",
        },
        "data": list(data_meta) if data_meta else [dataset_meta(n, rows) for n, rows in datasets.items()],
        **ev.evaluate_scored(scored, resamples, seed),
    }
    labels = [m["name"] for m in report["models"]]
    for i, model in enumerate(report["models"]):
        model["label"] = model["name"] if labels.count(model["name"]) == 1 else f"{model['name']}#{i + 1}"
    report["timing"] = {"score_seconds": sum(s.seconds for s in scored),
                        "metrics_seconds": round(time.perf_counter() - started, 3)}
    return report, scored


def evaluate_files(
    paths: Sequence[Path], models: Sequence[str | Path], out: Path, resamples: int = 1000, seed: int = 0,
    plots: bool = True, cards: bool = False,
) -> dict[str, Any]:
    """``sxdetect evaluate``: load, score, measure, write everything under ``out``."""
    started = time.perf_counter()
    datasets, meta = load_files(paths)
    command = " ".join(["sxdetect", "evaluate", *map(str, paths), *[f"--model {m}" for m in models]])
    report, scored = build_report(models, datasets, meta, resamples, seed, command)
    write_report(report, scored, out, plots=plots, started=started)
    if cards:
        from .cards import render_model_card

        for model, sc in zip(report["models"], scored):
            render_model_card(sc.entry, report, Path(out) / f"MODEL_CARD-{model['label']}.md")
    return report


def evaluate_datasets(
    models: Sequence[str | Path | Detector], named: dict[str, tuple[Sequence[Conversation], str]],
    paths: Sequence[Path], out: Path, resamples: int = 1000, seed: int = 0, plots: bool = True,
) -> dict[str, Any]:
    """For the training pipeline: in-memory datasets (``name -> (conversations, origin)``, e.g.
    the synthetic test split) plus labelled files, measured together and written under ``out``."""
    started = time.perf_counter()
    datasets = {name: list(convs) for name, (convs, _) in named.items()}
    meta = [dataset_meta(name, datasets[name], origin=origin) for name, (_, origin) in named.items()]
    files, file_meta = load_files(paths)
    if set(files) & set(datasets):
        raise ValueError(f"dataset names clash: {sorted(set(files) & set(datasets))}")
    report, scored = build_report(models, {**datasets, **files}, meta + file_meta, resamples, seed)
    write_report(report, scored, out, plots=plots, started=started)
    return report


# -- writing ----------------------------------------------------------------------------------
def write_scores(report: dict[str, Any], scored: Sequence[ev.Scored], path: Path) -> None:
    """One line per conversation: id, dataset, label, language and each model's risk and flag."""
    with Path(path).open("w", encoding="utf-8") as fh:
        base = scored[0]
        for i, conv in enumerate(base.convs):
            row = {"id": conv.id, "dataset": base.datasets[i], "label": conv.label, "lang": conv.lang,
                   "positive": bool(base.y[i])}
            for model, sc in zip(report["models"], scored):
                row[model["label"]] = {"risk": round(float(sc.risk[i]), 6), "flagged": bool(sc.flagged[i])}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_report(
    report: dict[str, Any], scored: Sequence[ev.Scored], out: Path, plots: bool = True, started: float | None = None
) -> dict[str, Path]:
    """Write plots, ``scores.jsonl``, ``report.md`` and ``report.json`` under ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    if plots:
        from .plots import draw_all

        paths.update(draw_all(report, scored, out))
    report["plots"] = {k: p.name for k, p in paths.items()}
    write_scores(report, scored, out / "scores.jsonl")
    if started is not None:
        report["timing"]["total_seconds"] = round(time.perf_counter() - started, 2)
    paths["markdown"] = out / "report.md"
    paths["markdown"].write_text(render_markdown(report), encoding="utf-8")
    paths["json"] = out / "report.json"
    paths["json"].write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return paths


# -- Markdown ---------------------------------------------------------------------------------
def conversation_rows(report: dict[str, Any], keys: Sequence[str]) -> list[list[str]]:
    """Rows of :data:`CONV_HEADER` for the given groups, one per model."""
    rows = []
    for key in keys:
        for m in report["models"]:
            c = m["groups"][key]["conversation"]
            ci = c.get("ci", {})
            rows.append([group_title(key), m["label"], c["n"], c["positives"],
                         *[fmt_ci(c[k], ci.get(k)) for k in ev.HEADLINE]])
    return rows


CONV_HEADER = ["data", "model", "n", "positives", "AUPRC", "ROC AUC", "precision", "recall", "FPR"]


def headline_markdown(report: dict[str, Any]) -> str:
    """The headline table (every file and all data) and the flag rate per label."""
    keys = ["all", *[k for k in report["models"][0]["groups"] if k.startswith("file:")]]
    parts = [table(CONV_HEADER, conversation_rows(report, keys))]
    rows = []
    for key in keys:
        for label, row in report["models"][0]["groups"][key]["per_label"].items():
            rates = [rate_cell(m["groups"][key]["per_label"][label]) for m in report["models"]]
            rows.append([group_title(key), label, "positive" if row["positive"] else "negative", row["n"], *rates])
    header = ["data", "label", "class", "n", *[f"flagged: {m['label']}" for m in report["models"]]]
    parts += ["Share flagged per gold label: the false-positive rate of a negative label, the recall of a "
              "positive one (bootstrap interval; the Wilson interval stays informative when nothing or "
              "everything is flagged):", table(header, rows)]
    return "\n\n".join(parts)


def _comparison(report: dict[str, Any]) -> str:
    comp = report["comparison"]
    a, b = report["models"]
    rows = []
    for key, figures in comp["groups"].items():
        if key == "all" or key.startswith("file:"):
            for fig, d in figures.items():
                if d["delta"] is not None:
                    rows.append([group_title(key), fig, fmt(a["groups"][key]["conversation"][fig]),
                                 fmt(b["groups"][key]["conversation"][fig]), fmt_ci(d["delta"], d.get("ci"), 4)])
    head = ["data", "figure", a["label"], b["label"], f"Δ ({b['label']} − {a['label']})"]
    return ("Same conversations and the same bootstrap resamples for both models; an interval that excludes "
            "0 is a difference the data supports.\n\n" + table(head, rows))


def _signals_md(report: dict[str, Any]) -> str:
    parts = []
    for m in report["models"]:
        g = m["groups"]["all"]
        if "signals" in g:
            rows = [[s, v["support"], v["predicted"], fmt(v["precision"]), fmt(v["recall"]), fmt(v["f1"])]
                    for s, v in g["signals"].items()]
            parts.append(f"**{m['label']}**, messages with gold signals:\n\n"
                         + table(["signal", "support", "fired", "precision", "recall", "F1"], rows))
        rows = [[label, v["n"], *[pct(v["rates"][s]) for s in SIGNALS]] for label, v in g["signals_by_label"].items()]
        parts.append(f"**{m['label']}**, share of conversations on which each signal fired, per gold label:\n\n"
                     + table(["label", "n", *SIGNALS], rows))
    return "\n\n".join(parts)


def early_warning_markdown(report: dict[str, Any], keys: Sequence[str] | None = None) -> str:
    """The early-warning table of every group (or of ``keys``) with anchored positives."""
    rows = []
    for key in keys if keys is not None else report["models"][0]["groups"]:
        for m in report["models"]:
            e = m["groups"][key]["early_warning"]
            if e["n"]:
                rows.append([group_title(key), m["label"], e["n"], e["in_time"], pct(e["rate"]),
                             fmt(e["median_messages_ahead"], 1)])
    if not rows:
        return "No positive conversation carries a gold `threat_to_expose` or `payment_demand` message, so early " \
               "warning cannot be measured on this data (single-text rows have no message labels)."
    return table(["data", "model", "positives with an anchor", "flagged in time", "share", "median messages ahead"],
                 rows)


def _thresholds_md(report: dict[str, Any]) -> str:
    parts = []
    for m in report["models"]:
        rows_in = m["threshold_table"]["all"]
        negs = list(rows_in[0]["fpr_by_label"]) if rows_in else []
        rows = [[f"{r['threshold']:.4g}" + (" (shipped)" if r["shipped"] else ""), r["flagged"], fmt(r["precision"]),
                 fmt(r["recall"]), fmt(r["fpr"]), *[fmt(r["fpr_by_label"][n]) for n in negs]] for r in rows_in]
        parts.append(f"**{m['label']}** (all data pooled; per-file tables are in report.json):\n\n"
                     + table(["threshold", "flagged", "precision", "recall", "FPR", *[f"FPR {n}" for n in negs]], rows))
    return "\n\n".join(parts)


def render_markdown(report: dict[str, Any]) -> str:
    """The whole report as Markdown."""
    s = report["settings"]
    timing = report["timing"]
    lines = [
        "# sxdetect evaluation report", "",
        f"Created {report['created']} with sxdetect {report['sxdetect_version']}"
        + (f"; command: `{report['command']}`" if report.get("command") else "") + ".",
        f"Scoring took {fmt(timing['score_seconds'], 1)} s, metrics {fmt(timing['metrics_seconds'], 1)} s"
        + (f", everything {fmt(timing['total_seconds'], 1)} s" if "total_seconds" in timing else "") + ".", "",
        "## Models", "",
        table(["model", "name", "version", "kind", "threshold", "scored in (s)", "conversations/s"],
              [[m["label"], m["name"], m["version"], m["kind"], fmt(m["threshold"], 4), fmt(m["score_seconds"], 2),
                fmt(m["conversations_per_second"], 1)] for m in report["models"]]), "",
        "## Data", "",
        table(["dataset", "origin", "rows", "positives", "labels", "languages", "sha256"],
              [[d["name"], d.get("origin", "unspecified"), d["rows"], d["positives"],
                ", ".join(f"{k} {v}" for k, v in d["labels"].items()),
                ", ".join(f"{k} {v}" for k, v in d["languages"].items()), (d.get("sha256") or "–")[:12]]
               for d in report["data"]]), "",
        f"## Headline figures at the shipped threshold ({100 * s['ci_level']:g}% bootstrap intervals, "
        f"{s['bootstrap_resamples']} resamples)", "", headline_markdown(report), "",
    ]
    if "comparison" in report:
        lines += ["## Comparison", "", _comparison(report), ""]
    groups = report["models"][0]["groups"]
    for prefix, title in _SECTIONS[1:]:
        keys = [k for k in groups if k.startswith(prefix + ":")]
        if keys:
            lines += [f"## {title}", "", table(CONV_HEADER, conversation_rows(report, keys)), ""]
    lines += ["## Early warning", "", early_warning_markdown(report), "", "## Message signals", "", _signals_md(report), "",
              "## Threshold analysis", "", "Pick your own operating point: each row is what flagging every "
              "conversation at or above that risk would give.", "", _thresholds_md(report), ""]
    if report.get("plots"):
        lines += ["## Plots", ""] + [f"![{k}]({v})" for k, v in report["plots"].items()] + [""]
    lines += [
        "## How to read this report", "",
        "- Positive labels: " + ", ".join(k for k, v in s["label_positive"].items() if v) + "; negative: "
        + ", ".join(k for k, v in s["label_positive"].items() if not v) + ".",
        "- AUPRC is step-wise average precision; ROC AUC counts ties as one half; precision, recall and FPR are "
        "at each model's shipped threshold. '–' means undefined (e.g. no positives in the group).",
        f"- Intervals: {s['interval']}; seed {s['bootstrap_seed']}.",
        f"- Early warning: {s['early_warning']}.",
        "- Per-signal figures need message-level gold signals (taxonomy records); single-text rows have none.",
        "",
    ]
    return "\n".join(lines)


def main_summary(report: dict[str, Any]) -> str:
    """What the CLI prints: the headline table and the timings."""
    t = report["timing"]
    return (headline_markdown(report) + "\n\n" + f"scoring {fmt(t['score_seconds'], 1)} s, metrics "
            f"{fmt(t['metrics_seconds'], 1)} s, total {fmt(t.get('total_seconds'), 1)} s")

