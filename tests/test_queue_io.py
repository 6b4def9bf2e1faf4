"""Queue formats: JSONL / CSV / Parquet readers reject bad records by line, writers round-trip."""

import csv
import io
import json

import pytest

from sxdetect.queue_io import (Columns, QueueUsageError, Reject, ResultWriter, Row, detect_format, detect_shape,
                               iter_lines, iter_objects, iter_rows, read_bucket, table_record)
from sxdetect.records import Caps

CAPS = Caps(max_message_chars=50, max_messages=3)


def _rows(path, fmt, cols=Columns(), caps=CAPS, max_bytes=1 << 20):
    return list(iter_rows(path, fmt, cols, caps, max_bytes))


def test_detect_format():
    assert detect_format("q.CSV", None) == "csv" and detect_format("q.parquet", None) == "parquet"
    assert detect_format("q.ndjson", None) == "jsonl" and detect_format(None, None) == "jsonl"
    assert detect_format("-", "csv") == "csv"
    with pytest.raises(QueueUsageError):
        detect_format("q.txt", None)
    with pytest.raises(QueueUsageError):
        detect_format("q.csv", "xml")


def test_iter_lines_skips_oversize_lines_and_counts_offsets():
    data = b'{"a": 1}\n' + b"x" * 100 + b"\n" + b'{"b": 2}'
    out = list(iter_lines(io.BytesIO(data), max_bytes=20))
    assert [(line, d is None) for line, _, d in out] == [(1, False), (2, True), (3, False)]
    assert out[-1][1] == len(data) and out[1][1] == 9 + 101


def test_iter_objects_rejects_each_bad_line():
    data = b'{"id": "a", "text": "hi"}\n\n{oops\n[1, 2]\n{"id": "b", "text": "caf\xff"}\n' + b"y" * 64 + b"\n"
    items = list(iter_objects(io.BytesIO(data), max_bytes=40))
    kinds = {line: (v.kind if isinstance(v, Reject) else "ok") for line, _, v in items}
    assert kinds == {1: "ok", 3: "malformed", 4: "malformed", 5: "invalid_utf8", 6: "line_too_long"}


def test_iter_objects_resumes_from_an_offset():
    data = b'{"id": 1}\n{"id": 2}\n{"id": 3}\n'
    first = list(iter_objects(io.BytesIO(data), 100))
    fh = io.BytesIO(data)
    fh.seek(first[0][1])
    rest = list(iter_objects(fh, 100, line=1, offset=first[0][1]))
    assert [(line, v["id"]) for line, _, v in rest] == [(2, 2), (3, 3)]


def test_csv_rows_lines_and_every_kind_of_bad_row(tmp_path):
    path = tmp_path / "q.csv"
    body = (
        "conversation_id,sender,text,ts,first_contact,age\n"
        'c1,A,"hello\nthere",2026-01-05T21:03:00Z,true,3\n'  # a quoted field over two lines
        "c1,B,hi,2026-01-05T21:04:00Z,,\n"
        "c2,A,,2026-01-05T21:04:00Z,,\n"  # line 5: missing text
        "c2,A,too,many,fields,here,x\n"  # line 6
        f"c3,A,{'w' * 60},,,\n"  # line 7: over the 50-char cap
        "c4,A,when,yesterday,,\n"  # line 8: bad timestamp
        ",A,no conversation,,,\n"  # line 9
    )
    path.write_bytes(body.encode() + "c5,A,caf\xe9,,,\n".encode("latin-1") + b"c6,A,fine,,,\n")
    rows = _rows(path, "csv")
    good = [item for _, item in rows if isinstance(item, Row)]
    bad = {item.line: item.kind for _, item in rows if isinstance(item, Reject)}
    assert [(r.line, r.conversation_id) for r in good] == [(2, "c1"), (4, "c1"), (11, "c6")]
    assert bad == {5: "missing_text", 6: "malformed", 7: "message_too_long", 8: "invalid_field",
                   9: "missing_id", 10: "invalid_utf8"}
    assert good[0].meta == {"first_contact": True, "age": 3} and good[0].message["text"] == "hello\nthere"
    assert good[0].sort_key is not None and good[2].sort_key is None


