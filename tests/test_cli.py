"""The CLI's score and models commands on a tiny model (typer's CliRunner, no subprocess)."""

import json

from typer.testing import CliRunner

from cli import app

runner = CliRunner()


def _queue(tmp_path, records):
    path = tmp_path / "q.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_score_writes_one_line_per_conversation(tmp_path, tiny_model_dir, tiny_splits):
    recs = tiny_splits["test"][:5]
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["score", str(_queue(tmp_path, recs)), "--model", str(tiny_model_dir), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in recs] or len(rows) == len(recs)
    assert all(0 <= r["risk"] <= 1 for r in rows)


def test_threshold_override_and_bounds(tmp_path, tiny_model_dir, tiny_splits):
    q = _queue(tmp_path, tiny_splits["test"][:3])
    res = runner.invoke(app, ["score", str(q), "--model", str(tiny_model_dir), "--threshold", "0"])
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert rows and all(r["flagged"] and r["threshold"] == 0.0 for r in rows)
    bad = runner.invoke(app, ["score", str(q), "--model", str(tiny_model_dir), "--threshold", "2"])
    assert bad.exit_code != 0


def test_models_lists_shipped():
    res = runner.invoke(app, ["models"])
    assert res.exit_code == 0 and "ngram" in res.stdout
