"""Queue file formats for ``sxdetect score``: read JSONL / CSV / Parquet, write ranked results.

Readers never stop on a bad record: they yield the record or a :class:`Reject` naming its line
(JSONL, CSV: the physical line where it starts; Parquet: the 1-based row) and the reason, never
the text. Inputs: taxonomy JSONL, one conversation a line (:func:`iter_objects`), or message
tables in JSONL, CSV or Parquet (:func:`iter_rows`; names mapped by :class:`Columns`, unmapped
columns are metadata). :class:`ResultWriter` writes full JSON lines or flat CSV / Parquet.
Parquet needs the ``[parquet]`` extra (pyarrow), imported only when a Parquet file is used.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, NamedTuple

from .records import Caps, RecordError, parse_record

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
               ".parquet": "parquet", ".pq": "parquet"}

#: Kinds of rejected records (the ``kind`` field of a rejects line, counted in the summary).
REJECT_KINDS: tuple[str, ...] = ("malformed", "invalid_utf8", "line_too_long", "missing_id", "missing_text",
                                 "message_too_long", "conversation_too_long", "invalid_field")
_SURROGATE = re.compile("[\udc80-\udcff]")


class QueueUsageError(ValueError):
    """The queue cannot be read or written as asked (format, columns, paths): a usage error."""


@dataclass(frozen=True)
class Columns:
    """Column names of a message table (map an export's own names with ``--*-col`` flags)."""

    conversation_id: str = "conversation_id"
    sender: str = "sender"
    text: str = "text"
    ts: str = "ts"
    has_image: str = "has_image"

    @property
    def mapped(self) -> frozenset[str]:
        return frozenset(vars(self).values())


@dataclass
class Reject:
    """A record that was not scored: where it is, why, never its text."""

    line: int
    kind: str
    reason: str
    conversation_id: str | None = None
    lines: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = {"line": self.line, "kind": self.kind, "reason": self.reason,
               "conversation_id": self.conversation_id, "lines": self.lines}
        return {k: v for k, v in out.items() if v is not None and v != []}

    @property
    def records(self) -> int:
        """How many input records (lines or rows) this reject accounts for."""
        return max(len(self.lines), 1)


class Row(NamedTuple):
    """One valid message row of a table (also one line of a bucket file, as a JSON array)."""

    line: int
    conversation_id: str
    message: dict[str, Any]
    meta: dict[str, Any]
    sort_key: float | None


def detect_format(path: str | Path | None, explicit: str | None, default: str = "jsonl") -> str:
    """The format named by ``explicit``, else by the file extension, else ``default``."""
    if explicit:
        if explicit not in FORMATS:
            raise QueueUsageError(f"unknown format {explicit!r}; expected one of {', '.join(FORMATS)}")
        return explicit
    if path is None or str(path) == "-":
        return default
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise QueueUsageError(f"cannot tell the format of {Path(path).name}; pass --format/--out-format")
    return _EXTENSIONS[suffix]


_KIND_OF_ERROR = (("has no text", "missing_text"), ("longer than", "message_too_long"),
                  ("more than", "conversation_too_long"), ("has no id", "missing_id"))


def kind_of(exc: RecordError) -> str:
    """Map a :class:`RecordError` from the record parser onto a reject kind."""
    return next((kind for words, kind in _KIND_OF_ERROR if words in str(exc)), "invalid_field")


def iter_lines(fh: IO[bytes], max_bytes: int, line: int = 0, offset: int = 0) -> Iterator[tuple[int, int, Any]]:
    """``(line, end_offset, data)`` per physical line; ``data`` is None when over ``max_bytes``."""
    while True:
        chunk = fh.readline(max_bytes + 1)
        if not chunk:
            return
        line += 1
        offset += len(chunk)
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):  # skip the rest of the oversize line
                chunk = fh.readline(1 << 20)
                offset += len(chunk)
            yield line, offset, None
        else:
            yield line, offset, chunk


def iter_objects(fh: IO[bytes], max_bytes: int, line: int = 0, offset: int = 0) -> Iterator[tuple[int, int, Any]]:
    """JSONL: ``(line, end_offset, JSON object or Reject)`` per line; blank lines are skipped."""
    for lineno, end, data in iter_lines(fh, max_bytes, line, offset):
        if data is None:
            yield lineno, end, Reject(lineno, "line_too_long", f"line is longer than {max_bytes} bytes")
            continue
        try:
            text = data.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            yield lineno, end, Reject(lineno, "invalid_utf8", "line is not valid UTF-8")
            continue
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            value = Reject(lineno, "malformed", f"malformed JSON at column {exc.colno}")
        if not isinstance(value, (Mapping, Reject)):
            value = Reject(lineno, "malformed", "line is not a JSON object")
        yield lineno, end, value


def _coerce(value: str) -> Any:
    """A CSV cell as the JSON value it most likely is (bools and numbers), else the string."""
    low = value.strip().lower()
    if low in ("true", "false"):
        return low == "true"
    try:
        return float(value) if any(c in low for c in ".en") else int(value)
    except ValueError:
        return value


