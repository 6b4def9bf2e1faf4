"""The service as a process: `sxdetect serve`, graceful SIGTERM, and logs that carry no text or ids."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")

from sxdetect.serve.server import wait_ready  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CANARY_TEXT = "marmalade canary quartz 5519"
CANARY_SENDER = "user-id-88231"
CANARY_ID = "conv-id-66120"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXDETECT_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("wb") as sink:
        return subprocess.Popen(args, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)


def _stop(proc: subprocess.Popen) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


def test_logs_and_errors_never_carry_text_or_ids(tmp_path, tiny_model_dir, tiny_splits):
    port = _free_port()
    log = tmp_path / "server.log"
    proc = _start(
        [sys.executable, "cli.py", "serve", "--host", "127.0.0.1", "--port", str(port), "--model", str(tiny_model_dir)],
        _env(SXDETECT_LOG_LEVEL="debug", SXDETECT_API_TOKEN="tok-31337", SXDETECT_MAX_BODY_BYTES="4096"),
        log,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_ready(url, 60) == 200
        auth = {"Authorization": "Bearer tok-31337"}
        msg = {"text": CANARY_TEXT, "sender": CANARY_SENDER}
        record = {**tiny_splits["test"][0], "id": CANARY_ID}
        record["messages"] = [*record["messages"], msg]
        sent = []
        with httpx.Client(base_url=url, headers=auth, timeout=30) as c:
            sent.append(c.post("/v1/score", json=record))
            sent.append(c.post("/v1/score", json=record, params={"threshold": 0.05}))
            sent.append(c.post("/v1/score/batch", json={"conversations": [record, record]}))
            sent.append(c.post("/v1/score/incremental", json={"id": CANARY_ID, "history": record["messages"],
                                                               "new_messages": [msg]}))
            assert [r.status_code for r in sent] == [200] * 4
            errors = [
                c.post("/v1/score", json={"id": CANARY_ID, "messages": [{**msg, "extra": CANARY_TEXT}]}),
                c.post("/v1/score", json={"id": CANARY_ID, "messages": [{**msg, "ts": CANARY_TEXT}]}),
                c.post("/v1/score", json={"id": CANARY_ID, "messages": [{"text": CANARY_TEXT * 200}]}),
                c.post("/v1/score", content=('{"id": "' + CANARY_ID + '", "text": "' + CANARY_TEXT).encode(),
                       headers={"content-type": "application/json"}),
                c.post("/v1/score", json={"messages": [msg]}, headers={"Authorization": "Bearer " + CANARY_TEXT}),
                c.post("/v1/score", json={"messages": [msg]}, params={"threshold": 0.999}),
                c.post("/v1/score", json={"messages": [{"text": "   ", "sender": CANARY_SENDER}]}),
            ]
            assert [r.status_code for r in errors] == [422, 422, 413, 400, 401, 422, 422]
            metrics = c.get("/metrics").text
        for resp in errors:
            for canary in (CANARY_TEXT, CANARY_SENDER, CANARY_ID):
                assert canary not in resp.text
        for canary in (CANARY_TEXT, CANARY_SENDER, CANARY_ID, "tok-31337"):
            assert canary not in metrics
    finally:
        _stop(proc)
    text = log.read_text(encoding="utf-8")
    for canary in (CANARY_TEXT, CANARY_SENDER, CANARY_ID, "tok-31337", "marmalade", "5519"):
        assert canary not in text, f"{canary!r} leaked into the logs"
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    requests = [line for line in lines if line.get("event") == "request"]
    assert len(requests) >= 11
    scored = [line for line in requests if line["status"] == 200 and line["endpoint"].startswith("/v1/")]
    assert len(scored) == 4
    for line in scored:
        assert {"endpoint", "status", "duration_ms", "conversations", "messages", "batch_size",
                "model", "model_version"} <= set(line)
        assert line["model"] == "tiny-ngram" and line["model_version"] == "0.0.1"
    assert any(line.get("event") == "model ready" for line in lines)


_SLOW_SERVER = """
import time
from sxdetect.detector import Detector

_score = Detector.score

def slow_score(self, X, threshold=None):
    if any(getattr(c, "id", None) == "slow" for c in X):
        time.sleep(1.5)
    return _score(self, X, threshold)

Detector.score = slow_score
from sxdetect.serve import run
run()
"""


def test_sigterm_lets_in_flight_requests_finish(tmp_path, tiny_model_dir):
    port = _free_port()
    log = tmp_path / "server.log"
    env = _env(SXDETECT_MODEL=str(tiny_model_dir), SXDETECT_PORT=str(port), SXDETECT_GRACEFUL_TIMEOUT_S="20")
    proc = _start([sys.executable, "-c", _SLOW_SERVER], env, log)
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_ready(url, 60) == 200
        answer: dict = {}

        def slow_request() -> None:
            answer["resp"] = httpx.post(url + "/v1/score", json={"id": "slow", "messages": [{"text": "hi there"}]},
                                        timeout=30)

        worker = threading.Thread(target=slow_request)
        worker.start()
        deadline = time.monotonic() + 10
        while "sxdetect_queue_conversations 1.0" not in httpx.get(url + "/metrics").text:
            assert time.monotonic() < deadline, "the slow request never reached the model"
            time.sleep(0.01)
        proc.send_signal(signal.SIGTERM)
        worker.join(30)
        code = proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    resp = answer["resp"]
    assert resp.status_code == 200 and resp.json()["id"] == "slow"
    assert code in (0, -signal.SIGTERM)
    text = log.read_text(encoding="utf-8")
    assert "Shutting down" in text and "Finished server process" in text
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/healthz/live", timeout=2)


def test_serve_refuses_an_unknown_model(tmp_path):
    out = subprocess.run(
        [sys.executable, "cli.py", "serve", "--model", str(tmp_path / "missing")],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 2 and "cannot serve" in out.stderr


def test_import_sxdetect_does_not_import_the_serve_stack():
    code = (
        "import sys, sxdetect; from sxdetect import Detector; "
        "heavy = [m for m in ('fastapi', 'uvicorn', 'starlette', 'prometheus_client', 'pydantic_settings') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_env(),
                         cwd=ROOT)
    assert out.stdout.strip() == ""
