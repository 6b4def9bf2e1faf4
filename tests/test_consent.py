"""Consented-data intake: consent checks with reasons, PII masking in the store, withdrawal, retraining."""

from __future__ import annotations

import json
import shutil
import stat
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from training import consent, store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "consented_sample.jsonl"
TODAY = date(2026, 11, 24)
#: Raw values in the sample that must never reach a store.
SECRETS = [
    "lena.fake@example.com", "7700 900123", "+44", "GB82", "WEST 1234 5698", "4111 1111 1111 1111",
    "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "0x52908400098527886E0F7030069857D2E4169EE7", "0712 345 678",
    "jaycash99", "jay_x09", "jonas_fake_77", "Mia", "Lena", "Jonas", "mia-2010-fake", "acct-777-fake",
    "ex-001", "ex-002", "anna.example",
]


def _consent(cid: str, **kw) -> dict:
    base = {"consent_id": cid, "scope": ["training", "evaluation"], "given": "2026-03-02", "expires": None,
            "withdrawn": None, "given_by": "data_subject", "source_org": "Test Org"}
    return {**base, **kw}


def _record(rid: str, cid: str | None, label: str = "benign", text: str = "are we still on for lunch", **kw) -> dict:
    rec = {"id": rid, "lang": "en", "label": label, "messages": [{"sender": "s1", "text": text}, {"sender": "s2",
                                                                                                   "text": "yes at 1"}]}
    if cid:
        rec["consent"] = _consent(cid, **kw)
    return rec


