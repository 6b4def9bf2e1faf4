"""Realism noise: per-speaker writing styles, typos, slang swaps, letter stretching, emoji,
casing, and the rendering of attachment markers.

Each speaker of a conversation gets one :class:`Style` (casual teen, careless, tidy, formal), so
a conversation reads like two people rather than one template. Randomness comes only from the
``random.Random`` passed in.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_NEIGHBOURS = {
    "a": "qsz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu", "z": "x",
}
_MARKER = re.compile(r"\s*\[(photo|screenshot|video)\]\s*")
_MARKER_FORMS = {
    "photo": ["[photo]", "[image]", "📷", "<image>", "[pic]", "(photo)", ""],
    "screenshot": ["[screenshot]", "[image]", "📸", "<image>", "[screenshot attached]", ""],
    "video": ["[video]", "🎥", "<video>", ""],
}
_FALLBACK_MARKER = "📷"


@dataclass(frozen=True)
class Style:
    """How one speaker writes."""

    lower: float        # P(message written all lower case)
    caps_first: float   # P(first letter capitalised)
    typo: float         # P(typo per eligible word)
    slang: float        # P(swapping a SLANG entry that occurs)
    stretch: float      # P(stretching one word: "pleaseee")
    emoji: float        # P(appending an emoji)
    drop_punct: float   # P(dropping final punctuation)
    shout: float        # P(ALL CAPS for distress messages)


STYLES: dict[str, Style] = {
    "teen": Style(0.85, 0.1, 0.03, 0.5, 0.12, 0.2, 0.8, 0.12),
    "careless": Style(0.9, 0.05, 0.07, 0.6, 0.08, 0.12, 0.9, 0.2),
    "tidy": Style(0.3, 0.7, 0.015, 0.15, 0.03, 0.12, 0.3, 0.05),
    "formal": Style(0.0, 1.0, 0.004, 0.0, 0.0, 0.0, 0.0, 0.0),
}


def pick_style(rng: random.Random, formal: bool = False) -> Style:
    """Draw a speaker style; ``formal`` for counsellors and mass-mail scammers."""
    if formal:
        return STYLES["formal"] if rng.random() < 0.8 else STYLES["tidy"]
    return STYLES[rng.choices(("teen", "careless", "tidy"), weights=(5, 2, 3))[0]]


def render_markers(text: str, rng: random.Random) -> str:
    """Replace ``[photo]``/``[screenshot]``/``[video]`` with one of several renderings."""
    def sub(m: re.Match[str]) -> str:
        form = rng.choice(_MARKER_FORMS[m.group(1)])
        return f" {form} " if form else " "

    out = _MARKER.sub(sub, text).strip()
    out = re.sub(r"\s{2,}", " ", out)
    return out or _FALLBACK_MARKER


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word) - 1)
    kind = rng.random()
    if kind < 0.35:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.6:
        return word[:i] + word[i + 1:]
    if kind < 0.8:
        return word[:i] + word[i] + word[i:]
    near = _NEIGHBOURS.get(word[i].lower())
    return word[:i] + (rng.choice(near) if near else word[i]) + word[i + 1:]


def _swap_slang(text: str, slang: dict[str, list[str]], rate: float, rng: random.Random) -> str:
    for phrase, variants in slang.items():
        if rng.random() >= rate or phrase.lower() not in text.lower():
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
        text = pattern.sub(lambda m: rng.choice(variants), text, count=1)
    return text


def apply_style(text: str, style: Style, rng: random.Random, slang: dict[str, list[str]],
                emoji: list[str], distress: bool = False) -> str:
    """Make a filled phrasing read like this speaker typed it."""
    text = _swap_slang(text, slang, style.slang, rng)
    words = text.split(" ")
    for i, w in enumerate(words):
        if (len(w) >= 4 and w.isalpha() and rng.random() < style.typo):
            words[i] = _typo(w, rng)
    if rng.random() < style.stretch and len(words[-1]) >= 2 and words[-1][-1:].isalpha():
        words[-1] = words[-1] + words[-1][-1] * rng.randint(1, 4)  # "pleaseee", "nooo"
    text = " ".join(words)
    if rng.random() < style.lower:
        text = text.lower()
    elif rng.random() < style.caps_first and text[:1].isalpha():
        text = text[0].upper() + text[1:]
    if distress and rng.random() < style.shout:
        text = text.upper()
    if rng.random() < style.drop_punct and text[-1:] in ".!" and not text.endswith(".."):
        text = text[:-1]
    if emoji and rng.random() < style.emoji:
        text = text + rng.choice(("", " ")) + rng.choice(emoji) * rng.choice((1, 1, 1, 2, 3))
    return text
