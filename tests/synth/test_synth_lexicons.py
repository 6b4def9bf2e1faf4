"""Every language module fills every slot and filler, with valid placeholders and clean content."""

from __future__ import annotations

import pytest

from training.synth.lexicon import (PLACEHOLDERS, REQUIRED_FILLERS, _module_lexicon, available_langs,
                                    load_lexicon, placeholders_in, validate_lexicon)
from synth_content import EXPLICIT_RE
from training.synth.scripts import FAMILIES, SLOTS

LANGS = available_langs()


def test_at_least_en_and_de():
    assert {"en", "de"} <= set(LANGS)


@pytest.mark.parametrize("code", LANGS)
def test_language_is_complete(code):
    problems = validate_lexicon(_module_lexicon(code), code)
    assert not problems, f"lexicon {code} has {len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.parametrize("code", LANGS)
def test_every_phrasing_formats(code):
    lex = load_lexicon(code)
    values = {name: "X" for name in PLACEHOLDERS}
    for slot, phrasings in lex.slots.items():
        for i, text in enumerate(phrasings):
            assert text.format_map(values), f"{code}:{slot}:{i}"
            assert set(placeholders_in(text)) <= set(PLACEHOLDERS)


@pytest.mark.parametrize("code", LANGS)
def test_no_explicit_words_in_lexicon(code):
    lex = load_lexicon(code)
    texts = [t for v in lex.slots.values() for t in v] + [t for v in lex.fillers.values() for t in v]
    texts += [t for k, v in lex.slang.items() for t in [k, *v]]
    hits = [t for t in texts if EXPLICIT_RE.search(t)]
    assert not hits, hits[:5]


def test_required_fillers_cover_placeholders():
    assert {v for v in PLACEHOLDERS.values() if v} <= set(REQUIRED_FILLERS)


def test_every_slot_is_used_by_a_family():
    used = {s for fam in FAMILIES.values() for step in fam.steps for s in step.slots}
    assert set(SLOTS) == used


def test_missing_slot_fails_loudly():
    lex = load_lexicon("en")
    broken = type(lex)("en", {k: v for k, v in lex.slots.items() if k != "threat_followers"},
                       lex.fillers, lex.slang)
    assert any("missing slot threat_followers" in p for p in validate_lexicon(broken))
    bad = dict(lex.slots, flattery=["ur {nonsense}", "a", "b", "c"])
    problems = validate_lexicon(type(lex)("en", bad, lex.fillers, lex.slang))
    assert any("unknown placeholder" in p for p in problems)
