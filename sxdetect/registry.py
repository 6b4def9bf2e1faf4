"""Find shipped models through their manifest, check their sha256 and describe them.

A models directory holds ``manifest.json`` (``{"schema_version", "default", "models": {name:
entry}}``) and one folder per model. An entry records the model's name, version, kind, files with
sha256 and size, thresholds, taxonomy version and training-data hash: the one place these facts
live. A model is named either by its manifest name or by a path to a directory with its own
manifest (what ``sxdetect train`` writes).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .taxonomy import TAXONOMY_VERSION

MANIFEST = "manifest.json"
SCHEMA_VERSION = 1


class ModelError(RuntimeError):
    """A model cannot be found, or its files do not match the manifest."""


@dataclass(frozen=True)
class ModelSpec:
    """A resolved model: its folder and its manifest entry."""

    name: str
    directory: Path
    entry: dict[str, Any]

    @property
    def version(self) -> str:
        return str(self.entry.get("version", "0"))

    @property
    def kind(self) -> str:
        return str(self.entry["kind"])

    @property
    def thresholds(self) -> dict[str, Any]:
        return dict(self.entry.get("thresholds", {}))

    def file(self, role: str) -> Path:
        """Path of the file playing ``role`` (e.g. ``signals``, ``aggregator``)."""
        try:
            return self.directory / self.entry["roles"][role]
        except KeyError as exc:
            raise ModelError(f"model {self.name!r} has no {role!r} file in its manifest") from exc


def default_models_dir() -> Path:
    """``$SXDETECT_MODELS_DIR``, else the models shipped in the wheel, else the checkout's."""
    env = os.environ.get("SXDETECT_MODELS_DIR")
    if env:
        return Path(env)
    packaged = Path(__file__).resolve().parent / "_models"
    if (packaged / MANIFEST).exists():
        return packaged
    return Path(__file__).resolve().parent.parent / "models"


def read_manifest(directory: Path) -> dict[str, Any]:
    """Read and minimally validate ``directory/manifest.json``."""
    path = Path(directory) / MANIFEST
    if not path.exists():
        raise ModelError(f"no {MANIFEST} in {directory}")
    with path.open(encoding="utf-8") as fh:
        manifest = json.load(fh)
    if manifest.get("schema_version") != SCHEMA_VERSION or "models" not in manifest:
        raise ModelError(f"{path} is not a schema {SCHEMA_VERSION} sxdetect manifest")
    return manifest


def write_manifest(directory: Path, manifest: dict[str, Any]) -> Path:
    """Write a manifest with stable key order (diff-friendly)."""
    path = Path(directory) / MANIFEST
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def file_record(path: Path) -> dict[str, Any]:
    """The manifest record of one file: sha256 and size in bytes."""
    return {"sha256": sha256_file(path), "bytes": Path(path).stat().st_size}


def list_models(models_dir: Path | None = None) -> list[ModelSpec]:
    """Every model in a models directory, the default first."""
    directory = Path(models_dir) if models_dir else default_models_dir()
    manifest = read_manifest(directory)
    names = sorted(manifest["models"], key=lambda n: (n != manifest.get("default"), n))
    return [_spec(directory, n, manifest["models"][n]) for n in names]


def _spec(directory: Path, name: str, entry: dict[str, Any]) -> ModelSpec:
    return ModelSpec(name=name, directory=directory / entry.get("path", name), entry=entry)


def resolve(model: str | os.PathLike[str] = "default", models_dir: Path | None = None) -> ModelSpec:
    """Resolve a model name (or ``default``, or a directory with a manifest) to a spec."""
    as_path = Path(model)
    if str(model) != "default" and (as_path / MANIFEST).exists():
        directory, name = as_path, "default"
    else:
        directory, name = (Path(models_dir) if models_dir else default_models_dir()), str(model)
    manifest = read_manifest(directory)
    if name == "default":
        name = manifest.get("default") or ""
    if name not in manifest["models"]:
        known = ", ".join(sorted(manifest["models"])) or "none"
        raise ModelError(f"unknown model {name!r} in {directory}; known models: {known}")
    return _spec(directory, name, manifest["models"][name])


def verify(spec: ModelSpec) -> None:
    """Check taxonomy version and every file's sha256; raise :class:`ModelError` on mismatch."""
    taxonomy = str(spec.entry.get("taxonomy_version"))
    if taxonomy != TAXONOMY_VERSION:
        raise ModelError(
            f"model {spec.name!r} speaks taxonomy v{taxonomy}, this sxdetect speaks v{TAXONOMY_VERSION}"
        )
    for rel, record in spec.entry.get("files", {}).items():
        path = spec.directory / rel
        if not path.exists():
            raise ModelError(f"model {spec.name!r}: file {rel} is missing from {spec.directory}")
        actual = sha256_file(path)
        if actual != record["sha256"]:
            raise ModelError(
                f"model {spec.name!r}: sha256 mismatch for {rel} "
                f"(manifest {record['sha256'][:12]}…, file {actual[:12]}…); refusing to load"
            )
