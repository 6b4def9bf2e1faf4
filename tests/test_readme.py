"""The README stays true: its Python quickstart runs, and its two set-up commands exist."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_python_quickstart_runs(capsys):
    blocks = _blocks("python")
    assert blocks, "README has no python example"
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README is ours
    assert capsys.readouterr().out.strip()


def test_two_commands_are_make_targets():
    assert "make demo" in README and "make test" in README
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, flags=re.M) and re.search(r"^test:", makefile, flags=re.M)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_cli_commands_in_readme_exist():
    from typer.testing import CliRunner

    from cli import app

    named = set(re.findall(r"^sxdetect (\w+)", "\n".join(_blocks("bash")), flags=re.M))
    assert named
    for command in named:
        res = CliRunner().invoke(app, [command, "--help"])
        assert res.exit_code == 0, f"sxdetect {command} --help failed"


def test_make_demo_target_scores_the_example_queue():
    out = subprocess.run(["make", "-n", "demo"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "examples/queue.jsonl" in out