def _write(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    return Path(shutil.copy(SAMPLE, tmp_path / "sample.jsonl"))


@pytest.fixture()
def ingested(tmp_path: Path, sample: Path) -> tuple[Path, dict]:
    out = tmp_path / "store"
    return out, consent.ingest([sample], out, today=TODAY)


def _store_text(out: Path) -> str:
    """Everything a store holds, as text: parquet rows plus every other file."""
    rows = json.dumps(pq.read_table(out / store.RECORDS).to_pylist(), ensure_ascii=False)
    others = [p.read_text(encoding="utf-8") for p in out.iterdir() if p.name not in (store.RECORDS, store.SALT)]
    return "\n".join([rows, *others])


def test_sample_rejections_each_have_their_reason(ingested: tuple[Path, dict]) -> None:
    _, report = ingested
    by_line = {r["line"]: r["reason"] for r in report["rejections"]}
    assert by_line == {5: "no_consent", 6: "consent_expired", 7: "consent_withdrawn", 8: "bad_label",
                       9: "bad_label", 10: "invalid_consent", 11: "duplicate", 12: "invalid_record",
                       13: "invalid_json"}
    assert report["counts"] == {"read": 13, "accepted": 4, "rejected": 9}
    assert report["languages"] == {"en": 3, "de": 1}
    assert report["accepted_by_use"] == {"training": 2, "evaluation": 2}
    assert sum(report["rejections_by_reason"].values()) == 9


def test_every_rejection_reason_is_reachable(tmp_path: Path, sample: Path) -> None:
    out = tmp_path / "store"
    seen = {r["reason"] for r in consent.ingest([sample], out, use="auto", today=TODAY)["rejections"]}
    # scope: an evaluation-only consent asked for training
    scoped = _write(tmp_path / "b.jsonl", [_record("r1", "c-eval-only", scope=["evaluation"]),
                                           _record("r2", "c-train", scope=["training"])])
    seen |= {r["reason"] for r in consent.ingest([scoped], out, use="training", today=TODAY)["rejections"]}
    # use conflict: a consent already stored for training, now offered for evaluation
    conflict = _write(tmp_path / "c.jsonl", [_record("r3", "c-train")])
    seen |= {r["reason"] for r in consent.ingest([conflict], out, use="evaluation", today=TODAY)["rejections"]}
    assert seen == set(consent.REASONS)


def test_no_pii_survives_in_the_store(ingested: tuple[Path, dict]) -> None:
    out, report = ingested
    text = _store_text(out)
    for secret in SECRETS:
        assert secret not in text, secret
    rows = pq.read_table(out / store.RECORDS).to_pylist()
    assert all(m["sender"].startswith("u_") for r in rows for m in r["messages"])
    assert all(r["id"].startswith("c_") for r in rows)
    assert json.loads(rows[0]["meta"]) == {"first_contact": True, "sender_account_age_days": 2}
    assert report["meta_values_dropped"] == 1
    assert {"email", "phone", "iban", "wallet", "card", "cashtag", "handle", "name", "payment"} <= set(
        report["pii_masked"])
    # amounts and the pattern stay: they are evidence, not personal data
    assert any("$300" in m["text"] for r in rows for m in r["messages"])


def test_user_ids_are_linkable_within_a_store_only(tmp_path: Path) -> None:
    recs = [_record("a", "c-1"), _record("b", "c-2")]
    outs = []
    for name in ("s1", "s2"):
        src = _write(tmp_path / f"{name}.jsonl", recs)
        consent.ingest([src], tmp_path / name, use="training", today=TODAY)
        outs.append(pq.read_table(tmp_path / name / store.RECORDS).to_pylist())
    first, second = outs
    assert first[0]["messages"][0]["sender"] == first[1]["messages"][0]["sender"]
    assert first[0]["messages"][0]["sender"] != second[0]["messages"][0]["sender"]
    salt = tmp_path / "s1" / store.SALT
    assert stat.S_IMODE(salt.stat().st_mode) == 0o600
    assert (tmp_path / "s1" / ".gitignore").read_text().strip().endswith("*")


def test_raw_input_removed_unless_kept_and_dry_run_writes_nothing(tmp_path: Path, sample: Path) -> None:
    kept = Path(shutil.copy(sample, tmp_path / "kept.jsonl"))
    report = consent.ingest([kept], tmp_path / "dry", dry_run=True, today=TODAY)
    assert report["counts"]["accepted"] == 4 and not (tmp_path / "dry").exists() and kept.exists()
    consent.ingest([kept], tmp_path / "keep", keep_raw=True, today=TODAY)
    assert kept.exists()
    report = consent.ingest([sample], tmp_path / "gone", today=TODAY)
    assert not sample.exists() and report["raw_inputs_removed"] == ["sample.jsonl"]
    # a file with nothing accepted (here: all out of scope) is not destroyed
    scoped = _write(tmp_path / "eval_only.jsonl", [_record("r1", "c-1", scope=["evaluation"])])
    report = consent.ingest([scoped], tmp_path / "gone", use="training", today=TODAY)
    assert scoped.exists() and report["raw_inputs_removed"] == []


def test_parquet_loads_with_datasets(ingested: tuple[Path, dict], tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    out, _ = ingested
    ds = datasets.Dataset.from_parquet(str(out / store.RECORDS), cache_dir=str(tmp_path / "hf"))
    assert ds.num_rows == 4
    assert set(ds.column_names) == set(store.SCHEMA.names)
    assert ds[0]["messages"][0]["text"].startswith("hey <name>")


def test_consent_validation_details() -> None:
    ok = consent.parse_consent(_consent("c-ok", expires="2027-01-01", withdrawn="2026-12-31"), TODAY)
    assert ok.expires == date(2026, 12, 31) and ok.scope == ("training", "evaluation")
    bad = [({"scope": ["marketing"]}, "invalid_consent"), ({"given": "2027-01-01"}, "invalid_consent"),
           ({"expires": "2026-01-01"}, "invalid_consent"), ({"given": "yesterday"}, "invalid_consent"),
           ({"source_org": "contact anna@example.com"}, "invalid_consent"), ({"consent_id": "a b"}, "invalid_consent"),
           ({"expires": "2026-11-24"}, "consent_expired"), ({"withdrawn": "2026-11-01"}, "consent_withdrawn")]
    for override, reason in bad:
        with pytest.raises(consent.Rejected) as exc:
            consent.parse_consent({**_consent("c-x"), **override}, TODAY)
        assert exc.value.reason == reason, override
    with pytest.raises(consent.Rejected, match="consent_withdrawn"):
        consent.parse_consent(_consent("c-gone"), TODAY, withdrawn_ids={"c-gone"})


def _fake_models(root: Path, store_dir: Path) -> Path:
    entry = lambda ids, ver=None: {"version": "1", "training": {"consented": {  # noqa: E731
        "store": str(store_dir.resolve()), "store_version": ver, "consent_ids": ids}}}
    (root / "run-a" / "model").mkdir(parents=True)
    manifest = {"models": {"m-trained": entry(["exh-2026-0001"]), "m-other": entry(["zzz-1"]),
                           "m-by-version": entry([], ver=1), "m-plain": {"version": "1", "training": {}}}}
    (root / "run-a" / "model" / "manifest.json").write_text(json.dumps(manifest))
    return root


def test_withdraw_removes_records_refuses_reingest_and_lists_models(tmp_path: Path, sample: Path) -> None:
    raw = sample.read_text(encoding="utf-8")
    out = tmp_path / "store"
    consent.ingest([sample], out, today=TODAY)
    models = _fake_models(tmp_path / "runs", out)
    result = consent.withdraw(out, ["exh-2026-0001", "never-seen"], [models])
    assert result["removed"] == 1 and result["store_version"] == 2 and result["not_in_store"] == ["never-seen"]
    assert {m["model"] for m in result["models"]} == {"m-trained", "m-by-version"}
    rows = pq.read_table(out / store.RECORDS).to_pylist()
    assert "exh-2026-0001" not in {r["consent_id"] for r in rows} and len(rows) == 3
    meta = store.read_meta(out)
    assert "exh-2026-0001" in meta["withdrawn"] and meta["history"][-1]["action"] == "withdraw"
    assert store.consent_ids_at(meta, 1) > store.consent_ids_at(meta, 2)
    again = _write(tmp_path / "again.jsonl", [raw.splitlines()[0]])
    report = consent.ingest([again], out, today=TODAY)
    assert [r["reason"] for r in report["rejections"]] == ["consent_withdrawn"]


def test_expired_since_ingest_is_left_out_of_training(tmp_path: Path) -> None:
    src = _write(tmp_path / "a.jsonl", [_record("a", "c-1", expires="2027-01-01"), _record("b", "c-2")])
    consent.ingest([src], tmp_path / "s", use="training", today=TODAY)
    now, _ = store.load_records(tmp_path / "s", ["training"], today=TODAY)
    later, info = store.load_records(tmp_path / "s", ["training"], today=date(2027, 6, 1))
    assert len(now) == 2 and len(later) == 1 and info["expired_since_ingest"] == 1


def test_mix_weights_by_deterministic_resampling(tmp_path: Path) -> None:
    src = _write(tmp_path / "a.jsonl", [_record(f"r{i}", f"c-{i}") for i in range(10)])
    consent.ingest([src], tmp_path / "s", use="training", today=TODAY)
    counts = {}
    for weight in (0.5, 1.0, 2.5):
        splits = {"train": [{"id": "syn"}]}
        info = store.mix_consented({"store": str(tmp_path / "s"), "weight": weight, "use": "training"}, splits, seed=1)
        counts[weight] = len(splits["train"]) - 1
        assert info["n_train_rows"] == counts[weight] and "consented_test" not in splits
    assert counts == {0.5: 5, 1.0: 10, 2.5: 25}
    again = {"train": []}
    store.mix_consented({"store": str(tmp_path / "s"), "weight": 0.5, "use": "training"}, again, seed=1)
    first = {"train": []}
    store.mix_consented({"store": str(tmp_path / "s"), "weight": 0.5, "use": "training"}, first, seed=1)
    assert [r["id"] for r in again["train"]] == [r["id"] for r in first["train"]]


def test_retrain_records_consent_ids_evaluates_apart_and_withdraw_finds_it(
    tmp_path: Path, sample: Path, tiny_splits: dict
) -> None:
    from training.pipeline import evaluate_run, train_baseline

    out = tmp_path / "store"
    consent.ingest([sample], out, today=TODAY)
    splits = dict(tiny_splits)
    cfg = {"model": {"n_features": 4096, "name": "tiny-consented"}, "consented": {"store": str(out), "weight": 1.0}}
    store.mix_consented(cfg["consented"], splits, seed=0)
    test_ids = {r["id"] for r in splits["consented_test"]}
    assert test_ids and not test_ids & {r["id"] for r in splits["train"]}
    assert not test_ids & {r["id"] for r in splits["validation"]}
    model_dir = train_baseline(cfg, splits, tmp_path / "run")
    entry = json.loads((model_dir / "manifest.json").read_text())["models"]["tiny-consented"]
    prov = entry["training"]["consented"]
    assert prov["consent_ids"] == ["exh-2026-0001", "exh-2026-0002"]
    assert prov["eval_consent_ids"] == ["exh-2026-0003", "exh-2026-0004"] and prov["store_version"] == 1
    report = evaluate_run(model_dir, splits, None, tmp_path / "eval", resamples=0)
    groups = report["models"][0]["groups"]
    assert groups["file:consented:test"]["conversation"]["n"] == 2
    assert "file:synthetic:test" in groups
    assert not any((tmp_path / "run").rglob("*.jsonl"))  # consented text is never copied into a run
    result = consent.withdraw(out, ["exh-2026-0002"], [tmp_path / "run"])
    assert [(m["model"], m["trained_on"]) for m in result["models"]] == [("tiny-consented", ["exh-2026-0002"])]


def test_cli_data_ingest_and_withdraw(tmp_path: Path, sample: Path) -> None:
    from cli import app

    runner = CliRunner()
    out = tmp_path / "store"
    res = runner.invoke(app, ["data", "ingest", str(sample), "--out", str(out), "--keep-raw"])
    assert res.exit_code == 1, res.output  # the sample has rejected records
    assert "no_consent" in res.output and "consent_expired" in res.output and "Lena" not in res.output
    assert (out / store.RECORDS).exists() and sample.exists()
    res = runner.invoke(app, ["data", "ingest", str(sample), "--out", str(out), "--use", "sideways"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["data", "withdraw", "exh-2026-0003", "--store", str(out),
                              "--models-dir", str(tmp_path / "none")])
    assert res.exit_code == 0, res.output
    assert "removed 1 record" in res.output
