"""Score a moderator queue: stream records in, ranked results out, bad records aside, resumable.

:func:`score_queue` reads a queue (see :mod:`sxdetect.queue_io` for formats) with flat memory.
Results are spilled, with their risk, to ``scored.tsv`` in a work folder next to the output
(``.<out name>.sxdetect-work/``); ranking keeps only ``(risk, offset)`` per conversation in
memory, then copies the results in ranked order into a temporary file renamed onto the output.
Message tables are hash-partitioned by conversation id into bucket files of a few MB, so rows
may come in any order. Each chunk ends with an atomic checkpoint (input position, spill and
rejects lengths, counters); ``resume`` truncates both files to it and goes on, so an
interrupted run ends with every record scored exactly once. A bad record goes to the rejects
file (line, kind, reason, conversation id; never text): ``records == scored + rejected``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import zlib
from array import array
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

import numpy as np

from .detector import Detector
from .queue_io import (Columns, QueueUsageError, Reject, ResultWriter, detect_format, detect_shape,
                       iter_objects, iter_rows, kind_of, parquet_rows, read_bucket, table_record)
from .records import RecordError, parse_record
from .support import support_block

EXIT_OK, EXIT_USAGE, EXIT_REJECTED, EXIT_INTERRUPTED = 0, 2, 3, 130
DEFAULT_MAX_LINE_BYTES = 16 << 20
_BUCKET_BYTES = 1 << 20
_MAX_BUCKETS = 512
_STATE_VERSION = 1
_COUNTERS = ("records", "scored_records", "rejected_records", "conversations", "messages", "flagged")


@dataclass(frozen=True)
class QueueOptions:
    """How to read, score and write a queue (the ``sxdetect score`` flags)."""

    in_format: str | None = None
    out_format: str | None = None
    shape: str = "auto"
    columns: Columns = Columns()
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
    min_risk: float | None = None
    top: int | None = None
    country: str | None = None
    country_field: str = "country"
    chunk_size: int = 256
    resume: bool = False
    rejects: Path | None = None
    progress: bool = False
    table_rows: int = 0
    emit: bool = True


@dataclass
class QueueSummary:
    """What a run did; ``records == scored_records + rejected_records`` always holds."""

    rejects_path: str | None = None
    model: str = ""
    model_version: str = ""
    records: int = 0
    scored_records: int = 0
    rejected_records: int = 0
    conversations: int = 0
    messages: int = 0
    flagged: int = 0
    written: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    stages: dict[str, int] = field(default_factory=dict)
    rejects: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    run_messages: int = 0
    resumed: bool = False
    top_rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTED if self.rejected_records else EXIT_OK

    def counters(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: getattr(self, k) for k in _COUNTERS}
        out.update(labels=dict(self.labels), stages=dict(self.stages), rejects=dict(self.rejects))
        return out


class _Progress:
    """A throttled rich progress bar on stderr; does nothing when disabled."""

    def __init__(self, enabled: bool) -> None:
        self._bar, self._task, self._last = None, None, 0.0
        if enabled:
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()

    def phase(self, description: str, total: float, completed: float = 0) -> None:
        if self._bar is not None:
            self._task = self._bar.add_task(description, total=total or 1, completed=completed)

    def update(self, completed: float) -> None:
        if self._bar is not None and time.monotonic() - self._last > 0.1:
            self._last = time.monotonic()
            self._bar.update(self._task, completed=completed)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


class _Run:
    """One (possibly resumed) run: work folder, checkpoint, spill, rejects, counters."""

    def __init__(self, source: str, out: Path | None, det: Detector, opts: QueueOptions) -> None:
        self.det, self.opts, self.out = det, opts, out
        self.input = Path(source) if source != "-" else None
        if opts.resume and (self.input is None or out is None):
            raise QueueUsageError("--resume needs an input file and --out (stdin/stdout runs cannot resume)")
        if self.input is not None and not self.input.is_file():
            raise QueueUsageError(f"input {source} is not a file")
        if out is not None and self.input is not None and out.resolve() == self.input.resolve():
            raise QueueUsageError("the output would overwrite the input")
        self.in_fmt = detect_format(self.input, opts.in_format)
        self.out_fmt = detect_format(out, opts.out_format)
        self.work = out.parent / f".{out.name}.sxdetect-work" if out else Path(tempfile.mkdtemp(prefix="sxdetect-"))
        self.rejects_path = opts.rejects or (out.with_name(f"{out.stem}.rejects.jsonl") if out
                                             else Path("sxdetect.rejects.jsonl"))
        self.summary = QueueSummary(model=det.name, model_version=det.version)
        self.state: dict[str, Any] = {}

    def _fingerprint(self) -> dict[str, Any]:
        stat = self.input.stat() if self.input else None
        return {
            "input": str(self.input.resolve()) if self.input else "-",
            "size": stat.st_size if stat else None, "mtime_ns": stat.st_mtime_ns if stat else None,
            "model": self.det.name, "version": self.det.version, "threshold": self.det.threshold_,
            "caps": asdict(self.det.caps), "max_line_bytes": self.opts.max_line_bytes,
            "columns": asdict(self.opts.columns), "shape": self.opts.shape, "format": self.in_fmt,
            "country": self.opts.country, "country_field": self.opts.country_field,
        }

    def open(self) -> None:
        state_path = self.work / "state.json"
        if self.opts.resume and state_path.exists():
            state = json.loads(state_path.read_text(encoding="utf-8"))
            if state.get("version") != _STATE_VERSION or state.get("fingerprint") != self._fingerprint():
                raise QueueUsageError("the input, model or settings changed since the interrupted run; "
                                      "run again without --resume to start over")
            self.state, self.summary.resumed = state, True
            for key, value in state["counters"].items():
                setattr(self.summary, key, value)
        else:
            shutil.rmtree(self.work, ignore_errors=True)
            self.work.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.state = {"version": _STATE_VERSION, "fingerprint": self._fingerprint(), "phase": "start",
                          "spill": 0, "rejects": 0, "counters": self.summary.counters()}
        self.spill = self._truncated("scored.tsv", self.state["spill"])
        self.rejects = self._truncated("rejects.jsonl", self.state["rejects"])

    def _truncated(self, name: str, length: int) -> IO[bytes]:
        fh = open(self.work / name, "ab")
        fh.truncate(length)
        fh.seek(length)
        return fh

    def commit(self, **position: Any) -> None:
        """Make everything written so far durable, then move the checkpoint forward."""
        for fh in (self.spill, self.rejects):
            fh.flush()
            os.fsync(fh.fileno())
        self.state.update(position, spill=self.spill.tell(), rejects=self.rejects.tell(),
                          counters=self.summary.counters())
        tmp = self.work / "state.json.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(self.state))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.work / "state.json")

    def reject(self, rej: Reject) -> None:
        self.rejects.write((json.dumps(rej.to_dict(), ensure_ascii=False) + "\n").encode())
        self.summary.rejected_records += rej.records
        self.summary.rejects[rej.kind] = self.summary.rejects.get(rej.kind, 0) + rej.records

    def _country(self, raw: dict[str, Any]) -> str | None:
        meta = raw.get("meta") if isinstance(raw.get("meta"), dict) else {}
        found = meta.get(self.opts.country_field) or raw.get(self.opts.country_field)
        return str(found) if found else self.opts.country

    def score(self, items: list[tuple[dict[str, Any], int, list[int] | None]]) -> None:
        """Score ``(raw record, line, message lines or None)`` items and spill their results."""
        convs, kept = [], []
        for raw, line, lines in items:
            try:
                convs.append(parse_record(raw, self.det.caps, default_id=str(line)))
                kept.append((raw, line, lines))
            except RecordError as exc:
                cid = raw.get("id") if isinstance(raw.get("id"), (str, int)) else None
                self.reject(Reject(line, kind_of(exc), str(exc), None if cid is None else str(cid), lines or []))
        out = []
        s = self.summary
        for (raw, line, lines), res in zip(kept, self.det.score(convs) if convs else []):
            rec = res.to_dict()
            rec["line"] = line
            if lines is not None:
                rec["evidence_lines"] = [lines[i] for i in rec["evidence"]]
            if rec["flagged"]:
                rec["support"] = support_block(self._country(raw))
                s.flagged += 1
            out.append(f"{rec['risk']!r}\t{line}\t{json.dumps(rec, ensure_ascii=False)}\n")
            n = len(rec["trajectory"])
            s.conversations += 1
            s.messages += n
            s.run_messages += n
            s.scored_records += len(lines) if lines is not None else 1
            s.labels[rec["label"]] = s.labels.get(rec["label"], 0) + 1
            s.stages[rec["stage"]] = s.stages.get(rec["stage"], 0) + 1
        self.spill.write("".join(out).encode("utf-8"))

    def run_conversations(self, path: Path, bar: _Progress) -> None:
        offset, line = self.state.get("offset", 0), self.state.get("line", 0)
        bar.phase("scoring", path.stat().st_size, offset)
        items: list[tuple[dict[str, Any], int, list[int] | None]] = []
        pending = 0
        with open(path, "rb") as fh:
            fh.seek(offset)
            for lineno, end, value in iter_objects(fh, self.opts.max_line_bytes, line, offset):
                self.summary.records += 1
                if isinstance(value, Reject):
                    self.reject(value)
                else:
                    items.append((value, lineno, None))
                    msgs = value.get("messages")
                    pending += len(msgs) if isinstance(msgs, list) else 1
                if len(items) >= self.opts.chunk_size or pending >= 32 * self.opts.chunk_size:
                    self.score(items)
                    items, pending = [], 0
                    self.commit(phase="score", offset=end, line=lineno)
                    bar.update(end)
            self.score(items)
            self.commit(phase="rank", offset=fh.tell())

    def partition(self, path: Path, bar: _Progress) -> None:
        """Spread valid rows over bucket files by conversation id; reject bad rows."""
        size, total = path.stat().st_size, parquet_rows(path) if self.in_fmt == "parquet" else path.stat().st_size
        n = max(1, min(_MAX_BUCKETS, size * (4 if self.in_fmt == "parquet" else 1) // _BUCKET_BYTES + 1))
        bar.phase("grouping", total)
        buckets = [open(self.work / f"bucket-{i:03d}.jsonl", "wb", buffering=1 << 14) for i in range(n)]
        try:
            for _, item in iter_rows(path, self.in_fmt, self.opts.columns, self.det.caps,
                                     self.opts.max_line_bytes, bar.update):
                self.summary.records += 1
                if isinstance(item, Reject):
                    self.reject(item)
                    continue
                data = json.dumps(item, ensure_ascii=False, default=str).encode("utf-8") + b"\n"
                buckets[zlib.crc32(item.conversation_id.encode("utf-8")) % n].write(data)
        finally:
            for fh in buckets:
                fh.close()
        self.commit(phase="score", buckets=n, bucket=0, done=0)

    def run_buckets(self, bar: _Progress) -> None:
        n, caps = self.state["buckets"], self.det.caps
        bar.phase("scoring", max(self.summary.records, 1), self.summary.scored_records + self.summary.rejected_records)
        for b in range(self.state["bucket"], n):
            path = self.work / f"bucket-{b:03d}.jsonl"
            groups, over = read_bucket(path, caps.max_messages)
            order = list(groups)
            done = self.state["done"] if b == self.state["bucket"] else 0
            for start in range(done, len(order), self.opts.chunk_size):
                batch, items = order[start : start + self.opts.chunk_size], []
                for cid in batch:
                    if cid in over:
                        lines = sorted(over[cid])
                        self.reject(Reject(lines[0], "conversation_too_long",
                                           f"conversation has more than {caps.max_messages} messages", cid, lines))
                    else:
                        items.append(table_record(cid, groups[cid]))
                self.score(items)
                self.commit(bucket=b, done=start + len(batch))
                bar.update(self.summary.scored_records + self.summary.rejected_records)
            self.commit(bucket=b + 1, done=0)
            path.unlink(missing_ok=True)
        self.commit(phase="rank")

    def finish(self) -> None:
        """Rank the spill by risk; write the output (renamed into place) and the rejects file."""
        risks, lines, offsets, pos = array("d"), array("q"), array("q"), 0
        low, top = self.opts.min_risk, self.opts.top
        self.spill.flush()
        with open(self.work / "scored.tsv", "rb") as fh, open(self.work / "ranked.tmp", "wb") as dst:
            for line in fh:  # ties in risk keep input order
                risk, first, _ = line.split(b"\t", 2)
                risks.append(float(risk))
                lines.append(int(first))
                offsets.append(pos)
                pos += len(line)
            order = np.lexsort((np.frombuffer(lines, np.int64), -np.frombuffer(risks, np.float64))) if risks else []
            writer = ResultWriter(dst, self.out_fmt)
            for rank, i in enumerate(order[:top] if top is not None else order, start=1):
                if low is not None and risks[i] < low:
                    break
                fh.seek(offsets[i])
                line = fh.readline()
                rec = {"rank": rank, **json.loads(line.split(b"\t", 2)[2])}
                writer.write(rec)
                self.summary.written += 1
                if rank <= self.opts.table_rows:
                    self.summary.top_rows.append(rec)
            writer.close()
            dst.flush()
            os.fsync(dst.fileno())
        if self.out is not None:  # the work folder is next to the output: an atomic rename
            os.replace(self.work / "ranked.tmp", self.out)
        elif self.opts.emit:
            with open(self.work / "ranked.tmp", "rb") as src:
                shutil.copyfileobj(src, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        if self.summary.rejected_records or self.rejects_path.exists():
            self.rejects.flush()
            final = self.rejects_path.with_name(f".{self.rejects_path.name}.{os.getpid()}.tmp")
            shutil.copyfile(self.work / "rejects.jsonl", final)
            os.replace(final, self.rejects_path)
            self.summary.rejects_path = str(self.rejects_path)

    def close(self, remove: bool) -> None:
        for fh in filter(None, (getattr(self, "spill", None), getattr(self, "rejects", None))):
            fh.close()
        if remove:
            shutil.rmtree(self.work, ignore_errors=True)


def score_queue(source: str, out: Path | None, detector: Detector, opts: QueueOptions = QueueOptions()) -> QueueSummary:
    """Score ``source`` (a path or ``-`` for stdin) into ``out`` (a path, or None for stdout).

    Raises :class:`QueueUsageError` for unusable input or options. On Ctrl-C (KeyboardInterrupt)
    or a kill, the checkpoint stays for ``resume`` when the output is a file.
    """
    started = time.perf_counter()
    run = _Run(source, out, detector, opts)
    bar = _Progress(opts.progress)
    completed = False
    try:
        run.open()
        path = run.input
        if path is None:  # stdin: spool it so that every phase reads a seekable file
            path = run.work / "stdin.spool"
            with open(path, "wb") as fh:
                shutil.copyfileobj(sys.stdin.buffer, fh, 1 << 20)
        shape = detect_shape(path, run.in_fmt, opts.shape, opts.columns, opts.max_line_bytes)
        phase = run.state["phase"]
        if shape == "conversations" and phase != "rank":
            run.run_conversations(path, bar)
        elif shape == "messages":
            if phase in ("start", "partition"):
                run.commit(phase="partition")
                run.partition(path, bar)
            if run.state["phase"] == "score":
                run.run_buckets(bar)
        run.finish()
        completed = True
    finally:
        bar.stop()
        run.close(remove=completed or out is None or run.state.get("phase") == "start")
    run.summary.seconds = time.perf_counter() - started
    return run.summary


def render_summary(summary: QueueSummary, console: Any) -> None:
    """Print the end-of-run summary as a rich table: counts, throughput, rejects."""
    from rich.table import Table

    s = summary
    rate = f"{s.run_messages / s.seconds if s.seconds else 0:,.0f} msg/s over {s.seconds:.1f} s"
    rows = [("input records", s.records), ("scored records", s.scored_records),
            ("rejected records", s.rejected_records), ("conversations scored", s.conversations),
            ("messages scored", s.messages), ("flagged", s.flagged), ("written", s.written),
            ("model", f"{s.model} v{s.model_version}"), ("throughput", rate + (" (resumed)" if s.resumed else ""))]
    rows += [(f"label {k}", v) for k, v in sorted(s.labels.items())]
    rows += [(f"stage {k}", v) for k, v in sorted(s.stages.items())]
    rows += [(f"rejected: {k}", f"[red]{v}[/]") for k, v in sorted(s.rejects.items())]
    rows += [("rejects file", s.rejects_path)] if s.rejects_path else []
    table = Table(title="sxdetect score: summary", show_header=False)
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)
