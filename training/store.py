"""The consented-data store: masked conversations in Parquet beside a versioned store manifest.

Layout of a store directory (created by ``sxdetect data ingest``)::

    records.parquet     one row per conversation (:data:`SCHEMA`); ``datasets`` loads it
    store.json          format, version counter, current consent ids per use, withdrawn consent
                        ids, and the history of every ingest and withdrawal with the consent ids
                        present at each version
    ingest_report.json  the latest ingest's report (counts, rejections by reason, languages)
    .salt               the per-store secret for pseudonymising ids (never leaves the directory)
    .gitignore          ``*``: keeps the whole store out of git

Every change (ingest, withdrawal) rewrites ``records.parquet`` and ``store.json`` atomically
and increments the version, under a lock file. This module also loads a store's records back
for training (:func:`load_records`, :func:`mix_consented`) and records which consent ids a
model saw (:func:`consented_provenance`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import random
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

FORMAT = "sxdetect-consented-store"
FORMAT_VERSION = 1
RECORDS, MANIFEST, REPORT, SALT, LOCK = "records.parquet", "store.json", "ingest_report.json", ".salt", ".lock"
#: The uses a consent can cover; each stored conversation is assigned to exactly one.
USES: tuple[str, ...] = ("training", "evaluation")

_MESSAGE = pa.struct([
    ("sender", pa.string()), ("text", pa.string()), ("ts", pa.string()),
    ("has_image", pa.bool_()), ("signals", pa.list_(pa.string())),
])
#: Columns of ``records.parquet``. ``meta`` is a JSON object as text (numbers and booleans only).
SCHEMA = pa.schema([
    ("id", pa.string()), ("consent_id", pa.string()), ("use", pa.string()), ("lang", pa.string()),
    ("label", pa.string()), ("messages", pa.list_(_MESSAGE)), ("meta", pa.string()),
    ("consent_scope", pa.list_(pa.string())), ("consent_given", pa.string()), ("consent_expires", pa.string()),
    ("given_by", pa.string()), ("source_org", pa.string()), ("store_version", pa.int64()),
    ("ingested_at", pa.string()),
])


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def pseudonym(salt: bytes, kind: str, value: str) -> str:
    """Salted HMAC-SHA256 of ``value``: stable within one store, unlinkable across stores."""
    digest = hmac.new(salt, f"{kind}\0{value}".encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{kind}_{digest[:20]}"


def store_salt(directory: Path, create: bool = True) -> bytes:
    """The store's salt, generated once (32 random bytes) and kept in ``directory/.salt``."""
    path = Path(directory) / SALT
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    salt = secrets.token_bytes(32)
    if create:
        Path(directory).mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(salt.hex() + "\n")
        gitignore = Path(directory) / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("# consented data and its salt never go into git\n*\n", encoding="utf-8")
    return salt


