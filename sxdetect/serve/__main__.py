"""``python -m sxdetect.serve``: serve with settings from ``SXDETECT_*`` environment variables."""

from __future__ import annotations

from . import run

if __name__ == "__main__":
    run()
