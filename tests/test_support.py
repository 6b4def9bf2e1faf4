"""Support resources come from the data file, per country, each with a source."""

import json

from sxdetect import support


def test_international_always_present():
    block = support.support_block(None)
    names = {r["name"] for r in block["international"]}
    assert {"Take It Down", "StopNCII.org"} <= names and block["national"] is None


def test_national_helpline_by_country():
    assert support.support_block("de")["national"]["phone"] == "116 111"
    assert support.support_block("UK")["national"]["name"].startswith("Childline")
    assert support.support_block("ZZ")["national"] is None


def test_every_entry_has_a_source():
    data = support.support_resources()
    for entry in data["international"] + list(data["national"].values()):
        assert entry["source"].startswith("https://") and entry["url"].startswith("https://")


def test_platform_file_override(tmp_path, monkeypatch):
    own = {"schema_version": 1, "international": [], "national": {"XX": {"name": "Own line", "source": "https://x"}}}
    path = tmp_path / "s.json"
    path.write_text(json.dumps(own))
    monkeypatch.setenv("SXDETECT_SUPPORT_FILE", str(path))
    assert support.support_block("xx")["national"]["name"] == "Own line"
