"""The committed OpenAPI spec (``openapi.json`` at the repository root) and how to regenerate it.

    python -m sxdetect.serve.openapi            # rewrite ./openapi.json from the app
    python -m sxdetect.serve.openapi --check    # exit 1 when ./openapi.json is out of date

The spec does not depend on settings (limits are named by their environment variables in the
descriptions), so it is built from default settings without reading the environment.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .app import create_app
from .settings import Settings


def spec() -> dict[str, Any]:
    """The app's OpenAPI document."""
    return create_app(Settings.model_construct()).openapi()


def render(document: dict[str, Any]) -> str:
    """The committed text form: two-space indent, key order as FastAPI produces it."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sxdetect.serve.openapi", description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="openapi.json", type=Path, help="spec file (default ./openapi.json)")
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 when different")
    args = parser.parse_args(argv)
    text = render(spec())
    if args.check:
        current = args.path.read_text(encoding="utf-8") if args.path.exists() else ""
        if current != text:
            print(f"{args.path} is out of date: run python -m sxdetect.serve.openapi {args.path}", file=sys.stderr)
            return 1
        print(f"{args.path} is up to date")
        return 0
    args.path.write_text(text, encoding="utf-8")
    print(f"wrote {args.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