def _ts_text(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):  # epoch seconds
        return datetime.fromtimestamp(float(value), tz=timezone.utc).isoformat()
    return value


def _row(line: int, raw: Mapping[str, Any], cols: Columns, caps: Caps, coerce: bool) -> Row | Reject:
    cid = raw.get(cols.conversation_id)
    if cid is None or not str(cid).strip():
        return Reject(line, "missing_id", "row has no conversation id")
    cid = str(cid)
    try:
        message = {"sender": raw.get(cols.sender) or "?", "text": raw.get(cols.text),
                   "ts": _ts_text(raw.get(cols.ts)), "has_image": raw.get(cols.has_image)}
        parsed = parse_record({"id": cid, "messages": [message]}, caps).messages[0]
    except (RecordError, OverflowError, OSError) as exc:
        reason = str(exc).replace("message 0 ", "message ") if isinstance(exc, RecordError) else "bad timestamp"
        kind = kind_of(exc) if isinstance(exc, RecordError) else "invalid_field"
        return Reject(line, kind, reason, conversation_id=cid)
    meta = {}
    for key, value in raw.items():
        if key in cols.mapped or value is None or value == "":
            continue
        meta[key] = _coerce(value) if coerce and isinstance(value, str) else value
    return Row(line, cid, message, meta, parsed.ts.timestamp() if parsed.ts else None)


def _check_header(names: list[str], cols: Columns) -> None:
    missing = [c for c in (cols.conversation_id, cols.text) if c not in names]
    if missing:
        raise QueueUsageError(f"message table has no column {', '.join(map(repr, missing))}; columns found: "
                              f"{', '.join(names[:20])}; map them with --id-col / --text-col")


def _iter_csv(fh: IO[bytes], cols: Columns, caps: Caps, max_bytes: int, progress: Any) -> Iterator[tuple[int, Any]]:
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="surrogateescape", newline="")
    old = csv.field_size_limit()
    csv.field_size_limit(max_bytes)
    try:
        reader = csv.reader(text)
        header = next(reader, None)
        if header is None:
            return
        _check_header(header, cols)
        last = reader.line_num
        while True:
            start = last + 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error:
                last = reader.line_num
                yield start, Reject(start, "malformed", f"malformed CSV row (a field over {max_bytes} bytes?)")
                continue
            last = reader.line_num
            if progress is not None:
                progress(fh.tell())
            if not values:
                continue
            if any(_SURROGATE.search(v) for v in values):
                yield start, Reject(start, "invalid_utf8", "row is not valid UTF-8")
            elif len(values) != len(header):
                yield start, Reject(start, "malformed", f"row has {len(values)} fields, the header {len(header)}")
            else:
                yield start, _row(start, dict(zip(header, values)), cols, caps, coerce=True)
    finally:
        csv.field_size_limit(old)
        text.detach()


def _iter_parquet(path: Path, cols: Columns, caps: Caps, progress: Any) -> Iterator[tuple[int, Any]]:
    pa, pq = _pyarrow()
    pfile = pq.ParquetFile(path)
    _check_header(list(pfile.schema_arrow.names), cols)
    line = 0
    for batch in pfile.iter_batches(batch_size=4096):
        columns = {}
        for name, array in zip(batch.schema.names, batch.columns):
            if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
                array = array.cast(pa.large_binary())  # decode per value: one bad cell, one bad row
            columns[name] = array.to_pylist()
        for i in range(batch.num_rows):
            line += 1
            raw = {name: values[i] for name, values in columns.items()}
            try:
                raw = {k: v.decode("utf-8") if isinstance(v, bytes) else v for k, v in raw.items()}
            except UnicodeDecodeError:
                yield line, Reject(line, "invalid_utf8", "row is not valid UTF-8")
                continue
            yield line, _row(line, raw, cols, caps, coerce=False)
        if progress is not None:
            progress(line)


def iter_rows(path: Path, fmt: str, cols: Columns, caps: Caps, max_bytes: int,
              progress: Any = None) -> Iterator[tuple[int, Row | Reject]]:
    """Message-table rows of ``path`` in file order, each a :class:`Row` or a :class:`Reject`.

    ``progress`` (optional) is called with the bytes read (JSONL, CSV) or rows read (Parquet).
    """
    if fmt == "parquet":
        yield from _iter_parquet(path, cols, caps, progress)
        return
    with open(path, "rb") as fh:
        if fmt == "csv":
            yield from _iter_csv(fh, cols, caps, max_bytes, progress)
            return
        for line, end, value in iter_objects(fh, max_bytes):
            yield line, value if isinstance(value, Reject) else _row(line, value, cols, caps, coerce=False)
            if progress is not None:
                progress(end)


