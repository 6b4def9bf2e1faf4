"""The wheel works for an installed user: `sxdetect` scores with the shipped model, import is light.

Builds the wheel with `pip wheel .`, installs it into a fresh virtual environment (runtime
dependencies only, from the package index) and runs the installed command there.
"""

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "--disable-pip-version-check", "-w", str(out), str(ROOT)],
        check=True,
    )
    (path,) = out.glob("sxdetect-*.whl")
    return path


def test_wheel_contents(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "sxdetect/_models/manifest.json" in names
    assert "sxdetect/_cli.py" in names and "sxdetect/data/support.json" in names
    assert not any(n.startswith(("training/", "tests/")) for n in names)
    manifest = json.loads(zipfile.ZipFile(wheel).read("sxdetect/_models/manifest.json"))
    for entry in manifest["models"].values():
        for rel in entry["files"]:
            assert f"sxdetect/_models/{entry['path']}/{rel}" in names


def test_installed_wheel_scores_and_imports_light(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py, exe = env_dir / "bin" / "python", env_dir / "bin" / "sxdetect"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)], check=True)
    out = subprocess.run(
        [str(exe), "score", str(ROOT / "examples" / "queue.jsonl")], capture_output=True, text=True, cwd=tmp_path,
        check=True,
    )
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == sum(1 for line in (ROOT / "examples" / "queue.jsonl").open() if line.strip())
    assert {"id", "risk", "label", "stage", "flagged", "threshold", "signals", "trajectory", "evidence"} <= set(rows[0])
    assert rows[0]["model"] and "_models" not in rows[0]["model"]
    code = (
        "import sys, sxdetect; assert sxdetect.Detector('default').load().name; "
        "print(','.join(m for m in ('torch', 'transformers', 'sklearn') if m in sys.modules))"
    )
    light = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert light.stdout.strip() == ""
    modules = subprocess.run(
        [str(py), "-c", "import importlib.util as u; print([m for m in ('torch','sklearn','transformers') if u.find_spec(m)])"],
        capture_output=True, text=True, check=True,
    )
    assert modules.stdout.strip() == "[]", "the runtime wheel must not depend on torch/sklearn/transformers"
