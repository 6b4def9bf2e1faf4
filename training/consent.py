"""Consented conversations: consent records, validation, ingest into a store, and withdrawal.

A consented record is a taxonomy record (``shared/spec/taxonomy.md``) with a ``consent`` object
(documented in ``data_cards/consented_template.md``)::

    {"id": "...", "lang": "en", "label": "sextortion", "messages": [...],
     "consent": {"consent_id": "org-2026-0001", "scope": ["training", "evaluation"],
                 "given": "2026-03-02", "expires": "2028-03-02", "withdrawn": null,
                 "given_by": "data_subject", "source_org": "Example Helpline"}}

:func:`ingest` checks consent before it reads any content, rejects each bad record with one
reason from :data:`REASONS` (reports carry file, line, reason and a detail that never quotes
text), masks personal data (:mod:`training.pii`), replaces user and conversation ids with salted
hashes, and commits the accepted records to a store (:mod:`training.store`). Unless asked to
keep them, the raw input files are deleted once the store is written (a file none of whose
records was accepted is kept). :func:`withdraw` removes a consent's records and lists the
models whose manifests say they were trained on them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sxdetect.records import RecordError, parse_record
from sxdetect.taxonomy import LABELS, SIGNAL_INDEX

from . import store
from .data import TRAIN_CAPS
from .pii import mask_pii

#: Who may give consent. Free text is refused so that no name lands in the store.
GIVEN_BY: tuple[str, ...] = ("data_subject", "parent_or_guardian", "legal_representative")
#: ``--use`` choices: a fixed use, or ``auto`` (by scope; consents covering both are split by consent id).
USE_CHOICES: tuple[str, ...] = ("auto", *store.USES)
#: Rejection reasons, in the order they are checked. Consent is checked before content is read.
REASONS: dict[str, str] = {
    "invalid_json": "the line is not a JSON object",
    "no_consent": "the record has no consent object",
    "invalid_consent": "the consent object is malformed",
    "consent_withdrawn": "consent was withdrawn (withdrawal date passed, or withdrawn from this store)",
    "consent_expired": "consent has expired",
    "consent_scope": "consent does not cover the requested use",
    "use_conflict": "this consent id is already in the store for the other use",
    "bad_label": "label missing or not a taxonomy label, or an unknown signal",
    "invalid_record": "the conversation does not parse",
    "duplicate": "the same conversation is already in the store or earlier in the input",
}
_CONSENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{2,63}$")
_LANG = re.compile(r"^[a-z]{2}$")


class Rejected(Exception):
    """A record refused at ingest; ``reason`` is a key of :data:`REASONS`, ``detail`` never quotes text."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class Consent:
    """One consent record, validated."""

    consent_id: str
    scope: tuple[str, ...]
    given: date
    expires: date | None
    given_by: str
    source_org: str


