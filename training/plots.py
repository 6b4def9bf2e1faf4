"""PNG plots of an evaluation (matplotlib, Agg backend), drawn from the report and the scores.

- ``pr_curves.png``: precision-recall curve per source (input file, and ``source`` field where it
  splits files differently) with each model's operating point at its shipped threshold.
- ``risk_histogram.png``: the distribution of risk per gold label, threshold marked.
- ``languages.png``: false-positive rate on negatives and recall on positives per language.
- ``signal_confusion.png``: gold against fired message signals (only where messages are labelled).
- ``signals_by_label.png``: how often each signal fires per gold label.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sxdetect.taxonomy import SIGNALS

from . import evaluate as ev
from .metrics import pr_curve

_DPI = 110
_STYLES = ("-", "--")


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _percent_axis(ax: Any) -> None:
    from matplotlib.ticker import PercentFormatter

    ax.yaxis.set_major_formatter(PercentFormatter(1.0))


def _title(key: str) -> str:
    return "all data" if key == "all" else key.split(":", 1)[1]


def _curve_groups(report: dict[str, Any], scored: Sequence[ev.Scored]) -> list[tuple[str, np.ndarray]]:
    base = scored[0]
    groups = ev.group_index(base.convs, base.datasets)
    files = [(k, v) for k, v in groups.items() if k.startswith("file:")]
    seen = {tuple(v.tolist()) for _, v in files}
    sources = [(k, v) for k, v in groups.items() if k.startswith("source:") and tuple(v.tolist()) not in seen]
    return ([("all", groups["all"])] if len(files) > 1 else []) + files + sources


def pr_curves(report: dict[str, Any], scored: Sequence[ev.Scored], path: Path) -> Path:
    """One panel per source with both classes; negative-only sources are named in a note."""
    plt = _plt()
    groups = _curve_groups(report, scored)
    y = scored[0].y
    usable = [(k, idx) for k, idx in groups if 0 < y[idx].sum() < len(idx)]
    skipped = [_title(k) for k, idx in groups if not 0 < y[idx].sum() < len(idx)]
    cols = min(3, max(1, len(usable)))
    rows = max(1, -(-len(usable) // cols))
    fig, axes = plt.subplots(rows, cols, figsize=(5.2 * cols, 4.4 * rows + 0.6), squeeze=False)
    for ax in axes.flat[len(usable):]:
        ax.axis("off")
    for ax, (key, idx) in zip(axes.flat, usable):
        for style, model, sc in zip(_STYLES, report["models"], scored):
            precision, recall = pr_curve(sc.y[idx], sc.risk[idx])
            ap = model["groups"][key]["conversation"]["auprc"]
            line = ax.step(np.r_[0.0, recall], np.r_[precision[0], precision], where="post", linestyle=style,
                           label=f"{model['label']} (AUPRC {ap:.3f})")[0]
            c = model["groups"][key]["conversation"]
            if c["precision"] is not None:
                ax.plot([c["recall"]], [c["precision"]], "o", color=line.get_color(),
                        label=f"{model['label']} at threshold {model['threshold']:.3g}")
        prevalence = y[idx].mean()
        ax.axhline(prevalence, color="grey", linewidth=0.8, linestyle=":", label=f"chance ({prevalence:.3f})")
        ax.set(xlim=(0, 1.01), ylim=(0, 1.03), xlabel="recall", ylabel="precision",
               title=f"{_title(key)} (n={len(idx)}, positives={int(y[idx].sum())})")
        ax.grid(alpha=0.3)
        ax.legend(loc="lower left", fontsize=8)
    if not usable:
        axes.flat[0].text(0.5, 0.5, "no source has both positives and negatives", ha="center", va="center")
    fig.suptitle("Precision-recall per source")
    if skipped:
        fig.text(0.01, 0.01, "No positives, so no curve (see the false-positive tables): " + ", ".join(skipped),
                 fontsize=8, color="dimgrey")
    return _save(fig, path)


def risk_histogram(report: dict[str, Any], scored: Sequence[ev.Scored], path: Path) -> Path:
    """Small multiples: one row per gold label (negatives first), one column per model; the
    count of conversations per risk bin on a log scale, the threshold marked."""
    plt = _plt()
    labels = ev.label_order(scored[0].labels)
    fig, axes = plt.subplots(len(labels), len(scored), figsize=(6.8 * len(scored), 1.55 * len(labels) + 1.2),
                             squeeze=False, sharex=True)
    bins = np.linspace(0.0, 1.0, 41)
    for col, (model, sc) in enumerate(zip(report["models"], scored)):
        for row, label in enumerate(labels):
            ax = axes[row, col]
            mask = sc.labels == label
            positive = ev.EVAL_LABEL_POSITIVE[label]
            ax.hist(sc.risk[mask], bins=bins, color="tab:red" if positive else "tab:blue", alpha=0.8)
            ax.axvline(model["threshold"], color="black", linewidth=1, linestyle="--")
            ax.set_yscale("log")
            ax.set_ylim(0.7, max(2.0, mask.sum() * 2.0))
            ax.text(0.5, 0.9, f"{label} ({'positive' if positive else 'negative'}): n={int(mask.sum())}, "
                    f"flagged {int(sc.flagged[mask].sum())}", transform=ax.transAxes, ha="center", va="top",
                    fontsize=8, bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none"})
            ax.tick_params(labelsize=7)
            ax.grid(alpha=0.3)
            if col == 0:
                ax.set_ylabel("count (log)", fontsize=8)
        axes[0, col].set_title(f"{model['label']}: risk per gold label (dashed: threshold {model['threshold']:.3g})",
                               fontsize=10)
        axes[-1, col].set_xlabel("risk")
        axes[-1, col].set_xlim(0, 1)
    return _save(fig, path)


def languages(report: dict[str, Any], scored: Sequence[ev.Scored], path: Path) -> Path:
    """Bars per language: FPR on negatives and recall on positives, with intervals and counts."""
    plt = _plt()
    keys = [k for k in report["models"][0]["groups"] if k.startswith("lang:")]
    fig, axes = plt.subplots(2, 1, figsize=(min(16.0, max(8.0, 0.75 * len(keys) * len(scored) + 3)), 8.0))
    x = np.arange(len(keys))
    width = 0.8 / len(scored)
    for ax, (figure, count, title) in zip(axes, (("fpr", "negatives", "False-positive rate on negatives"),
                                                 ("recall", "positives", "Recall on positives"))):
        highest: list[float] = []
        for i, model in enumerate(report["models"]):
            conv = [model["groups"][k]["conversation"] for k in keys]
            vals = np.array([np.nan if c[figure] is None else c[figure] for c in conv])
            ci = [c.get("ci", {}).get(figure) for c in conv]
            err = np.array([[v - lo[0], lo[1] - v] if lo and not np.isnan(v) else [0, 0] for v, lo in zip(vals, ci)])
            err = np.maximum(err.reshape(-1, 2).T, 0.0)  # a percentile interval may sit beside its point
            highest += [hi[1] if hi else v for v, hi in zip(vals, ci)]
            pos = x + (i - (len(scored) - 1) / 2) * width
            ax.bar(pos, np.nan_to_num(vals), width, yerr=err if len(keys) else None, capsize=3, label=model["label"])
            for p, v, c, band in zip(pos, vals, conv, ci):
                n = c["n"] - c["positives"] if count == "negatives" else c["positives"]
                text = "n/a" if np.isnan(v) else f"{round(v * n)}/{n}\n{v:.{2 if figure == 'fpr' else 0}%}"
                at = 0.0 if np.isnan(v) else max(v, band[1] if band else v)  # above the interval's cap
                ax.annotate(text, (p, at), ha="center", va="bottom", fontsize=7, xytext=(0, 2),
                            textcoords="offset points")
        ax.set_xticks(x, [_title(k) for k in keys])
        top = 1.0 if figure == "recall" else min(1.0, max(0.005, 1.3 * float(np.nanmax(highest, initial=0.0))))
        ax.set(ylim=(0, top * 1.25), xlabel="language", ylabel="share of negatives flagged" if figure == "fpr"
               else "share of positives flagged", title=title)
        if figure == "recall":
            ax.set_yticks(np.linspace(0.0, 1.0, 6))
        _percent_axis(ax)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(fontsize=8)
    level = report["settings"]["ci_level"]
    fig.suptitle(f"Per language, at the shipped threshold ({100 * level:g}% bootstrap intervals)")
    return _save(fig, path)


def _heatmap(ax: Any, matrix: np.ndarray, rows: Sequence[str], cols: Sequence[str], title: str) -> Any:
    image = ax.imshow(matrix, cmap="Blues", vmin=0.0, vmax=1.0, aspect="auto")
    ax.set_xticks(range(len(cols)), cols, rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    for (r, c), v in np.ndenumerate(matrix):
        ax.text(c, r, f"{v:.2f}", ha="center", va="center", fontsize=7, color="white" if v > 0.6 else "black")
    ax.set_title(title, fontsize=10)
    return image


def signal_confusion(report: dict[str, Any], path: Path) -> Path | None:
    """Gold (rows) against fired (columns) signals per model; None without labelled messages."""
    models = [m for m in report["models"] if m["groups"]["all"].get("signal_confusion")]
    if not models:
        return None
    plt = _plt()
    fig, axes = plt.subplots(1, len(models), figsize=(6.5 * len(models) + 2, 6.2), squeeze=False, sharey=True,
                             layout="constrained")
    for i, (ax, model) in enumerate(zip(axes.flat, models)):
        conf = model["groups"]["all"]["signal_confusion"]
        rows = [f"{r} (n={n})" for r, n in zip(conf["rows"], conf["support"])]
        image = _heatmap(ax, np.array(conf["share"]), rows, conf["columns"], f"{model['label']}")
        ax.set(xlabel="signal fired by the model", ylabel="" if i else "gold signal of the message")
    fig.colorbar(image, ax=axes.ravel().tolist(), label="share of the row's messages")
    fig.suptitle("Message signals: gold against fired")
    return _save(fig, path, tight=False)


def signals_by_label(report: dict[str, Any], scored: Sequence[ev.Scored], path: Path) -> Path:
    """Share of conversations of each gold label on which each signal fired, per model."""
    plt = _plt()
    n = len(report["models"])
    fig, axes = plt.subplots(1, n, figsize=(6.5 * n + 2, 4.4), squeeze=False, sharey=True, layout="constrained")
    for i, (ax, model) in enumerate(zip(axes.flat, report["models"])):
        table = {k: model["groups"]["all"]["signals_by_label"][k] for k in ev.label_order(scored[0].labels)}
        matrix = np.array([[v["rates"][s] for s in SIGNALS] for v in table.values()])
        image = _heatmap(ax, matrix, [f"{k} (n={v['n']})" for k, v in table.items()], SIGNALS, model["label"])
        ax.set(xlabel="signal fired at least once", ylabel="" if i else "gold label")
    fig.colorbar(image, ax=axes.ravel().tolist(), label="share of the label's conversations")
    fig.suptitle("Signals fired per gold label")
    return _save(fig, path, tight=False)


def _save(fig: Any, path: Path, tight: bool = True) -> Path:
    plt = _plt()
    if tight:
        fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path, dpi=_DPI, bbox_inches="tight")
    plt.close(fig)
    return Path(path)


def draw_all(report: dict[str, Any], scored: Sequence[ev.Scored], out: Path) -> dict[str, Path]:
    """Draw every plot into ``out``; returns ``{name: path}`` of the files written."""
    out = Path(out)
    paths = {
        "pr_curves": pr_curves(report, scored, out / "pr_curves.png"),
        "risk_histogram": risk_histogram(report, scored, out / "risk_histogram.png"),
        "languages": languages(report, scored, out / "languages.png"),
        "signals_by_label": signals_by_label(report, scored, out / "signals_by_label.png"),
    }
    confusion = signal_confusion(report, out / "signal_confusion.png")
    if confusion is not None:
        paths["signal_confusion"] = confusion
    return paths
