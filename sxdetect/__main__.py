"""Entry point of the ``sxdetect`` command and ``python -m sxdetect``.

An installed wheel carries the CLI as ``sxdetect._cli``; a source checkout (editable install)
runs ``cli.py`` from the repository root.
"""

from __future__ import annotations


def main() -> None:
    """Run the typer app."""
    try:
        from sxdetect._cli import app
    except ModuleNotFoundError as exc:
        if exc.name != "sxdetect._cli":
            raise
        from cli import app
    app()


if __name__ == "__main__":
    main()
