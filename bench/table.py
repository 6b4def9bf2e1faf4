"""Render the harness's results as Markdown and write them under ``bench/results/``.

The main table has one row per contender and batch size, with :data:`COLUMNS`; two smaller tables
follow: the cascade's recall against the full model alone, and what each speed choice of the
default path buys (:mod:`bench.ablations`). The header records the machine (CPU, load average
before and after), the library versions, the workload (languages, message lengths) and the models.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

COLUMNS: tuple[str, ...] = ("contender", "batch", "msg/s", "p50 ms", "p99 ms", "peak RSS MiB", "cold start s",
                            "× peer")


def _num(value: Any, fmt: str = ",.0f") -> str:
    if value is None:
        return "–"
    return format(value, fmt)


def row(contender: str, batch: str, res: dict[str, Any] | None, proc: dict[str, Any] | None,
        peer_rate: float | None) -> dict[str, Any]:
    """One table row from a timing result (``time_batches``) and its process facts."""
    res, proc = res or {}, proc or {}
    rate = res.get("rate")
    return {"contender": contender, "batch": batch, "rate": rate, "rates": res.get("rates"),
            "p50_ms": res.get("p50_ms"), "p99_ms": res.get("p99_ms"), "peak_rss_mib": proc.get("peak_rss_mib"),
            "cold_start_s": proc.get("cold_start_s"),
            "ratio": rate / peer_rate if rate and peer_rate else None}


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """A Markdown table (cells already strings)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return lines


def main_table(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The contenders table (:data:`COLUMNS`)."""
    cells = [[r["contender"], r["batch"], _num(r["rate"]), _num(r["p50_ms"], ".2f"), _num(r["p99_ms"], ".2f"),
              _num(r["peak_rss_mib"]), _num(r["cold_start_s"], ".2f"),
              "–" if r["ratio"] is None else f"{r['ratio']:.2f}×"] for r in rows]
    return markdown_table(COLUMNS, cells)


def cascade_table(cas: dict[str, Any]) -> list[str]:
    """Recall of the full model alone vs the cascade on the test split and the hidden families."""
    names = {"test": "synthetic test split", "test_hidden": "hidden-family test"}
    cells = []
    for key, s in cas.get("splits", {}).items():
        cells.append([names.get(key, key), f"{s['conversations']:,} ({s['harmful']:,} harmful)",
                      _num(s["recall_full"], ".4f"), _num(s["recall_cascade"], ".4f"),
                      _num(s["recall_loss_points"], ".2f"), _num(s["sextortion_recall_full"], ".4f"),
                      _num(s["sextortion_recall_cascade"], ".4f"), _num(s["to_full_share"], ".1%")])
    return markdown_table(["split", "conversations", "recall, full alone", "recall, cascade", "loss (points)",
                           "sextortion recall, full", "sextortion recall, cascade", "sent to full"], cells)


def points_table(points: Sequence[dict[str, Any]]) -> list[str]:
    """Keep share → screening cut, traffic share sent to the full model, recall loss per split."""
    cells = []
    for p in points:
        t, h = p["splits"].get("test", {}), p["splits"].get("test_hidden", {})
        cells.append([f"{p['keep']:.1%}", f"{p['screen_threshold']:.4f}", _num(p.get("traffic_to_full_share"), ".1%"),
                      _num(t.get("to_full_share"), ".1%"), _num(t.get("recall_loss_points"), ".2f"),
                      _num(h.get("recall_loss_points"), ".2f")])
    return markdown_table(["keep (validation flags)", "screening cut", "benign-heavy traffic sent to full",
                           "test split sent to full", "loss, test", "loss, hidden families"], cells)


def ablation_table(abl: dict[str, Any]) -> list[str]:
    """msg/s of the INT8 engine with each speed choice undone, relative to the shipped engine."""
    variants = abl.get("variants", {})
    base = variants.get("shipped", {})
    reps = base.get("b32", {}).get("reps")
    cells = []
    for name, v in variants.items():
        b32, one = v.get("b32", {}).get("rate"), v.get("one_call", {}).get("rate")
        rel = [f"{x / y:.2f}×" if x and y else "–" for x, y in
               ((b32, base.get("b32", {}).get("rate")), (one, base.get("one_call", {}).get("rate")))]
        b1 = v.get("b1", {})
        cells.append([name, _num(b32), rel[0], _num(one), rel[1], _num(b1.get("p50_ms"), ".2f"),
                      _num(b1.get("p99_ms"), ".2f")])
    lines = ([f"Median of {reps} repetitions each; *one call* scores all the messages in a single call."]
             if reps else []) + [""]
    lines += markdown_table(["engine variant", "msg/s, batch 32", "vs shipped", "msg/s, one call", "vs shipped",
                             "p50 ms, batch 1", "p99 ms, batch 1"], cells)
    inc = abl.get("incremental", {})
    if inc and "skipped" not in inc:
        plain, cached = inc.get("plain Detector", {}), inc.get("CachingDetector", {})
        lines += ["", "Incremental scoring (each conversation re-sent with every new message, one request per "
                  f"message, {plain.get('requests', 0):,} requests): plain `Detector` {_num(plain.get('rate'))} "
                  f"new msg/s, `CachingDetector` (signal cache) {_num(cached.get('rate'))} new msg/s"
                  + (f" ({cached['rate'] / plain['rate']:.2f}×)." if plain.get("rate") and cached.get("rate") else ".")]
    return lines


def render(report: dict[str, Any]) -> str:
    """The whole Markdown report."""
    h = report["header"]
    lines = [f"# sxdetect benchmark, {h['date']}", ""]
    lines += [f"- machine: {h['cpu']}; 1-minute load average {h['load_before']:.2f} before, "
              f"{h['load_after']:.2f} after (other work on a shared machine slows every row alike)",
              f"- versions: {', '.join(f'{k} {v}' for k, v in h['versions'].items())}",
              f"- workload: {h['workload']}",
              f"- models: {h['models']}",
              f"- command: `{h['command']}`", ""]
    lines += main_table(report["rows"]) + [""]
    lines += [f"- {note}" for note in report.get("notes", [])] + [""]
    if report.get("cascade"):
        cas = report["cascade"]
        lines += [f"## Cascade: `{cas['fast']}` screens, `{cas['full']}` scores", "",
                  f"Screening cut {cas['screen_threshold']:.4f} (fast-model risk), fitted on {cas['fitted_on']} to keep "
                  f"≥ {cas['keep']:.1%} of the full model's flags; full model's own threshold "
                  f"{cas['full_threshold']:.4f}. Splits: {cas['source']}.", ""]
        lines += cascade_table(cas) + [""]
        if len(cas.get("operating_points", [])) > 1:
            lines += ["Other operating points (same validation fit; loss in recall points):", ""]
            lines += points_table(cas["operating_points"]) + [""]
    titles = {"ablations-int8": "INT8 encoder engine (hybrid: includes its n-gram part)", "ablations-ngram": "n-gram engine"}
    for key, abl in report.get("ablations", {}).items():
        if abl.get("variants"):
            lines += [f"## What each speed choice buys: {titles.get(key, key)}", ""]
            lines += ablation_table(abl) + [""]
    return "\n".join(lines).rstrip() + "\n"


def write(report: dict[str, Any], out_dir: Path) -> Path:
    """Write ``bench-<timestamp>.md`` + ``.json`` and ``latest.md``; return the Markdown path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text = render(report)
    md = out_dir / f"bench-{stamp}.md"
    md.write_text(text, encoding="utf-8")
    (out_dir / f"bench-{stamp}.json").write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    (out_dir / "latest.md").write_text(text, encoding="utf-8")
    return md
