"""Monologue form: one speaker's messages joined into one long message, signals kept."""

import random

import pytest

from sxdetect.taxonomy import SIGNALS
from training.synth.forms import monologue
from training.synth.generate import generate


def _msg(sender, text, ts, signals=(), image=False, obf=None):
    m = {"sender": sender, "text": text, "ts": ts, "has_image": image, "signals": list(signals)}
    if obf:
        m["obfuscation"] = obf
    return m


def test_joins_one_role_and_keeps_its_signals():
    msgs = [_msg("A", "hi there", "t1", ["new_contact"]),
            _msg("B", "who is this", "t2"),
            _msg("A", "i have your pics", "t3", ["threat_to_expose"], image=True, obf="leet"),
            _msg("B", "please no", "t4", ["victim_distress"]),
            _msg("A", "pay 200 by tonight", "t5", ["deadline", "payment_demand"])]
    [out] = monologue(msgs, ["P", "T", "P", "T", "P"], random.Random(0))
    assert out["sender"] == "A" and out["ts"] == "t1" and out["has_image"] is True
    assert out["signals"] == [s for s in SIGNALS if s in {"new_contact", "threat_to_expose", "deadline",
                                                          "payment_demand"}]
    assert out["obfuscation"] == "leet"
    for part in ("hi there", "i have your pics", "pay 200 by tonight"):
        assert part in out["text"]
    assert "please no" not in out["text"] and "who is this" not in out["text"]


def test_falls_back_to_the_other_role_and_checks_lengths():
    [out] = monologue([_msg("B", "see you at 5", "t1")], ["T"], random.Random(0))
    assert out["text"] == "see you at 5" and out["signals"] == []
    with pytest.raises(ValueError):
        monologue([_msg("B", "x", "t1")], ["T", "P"], random.Random(0))


def test_rate_and_determinism_and_labels_kept():
    recs = list(generate(600, seed=4, monologue_rate=0.3))
    mono = [r for r in recs if r.get("form") == "monologue"]
    assert 0.2 < len(mono) / len(recs) < 0.4
    assert recs == list(generate(600, seed=4, monologue_rate=0.3))
    for r in mono:
        assert len(r["messages"]) == 1
        signals = set(r["messages"][0]["signals"])
        if r["label"] == "sextortion":  # the extorter's own messages carry the threat and the demand
            assert "threat_to_expose" in signals
    # the chat records are the same text whatever the monologue rate (the form has its own stream)
    chat = {r["id"]: r for r in generate(600, seed=4, monologue_rate=0.0)}
    same = [r for r in recs if r.get("form") is None]
    assert same and all(chat[r["id"]] == r for r in same)
    assert not any(r.get("form") for r in chat.values())
