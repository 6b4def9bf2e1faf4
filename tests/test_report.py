"""The evaluation report end to end on a tiny model: files written, figures consistent with the
scores, comparison mode, plots, the CLI command, and no text leaking into the outputs."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from cli import app
from training import report as rp
from training.metrics import average_precision

_ROWS = [  # single-text rows as in shared/eval (nothing explicit: pictures only mentioned)
    {"id": "s1", "source": "owner/sms:data#L1", "lang": "en", "label": "benign", "kind": "sms", "text": "see you at 8"},
    {"id": "s2", "source": "owner/sms:data#L2", "lang": "en", "label": "hard_negative", "kind": "sms",
     "text": "pay me back the 20 by friday"},
    {"id": "s3", "source": "owner/sms:data#L3", "lang": "en", "label": "scam_other", "kind": "sms",
     "text": "you won a prize, click to claim"},
    {"id": "e1", "source": "owner/mail:e1.eml", "lang": "de", "label": "extortion", "kind": "email",
     "text": "ich habe deine bilder, zahle in bitcoin in 48 stunden oder alle sehen sie"},
    {"id": "e2", "source": "owner/mail:e2.eml", "lang": "en", "label": "extortion", "kind": "email",
     "text": "i have ur pics and all ur followers, send $300 in 2 hours"},
]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory, tiny_splits):
    d = tmp_path_factory.mktemp("evaldata")
    return [_write(d / "conversations.jsonl", tiny_splits["test"][:40]), _write(d / "rows.jsonl", _ROWS)]


@pytest.fixture(scope="module")
def written(tmp_path_factory, files, tiny_model_dir):
    out = tmp_path_factory.mktemp("report")
    report = rp.evaluate_files(files, [str(tiny_model_dir)], out, resamples=50, seed=0)
    return report, out


def test_writes_every_output(written):
    report, out = written
    for name in ("report.json", "report.md", "scores.jsonl", "pr_curves.png", "risk_histogram.png",
                 "languages.png", "signals_by_label.png", "signal_confusion.png"):
        assert (out / name).stat().st_size > 0, name
    assert (out / "pr_curves.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert json.loads((out / "report.json").read_text()) == json.loads(json.dumps(report))
    md = (out / "report.md").read_text()
    for needle in ("## Headline figures", "conversations", "rows", "## Threshold analysis", "(shipped)",
                   "## Per language", "## Per source", "## Early warning", "![pr_curves](pr_curves.png)"):
        assert needle in md, needle


def test_figures_agree_with_the_scores(written):
    report, out = written
    rows = [json.loads(line) for line in (out / "scores.jsonl").read_text().splitlines()]
    label = report["models"][0]["label"]
    y = np.array([r["positive"] for r in rows])
    risk = np.array([r[label]["risk"] for r in rows])
    groups = report["models"][0]["groups"]
    assert groups["all"]["conversation"]["auprc"] == pytest.approx(float(average_precision(y, risk)), abs=1e-4)
    assert groups["file:rows"]["conversation"]["n"] == len(_ROWS)
    assert groups["file:rows"]["per_label"]["extortion"]["n"] == 2
    assert set(groups) >= {"all", "file:conversations", "file:rows", "source:owner/sms", "source:owner/mail",
                           "lang:de", "kind:email"}
    assert "signals" in groups["file:conversations"] and "signals" not in groups["file:rows"]
    ci = groups["all"]["conversation"]["ci"]["auprc"]
    assert ci[0] <= ci[1]
    assert report["data"][1]["labels"] == {"benign": 1, "extortion": 2, "hard_negative": 1, "scam_other": 1}


def test_outputs_carry_no_text(written):
    _, out = written
    blob = "".join((out / n).read_text() for n in ("report.json", "report.md", "scores.jsonl"))
    for row in _ROWS:
        assert row["text"] not in blob


def test_same_data_same_report(files, tiny_model_dir):
    datasets, meta = rp.load_files(files)
    a, _ = rp.build_report([str(tiny_model_dir)], datasets, meta, resamples=30, seed=3)
    b, _ = rp.build_report([str(tiny_model_dir)], datasets, meta, resamples=30, seed=3)
    assert a["models"][0]["groups"] == b["models"][0]["groups"]


def test_comparison_side_by_side(tmp_path, files, tiny_model_dir):
    datasets, meta = rp.load_files(files)
    report, scored = rp.build_report([str(tiny_model_dir), str(tiny_model_dir)], datasets, meta, resamples=30)
    assert [m["label"] for m in report["models"]] == ["tiny-ngram#1", "tiny-ngram#2"]
    assert report["comparison"]["groups"]["all"]["roc_auc"] == {"delta": 0.0, "ci": [0.0, 0.0]}
    md = rp.render_markdown(report)
    assert "## Comparison" in md and "flagged: tiny-ngram#2" in md
    rp.write_report(report, scored, tmp_path)
    assert json.loads((tmp_path / "scores.jsonl").read_text().splitlines()[0]).keys() >= {"tiny-ngram#1",
                                                                                           "tiny-ngram#2"}


def test_formatting_helpers():
    assert rp.fmt(None) == "–" and rp.fmt(0.12345) == "0.123"
    assert rp.fmt_ci(0.5, [0.25, 0.75]) == "0.500 [0.250, 0.750]"
    assert rp.pct(0.0123, [0.0, 0.05]) == "1.2% [0.0, 5.0]"
    assert rp.rate_cell({"flagged": 0, "n": 10, "rate": 0.0, "ci": [0.0, 0.0], "wilson": [0.0, 0.2775]}) == \
        "0/10 = 0.0% [0.0, 0.0]; Wilson [0.0, 27.8]"


def test_origin_guess(tmp_path):
    assert rp.guess_origin(rp.SHARED_EVAL / "x.jsonl") == "real"
    for name in ("train.jsonl", "validation.jsonl", "test.jsonl"):
        (tmp_path / name).write_text("")
    assert rp.guess_origin(tmp_path / "test.jsonl") == "synthetic"
    assert rp.guess_origin(tmp_path.parent / "other.jsonl") == "unspecified"


def test_cli_evaluate(tmp_path, files, tiny_model_dir):
    out = tmp_path / "cli"
    res = CliRunner().invoke(app, ["evaluate", *map(str, files), "--model", str(tiny_model_dir), "--out", str(out),
                                   "--bootstrap", "20", "--no-plots"])
    assert res.exit_code == 0, res.output
    assert "| data | model | n | positives | AUPRC" in res.stdout and "total" in res.stdout
    assert (out / "report.json").exists() and not (out / "pr_curves.png").exists()
    too_many = CliRunner().invoke(app, ["evaluate", str(files[1]), "--model", str(tiny_model_dir), "--model",
                                        str(tiny_model_dir), "--compare", str(tiny_model_dir), "--out", str(out)])
    assert too_many.exit_code != 0


def test_evaluate_datasets_mixes_memory_and_files(tmp_path, files, tiny_model_dir, tiny_splits):
    from training.data import to_conversations

    named = {"synthetic:test": (to_conversations(tiny_splits["test"][:20]), "synthetic")}
    report = rp.evaluate_datasets([str(tiny_model_dir)], named, [files[1]], tmp_path, resamples=20, plots=False)
    assert [(d["name"], d["origin"]) for d in report["data"]] == [("synthetic:test", "synthetic"), ("rows", "unspecified")]
    assert report["models"][0]["groups"]["file:synthetic:test"]["conversation"]["n"] == 20
    assert (tmp_path / "report.json").exists()
