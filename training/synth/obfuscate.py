"""Filter-dodging obfuscation of chat text, applied at a configurable rate by the engine.

Methods seen in real evasion: l33t digits (``c4sh4pp``), s p a c e d letters, homoglyphs
(Cyrillic ``а е о с р х у і ѕ`` for Latin), zero-width characters inside words, and d.o.t.t.e.d
or d-a-s-h-e-d words. Each method prefers long words (the payment rails, apps and nouns a
keyword filter looks for). :func:`obfuscate` always returns a changed text. Randomness comes only
from the ``random.Random`` passed in.
"""

from __future__ import annotations

import random
import re

METHODS: tuple[str, ...] = ("leet", "spacing", "homoglyph", "zero_width", "dotted")

_LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1", "g": "9", "b": "8"}
_HOMO = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ",
         "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "T": "Т", "H": "Н", "K": "К", "M": "М"}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
_SEPS = (".", ".", "-", "_", "*", " . ")
_WORD = re.compile(r"[^\W\d_]{3,}")


def _pick_words(text: str, rng: random.Random, k: int) -> list[re.Match[str]]:
    """Up to ``k`` distinct word matches, longer words more likely."""
    words = list(_WORD.finditer(text))
    chosen: list[re.Match[str]] = []
    while words and len(chosen) < k:
        weights = [len(m.group()) ** 2 for m in words]
        m = rng.choices(words, weights=weights)[0]
        words.remove(m)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start())


def _rewrite(text: str, matches: list[re.Match[str]], fn) -> str:
    out, last = [], 0
    for m in matches:
        out += [text[last:m.start()], fn(m.group())]
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _leet_word(word: str, rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(word) if ch.lower() in _LEET]
    if not spots:
        return word
    keep = set(rng.sample(spots, k=max(1, int(len(spots) * rng.uniform(0.4, 1.0)))))
    return "".join(rng.choice(_LEET[ch.lower()]) if i in keep else ch for i, ch in enumerate(word))


def _homo_word(word: str, rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(word) if ch in _HOMO]
    if not spots:
        return word
    keep = set(rng.sample(spots, k=max(1, int(len(spots) * rng.uniform(0.3, 1.0)))))
    return "".join(_HOMO[ch] if i in keep else ch for i, ch in enumerate(word))


def _zw_word(word: str, rng: random.Random) -> str:
    cuts = sorted(rng.sample(range(1, len(word)), k=min(len(word) - 1, rng.randint(1, 2))))
    out, last = [], 0
    for c in cuts:
        out += [word[last:c], rng.choice(_ZW)]
        last = c
    return "".join(out) + word[last:]


def apply_method(text: str, method: str, rng: random.Random) -> str:
    """Apply one obfuscation method (may return the text unchanged when nothing fits)."""
    if method == "leet":
        return _rewrite(text, _pick_words(text, rng, rng.randint(1, 3)), lambda w: _leet_word(w, rng))
    if method == "spacing":
        return _rewrite(text, _pick_words(text, rng, rng.randint(1, 2)), lambda w: " ".join(w))
    if method == "dotted":
        sep = rng.choice(_SEPS)
        return _rewrite(text, _pick_words(text, rng, rng.randint(1, 2)), lambda w: sep.join(w))
    if method == "homoglyph":
        if rng.random() < 0.4:  # whole message
            return "".join(_HOMO[ch] if ch in _HOMO and rng.random() < 0.5 else ch for ch in text)
        return _rewrite(text, _pick_words(text, rng, rng.randint(1, 3)), lambda w: _homo_word(w, rng))
    if method == "zero_width":
        return _rewrite(text, _pick_words(text, rng, rng.randint(1, 3)), lambda w: _zw_word(w, rng))
    raise ValueError(f"unknown obfuscation method {method!r}; expected one of {METHODS}")


def obfuscate(text: str, rng: random.Random, method: str | None = None) -> tuple[str, str]:
    """Return ``(new_text, method)``; the text always changes (zero-width fallback)."""
    method = method or rng.choice(METHODS)
    new = apply_method(text, method, rng)
    if rng.random() < 0.15 and method != "spacing":  # a second trick now and then
        new = apply_method(new, rng.choice([m for m in METHODS if m not in (method, "spacing")]), rng)
    if new == text:
        pos = rng.randint(1, len(text) - 1) if len(text) > 1 else len(text)
        new = text[:pos] + rng.choice(_ZW) + text[pos:]
        method = "zero_width"
    return new, method
