"""The ``sxdetect`` command line: thin commands over the library; docstrings are the --help.

Runtime commands (score, models) import only the light ``sxdetect`` package. Commands that need
training or serving dependencies import them inside the command, so ``sxdetect score`` starts
fast without torch.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(
    name="sxdetect",
    help="Find the sextortion pattern in chat conversations, early and with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _training(module: str):  # noqa: ANN202 - returns a module
    """Import ``training.<module>``, explaining how to get it when it is missing."""
    import importlib

    try:
        return importlib.import_module(f"training.{module}")
    except ModuleNotFoundError as exc:
        typer.echo(
            f"this command needs the training code and its extras ({exc.name} is missing): run it from a "
            "source checkout after `pip install torch==2.13.0 && pip install -e '.[train]'`",
            err=True,
        )
        raise typer.Exit(2) from exc


def _print_table(rows: list[dict], limit: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="sxdetect: conversations ranked by risk", show_lines=False)
    for col, kw in (("rank", {"justify": "right"}), ("id", {}), ("risk", {"justify": "right"}), ("label", {}),
                    ("stage", {}), ("flag", {}), ("evidence", {}), ("reason", {})):
        table.add_column(col, **kw)
    ranked = sorted(rows, key=lambda r: -r["risk"])
    for rank, row in enumerate(ranked[:limit], start=1):
        table.add_row(
            str(rank), row["id"], f"{row['risk']:.3f}", row["label"], row["stage"],
            "[bold red]FLAG[/]" if row["flagged"] else "", ",".join(map(str, row["evidence"])), row["reason"],
        )
    Console().print(table)


@app.command()
def score(
    input: Path = typer.Argument(..., help="Conversations as taxonomy JSONL (one per line); '-' reads stdin."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write JSON lines here instead of stdout."),
    model: str = typer.Option("default", "--model", "-m", help="Model name from the manifest, or a model directory."),
    threshold: Optional[float] = typer.Option(None, help="Override the model's conversation threshold (0-1)."),
    table: bool = typer.Option(False, "--table", help="Print a ranked table instead of JSON lines."),
    top: int = typer.Option(20, help="Rows in the --table view."),
) -> None:
    """Score conversations and write one JSON line per conversation.

    Each line has id, risk (0-1), label, stage, flagged, threshold, per-message signals,
    the risk trajectory after each message, and the evidence message indices.
    """
    from sxdetect import Detector, RecordError
    from sxdetect.records import parse_record

    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise typer.BadParameter("threshold must be between 0 and 1", param_hint="--threshold")
    detector = Detector(model, threshold=threshold).load()
    source = sys.stdin if str(input) == "-" else input.open(encoding="utf-8", errors="strict")
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    rows: list[dict] = []
    rejected = 0
    batch: list = []

    def flush() -> None:
        for res in detector.score(batch):
            row = res.to_dict()
            if table:
                rows.append(row)
            if out or not table:
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
        batch.clear()

    with source:
        for lineno, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                batch.append(parse_record(json.loads(line), detector.caps, default_id=str(lineno)))
            except (json.JSONDecodeError, RecordError) as exc:
                rejected += 1
                typer.echo(f"line {lineno}: rejected: {type(exc).__name__}: {exc}"[:200], err=True)
                continue
            if len(batch) >= 256:
                flush()
        flush()
    if out:
        sink.close()
    if table:
        _print_table(rows, top)
    if rejected:
        typer.echo(f"{rejected} record(s) rejected", err=True)
        raise typer.Exit(1)


@app.command()
def models() -> None:
    """List the shipped models: name, version, kind, threshold, files."""
    from sxdetect.registry import default_models_dir, list_models

    for spec in list_models():
        files = ", ".join(spec.entry.get("files", {}))
        typer.echo(
            f"{spec.name}\tv{spec.version}\t{spec.kind}\tthreshold={spec.thresholds.get('conversation')}\t{files}"
        )
    typer.echo(f"(from {default_models_dir()})", err=True)


@app.command()
def train(
    config: Path = typer.Option(Path("training/configs/baseline.toml"), help="Pipeline configuration (TOML)."),
    out: Path = typer.Option(Path("runs/baseline"), help="Run directory: data, model, reports."),
    ship: bool = typer.Option(False, help="Copy the trained model into models/ and regenerate its card."),
) -> None:
    """Run the training pipeline: generate data, train, calibrate, export ONNX, check parity, evaluate."""
    pipeline = _training("pipeline")
    pipeline.run(config, out, ship=ship)


if __name__ == "__main__":
    app()
