"""Queue scoring: every format, ranked, bad records aside with counts that add up, resumable."""

import csv
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixtures_data import make_records
from typer.testing import CliRunner

import sxdetect.queue as queue_mod
from cli import app
from sxdetect import Caps, Detector
from sxdetect.queue import QueueOptions, QueueUsageError, score_queue

ROOT = Path(__file__).resolve().parent.parent


def _records(n, seed=5):
    recs = make_records(n, seed)
    for k, rec in enumerate(recs):
        rec.pop("label")
        rec["meta"] = {"country": "DE"} if k % 2 else {}
        for i, msg in enumerate(rec["messages"]):
            msg.pop("signals")
            msg["ts"] = f"2026-01-05T21:{i:02d}:{k % 60:02d}Z"
    return recs


def _message_rows(recs, seed=0):
    rows = [{"conversation_id": r["id"], "sender": m["sender"], "text": m["text"], "ts": m["ts"],
             "country": r["meta"].get("country", "")} for r in recs for m in r["messages"]]
    random.Random(seed).shuffle(rows)  # a table may come in any order
    return rows


def _write(path, fmt, items):
    path = Path(path)
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    elif fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(items[0]))
            writer.writeheader()
            writer.writerows(items)
    else:
        pa = pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(items), path)
    return path


def _read(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def _summary_adds_up(s):
    assert s.records == s.scored_records + s.rejected_records
    assert s.rejected_records == sum(s.rejects.values())
    assert s.conversations == sum(s.labels.values()) == sum(s.stages.values())


def test_every_input_format_gives_the_same_ranked_scores(tmp_path, detector):
    recs = _records(30)
    expected = {r.id: r.to_dict()["risk"] for r in detector.score(recs)}
    n_messages = sum(len(r["messages"]) for r in recs)
    inputs = {"conv.jsonl": recs, "msgs.jsonl": _message_rows(recs, 1), "msgs.csv": _message_rows(recs, 2)}
    for name, items in inputs.items():
        src = _write(tmp_path / name, name.split(".")[1], items)
        s = score_queue(str(src), tmp_path / f"{name}.out.jsonl", detector)
        out = _read(tmp_path / f"{name}.out.jsonl")
        assert {r["id"]: r["risk"] for r in out} == expected, name
        assert [r["rank"] for r in out] == list(range(1, 31))
        assert all(a["risk"] >= b["risk"] for a, b in zip(out, out[1:]))
        assert s.conversations == 30 and s.messages == n_messages and s.exit_code == 0
        assert s.records == (30 if name == "conv.jsonl" else n_messages)
        _summary_adds_up(s)
    pytest.importorskip("pyarrow")
    src = _write(tmp_path / "msgs.parquet", "parquet", _message_rows(recs, 3))
    score_queue(str(src), tmp_path / "p.out.jsonl", detector)
    assert {r["id"]: r["risk"] for r in _read(tmp_path / "p.out.jsonl")} == expected


def test_parquet_with_typed_columns(tmp_path, detector):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    from datetime import datetime, timezone

    recs = _records(4)
    rows = [{"conversation_id": r["id"], "sender": m["sender"], "text": m["text"],
             "ts": datetime.fromisoformat(m["ts"].replace("Z", "+00:00")),  # a Parquet timestamp column
             "created": datetime(2026, 1, 1, tzinfo=timezone.utc), "blob": b"\x00\x01", "age": 3}
            for r in recs for m in r["messages"]][::-1]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "q.parquet")
    s = score_queue(str(tmp_path / "q.parquet"), tmp_path / "out.jsonl", detector)
    assert s.conversations == 4 and s.rejected_records == 0
    plain = [dict(r, meta={}) for r in recs]  # the same conversations, in order, without the country
    expected = {r.id: r.to_dict()["risk"] for r in detector.score(plain)}
    assert {r["id"]: r["risk"] for r in _read(tmp_path / "out.jsonl")} == expected


