"""The benchmark harness in smoke mode: it runs end to end on the tiny model and prints its table.
No timing assertions (speed is measured by ``python -m bench``, never by tests)."""

import json

import numpy as np
import pytest

from bench import __main__ as harness
from bench import peers, table


def test_tiny_run_writes_the_table(tiny_model_dir, tmp_path, capsys):
    out = tmp_path / "results"
    code = harness.main(["--tiny", "--no-run", "--models-dir", str(tiny_model_dir), "--out", str(out),
                         "--work", str(tmp_path / "work"), "--skip", "ablations"])
    assert code == 0
    text = (out / "latest.md").read_text(encoding="utf-8")
    assert text == capsys.readouterr().out
    header = "| " + " | ".join(table.COLUMNS) + " |"
    assert header in text and "logical CPUs" in text and "load average" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and line != header]
    assert len(rows) >= 4
    assert all(line.count("|") == len(table.COLUMNS) + 1 for line in rows)
    labels = {line.split(" | ")[0].lstrip("| ") for line in rows}
    assert {"sxdetect n-gram (engine)", "Detector `tiny-ngram`, conversations",
            "`sxdetect score` queue, `tiny-ngram`"} <= labels
    assert "peer: not measured" in text  # no encoder and no run: said, not faked
    raw = json.loads(next(out.glob("bench-*.json")).read_text(encoding="utf-8"))
    ngram = raw["raw"]["engine-ngram"]
    assert ngram["b1"]["calls"] == 2 * 12 and ngram["b32"]["items"] == 40 and len(ngram["b32"]["rates"]) == 2
    assert ngram["peak_rss_mib"] > 10 and ngram["cold_start_s"] > 0
    assert raw["header"]["workload"].startswith("generated") and "en" in raw["header"]["workload"]


def test_table_rows_and_ratio():
    r = table.row("x", "32", {"rate": 300.0, "rates": [290.0, 300.0]}, {"peak_rss_mib": 100.0}, 100.0)
    assert r["ratio"] == pytest.approx(3.0)
    assert table.row("y", "1", None, None, None)["ratio"] is None
    lines = table.main_table([r])
    assert lines[0] == "| " + " | ".join(table.COLUMNS) + " |" and "3.00×" in lines[2] and "300" in lines[2]


def test_targets_report_met_and_unmet():
    rows = [table.row("sxdetect INT8 (engine)", "32", {"rate": 500.0}, {}, 100.0),
            table.row("sxdetect INT8 (engine)", "1", {"rate": 50.0, "p99_ms": 12.0}, {}, 10.0)]
    got = harness._targets(rows, None)
    assert "5.00× (met)" in got[0] and "12.00 ms (not met)" in got[1]


def test_peer_weights_read_back_from_the_onnx_export(tmp_path):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from training import encoder_export
    from training.encoder import SignalEncoder

    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=8000, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                                     intermediate_size=32, max_position_embeddings=64)
    model = SignalEncoder(transformers.BertModel(config, add_pooling_layer=False), 8).eval()
    encoder_export.export_encoder(model, tmp_path / "enc.onnx")
    weights = peers.state_dict_from_onnx(tmp_path / "enc.onnx")
    state = {k: v for k, v in model.state_dict().items() if not k.endswith(("position_ids", "token_type_ids"))}
    assert set(weights) == set(state)
    for key, value in state.items():
        assert np.array_equal(weights[key], value.numpy()), key
