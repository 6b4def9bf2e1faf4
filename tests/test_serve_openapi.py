"""The committed openapi.json matches the app, and every schema field and parameter is described."""

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from sxdetect.serve.openapi import main, render, spec  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "openapi.json"


def test_committed_spec_matches_the_app():
    assert COMMITTED.exists(), "openapi.json is missing: run python -m sxdetect.serve.openapi"
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == spec(), "openapi.json is out of date: run python -m sxdetect.serve.openapi"


def test_check_mode_detects_drift(tmp_path, capsys):
    stale = tmp_path / "openapi.json"
    stale.write_text(render(spec()).replace('"sxdetect"', '"renamed"', 1), encoding="utf-8")
    assert main([str(stale), "--check"]) == 1
    assert main([str(stale)]) == 0
    assert main([str(stale), "--check"]) == 0


def _walk_properties(schema, where):
    for name, prop in schema.get("properties", {}).items():
        yield f"{where}.{name}", prop


def test_every_schema_field_has_a_description():
    document = spec()
    schemas = document["components"]["schemas"]
    assert {"ConversationIn", "ScoreResult", "IncrementalResult", "ErrorResponse"} <= set(schemas)
    missing = [
        where for name, schema in schemas.items() for where, prop in _walk_properties(schema, name)
        if not prop.get("description")
    ]
    assert missing == []
    assert all(schema.get("description") for schema in schemas.values())


def test_every_parameter_and_operation_is_described():
    document = spec()
    for path, ops in document["paths"].items():
        for method, op in ops.items():
            assert op.get("description"), f"{method} {path} has no description"
            for param in op.get("parameters", []):
                assert param.get("description"), f"{method} {path} parameter {param['name']}"


def test_scoring_endpoints_document_their_errors():
    paths = spec()["paths"]
    for path in ("/v1/score", "/v1/score/batch", "/v1/score/incremental"):
        responses = paths[path]["post"]["responses"]
        assert {"200", "400", "401", "413", "422", "503", "504"} <= set(responses)
        assert responses["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")