def test_output_formats_and_contract(tmp_path, detector):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = _write(tmp_path / "q.csv", "csv", _message_rows(_records(20)))
    for fmt in ("jsonl", "csv", "parquet"):
        score_queue(str(src), tmp_path / f"out.{fmt}", detector)
    ranked = _read(tmp_path / "out.jsonl")
    with open(tmp_path / "out.csv", newline="") as fh:
        as_csv = list(csv.DictReader(fh))
    as_parquet = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["id"] for r in ranked] == [r["id"] for r in as_csv] == [r["id"] for r in as_parquet]
    top = ranked[0]
    for key in ("risk", "label", "stage", "flagged", "fired", "evidence", "evidence_lines", "reason", "model",
                "model_version", "line"):
        assert key in top
    assert top["model"] == detector.name and top["model_version"] == detector.version
    assert all(isinstance(i, int) and i >= 2 for i in top["evidence_lines"])  # CSV lines, after the header
    assert not list(tmp_path.glob(".*"))  # no work folder or temporary file left behind


def _bad_queue(tmp_path):
    good = _records(6)
    lines = [json.dumps(r) for r in good[:3]]
    bad = {
        "malformed": '{"id": "b1", "messages": [',
        "not an object": '["a list"]',
        "missing_text": json.dumps({"id": "b2", "messages": [{"sender": "A", "text": "  "}]}),
        "message_too_long": json.dumps({"id": "b3", "messages": [{"text": "secret-long " * 30}]}),
        "conversation_too_long": json.dumps({"id": "b4", "messages": [{"text": "secret-many"}] * 25}),
        "line_too_long": json.dumps({"id": "b5", "messages": [{"text": "secret-huge " * 500}]}),
    }
    lines += list(bad.values()) + [""] + [json.dumps(r) for r in good[3:]]
    data = ("\n".join(lines) + "\n").encode() + b'{"id": "b6", "text": "secret-\xff"}\n'
    path = tmp_path / "bad.jsonl"
    path.write_bytes(data)
    return path, good


def test_bad_records_are_set_aside_and_nothing_is_lost(tmp_path, tiny_model_dir):
    det = Detector(tiny_model_dir, caps=Caps(max_message_chars=200, max_messages=20)).load()
    path, good = _bad_queue(tmp_path)
    s = score_queue(str(path), tmp_path / "out.jsonl", det, QueueOptions(max_line_bytes=4096, chunk_size=2))
    assert sorted(r["id"] for r in _read(tmp_path / "out.jsonl")) == sorted(r["id"] for r in good)
    rejects = _read(tmp_path / "out.rejects.jsonl")
    assert {r["line"]: r["kind"] for r in rejects} == {
        4: "malformed", 5: "malformed", 6: "missing_text", 7: "message_too_long", 8: "conversation_too_long",
        9: "line_too_long", 14: "invalid_utf8"}
    assert "secret" not in (tmp_path / "out.rejects.jsonl").read_text()  # reasons never quote the text
    assert s.records == 13 and s.scored_records == 6 and s.rejected_records == 7 and s.exit_code == 3
    assert s.rejects_path == str(tmp_path / "out.rejects.jsonl")
    _summary_adds_up(s)


def test_bad_rows_of_a_message_table(tmp_path, tiny_model_dir):
    det = Detector(tiny_model_dir, caps=Caps(max_message_chars=200, max_messages=5)).load()
    rows = [{"conversation_id": "ok", "sender": "A", "text": "hey saw u in my suggestions"},
            {"conversation_id": "ok", "sender": "B", "text": ""},  # line 3: one bad row, the rest is scored
            {"conversation_id": "ok", "sender": "A", "text": "x" * 300},  # line 4
            {"conversation_id": "ok", "sender": "B", "text": "who is this"}]
    rows += [{"conversation_id": "long", "sender": "A", "text": f"msg {i}"} for i in range(7)]  # lines 6-12
    src = _write(tmp_path / "t.csv", "csv", rows)
    s = score_queue(str(src), tmp_path / "out.jsonl", det)
    (out,) = _read(tmp_path / "out.jsonl")
    assert out["id"] == "ok" and len(out["trajectory"]) == 2 and out["line"] == 2
    rejects = {r["kind"]: r for r in _read(tmp_path / "out.rejects.jsonl")}
    assert rejects["missing_text"]["line"] == 3 and rejects["message_too_long"]["line"] == 4
    assert rejects["conversation_too_long"]["lines"] == list(range(6, 13))
    assert rejects["conversation_too_long"]["conversation_id"] == "long"
    assert (s.records, s.scored_records, s.rejected_records) == (11, 2, 9)
    _summary_adds_up(s)


