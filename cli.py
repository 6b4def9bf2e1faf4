"""The ``sxdetect`` command line: thin commands over the library; docstrings are the --help.

Runtime commands (score, models) import only the light ``sxdetect`` package. Commands that need
training or serving dependencies import them inside the command, so ``sxdetect score`` starts
fast without torch.
"""

from __future__ import annotations

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
    input: str = typer.Argument(
        ..., metavar="INPUT", help="Queue file: taxonomy JSONL, or a message table (JSONL, CSV, Parquet); '-' is stdin."
    ),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", help="Ranked output (.jsonl, .csv, .parquet); default: JSON lines on stdout."
    ),
    model: str = typer.Option("default", "--model", "-m", help="Model name from the manifest, or a model directory."),
    threshold: Optional[float] = typer.Option(None, help="Override the model's conversation threshold (0-1)."),
    min_risk: Optional[float] = typer.Option(None, "--min-risk", help="Write only conversations with risk >= this."),
    top: Optional[int] = typer.Option(
        None, "--top", help="Write only the N riskiest conversations (and show N in --table; default 20)."
    ),
    table: bool = typer.Option(
        False, "--table", help="Print a ranked table instead of JSON lines (with --out the file is written too)."
    ),
    in_format: Optional[str] = typer.Option(
        None, "--format", help="Input format: jsonl, csv or parquet (default: from the extension)."
    ),
    out_format: Optional[str] = typer.Option(
        None, "--out-format", help="Output format: jsonl, csv or parquet (default: from --out, else jsonl)."
    ),
    shape: str = typer.Option(
        "auto", "--shape", help="JSONL input: auto, conversations (one a line) or messages (one a row)."
    ),
    id_col: str = typer.Option("conversation_id", "--id-col", help="Message tables: the conversation id column."),
    sender_col: str = typer.Option("sender", "--sender-col", help="Message tables: the sender column."),
    text_col: str = typer.Option("text", "--text-col", help="Message tables: the text column."),
    ts_col: str = typer.Option("ts", "--ts-col", help="Message tables: the timestamp column (ISO-8601 or epoch)."),
    image_col: str = typer.Option("has_image", "--image-col", help="Message tables: the has-image column."),
    country: Optional[str] = typer.Option(
        None, "--country", help="Country (ISO alpha-2) for the support block when a record has none."
    ),
    country_field: str = typer.Option("country", "--country-field", help="Metadata field with the country."),
    rejects: Optional[Path] = typer.Option(
        None, "--rejects", help="Rejects file (default: <out stem>.rejects.jsonl, or ./sxdetect.rejects.jsonl)."
    ),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run (same input, model, --out)."),
    max_message_chars: Optional[int] = typer.Option(
        None, "--max-message-chars", min=1, help="Cap: longer messages (characters) are rejected (default 4000)."
    ),
    max_messages: Optional[int] = typer.Option(
        None, "--max-messages", min=1, help="Cap: longer conversations (messages) are rejected (default 1000)."
    ),
    max_line_bytes: Optional[int] = typer.Option(
        None, "--max-line-bytes", min=1024, help="Cap: longer lines or CSV fields (bytes) are rejected (16 MiB)."
    ),
    chunk_size: int = typer.Option(256, "--chunk-size", min=1, help="Conversations scored between two checkpoints."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary on stderr."),
) -> None:
    """Score a moderator queue and rank it by risk, with the reason and the evidence.

    Reads taxonomy JSONL (one conversation a line) or a message table (conversation_id, sender,
    text, optional ts, has_image and metadata columns) in JSONL, CSV or Parquet; writes ranked
    JSONL, CSV or Parquet. Bad records never stop the run: they go to the rejects file with their
    line and reason. Exit codes: 0 all scored, 3 some records rejected, 2 usage error, 130
    interrupted (run again with --resume). See docs/queue.md.
    """
    from rich.console import Console

    from sxdetect import Caps, Detector, ModelError
    from sxdetect.queue import (DEFAULT_MAX_LINE_BYTES, EXIT_INTERRUPTED, EXIT_USAGE, Columns, QueueOptions,
                                QueueUsageError, render_summary, score_queue)

    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise typer.BadParameter("threshold must be between 0 and 1", param_hint="--threshold")
    try:
        limits = {"max_message_chars": max_message_chars, "max_messages": max_messages}
        caps = Caps(**{k: v for k, v in limits.items() if v is not None})
        detector = Detector(model, threshold=threshold, caps=caps).load()
    except ModelError as exc:
        raise typer.BadParameter(str(exc), param_hint="--model") from exc
    rows = (top or 20) if table else 0
    columns = Columns(id_col, sender_col, text_col, ts_col, image_col)
    opts = QueueOptions(
        in_format=in_format, out_format=out_format, shape=shape, columns=columns, min_risk=min_risk, top=top,
        max_line_bytes=max_line_bytes or DEFAULT_MAX_LINE_BYTES, country=country, country_field=country_field,
        chunk_size=chunk_size, resume=resume, rejects=rejects, table_rows=rows,
        progress=not quiet and sys.stderr.isatty(), emit=out is not None or not table,
    )
    err = Console(stderr=True)
    try:
        summary = score_queue(input, out, detector, opts)
    except QueueUsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    except KeyboardInterrupt as exc:
        resumable = out is not None and input != "-"
        typer.echo("interrupted: " + ("run the same command with --resume to continue" if resumable
                                      else "run it again (stdin/stdout runs cannot resume)"), err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from exc
    if table:
        _print_table(summary.top_rows, rows)
    if not quiet:
        render_summary(summary, err)
    raise typer.Exit(summary.exit_code)


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
def synth(
    n: int = typer.Option(20000, "--n", help="Number of conversations."),
    seed: int = typer.Option(7, help="Random seed: the same seed always gives the same file."),
    out: str = typer.Option("-", "--out", "-o", help="Output JSONL file ('-' for stdout)."),
    langs: Optional[str] = typer.Option(None, help="Comma-separated languages, e.g. en,de (default: all complete)."),
    label_mix: Optional[str] = typer.Option(None, help="Label shares, e.g. benign=0.5,grooming=0.2,sextortion=0.3."),
    family_weights: Optional[str] = typer.Option(None, help="Family weights, e.g. sx_webcam_scam=2,bn_partners=0."),
    obfuscation_rate: float = typer.Option(0.08, help="Share of messages with leetspeak, spacing, homoglyphs..."),
    monologue_rate: float = typer.Option(0.05, help="Share of records rendered as one sender's single long message."),
    split: Optional[str] = typer.Option(None, help="Only this split's phrasings: train, val or test."),
    hidden_families: Optional[str] = typer.Option(None, help="Families kept out of train/val (comma-separated)."),
    card: Optional[str] = typer.Option(None, help="Also write the data card (Markdown) for this set."),
) -> None:
    """Generate synthetic conversations (taxonomy JSONL) and print their composition to stderr.

    Records carry their script family and template ids, so splits can be template-disjoint.
    Synthetic text is not real victims' words; see data_cards/synthetic.md.
    """
    generate = _training("synth.generate")
    generate.run_synth(n=n, seed=seed, out=out, langs=langs, label_mix=label_mix, family_weights=family_weights,
                       obfuscation_rate=obfuscation_rate, monologue_rate=monologue_rate, split=split,
                       hidden_families=hidden_families, card=card)


@app.command()
def train(
    config: Path = typer.Option(Path("training/configs/baseline.toml"), help="Pipeline configuration (TOML)."),
    out: Path = typer.Option(Path("runs/baseline"), help="Run directory: data, model, reports."),
    ship: bool = typer.Option(False, help="Copy the trained model into models/ and regenerate its card."),
) -> None:
    """Run the training pipeline: generate data, train, calibrate, export ONNX, check parity, evaluate."""
    pipeline = _training("pipeline")
    pipeline.run(config, out, ship=ship)


@app.command()
def evaluate(
    data: list[Path] = typer.Argument(..., exists=True, dir_okay=False,
                                      help="Labelled JSONL files: taxonomy conversations or single-text rows."),
    model: list[str] = typer.Option(["default"], "--model", "-m",
                                    help="Model name or model directory; give it twice to compare two models."),
    compare: Optional[str] = typer.Option(None, "--compare", help="A second model, side by side with --model."),
    out: Path = typer.Option(Path("runs/evaluate"), "--out", "-o", help="Directory for report.json, report.md, plots."),
    bootstrap: int = typer.Option(1000, min=0, help="Bootstrap resamples for the 95% intervals (0: none)."),
    seed: int = typer.Option(0, help="Bootstrap seed (the same seed gives the same intervals)."),
    plots: bool = typer.Option(True, "--plots/--no-plots", help="Draw the PNG plots."),
    card: bool = typer.Option(False, "--card", help="Also write a model card per model from the report."),
) -> None:
    """Measure models on labelled files: AUPRC, ROC AUC, precision / recall / FPR at the shipped
    threshold, per-signal F1, early warning, per file / source / language, bootstrap intervals,
    a threshold table and plots.

    Negative labels: benign, hard_negative, scam_other, victim_help. Positive: grooming, sextortion, extortion.

    Writes report.json, report.md, scores.jsonl and PNG plots to --out (docs/evaluate.md).
    """
    import time

    report_mod = _training("report")
    models = list(model) + ([compare] if compare else [])
    if len(models) > 2:
        raise typer.BadParameter("give one model, or two to compare", param_hint="--model")
    from sxdetect import ModelError

    started = time.perf_counter()
    try:
        report = report_mod.evaluate_files(data, models, out, resamples=bootstrap, seed=seed, plots=plots, cards=card)
    except (ModelError, ValueError) as exc:  # messages name files, records and labels, never text
        typer.echo(f"evaluate: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(report_mod.main_summary(report))
    typer.echo(f"wrote {out}/report.md, report.json ({time.perf_counter() - started:.1f} s)", err=True)


data_app = typer.Typer(help="Consented data: ingest (validate consent, mask personal data, store) and withdraw.",
                       no_args_is_help=True)
app.add_typer(data_app, name="data")


@data_app.command("ingest")
def data_ingest(
    files: list[Path] = typer.Argument(..., help="Consented records as JSONL (data_cards/consented_template.md)."),
    out: Path = typer.Option(..., "--out", help="Store directory (created if missing; keep it outside git)."),
    use: str = typer.Option("auto", "--use", help="training | evaluation | auto (each consent's scope decides; "
                            "consents covering both are split by consent id, see --test-fraction)."),
    keep_raw: bool = typer.Option(False, "--keep-raw", help="Keep the input files (by default they are deleted "
                                  "once the store is written)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check and report only: write and delete nothing."),
    test_fraction: float = typer.Option(0.2, help="With --use auto: share of two-scope consents kept for evaluation."),
) -> None:
    """Validate consented records, mask personal data, pseudonymise ids and add them to a store.

    Records without a valid consent for the use, with expired or withdrawn consent, or with bad
    labels are rejected with a reason each (file:line, never text). Writes DIR/records.parquet,
    DIR/store.json and DIR/ingest_report.json. Exits 1 when any record was rejected.
    """
    consent = _training("consent")
    if use not in consent.USE_CHOICES:
        raise typer.BadParameter(f"must be one of {', '.join(consent.USE_CHOICES)}", param_hint="--use")
    try:
        report = consent.ingest(files, out, use=use, keep_raw=keep_raw, dry_run=dry_run, test_fraction=test_fraction)
    except (FileNotFoundError, RuntimeError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(consent.format_report(report))
    if report["counts"]["rejected"]:
        raise typer.Exit(1)


@data_app.command("withdraw")
def data_withdraw(
    consent_ids: list[str] = typer.Argument(..., help="Consent ids to withdraw."),
    store: Path = typer.Option(..., "--store", help="Store directory."),
    models_dir: Optional[list[Path]] = typer.Option(None, "--models-dir", help="More model or run directories to "
                                                    "scan for manifests (models/ is always scanned)."),
) -> None:
    """Remove a consent's records from the store and list the models trained on them.

    The ids are also refused by later ingests into this store. Models already trained keep what
    they learned: retrain without the data and retire the listed models.
    """
    from sxdetect.registry import default_models_dir

    consent = _training("consent")
    try:
        result = consent.withdraw(store, consent_ids, [default_models_dir(), *(models_dir or [])])
    except (FileNotFoundError, RuntimeError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"removed {result['removed']} record(s) from {result['store']} (store version {result['store_version']})")
    if result["not_in_store"]:
        typer.echo(f"not in the store (recorded as withdrawn anyway): {', '.join(result['not_in_store'])}")
    typer.echo(f"scanned for models: {', '.join(result['scanned'])}")
    for m in result["models"]:
        used = "trained on " + ", ".join(m["trained_on"]) if m["trained_on"] else "evaluated on " + ", ".join(
            m["evaluated_on"])
        typer.echo(f"  model {m['model']} v{m['version']} ({m['manifest']}): {used}")
    if any(m["trained_on"] for m in result["models"]):
        typer.echo("retrain without the withdrawn data and retire the models above (docs/retrain.md)")
    elif not result["models"]:
        typer.echo("no model manifest records these consent ids")


@app.command()
def serve(
    host: Optional[str] = typer.Option(None, help="Interface to bind (env SXDETECT_HOST, default 127.0.0.1)."),
    port: Optional[int] = typer.Option(None, help="TCP port (env SXDETECT_PORT, default 8000)."),
    model: Optional[str] = typer.Option(
        None, "--model", "-m", help="Model name or directory (env SXDETECT_MODEL, default: default)."
    ),
) -> None:
    """Run the HTTP sidecar (FastAPI on uvicorn): POST /v1/score, /v1/score/batch, /v1/score/incremental.

    Health at /healthz/live and /healthz/ready, metrics at /metrics. Other settings (token,
    caps, timeouts, batching) come from SXDETECT_* environment variables: see
    deploy/sxdetect.env.example and docs/serve.md. Needs the optional serve dependencies.
    """
    try:
        from sxdetect.serve import Settings, run
    except ModuleNotFoundError as exc:
        typer.echo(f"sxdetect serve needs the [serve] extra ({exc.name} is missing): "
                   "pip install 'sxdetect[serve]'", err=True)
        raise typer.Exit(2) from exc
    from pydantic import ValidationError

    from sxdetect.registry import ModelError, resolve

    overrides = {k: v for k, v in {"host": host, "port": port, "model": model}.items() if v is not None}
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        typer.echo(f"invalid settings: {exc}", err=True)
        raise typer.Exit(2) from exc
    try:
        resolve(settings.model, settings.models_dir)
    except ModelError as exc:
        typer.echo(f"cannot serve: {exc}", err=True)
        raise typer.Exit(2) from exc
    run(settings)


if __name__ == "__main__":
    app()
