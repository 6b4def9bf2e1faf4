"""The engine: determinism, record format, taxonomy validity, label invariants, content."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pytest

from sxdetect.records import parse_record
from sxdetect.taxonomy import LABELS, SIGNALS
from training.synth.generate import generate, run_synth
from training.synth.lexicon import complete_langs, parse_template_id
from synth_content import EXPLICIT_RE
from training.synth.scripts import FAMILIES

LANGS = complete_langs()


@pytest.fixture(scope="module")
def records():
    return list(generate(1500, seed=11, langs=LANGS, obfuscation_rate=0.1))


def test_deterministic_by_seed():
    a = list(generate(60, seed=5, langs=LANGS))
    b = list(generate(60, seed=5, langs=LANGS))
    c = list(generate(60, seed=6, langs=LANGS))
    assert a == b
    assert a != c


def test_record_format(records):
    keys = {"id", "lang", "label", "family", "template_ids", "messages"}
    assert len({r["id"] for r in records}) == len(records)
    for rec in records:
        assert keys <= set(rec) <= keys | {"meta", "form"}
        assert rec["lang"] in LANGS and rec["label"] in LABELS and rec["family"] in FAMILIES
        assert FAMILIES[rec["family"]].label == rec["label"]
        if "meta" in rec:
            assert set(rec["meta"]) <= {"first_contact", "sender_account_age_days"}
            assert isinstance(rec["meta"].get("first_contact", True), bool)
            assert isinstance(rec["meta"].get("sender_account_age_days", 0), int)
        assert rec["template_ids"]
        if rec.get("form") == "monologue":  # one message holding every phrasing of one speaker
            assert len(rec["messages"]) == 1
        else:
            assert rec.get("form") is None and len(rec["template_ids"]) <= len(rec["messages"])
        for tid in rec["template_ids"]:
            assert parse_template_id(tid)[0] == rec["lang"]
        last = None
        for m in rec["messages"]:
            assert set(m) <= {"sender", "text", "ts", "has_image", "signals", "obfuscation"}
            assert isinstance(m["text"], str) and m["text"].strip()
            assert isinstance(m["has_image"], bool)
            assert m["ts"].endswith("Z")
            ts = datetime.fromisoformat(m["ts"].replace("Z", "+00:00"))
            assert last is None or ts >= last
            last = ts
            assert set(m["signals"]) <= set(SIGNALS) and len(set(m["signals"])) == len(m["signals"])
        parse_record(json.loads(json.dumps(rec)))  # the project's own parser accepts it


def _fired(rec):
    return {s for m in rec["messages"] for s in m["signals"]}


def test_label_invariants(records):
    for rec in records:
        fired = _fired(rec)
        if rec["label"] == "sextortion":
            assert {"threat_to_expose", "payment_demand"} <= fired, rec["family"]
        elif rec["label"] == "grooming":
            assert "new_contact" in fired, rec["family"]
            assert fired & {"trust_building", "platform_move", "image_exchange"}
            assert not fired & {"threat_to_expose", "payment_demand"}
        else:  # a coerced payment appears only in non-sexual scams, never beside a threat to expose
            assert not {"threat_to_expose", "payment_demand"} <= fired, rec["family"]
            assert "payment_demand" not in fired or rec["family"] == "bn_scam_other", rec["family"]
            if rec["family"] == "bn_helpline":
                assert "new_contact" not in fired


def test_benign_hard_negatives_share_signals(records):
    fired = {}
    for rec in records:
        fired.setdefault(rec["family"], set()).update(_fired(rec))
    assert "image_exchange" in fired["bn_partners"]
    assert "threat_to_expose" in fired["bn_sibling"]
    assert "deadline" in fired["bn_friend_repay"]
    assert "victim_distress" in fired["bn_victim_friend"] and "victim_distress" in fired["bn_helpline"]
    assert "new_contact" in fired["bn_marketplace"] and "image_exchange" not in fired["bn_marketplace"]
    assert "platform_move" in fired["bn_classmates"]
    assert {"new_contact", "deadline", "payment_demand"} <= fired["bn_scam_other"]
    assert "threat_to_expose" not in fired["bn_scam_other"] and "image_exchange" not in fired["bn_scam_other"]


def test_every_family_and_language_appears(records):
    assert {r["family"] for r in records} == set(FAMILIES)
    assert {r["lang"] for r in records} == set(LANGS)


def test_obfuscation_rate_and_stream():
    plain = list(generate(300, seed=3, langs=LANGS, obfuscation_rate=0.0))
    obf = list(generate(300, seed=3, langs=LANGS, obfuscation_rate=0.3))
    total = changed = 0
    for a, b in zip(plain, obf):
        assert len(a["messages"]) == len(b["messages"])
        for ma, mb in zip(a["messages"], b["messages"]):
            total += 1
            if "obfuscation" in mb:
                changed += 1
                assert mb["text"] != ma["text"]
            else:
                assert mb["text"] == ma["text"]
    assert 0.25 < changed / total < 0.35
    assert not any("obfuscation" in m for r in plain for m in r["messages"])


def test_template_filter_and_mix():
    only = list(generate(100, seed=1, langs=["en"], label_mix={"sextortion": 1},
                         template_filter=lambda tid: not tid.endswith(":0")))
    assert {r["label"] for r in only} == {"sextortion"}
    assert not any(t.endswith(":0") for r in only for t in r["template_ids"])
    fams = list(generate(50, seed=1, langs=["en"], family_weights={"sx_webcam_scam": 1},
                         families=["sx_webcam_scam", "bn_sibling"]))
    assert {r["family"] for r in fams} <= {"sx_webcam_scam", "bn_sibling"}


def test_no_explicit_words_generated(records):
    hits = [m["text"] for r in records for m in r["messages"] if EXPLICIT_RE.search(m["text"])]
    assert not hits, hits[:5]


def test_run_synth_writes_jsonl_and_card(tmp_path):
    out, card, err = tmp_path / "s.jsonl", tmp_path / "card.md", io.StringIO()
    summary = run_synth(40, seed=2, out=str(out), langs="en", label_mix="benign=1,sextortion=1",
                        card=str(card), stderr=err)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 40 and summary["records"] == 40
    assert {json.loads(x)["label"] for x in lines} <= {"benign", "sextortion"}
    text = card.read_text(encoding="utf-8")
    assert "labels:" in err.getvalue() and "## Composition" in text and "40 conversations" in text
    stdout = io.StringIO()
    run_synth(5, seed=2, out="-", langs=["en"], split="test", stdout=stdout, stderr=io.StringIO())
    assert len(stdout.getvalue().splitlines()) == 5