class _Interrupt:
    """Raise KeyboardInterrupt at the n-th checkpoint, after results were spilled but before the commit."""

    def __init__(self, monkeypatch, at):
        self.calls, real = 0, queue_mod._Run.commit

        def commit(run, **position):
            self.calls += 1
            if self.calls == at:
                raise KeyboardInterrupt
            real(run, **position)

        monkeypatch.setattr(queue_mod._Run, "commit", commit)


@pytest.mark.parametrize("name", ["conv.jsonl", "msgs.csv"])
@pytest.mark.parametrize("at", [1, 4, 9])
def test_resume_after_interrupt_scores_each_record_exactly_once(tmp_path, detector, monkeypatch, name, at):
    recs = _records(40)
    items = recs if name == "conv.jsonl" else _message_rows(recs)
    src = _write(tmp_path / name, name.split(".")[1], items)
    clean = score_queue(str(src), tmp_path / "clean.jsonl", detector, QueueOptions(chunk_size=3))
    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as m:
        _Interrupt(m, at)
        with pytest.raises(KeyboardInterrupt):
            score_queue(str(src), out, detector, QueueOptions(chunk_size=3))
    assert not out.exists()  # no half-written final file
    resumed = score_queue(str(src), out, detector, QueueOptions(chunk_size=3, resume=True))
    assert resumed.resumed == (at > 1)  # at the first checkpoint there is nothing yet to resume
    assert _read(out) == _read(tmp_path / "clean.jsonl")
    assert (resumed.records, resumed.conversations, resumed.messages) == (clean.records, clean.conversations,
                                                                          clean.messages)
    assert resumed.labels == clean.labels and resumed.flagged == clean.flagged
    _summary_adds_up(resumed)


def test_resume_refuses_a_changed_input(tmp_path, detector, monkeypatch):
    src = _write(tmp_path / "q.jsonl", "jsonl", _records(20))
    with monkeypatch.context() as m:
        _Interrupt(m, 3)
        with pytest.raises(KeyboardInterrupt):
            score_queue(str(src), tmp_path / "out.jsonl", detector, QueueOptions(chunk_size=2))
    with src.open("a") as fh:
        fh.write(json.dumps(_records(1, seed=9)[0]) + "\n")
    with pytest.raises(QueueUsageError, match="changed"):
        score_queue(str(src), tmp_path / "out.jsonl", detector, QueueOptions(chunk_size=2, resume=True))


def _cli(*args, **kw):
    return subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "score", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_resume_after_a_kill_mid_file(tmp_path, tiny_model_dir, detector):
    recs = _records(3000, seed=11)
    src = _write(tmp_path / "q.jsonl", "jsonl", recs)
    out = tmp_path / "out.jsonl"
    state = tmp_path / ".out.jsonl.sxdetect-work" / "state.json"
    proc = _cli(src, "-m", tiny_model_dir, "-o", out, "--chunk-size", 2, "-q")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if state.exists() and json.loads(state.read_text()).get("offset", 0) > 0:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists()
    checkpoint = json.loads(state.read_text())
    assert 0 < checkpoint["offset"] < src.stat().st_size
    proc = _cli(src, "-m", tiny_model_dir, "-o", out, "--resume", "-q")
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
    got = _read(out)
    score_queue(str(src), tmp_path / "clean.jsonl", detector)
    assert got == _read(tmp_path / "clean.jsonl") and len({r["id"] for r in got}) == 3000