def test_csv_field_over_the_line_cap_is_rejected_and_reading_goes_on(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("conversation_id,text\nc1," + "z" * 5000 + "\nc2,ok\n")
    rows = _rows(path, "csv", max_bytes=1024)
    assert isinstance(rows[0][1], Reject) and rows[0][1].kind == "malformed"
    assert rows[-1][1].conversation_id == "c2"


def test_missing_column_is_a_usage_error_and_columns_map(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("chat,who,body\nc1,A,hello\n")
    with pytest.raises(QueueUsageError, match="conversation_id"):
        _rows(path, "csv")
    rows = _rows(path, "csv", Columns(conversation_id="chat", sender="who", text="body"))
    assert rows[0][1].conversation_id == "c1" and rows[0][1].message["sender"] == "A"


def test_parquet_rows_bad_utf8_in_one_cell_rejects_one_row(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from datetime import datetime, timezone

    texts = pa.array([b"hello", b"caf\xff", b"later"], pa.binary())
    bad_string = pa.Array.from_buffers(pa.string(), 3, texts.buffers())  # string column, invalid bytes
    stamps = [datetime(2026, 1, 5, 21, m, tzinfo=timezone.utc) for m in (3, 4, 5)]
    table = pa.table({"conversation_id": ["c1", "c1", "c1"], "text": bad_string, "ts": stamps, "n": [1, 2, 3]})
    path = tmp_path / "q.parquet"
    pq.write_table(table, path)
    rows = _rows(path, "parquet")
    assert [type(item).__name__ for _, item in rows] == ["Row", "Reject", "Row"]
    assert rows[1][1].kind == "invalid_utf8" and rows[1][0] == 2
    assert rows[2][1].meta == {"n": 3} and rows[0][1].sort_key < rows[2][1].sort_key


def test_detect_shape(tmp_path):
    conv, table = tmp_path / "c.jsonl", tmp_path / "t.jsonl"
    conv.write_text('\n{"id": "a", "messages": [{"text": "hi"}]}\n')
    table.write_text('{"conversation_id": "a", "text": "hi"}\n')
    assert detect_shape(conv, "jsonl", "auto", Columns(), 1000) == "conversations"
    assert detect_shape(table, "jsonl", "auto", Columns(), 1000) == "messages"
    assert detect_shape(table, "csv", "auto", Columns(), 1000) == "messages"
    with pytest.raises(QueueUsageError):
        detect_shape(table, "csv", "conversations", Columns(), 1000)
    with pytest.raises(QueueUsageError, match="shape"):
        detect_shape(table, "jsonl", "rows", Columns(), 1000)


def test_table_record_orders_by_ts_only_when_every_row_has_one():
    rows = [Row(5, "c", {"text": "b"}, {"country": "DE"}, 20.0), Row(3, "c", {"text": "a"}, {"lang": "en"}, 10.0)]
    raw, first, lines = table_record("c", rows)
    assert [m["text"] for m in raw["messages"]] == ["a", "b"] and lines == [3, 5] and first == 3
    assert raw["meta"] == {"country": "DE", "lang": "en"} and raw["lang"] == "en"
    raw, _, lines = table_record("c", [rows[0], rows[1]._replace(sort_key=None)])
    assert [m["text"] for m in raw["messages"]] == ["b", "a"] and lines == [5, 3]


def test_read_bucket_keeps_only_lines_of_overlong_conversations(tmp_path):
    path = tmp_path / "bucket.jsonl"
    rows = [Row(i, "long" if i % 2 else "short", {"text": "x"}, {}, None) for i in range(1, 12)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    groups, over = read_bucket(path, max_messages=5)
    assert list(groups) == ["long", "short"] and over == {"long": [1, 3, 5, 7, 9, 11]}
    assert groups["long"] == [] and len(groups["short"]) == 5


def _result(rank, support=None):
    rec = {"rank": rank, "id": f"c{rank}", "risk": 1 - rank / 10, "label": "benign", "stage": "none",
           "flagged": support is not None, "threshold": 0.5, "fired": ["deadline", "new_contact"], "evidence": [0, 2],
           "reason": "deadline", "line": rank, "model": "m", "model_version": "1", "trajectory": [0.1]}
    if support:
        rec["support"] = support
    return rec


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_result_writer_round_trip(tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    recs = [_result(1, {"country": "DE"}), _result(2)]
    path = tmp_path / f"out.{fmt}"
    with open(path, "wb") as fh:
        writer = ResultWriter(fh, fmt, batch_size=1)
        for rec in recs:
            writer.write(rec)
        writer.close()
    if fmt == "jsonl":
        back = [json.loads(line) for line in path.read_text().splitlines()]
        assert back == recs
        return
    if fmt == "csv":
        back = list(csv.DictReader(path.open()))
        assert back[0]["fired"] == "deadline;new_contact" and back[0]["evidence"] == "0;2"
    else:
        import pyarrow.parquet as pq

        back = pq.read_table(path).to_pylist()
        assert back[0]["fired"] == ["deadline", "new_contact"] and back[0]["flagged"] is True
    assert [r["id"] for r in back] == ["c1", "c2"] and json.loads(back[0]["support"]) == {"country": "DE"}
    assert not back[1]["support"]
