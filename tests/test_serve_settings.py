"""Settings come from SXDETECT_* environment variables, with bounds and a commented example."""

from pathlib import Path

import pytest

pytest.importorskip("pydantic_settings")

from pydantic import ValidationError  # noqa: E402

from sxdetect.serve.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_are_safe():
    s = Settings.model_construct()
    assert s.host == "127.0.0.1" and s.api_token is None and s.model == "default"
    assert 0 < s.threshold_min < s.threshold_max < 1


def test_environment_variables_are_read(monkeypatch):
    monkeypatch.setenv("SXDETECT_MAX_BATCH", "7")
    monkeypatch.setenv("SXDETECT_REQUEST_TIMEOUT_S", "2.5")
    monkeypatch.setenv("SXDETECT_API_TOKEN", "abc")
    monkeypatch.setenv("SXDETECT_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("SXDETECT_MAX_MESSAGE_CHARS", "300")
    s = Settings()
    assert s.max_batch == 7 and s.request_timeout_s == 2.5 and s.token() == "abc"
    assert s.log_level == "warning" and s.caps.max_message_chars == 300
    assert "abc" not in repr(s), "the token must not show in reprs or logs"


def test_empty_token_means_no_auth(monkeypatch):
    monkeypatch.setenv("SXDETECT_API_TOKEN", "")
    assert Settings().token() is None


@pytest.mark.parametrize(("name", "value"), [
    ("SXDETECT_MAX_BATCH", "0"), ("SXDETECT_REQUEST_TIMEOUT_S", "-1"), ("SXDETECT_PORT", "70000"),
    ("SXDETECT_THRESHOLD_MIN", "1.5"), ("SXDETECT_LOG_LEVEL", "chatty"), ("SXDETECT_MAX_BODY_BYTES", "lots"),
])
def test_bad_values_are_refused(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings()


def test_threshold_bounds_must_be_ordered():
    with pytest.raises(ValidationError):
        Settings(threshold_min=0.9, threshold_max=0.1)


def test_example_env_file_names_every_setting():
    example = (ROOT / "deploy" / "sxdetect.env.example").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"SXDETECT_{name.upper()}=" in example, name
    assigned = [line.split("=", 1)[0].lstrip("# ") for line in example.splitlines() if "=" in line
                and line.lstrip("# ").startswith("SXDETECT_")]
    known = {f"SXDETECT_{n.upper()}" for n in Settings.model_fields} | {"SXDETECT_SUPPORT_FILE"}
    assert set(assigned) <= known


def test_docs_name_every_setting():
    docs = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"SXDETECT_{name.upper()}" in docs, name