def test_support_block_for_flagged_conversations(tmp_path, tiny_model_dir):
    recs = _records(4)
    recs[2]["meta"] = {}
    src = _write(tmp_path / "q.jsonl", "jsonl", recs)
    always = Detector(tiny_model_dir, threshold=0.0).load()
    score_queue(str(src), tmp_path / "a.jsonl", always, QueueOptions(country="fr"))
    by_id = {r["id"]: r["support"] for r in _read(tmp_path / "a.jsonl")}
    assert by_id[recs[1]["id"]]["national"]["phone"] == "116 111"  # the record's own country (DE)
    assert by_id[recs[2]["id"]]["country"] == "FR"  # --country when the record has none
    assert {r["name"] for r in by_id[recs[0]["id"]]["international"]} >= {"Take It Down", "StopNCII.org"}
    score_queue(str(src), tmp_path / "b.jsonl", always)
    no_country = {r["id"]: r["support"] for r in _read(tmp_path / "b.jsonl")}[recs[2]["id"]]
    assert no_country["country"] is None and no_country["national"] is None
    never = Detector(tiny_model_dir, threshold=1.0).load()
    score_queue(str(src), tmp_path / "c.jsonl", never)
    assert all("support" not in r for r in _read(tmp_path / "c.jsonl"))


def test_min_risk_and_top(tmp_path, detector):
    src = _write(tmp_path / "q.jsonl", "jsonl", _records(30))
    s = score_queue(str(src), tmp_path / "top.jsonl", detector, QueueOptions(top=4))
    assert [r["rank"] for r in _read(tmp_path / "top.jsonl")] == [1, 2, 3, 4] and s.written == 4
    assert s.conversations == 30  # everything is scored and counted; only the output is cut
    s = score_queue(str(src), tmp_path / "min.jsonl", detector, QueueOptions(min_risk=0.5))
    kept = _read(tmp_path / "min.jsonl")
    assert all(r["risk"] >= 0.5 for r in kept) and 0 < len(kept) < 30 and s.written == len(kept)


def test_cli_exit_codes_table_and_summary(tmp_path, tiny_model_dir):
    runner = CliRunner()
    good = _write(tmp_path / "good.jsonl", "jsonl", _records(5))
    res = runner.invoke(app, ["score", str(good), "-m", str(tiny_model_dir)])
    assert res.exit_code == 0 and len([ln for ln in res.stdout.splitlines() if ln.startswith("{")]) == 5
    res = runner.invoke(app, ["score", str(good), "-m", str(tiny_model_dir), "--table", "--top", "3"])
    assert res.exit_code == 0 and "ranked by risk" in res.output and not res.stdout.lstrip().startswith("{")
    path, _ = _bad_queue(tmp_path)
    res = runner.invoke(app, ["score", str(path), "-m", str(tiny_model_dir), "-o", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 3 and "rejected records" in res.output
    table = _write(tmp_path / "t.csv", "csv", [{"chat": "c1", "text": "hi"}])
    res = runner.invoke(app, ["score", str(table), "-m", str(tiny_model_dir), "-o", str(tmp_path / "t.jsonl")])
    assert res.exit_code == 2 and "--id-col" in res.output
    res = runner.invoke(app, ["score", str(table), "-m", str(tiny_model_dir), "--id-col", "chat", "-q",
                              "-o", str(tmp_path / "t.jsonl")])
    assert res.exit_code == 0 and _read(tmp_path / "t.jsonl")[0]["id"] == "c1"
    res = runner.invoke(app, ["score", "-", "-m", str(tiny_model_dir), "--resume"], input="")
    assert res.exit_code == 2


def test_stdin_to_stdout_pipeline(tmp_path, tiny_model_dir):
    path, good = _bad_queue(tmp_path)
    proc = _cli("-", "-m", tiny_model_dir, "-q", "--out-format", "jsonl", "--max-message-chars", 200,
                "--max-messages", 20, "--max-line-bytes", 4096, stdin=subprocess.PIPE, cwd=tmp_path)
    stdout, stderr = proc.communicate(path.read_bytes(), timeout=120)
    assert proc.returncode == 3, stderr.decode()
    assert sorted(json.loads(ln)["id"] for ln in stdout.decode().splitlines()) == sorted(r["id"] for r in good)
    assert len(_read(tmp_path / "sxdetect.rejects.jsonl")) == 7
