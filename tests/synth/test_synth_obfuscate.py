"""Obfuscation methods always change the text, deterministically by the rng."""

from __future__ import annotations

import random

import pytest

from training.synth.obfuscate import METHODS, apply_method, obfuscate

TEXTS = ["send $200 on cashapp now", "add me on snapchat", "ok", "??", "ich schicke es deiner mutter"]


@pytest.mark.parametrize("method", METHODS)
def test_each_method_changes_wordy_text(method):
    rng = random.Random(1)
    assert apply_method("please send the paysafecard code", method, rng) != "please send the paysafecard code"


@pytest.mark.parametrize("text", TEXTS)
def test_obfuscate_always_changes(text):
    for seed in range(30):
        new, method = obfuscate(text, random.Random(seed))
        assert new != text and method in METHODS


def test_obfuscate_deterministic():
    assert obfuscate(TEXTS[0], random.Random(9)) == obfuscate(TEXTS[0], random.Random(9))


def test_homoglyphs_are_cyrillic():
    new = apply_method("open your account", "homoglyph", random.Random(2))
    assert any("\u0400" <= ch <= "\u04ff" for ch in new)