def read_meta(directory: Path) -> dict[str, Any]:
    """``store.json`` of a store, or the manifest of an empty store at version 0."""
    path = Path(directory) / MANIFEST
    if not path.exists():
        return {"format": FORMAT, "format_version": FORMAT_VERSION, "version": 0, "created": _now(),
                "n_records": 0, "consent_ids": {use: [] for use in USES}, "withdrawn": [], "history": []}
    meta = json.loads(path.read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT:
        raise ValueError(f"{path} is not a consented-data store manifest")
    if int(meta.get("format_version", 0)) > FORMAT_VERSION:
        raise ValueError(f"{path} was written by a newer sxdetect (format {meta['format_version']})")
    return meta


def read_rows(directory: Path) -> list[dict[str, Any]]:
    """All rows of ``records.parquet`` as dicts (empty when the store has none yet)."""
    path = Path(directory) / RECORDS
    if not path.exists():
        return []
    return pq.read_table(path, schema=SCHEMA).to_pylist()


@contextmanager
def locked(directory: Path) -> Iterator[None]:
    """Hold the store's lock file so two ingests or withdrawals never interleave."""
    Path(directory).mkdir(parents=True, exist_ok=True)
    path = Path(directory) / LOCK
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise RuntimeError(f"{directory} is locked by another ingest or withdrawal; if none is running, "
                           f"remove {path}") from exc
    os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def commit(directory: Path, rows: list[dict[str, Any]], meta: dict[str, Any], event: dict[str, Any]) -> int:
    """Write ``rows`` as the store's records and record ``event`` as a new version; return it."""
    directory = Path(directory)
    version = int(meta.get("version", 0)) + 1
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), sink)
    _write_atomic(directory / RECORDS, sink.getvalue().to_pybytes())
    by_use = {use: sorted({r["consent_id"] for r in rows if r["use"] == use}) for use in USES}
    meta.update(version=version, updated=_now(), n_records=len(rows), consent_ids=by_use)
    meta.setdefault("history", []).append({
        "version": version, "at": meta["updated"], **event, "n_records": len(rows),
        "consent_ids": sorted({r["consent_id"] for r in rows}),
    })
    _write_atomic(directory / MANIFEST, (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return version


def consent_ids_at(meta: dict[str, Any], version: int) -> set[str]:
    """Consent ids whose records were in the store at ``version``."""
    for event in meta.get("history", []):
        if int(event.get("version", -1)) == int(version):
            return set(event.get("consent_ids", []))
    return set()


def row_to_record(row: dict[str, Any], store: Path, version: int) -> dict[str, Any]:
    """A stored row as a taxonomy record, with its provenance under ``consented``."""
    messages = []
    for msg in row["messages"]:
        out = {"sender": msg["sender"], "text": msg["text"]}
        out.update({k: msg[k] for k in ("ts", "has_image", "signals") if msg.get(k) is not None})
        messages.append(out)
    return {
        "id": row["id"], "lang": row["lang"], "label": row["label"], "meta": json.loads(row["meta"] or "{}"),
        "messages": messages,
        "consented": {"consent_id": row["consent_id"], "store": str(store), "store_version": version},
    }


def load_records(directory: Path, uses: Iterable[str], today: date | None = None) -> tuple[list[dict], dict]:
    """Records of the given uses whose consent is still valid today, and what was left out."""
    directory = Path(directory).resolve()
    meta = read_meta(directory)
    if not (directory / RECORDS).exists():
        raise FileNotFoundError(f"{directory} holds no consented records (run `sxdetect data ingest` first)")
    today = today or date.today()
    wanted, withdrawn = set(uses), set(meta.get("withdrawn", []))
    records, expired = [], 0
    for row in read_rows(directory):
        if row["use"] not in wanted or row["consent_id"] in withdrawn:
            continue
        if row["consent_expires"] and date.fromisoformat(row["consent_expires"]) <= today:
            expired += 1
            continue
        records.append(row_to_record(row, directory, int(meta["version"])))
    return records, {"store": str(directory), "store_version": int(meta["version"]), "expired_since_ingest": expired}


def mix_consented(section: dict[str, Any], splits: dict[str, list[dict[str, Any]]], seed: int = 0) -> dict[str, Any]:
    """Mix a store into pipeline splits, following a ``[consented]`` config section.

    ``section``: ``store`` (directory), ``weight`` (default 1.0) and ``use`` (``"training"``,
    ``"evaluation"`` or both, the default). Training-use records join ``splits["train"]``,
    each counted ``weight`` times: the baseline takes no sample weights, so the weight is
    applied by deterministic resampling: every record repeated ``floor(weight)`` times, plus
    one more copy of ``round(frac(weight) * n)`` records drawn with ``seed`` (0.5 keeps half,
    2 doubles). Copies keep their id. Evaluation-use records go to ``splits["consented_test"]``
    and never into training or validation.
    """
    weight = float(section.get("weight", 1.0))
    if weight < 0:
        raise ValueError("[consented] weight must be >= 0")
    uses = section.get("use", list(USES))
    uses = [uses] if isinstance(uses, str) else list(uses)
    unknown = set(uses) - set(USES)
    if unknown or "store" not in section:
        raise ValueError(f"[consented] needs store = DIR and use within {USES}")
    info: dict[str, Any] = {"weight": weight}
    if "training" in uses:
        train, info["training"] = load_records(Path(section["store"]), ["training"])
        whole, frac = int(weight), weight - int(weight)
        rng = random.Random(seed)
        extra = set(rng.sample(range(len(train)), round(frac * len(train)))) if train else set()
        mixed = [rec for i, rec in enumerate(train) for _ in range(whole + (i in extra))]
        splits["train"] = list(splits["train"]) + mixed
        info["n_train_conversations"], info["n_train_rows"] = len(train), len(mixed)
    if "evaluation" in uses:
        splits["consented_test"], info["evaluation"] = load_records(Path(section["store"]), ["evaluation"])
    return info


def consented_provenance(cfg: dict[str, Any], splits: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """``{"consented": {...}}`` for a manifest's training section, or ``{}`` without consented data.

    Lists the consent ids trained on and evaluated on, and the store and its version, so that a
    withdrawal can find the model.
    """
    train = [r["consented"] for r in splits.get("train", []) if isinstance(r.get("consented"), dict)]
    test = [r["consented"] for r in splits.get("consented_test", []) if isinstance(r.get("consented"), dict)]
    if not train and not test:
        return {}
    first = (train or test)[0]
    return {"consented": {
        "store": first["store"], "store_version": first["store_version"],
        "weight": float(cfg.get("consented", {}).get("weight", 1.0)),
        "consent_ids": sorted({p["consent_id"] for p in train}),
        "eval_consent_ids": sorted({p["consent_id"] for p in test}),
        "n_train_rows": len(train), "n_eval_conversations": len(test),
    }}