def _date(value: Any, what: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise Rejected("invalid_consent", f"{what} is not an ISO date")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise Rejected("invalid_consent", f"{what} is not an ISO date") from None


def parse_consent(raw: Any, today: date, withdrawn_ids: Iterable[str] = ()) -> Consent:
    """Validate a consent object as of ``today``; raise :class:`Rejected` when it is not usable."""
    if raw is None:
        raise Rejected("no_consent")
    if not isinstance(raw, Mapping):
        raise Rejected("invalid_consent", "consent is not an object")
    cid = raw.get("consent_id")
    if not isinstance(cid, str) or not _CONSENT_ID.match(cid):
        raise Rejected("invalid_consent", "consent_id must be 3-64 letters, digits or . _ : -")
    scope = raw.get("scope")
    scope = [scope] if isinstance(scope, str) else scope
    if not isinstance(scope, Sequence) or not scope or any(s not in store.USES for s in scope):
        raise Rejected("invalid_consent", f"scope must be a non-empty list within {list(store.USES)}")
    given = _date(raw.get("given"), "given")
    if given is None:
        raise Rejected("invalid_consent", "given (the date consent was given) is missing")
    if given > today:
        raise Rejected("invalid_consent", "given is in the future")
    expires, withdrawn = _date(raw.get("expires"), "expires"), _date(raw.get("withdrawn"), "withdrawn")
    if (expires and expires < given) or (withdrawn and withdrawn < given):
        raise Rejected("invalid_consent", "expires or withdrawn is before given")
    given_by = raw.get("given_by")
    if given_by not in GIVEN_BY:
        raise Rejected("invalid_consent", f"given_by must be one of {list(GIVEN_BY)}")
    org = raw.get("source_org")
    if not isinstance(org, str) or not org.strip() or len(org) > 200:
        raise Rejected("invalid_consent", "source_org must be the organisation's name (1-200 characters)")
    if mask_pii(org)[0] != " ".join(org.split()):
        raise Rejected("invalid_consent", "source_org looks like it holds personal data")
    if cid in set(withdrawn_ids) or (withdrawn is not None and withdrawn <= today):
        raise Rejected("consent_withdrawn", "consent was withdrawn")
    if expires is not None and expires <= today:
        raise Rejected("consent_expired", f"consent expired on {expires.isoformat()}")
    # A withdrawal announced for a later date acts as an expiry.
    end = min(d for d in (expires, withdrawn) if d) if (expires or withdrawn) else None
    return Consent(cid, tuple(dict.fromkeys(scope)), given, end, given_by, org.strip())


@dataclass
class _Context:
    today: date
    use: str
    test_fraction: float
    salt: bytes
    withdrawn: frozenset[str]
    use_of_consent: dict[str, str]
    seen: set[str]
    pii: Counter = field(default_factory=Counter)
    meta_dropped: int = 0


def _assign_use(consent: Consent, ctx: _Context) -> str:
    if ctx.use != "auto":
        if ctx.use not in consent.scope:
            raise Rejected("consent_scope", f"consent scope does not include {ctx.use}")
        use = ctx.use
    elif len(consent.scope) == 1:
        use = consent.scope[0]
    else:  # both uses: a donor's conversations all go to one side, chosen by the salted consent id
        bucket = int(store.pseudonym(ctx.salt, "split", consent.consent_id)[-8:], 16) / 0xFFFFFFFF
        use = "evaluation" if bucket < ctx.test_fraction else "training"
        use = ctx.use_of_consent.get(consent.consent_id, use)
    if ctx.use_of_consent.get(consent.consent_id, use) != use:
        raise Rejected("use_conflict", f"consent id already stored for {ctx.use_of_consent[consent.consent_id]}")
    return use


def _check_labels(obj: Mapping[str, Any]) -> str:
    label = obj.get("label")
    if label is None:
        raise Rejected("bad_label", "label is missing")
    if label not in LABELS:
        raise Rejected("bad_label", f"label is not one of {list(LABELS)}")
    messages = obj.get("messages")
    for i, msg in enumerate(messages if isinstance(messages, list) else []):
        signals = msg.get("signals") if isinstance(msg, Mapping) else None
        if signals is not None and (not isinstance(signals, list) or any(s not in SIGNAL_INDEX for s in signals)):
            raise Rejected("bad_label", f"message {i} has an unknown signal or signals is not a list")
    return str(label)


def prepare(obj: Any, ctx: _Context) -> dict[str, Any]:
    """Validate one input object and return its masked, pseudonymised store row."""
    if not isinstance(obj, Mapping):
        raise Rejected("invalid_json", "the line is not a JSON object")
    consent = parse_consent(obj.get("consent"), ctx.today, ctx.withdrawn)
    use = _assign_use(consent, ctx)
    label = _check_labels(obj)
    lang = obj.get("lang")
    if lang is not None and (not isinstance(lang, str) or not _LANG.match(lang)):
        raise Rejected("invalid_record", "lang is not a lower-case ISO 639-1 code")
    if "messages" not in obj:
        raise Rejected("invalid_record", "a consented record needs messages")
    try:
        conv = parse_record({k: v for k, v in obj.items() if k != "consent"}, TRAIN_CAPS)
    except RecordError as exc:
        raise Rejected("invalid_record", str(exc)) from None
    rid = store.pseudonym(ctx.salt, "c", f"{consent.source_org}\0{conv.id}")
    if rid in ctx.seen:
        raise Rejected("duplicate", "conversation already ingested")
    senders = [m.sender for m in conv.messages if m.sender != "?"]
    messages = []
    for msg in conv.messages:
        text, counts = mask_pii(msg.text, senders)
        ctx.pii.update(counts)
        messages.append({
            "sender": "?" if msg.sender == "?" else store.pseudonym(ctx.salt, "u", msg.sender), "text": text,
            "ts": msg.ts.isoformat() if msg.ts else None, "has_image": msg.has_image,
            "signals": list(msg.signals) if msg.signals is not None else None,
        })
    # Metadata strings may hold names or ids: only numbers and booleans are kept.
    meta = {k: v for k, v in conv.meta.items() if isinstance(v, (bool, int, float))}
    ctx.meta_dropped += len(conv.meta) - len(meta)
    ctx.seen.add(rid)
    return {
        "id": rid, "consent_id": consent.consent_id, "use": use, "lang": lang or "und", "label": label,
        "messages": messages, "meta": json.dumps(meta, sort_keys=True), "consent_scope": list(consent.scope),
        "consent_given": consent.given.isoformat(),
        "consent_expires": consent.expires.isoformat() if consent.expires else None,
        "given_by": consent.given_by, "source_org": consent.source_org,
    }


def _read(path: Path) -> Iterable[tuple[int, Any]]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield lineno, Rejected("invalid_json", "the line is not UTF-8")
                continue
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError:
                yield lineno, Rejected("invalid_json", "the line is not valid JSON")


def ingest(files: Sequence[Path], out: Path, use: str = "auto", keep_raw: bool = False, dry_run: bool = False,
           today: date | None = None, test_fraction: float = 0.2) -> dict[str, Any]:
    """Validate, mask and store consented records from JSONL ``files`` into the store ``out``.

    Returns the ingest report (also written to ``out/ingest_report.json``). ``dry_run`` checks
    and reports without writing or deleting anything. Unless ``keep_raw``, input files with at
    least one accepted record are deleted after the store is written.
    """
    if use not in USE_CHOICES:
        raise ValueError(f"use must be one of {USE_CHOICES}")
    if not 0.0 <= test_fraction <= 1.0:
        raise ValueError("test_fraction must be between 0 and 1")
    files, out = [Path(f) for f in files], Path(out)
    for path in files:
        if not path.is_file():
            raise FileNotFoundError(f"no such input file: {path}")
    today = today or date.today()
    if dry_run:
        return _ingest(files, out, use, today, test_fraction, dry_run=True, keep_raw=True)
    with store.locked(out):
        return _ingest(files, out, use, today, test_fraction, dry_run=False, keep_raw=keep_raw)


def _ingest(files: list[Path], out: Path, use: str, today: date, test_fraction: float, dry_run: bool,
            keep_raw: bool) -> dict[str, Any]:
    meta, rows = store.read_meta(out), store.read_rows(out)
    ctx = _Context(today=today, use=use, test_fraction=test_fraction,
                   salt=store.store_salt(out, create=not dry_run), withdrawn=frozenset(meta.get("withdrawn", [])),
                   use_of_consent={r["consent_id"]: r["use"] for r in rows}, seen={r["id"] for r in rows})
    accepted: list[dict[str, Any]] = []
    rejections: list[dict[str, Any]] = []
    per_file = []
    for path in files:
        n_read = n_ok = 0
        for lineno, obj in _read(path):
            n_read += 1
            try:
                if isinstance(obj, Rejected):
                    raise obj
                row = prepare(obj, ctx)
            except Rejected as rej:
                rejections.append({"file": path.name, "line": lineno, "reason": rej.reason, "detail": rej.detail})
                continue
            ctx.use_of_consent.setdefault(row["consent_id"], row["use"])
            accepted.append(row)
            n_ok += 1
        per_file.append({"name": path.name, "records": n_read, "accepted": n_ok, "rejected": n_read - n_ok})
    version = int(meta.get("version", 0))
    if accepted and not dry_run:
        stamp = store._now()
        for row in accepted:
            row.update(store_version=version + 1, ingested_at=stamp)
        version = store.commit(out, rows + accepted, meta, {
            "action": "ingest", "use": use, "files": [f["name"] for f in per_file], "accepted": len(accepted),
            "rejected": len(rejections), "consent_ids_added": sorted({r["consent_id"] for r in accepted}),
        })
    report = {
        "store": str(out.resolve()), "store_version": version, "dry_run": dry_run, "use": use,
        "today": today.isoformat(), "files": per_file,
        "counts": {"read": len(accepted) + len(rejections), "accepted": len(accepted), "rejected": len(rejections)},
        "rejections_by_reason": dict(Counter(r["reason"] for r in rejections).most_common()),
        "rejections": rejections,
        "accepted_by_use": dict(Counter(r["use"] for r in accepted)),
        "languages": dict(Counter(r["lang"] for r in accepted).most_common()),
        "labels": dict(Counter(r["label"] for r in accepted).most_common()),
        "pii_masked": dict(sorted(ctx.pii.items())),
        "meta_values_dropped": ctx.meta_dropped,
        "consent_ids_added": sorted({r["consent_id"] for r in accepted}),
        "raw_inputs_removed": [],
    }
    if not dry_run:
        # A file none of whose records was accepted is kept: nothing of it entered the store
        # (a wrong --use must not destroy the organisation's delivery).
        for path, info in zip(files, per_file):
            if not keep_raw and info["accepted"]:
                path.unlink()
                report["raw_inputs_removed"].append(path.name)
        (out / store.REPORT).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return report


def find_models(consent_ids: Iterable[str], dirs: Iterable[Path], meta: dict[str, Any] | None = None,
                store_dir: Path | None = None) -> list[dict[str, Any]]:
    """Models whose manifest records training (or evaluation) on any of ``consent_ids``.

    Scans ``manifest.json`` files up to three levels under each directory (a ``models/``
    folder, a run directory). Manifests that record only a store version of ``store_dir``
    are resolved through the store's history.
    """
    ids, found, seen = set(consent_ids), [], set()
    for base in dirs:
        base = Path(base)
        for path in [base / "manifest.json", *base.glob("*/manifest.json"), *base.glob("*/*/manifest.json"),
                     *base.glob("*/*/*/manifest.json")]:
            if not path.is_file() or path.resolve() in seen:
                continue
            seen.add(path.resolve())
            try:
                models = json.loads(path.read_text(encoding="utf-8")).get("models", {})
            except (OSError, ValueError, AttributeError):
                continue
            for name, entry in models.items() if isinstance(models, dict) else ():
                cons = (entry.get("training") or {}).get("consented") if isinstance(entry, dict) else None
                if not isinstance(cons, dict):
                    continue
                trained = set(cons.get("consent_ids") or ())
                same_store = store_dir is not None and cons.get("store") and \
                    Path(cons["store"]).resolve() == Path(store_dir).resolve()
                if not trained and same_store and meta is not None and cons.get("store_version") is not None:
                    trained = store.consent_ids_at(meta, int(cons["store_version"]))
                hit, evaluated = trained & ids, set(cons.get("eval_consent_ids") or ()) & ids
                if hit or evaluated:
                    found.append({"manifest": str(path), "model": name, "version": entry.get("version"),
                                  "store": cons.get("store"), "store_version": cons.get("store_version"),
                                  "trained_on": sorted(hit), "evaluated_on": sorted(evaluated)})
    return found


def withdraw(store_dir: Path, consent_ids: Sequence[str], models_dirs: Iterable[Path] = ()) -> dict[str, Any]:
    """Remove every record of ``consent_ids`` from the store, refuse them in later ingests, list models."""
    store_dir = Path(store_dir)
    if not (store_dir / store.MANIFEST).exists():
        raise FileNotFoundError(f"{store_dir} is not a consented-data store (no {store.MANIFEST})")
    ids = set(consent_ids)
    with store.locked(store_dir):
        meta, rows = store.read_meta(store_dir), store.read_rows(store_dir)
        keep = [r for r in rows if r["consent_id"] not in ids]
        removed = Counter(r["consent_id"] for r in rows if r["consent_id"] in ids)
        meta["withdrawn"] = sorted(set(meta.get("withdrawn", [])) | ids)
        version = store.commit(store_dir, keep, meta, {
            "action": "withdraw", "withdrawn": sorted(ids), "removed": sum(removed.values())})
    dirs = list(dict.fromkeys(Path(d) for d in models_dirs))
    return {
        "store": str(store_dir.resolve()), "store_version": version, "removed": sum(removed.values()),
        "removed_by_consent": dict(sorted(removed.items())), "not_in_store": sorted(ids - set(removed)),
        "models": find_models(ids, dirs, meta, store_dir), "scanned": [str(d) for d in dirs],
    }


def format_report(report: dict[str, Any]) -> str:
    """A short human-readable summary of an ingest report (counts and reasons, never text)."""
    c = report["counts"]
    lines = [f"{'checked (dry run)' if report['dry_run'] else 'ingested into'} {report['store']} "
             f"(store version {report['store_version']}): {c['accepted']} accepted, {c['rejected']} rejected "
             f"of {c['read']}"]
    for reason, n in report["rejections_by_reason"].items():
        lines.append(f"  rejected {n:>5}  {reason}: {REASONS[reason]}")
    for rej in report["rejections"][:50]:
        lines.append(f"    {rej['file']}:{rej['line']}  {rej['reason']}  {rej['detail']}")
    if len(report["rejections"]) > 50:
        lines.append(f"    ... {len(report['rejections']) - 50} more in ingest_report.json")
    lines.append(f"  by use: {report['accepted_by_use']}  languages: {report['languages']}  labels: {report['labels']}")
    lines.append(f"  personal data masked: {report['pii_masked'] or 'none found'}")
    if report["raw_inputs_removed"]:
        lines.append(f"  raw input deleted: {', '.join(report['raw_inputs_removed'])} (use --keep-raw to keep it)")
    kept = [f["name"] for f in report["files"] if f["name"] not in report["raw_inputs_removed"]]
    if kept and not report["dry_run"]:
        lines.append(f"  raw input kept: {', '.join(kept)}")
    return "\n".join(lines)
