"""The sidecar over real HTTP: a uvicorn server on 127.0.0.1 (ephemeral port), hit with httpx.

Each endpoint and each error path is exercised against a running server, and the answers are
checked against the library (``Detector.score``) on the same tiny model.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time

import pytest

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")

from sxdetect.serve import BackgroundServer, Settings, create_app  # noqa: E402
from sxdetect.taxonomy import STAGES  # noqa: E402

CANARY = "zebra canary tangerine 7731"


@contextlib.contextmanager
def serving(model_dir, **overrides):
    """A running server with these settings; yields an httpx client bound to it."""
    settings = Settings(model=str(model_dir), **overrides)
    with BackgroundServer(create_app(settings), settings) as server:
        server.wait_ready()
        with httpx.Client(base_url=server.url, timeout=30) as client:
            yield client


@pytest.fixture(scope="module")
def client(tiny_model_dir):
    with serving(tiny_model_dir, request_timeout_s=30) as c:
        yield c


def _sextortion(splits):
    return next(r for r in splits["test"] if r["label"] == "sextortion")


def _benign(splits):
    return next(r for r in splits["test"] if r["label"] == "benign")


def _assert_error(resp, status, code=None):
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"} and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    assert CANARY not in resp.text
    return body["error"]


# -- health ------------------------------------------------------------------------------------
def test_live_and_ready(client):
    assert client.get("/healthz/live").json()["status"] == "live"
    ready = client.get("/healthz/ready")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready" and ready.json()["model"] == "tiny-ngram"
    assert ready.json()["model_version"] == "0.0.1"


def test_not_ready_when_the_model_cannot_load(tmp_path):
    settings = Settings(model=str(tmp_path / "no-such-model"))
    with BackgroundServer(create_app(settings), settings) as server:
        assert server.wait_ready() == 503
        with httpx.Client(base_url=server.url) as c:
            assert c.get("/healthz/live").status_code == 200
            ready = c.get("/healthz/ready")
            assert ready.status_code == 503 and ready.json()["status"] == "failed"
            _assert_error(c.post("/v1/score", json={"messages": [{"text": CANARY}]}), 503, "not_ready")
            assert "sxdetect_ready 0.0" in c.get("/metrics").text


def test_not_ready_when_the_support_file_is_broken(tiny_model_dir, tmp_path, monkeypatch):
    broken = tmp_path / "support.json"
    broken.write_text('{"schema_version": 99}', encoding="utf-8")
    monkeypatch.setenv("SXDETECT_SUPPORT_FILE", str(broken))
    settings = Settings(model=str(tiny_model_dir))
    with BackgroundServer(create_app(settings), settings) as server:
        assert server.wait_ready() == 503
        with httpx.Client(base_url=server.url) as c:
            assert "support" in c.get("/healthz/ready").json()["detail"]


# -- scoring -------------------------------------------------------------------------------------
def test_score_one_taxonomy_record_matches_the_library(client, detector, tiny_splits):
    record = _sextortion(tiny_splits)  # carries label and gold signals: accepted, ignored
    resp = client.post("/v1/score", json=record)
    assert resp.status_code == 200, resp.text
    got = resp.json()
    want = detector.score([record])[0].to_dict()
    for key in ("id", "risk", "label", "label_probabilities", "stage", "flagged", "threshold", "fired",
                "reason", "evidence", "trajectory", "signals", "model", "model_version"):
        assert got[key] == want[key], key
    assert got["flagged"] and got["stage"] == "extortion"
    assert got["support"]["international"] and got["support"]["national"] is None


def test_benign_is_not_flagged_and_has_no_support(client, tiny_splits):
    got = client.post("/v1/score", json=_benign(tiny_splits)).json()
    assert not got["flagged"] and got["support"] is None


def test_threshold_override_within_bounds_and_country(client, detector, tiny_splits):
    record = _benign(tiny_splits)
    risk = detector.score([record])[0].risk
    low = client.post("/v1/score", json=record, params={"threshold": 0.05, "country": "de"}).json()
    assert low["threshold"] == 0.05 and low["flagged"] == (risk >= 0.05)
    high = client.post("/v1/score", json=record, params={"threshold": 0.95}).json()
    assert high["threshold"] == 0.95 and high["flagged"] == (risk >= 0.95)
    flagged = client.post("/v1/score", json=_sextortion(tiny_splits), params={"threshold": 0.05, "country": "de"})
    support = flagged.json()["support"]
    assert support["country"] == "DE" and support["national"]["name"]
    for bad in (0.01, 0.99, 2, -1, "x"):
        err = _assert_error(client.post("/v1/score", json=record, params={"threshold": bad}), 422, "invalid_request")
        assert err["details"][0]["loc"] == ["query", "threshold"]


def test_batch_keeps_order_and_assigns_ids(client, detector, tiny_splits):
    records = tiny_splits["test"][:6]
    anonymous = {"messages": [{"text": "are we still on for lunch", "sender": "a"}]}
    resp = client.post("/v1/score/batch", json={"conversations": [*records, anonymous]})
    assert resp.status_code == 200, resp.text
    results = resp.json()["results"]
    assert [r["id"] for r in results] == [r["id"] for r in records] + ["6"]
    want = detector.score(records)
    assert [r["risk"] for r in results[:6]] == [w.to_dict()["risk"] for w in want]
    assert all((r["support"] is not None) == r["flagged"] for r in results)


def test_incremental_gives_updated_risk_and_delta(client, tiny_splits):
    record = _sextortion(tiny_splits)
    messages = record["messages"]
    history, new = messages[:5], messages[5:7]
    inc = client.post("/v1/score/incremental", json={"id": "c9", "history": history, "new_messages": new})
    assert inc.status_code == 200, inc.text
    got = inc.json()
    full = client.post("/v1/score", json={"id": "c9", "messages": history + new}).json()
    past = client.post("/v1/score", json={"id": "c9", "messages": history}).json()
    assert got["id"] == "c9" and got["risk"] == full["risk"] and got["trajectory"] == full["trajectory"]
    assert got["previous_risk"] == past["risk"]
    assert got["risk_delta"] == pytest.approx(full["risk"] - past["risk"], abs=2e-4)
    assert got["first_new_index"] == 5 and [s["index"] for s in got["signals"]] == [5, 6]
    assert got["previous_flagged"] == past["flagged"]
    assert got["newly_flagged"] == (full["flagged"] and not past["flagged"])


def test_incremental_without_history(client, tiny_splits):
    first = _sextortion(tiny_splits)["messages"][:1]
    got = client.post("/v1/score/incremental", json={"new_messages": first}).json()
    assert got["previous_risk"] is None and got["risk_delta"] == got["risk"]
    assert got["previous_flagged"] is False and got["first_new_index"] == 0


def test_concurrent_requests_share_model_calls(tiny_model_dir, tiny_splits):
    records = tiny_splits["test"][:32]
    with serving(tiny_model_dir, batch_max_wait_ms=50, batch_max_size=64) as c:
        url = str(c.base_url)

        async def fire():
            async with httpx.AsyncClient(base_url=url, timeout=30) as ac:
                return await asyncio.gather(*(ac.post("/v1/score", json=r) for r in records))

        answers = asyncio.run(fire())
        assert [a.status_code for a in answers] == [200] * len(records)
        assert [a.json()["id"] for a in answers] == [r["id"] for r in records]
        metrics = c.get("/metrics").text
    count = float(_sample(metrics, "sxdetect_inference_batch_conversations_count"))
    single = float(_sample(metrics, 'sxdetect_inference_batch_conversations_bucket{le="1.0"}'))
    assert count < len(records) + 1 and single < count, "no request was batched with another"


# -- errors ----------------------------------------------------------------------------------------
_TEXT = {"text": CANARY, "sender": "user-4411"}
_BAD_BODIES = [
    ("/v1/score", b'{"messages": [{"text": "' + CANARY.encode() + b'"}', 400, "invalid_json"),
    ("/v1/score", b"not json at all " + CANARY.encode(), 400, "invalid_json"),
    ("/v1/score", json.dumps({"messages": []}).encode(), 422, "invalid_request"),
    ("/v1/score", json.dumps({"messages": [{**_TEXT, "colour": "red"}]}).encode(), 422, "invalid_request"),
    ("/v1/score", json.dumps({"messages": [{"text": 7}]}).encode(), 422, "invalid_request"),
    ("/v1/score", json.dumps({"messages": [{"text": "   "}]}).encode(), 422, "invalid_record"),
    ("/v1/score", json.dumps({"messages": [{"text": "x" * 4001}]}).encode(), 422, "invalid_record"),
    ("/v1/score", json.dumps({"messages": [_TEXT] * 501}).encode(), 422, "invalid_record"),
    ("/v1/score", json.dumps({"messages": [{**_TEXT, "ts": "yesterday " + CANARY}]}).encode(), 422, None),
    ("/v1/score", json.dumps({"messages": [{**_TEXT, "signals": ["nope"]}]}).encode(), 422, "invalid_request"),
    ("/v1/score", json.dumps({"messages": [_TEXT], "meta": {"sender_account_age_days": -1}}).encode(), 422, None),
    ("/v1/score", json.dumps([_TEXT]).encode(), 422, "invalid_request"),
    ("/v1/score", b'{"messages": [{"text": "lone \\ud800 surrogate"}]}', 422, "invalid_request"),
    ("/v1/score", b"", 422, "invalid_request"),
    ("/v1/score/batch", json.dumps({"conversations": []}).encode(), 422, "invalid_request"),
    ("/v1/score/batch", json.dumps({"conversations": [{"messages": [_TEXT]}] * 257}).encode(), 422, None),
    ("/v1/score/batch", json.dumps({"conversations": [{"messages": [_TEXT]}, {"messages": [{"text": " "}]}]}).encode(),
     422, "invalid_record"),
    ("/v1/score/incremental", json.dumps({"history": [_TEXT]}).encode(), 422, "invalid_request"),
    ("/v1/score/incremental", json.dumps({"history": [_TEXT] * 201, "new_messages": [_TEXT]}).encode(), 422, None),
    ("/v1/score/incremental", json.dumps({"history": [_TEXT] * 200, "new_messages": [_TEXT] * 301}).encode(),
     422, "invalid_record"),
]


@pytest.mark.parametrize(("path", "body", "status", "code"), _BAD_BODIES)
def test_bad_input_gives_json_4xx_without_text(client, path, body, status, code):
    resp = client.post(path, content=body, headers={"content-type": "application/json"})
    err = _assert_error(resp, status, code)
    assert "user-4411" not in resp.text
    if status == 422:
        assert err["details"] and all("input" not in d for d in err["details"])


def test_batch_error_names_the_conversation(client):
    body = {"conversations": [{"messages": [_TEXT]}, {"messages": [{"text": " "}]}]}
    err = _assert_error(client.post("/v1/score/batch", json=body), 422, "invalid_record")
    assert err["details"][0]["loc"] == ["body", "conversations", 1]


def test_unknown_path_method_and_country(client):
    _assert_error(client.get("/v2/nothing"), 404, "not_found")
    _assert_error(client.get("/v1/score"), 405, "method_not_allowed")
    _assert_error(client.post("/v1/score", json={"messages": [_TEXT]}, params={"country": "Germany"}), 422)


def test_body_over_the_cap_is_413_declared_or_streamed(tiny_model_dir):
    with serving(tiny_model_dir, max_body_bytes=2048) as c:
        big = json.dumps({"messages": [_TEXT] * 100}).encode()
        _assert_error(c.post("/v1/score", content=big, headers={"content-type": "application/json"}),
                      413, "payload_too_large")

        def chunks():
            for start in range(0, len(big), 512):
                yield big[start:start + 512]

        streamed = c.post("/v1/score", content=chunks(), headers={"content-type": "application/json"})
        assert "content-length" not in streamed.request.headers
        _assert_error(streamed, 413, "payload_too_large")
        assert c.post("/v1/score", json={"messages": [_TEXT]}).status_code == 200


def test_bearer_token(tiny_model_dir):
    body = {"messages": [_TEXT]}
    with serving(tiny_model_dir, api_token="s3cret-token") as c:
        err = c.post("/v1/score", json=body)
        _assert_error(err, 401, "unauthorized")
        assert err.headers["www-authenticate"] == "Bearer"
        _assert_error(c.post("/v1/score", json=body, headers={"Authorization": "Bearer wrong"}), 401)
        _assert_error(c.post("/v1/score/batch", json={"conversations": [body]},
                             headers={"Authorization": "Basic czNjcmV0LXRva2Vu"}), 401)
        ok = c.post("/v1/score", json=body, headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200
        assert c.get("/healthz/ready").status_code == 200 and c.get("/metrics").status_code == 200
        assert "s3cret-token" not in c.get("/metrics").text
    with serving(tiny_model_dir, api_token="s3cret-token", metrics_auth=True) as c:
        _assert_error(c.get("/metrics"), 401)
        assert c.get("/metrics", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200


def _heavy_batch():
    """A valid batch that takes the tiny model a good fraction of a second."""
    return {"conversations": [{"messages": [{"text": f"message {j} of a long chat"} for j in range(20)]}] * 100}


def test_deadline_gives_504(tiny_model_dir):
    heavy = _heavy_batch()
    with serving(tiny_model_dir, request_timeout_s=0.001) as c:
        _assert_error(c.post("/v1/score/batch", json=heavy), 504, "timeout")


def test_full_queue_gives_503(tiny_model_dir):
    heavy = _heavy_batch()
    with serving(tiny_model_dir, max_queue=1, request_timeout_s=60) as c:
        url = str(c.base_url)
        answers = {}
        worker = threading.Thread(target=lambda: answers.setdefault("heavy", httpx.post(
            url + "/v1/score/batch", json=heavy, timeout=60)))
        worker.start()
        deadline = time.monotonic() + 30
        while _sample(c.get("/metrics").text, "sxdetect_queue_conversations") in (None, "0.0"):
            assert time.monotonic() < deadline and worker.is_alive()
            time.sleep(0.002)
        err = _assert_error(c.post("/v1/score", json={"messages": [_TEXT]}), 503, "overloaded")
        assert err["message"]
        worker.join(60)
        assert answers["heavy"].status_code == 200


# -- metrics ------------------------------------------------------------------------------------
def _sample(text, name):
    """The value of one sample line of the exposition text (None when absent)."""
    for line in text.splitlines():
        key, _, value = line.rpartition(" ")
        if key == name:
            return value
    return None


def test_metrics_are_prefixed_and_carry_no_content(client, tiny_splits):
    record = _sextortion(tiny_splits)
    client.post("/v1/score", json=record)
    client.post("/v1/score", json={"messages": [{"text": CANARY, "sender": "user-4411"}]}, params={"threshold": 0.05})
    client.post("/v1/score", content=b"{", headers={"content-type": "application/json"})
    text = client.get("/metrics").text
    assert CANARY not in text and "user-4411" not in text and record["id"] not in text
    names = {line.split("{")[0].split(" ")[0] for line in text.splitlines() if line and not line.startswith("#")}
    assert names and all(name.startswith("sxdetect_") for name in names)
    assert 'sxdetect_requests_total{endpoint="/v1/score",status="200"}' in text
    assert 'sxdetect_requests_total{endpoint="/v1/score",status="400"}' in text
    assert 'sxdetect_request_duration_seconds_bucket{endpoint="/v1/score",le="0.1"}' in text
    assert "sxdetect_inference_batch_conversations_count" in text
    assert 'sxdetect_model_info{kind="ngram",name="tiny-ngram",taxonomy_version="1",version="0.0.1"} 1.0' in text
    assert float(_sample(text, 'sxdetect_flagged_total{stage="extortion"}')) >= 1
    assert all(f'sxdetect_flagged_total{{stage="{s}"}}' in text for s in STAGES)
    assert "sxdetect_ready 1.0" in text
