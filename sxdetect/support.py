"""Support resources shown to a person at risk, read from ``sxdetect/data/support.json``.

When a conversation is flagged, platforms show the person the international removal services
(Take It Down, StopNCII) and, when the country is known, the national helpline of its Safer
Internet Centre. The resources live in a reviewed data file with a source per entry, never as
literals in code; ``SXDETECT_SUPPORT_FILE`` points to a platform's own file.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


@lru_cache(maxsize=4)
def _load(path: str | None) -> dict[str, Any]:
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("sxdetect").joinpath("data/support.json").read_text(encoding="utf-8")
    data = json.loads(text)
    if data.get("schema_version") != 1 or "international" not in data or "national" not in data:
        raise ValueError("support file is not a schema 1 sxdetect support file")
    return data


def support_resources() -> dict[str, Any]:
    """The whole support table (from ``$SXDETECT_SUPPORT_FILE`` or the shipped file)."""
    return _load(os.environ.get("SXDETECT_SUPPORT_FILE"))


def support_block(country: str | None = None) -> dict[str, Any]:
    """The block to attach to a flagged result: international services plus the national
    helpline for ``country`` (ISO 3166-1 alpha-2, case-insensitive; ``UK`` means ``GB``)."""
    data = support_resources()
    code = (country or "").strip().upper() or None
    if code == "UK":
        code = "GB"
    national = data["national"].get(code) if code else None
    return {
        "country": code,
        "international": list(data["international"]),
        "national": dict(national) if national else None,
        "reviewed": data.get("reviewed"),
    }