def table_record(cid: str, rows: list[Row]) -> tuple[dict[str, Any], int, list[int]]:
    """One conversation from its rows: ``(record, first line, message lines)``; messages are
    ordered by ``ts`` when every row has one, else in file order; metadata: first value seen."""
    if all(r.sort_key is not None for r in rows):
        rows = sorted(rows, key=lambda r: (r.sort_key, r.line))
    meta: dict[str, Any] = {}
    for r in rows:
        for key, value in r.meta.items():
            meta.setdefault(key, value)
    raw = {"id": cid, "messages": [r.message for r in rows], "meta": meta}
    if isinstance(meta.get("lang"), str):
        raw["lang"] = meta["lang"]
    lines = [r.line for r in rows]
    return raw, min(lines), lines


def detect_shape(path: Path, fmt: str, shape: str, cols: Columns, max_bytes: int) -> str:
    """``conversations`` or ``messages``: CSV/Parquet are tables; JSONL by its first record."""
    if shape not in ("auto", "conversations", "messages"):
        raise QueueUsageError(f"unknown shape {shape!r}; expected auto, conversations or messages")
    if fmt != "jsonl":
        if shape == "conversations":
            raise QueueUsageError(f"{fmt} input is a message table; use JSONL for one conversation a line")
        return "messages"
    if shape != "auto":
        return shape
    with open(path, "rb") as fh:
        for _, _, value in iter_objects(fh, max_bytes):
            if isinstance(value, Mapping):
                return "messages" if "messages" not in value and cols.conversation_id in value else "conversations"
    return "conversations"


def read_bucket(path: Path, max_messages: int) -> tuple[dict[str, list[Row]], dict[str, list[int]]]:
    """Group a bucket file by conversation id in first-appearance order: ``(groups, over)``.
    Conversations over ``max_messages`` keep only their lines, in ``over``."""
    groups: dict[str, list[Row]] = {}
    over: dict[str, list[int]] = {}
    with open(path, "rb") as fh:
        for data in fh:
            row = Row(*json.loads(data))
            if row.conversation_id in over:
                over[row.conversation_id].append(row.line)
                continue
            rows = groups.setdefault(row.conversation_id, [])
            rows.append(row)
            if len(rows) > max_messages:
                over[row.conversation_id] = [r.line for r in rows]
                rows.clear()
    return groups, over


def parquet_rows(path: Path) -> int:
    """Number of rows of a Parquet file (from its footer)."""
    return int(_pyarrow()[1].ParquetFile(path).metadata.num_rows)


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError as exc:
        raise QueueUsageError("Parquet needs pyarrow: pip install 'sxdetect[parquet]'") from exc
    return pa, pq


#: Flat columns of CSV and Parquet output, in order (JSON lines carry the full result).
FLAT_COLUMNS: tuple[str, ...] = (
    "rank", "id", "risk", "label", "stage", "flagged", "threshold", "fired", "evidence",
    "evidence_lines", "reason", "line", "model", "model_version", "support",
)
_LIST_COLUMNS = ("fired", "evidence", "evidence_lines")


class ResultWriter:
    """Write result dicts as JSON lines, CSV or Parquet to a binary file object."""

    def __init__(self, fh: IO[bytes], fmt: str, batch_size: int = 4096) -> None:
        self.fh, self.fmt, self.batch_size = fh, fmt, batch_size
        self._rows: list[dict[str, Any]] = []
        self._parquet: Any = None
        self._text = io.TextIOWrapper(fh, encoding="utf-8", newline="") if fmt != "parquet" else None
        self._csv = csv.writer(self._text, lineterminator="\n") if self._text and fmt == "csv" else None
        if self._csv is not None:
            self._csv.writerow(FLAT_COLUMNS)

    def _flat(self, rec: dict[str, Any]) -> dict[str, Any]:
        out = {k: rec.get(k) for k in FLAT_COLUMNS}
        out["support"] = json.dumps(rec["support"], ensure_ascii=False) if rec.get("support") else None
        for key in _LIST_COLUMNS:
            out[key] = list(out[key] or [])
        return out

    def write(self, rec: dict[str, Any]) -> None:
        if self.fmt == "jsonl" and self._text is not None:
            self._text.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            flat = self._flat(rec)
            for key in _LIST_COLUMNS:
                flat[key] = ";".join(map(str, flat[key]))
            self._csv.writerow(["" if flat[k] is None else flat[k] for k in FLAT_COLUMNS])
        else:
            self._rows.append(self._flat(rec))
            if len(self._rows) >= self.batch_size:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        pa, pq = _pyarrow()
        types = {"rank": pa.int64(), "risk": pa.float64(), "flagged": pa.bool_(), "threshold": pa.float64(),
                 "fired": pa.list_(pa.string()), "evidence": pa.list_(pa.int64()), "line": pa.int64(),
                 "evidence_lines": pa.list_(pa.int64())}
        schema = pa.schema([(name, types.get(name, pa.string())) for name in FLAT_COLUMNS])
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.fh, schema)
        if self._rows:
            self._parquet.write_table(pa.Table.from_pylist(self._rows, schema=schema))
        self._rows = []

    def close(self) -> None:
        """Flush everything; the underlying file object stays open (the caller owns it)."""
        if self.fmt == "parquet":
            self._flush_parquet()
            self._parquet.close()
        elif self._text is not None:
            self._text.flush()
            self._text.detach()
