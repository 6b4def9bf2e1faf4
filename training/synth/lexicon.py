"""Loading and validating per-language lexicons (``training/synth/lang/<code>.py``).

A lexicon module exposes ``LANG`` (ISO 639-1 code), ``SLOTS`` (slot name -> phrasings),
``FILLERS`` (filler name -> values) and ``SLANG`` (word -> chat variants). ``validate_lexicon``
lists every problem: a missing or unknown slot, too few phrasings, an unknown placeholder, a
missing filler, a badly placed ``|`` burst marker. ``load_lexicon`` raises on any problem, so a
language missing a slot fails loudly.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .scripts import SLOTS as SCRIPT_SLOTS

#: Minimum phrasings per slot (each of train/validation/test needs at least one).
MIN_PHRASINGS = 4
#: Phrasings a rich lexicon aims for per slot.
TARGET_PHRASINGS = 8
#: Longest non-main part of a burst-split phrasing, in words (see ``lang/README.md``).
MAX_BURST_PREFIX_WORDS = 4

#: Placeholder -> filler list it is drawn from (None: made by the engine, language-independent).
PLACEHOLDERS: dict[str, str | None] = {
    "name": "first_names", "my_name": "first_names", "friend_name": "first_names",
    "relative": "relatives", "city": "cities", "school": "schools", "app": "apps",
    "handle": "handle_words", "phone": "phone_formats", "iban": "iban_formats",
    "amount": "amounts_big", "amount_more": "amounts_big", "amount_small": "amounts_small",
    "crypto_amount": "amounts_scam", "price": "prices", "debt": "debts",
    "giftcard": "giftcards", "payapp": "payapps", "crypto": "cryptos",
    "hours": "hours", "minutes": "minutes", "deadline": "deadlines", "day": "days", "time": "times",
    "item": "items", "game": "games", "game_item": "game_items", "subject": "subjects",
    "hobby": "hobbies", "emoji": "emoji", "emoji_sad": "emoji_sad", "emoji_flirt": "emoji_flirt",
    "wallet": None, "code": None, "age": None, "my_age": None, "age_next": None, "count": None,
    "followers": None, "link": None,
}

#: Every filler list a language must provide (``currency_formats`` formats amounts: ``{n}``).
REQUIRED_FILLERS: tuple[str, ...] = tuple(sorted(
    {v for v in PLACEHOLDERS.values() if v is not None} | {"currency_formats"}))

_LANG_DIR = Path(__file__).with_name("lang")
_CODE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    slots: dict[str, list[str]]
    fillers: dict[str, list[str]]
    slang: dict[str, list[str]]


def placeholders_in(text: str) -> list[str]:
    """Names of the ``{placeholders}`` in a phrasing (raises ``ValueError`` on bad braces)."""
    return [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]


def available_langs() -> list[str]:
    """Language codes with a module in ``lang/`` (two-letter module names)."""
    return sorted(m.name for m in pkgutil.iter_modules([str(_LANG_DIR)]) if _CODE.match(m.name))


def _module_lexicon(code: str) -> Lexicon:
    mod = importlib.import_module(f"{__package__}.lang.{code}")
    return Lexicon(getattr(mod, "LANG", None), getattr(mod, "SLOTS", None),
                   getattr(mod, "FILLERS", None), getattr(mod, "SLANG", {}))


def validate_lexicon(lex: Lexicon, code: str | None = None) -> list[str]:
    """Every problem in a lexicon, as readable lines (empty list when valid)."""
    problems: list[str] = []
    code = code or lex.lang
    if lex.lang != code:
        problems.append(f"{code}: LANG is {lex.lang!r}")
    if not isinstance(lex.slots, dict) or not isinstance(lex.fillers, dict):
        return problems + [f"{code}: SLOTS and FILLERS must be dicts"]
    for slot in SCRIPT_SLOTS:
        if slot not in lex.slots:
            problems.append(f"{code}: missing slot {slot}")
    for slot, phrasings in lex.slots.items():
        if slot not in SCRIPT_SLOTS:
            problems.append(f"{code}: unknown slot {slot}")
            continue
        if not isinstance(phrasings, list) or len(phrasings) < MIN_PHRASINGS:
            problems.append(f"{code}:{slot}: needs at least {MIN_PHRASINGS} phrasings")
            continue
        if len(set(phrasings)) != len(phrasings):
            problems.append(f"{code}:{slot}: duplicate phrasings")
        for i, text in enumerate(phrasings):
            problems += _check_phrasing(f"{code}:{slot}:{i}", text, lex.fillers)
    for name in REQUIRED_FILLERS:
        values = lex.fillers.get(name)
        if not values or not all(isinstance(v, str) and v for v in values):
            problems.append(f"{code}: filler {name} missing or empty")
    for fmt in lex.fillers.get("currency_formats", []):
        if placeholders_in(fmt) != ["n"]:
            problems.append(f"{code}: currency format {fmt!r} must contain exactly {{n}}")
    return problems


def _check_phrasing(tid: str, text: str, fillers: dict) -> list[str]:
    if not isinstance(text, str) or not text.strip():
        return [f"{tid}: empty phrasing"]
    try:
        names = placeholders_in(text)
    except ValueError as exc:
        return [f"{tid}: bad braces ({exc})"]
    out = [f"{tid}: unknown placeholder {{{n}}}" for n in names if n not in PLACEHOLDERS]
    parts = [p.strip() for p in text.split("|")]
    if len(parts) > 1:
        if any(not p for p in parts) or len(parts) > 3:
            out.append(f"{tid}: bad '|' burst marker")
        else:
            longest = max(range(len(parts)), key=lambda k: len(parts[k]))
            for k, part in enumerate(parts):
                if k != longest and len(part.split()) > MAX_BURST_PREFIX_WORDS:
                    out.append(f"{tid}: burst part {part!r} is too long to carry no signal")
    return out


@lru_cache(maxsize=None)
def load_lexicon(code: str) -> Lexicon:
    """Load and validate one language; raise ``ValueError`` listing every problem."""
    if not _CODE.match(code):
        raise ValueError(f"bad language code {code!r}")
    lex = _module_lexicon(code)
    problems = validate_lexicon(lex, code)
    if problems:
        shown = "\n  ".join(problems[:40])
        more = f"\n  ... and {len(problems) - 40} more" if len(problems) > 40 else ""
        raise ValueError(f"lexicon {code} is incomplete:\n  {shown}{more}")
    return lex


def complete_langs() -> list[str]:
    """Languages whose lexicon validates (work in progress modules are skipped)."""
    out = []
    for code in available_langs():
        try:
            load_lexicon(code)
        except Exception:  # noqa: BLE001 - an unfinished module must not break generation
            continue
        out.append(code)
    return out


def template_id(lang: str, slot: str, index: int) -> str:
    """The stable id of one phrasing: ``lang:slot:index``."""
    return f"{lang}:{slot}:{index}"


def parse_template_id(tid: str) -> tuple[str, str, int]:
    """Split ``lang:slot:index`` into its parts."""
    lang, slot, index = tid.split(":")
    return lang, slot, int(index)


def all_template_ids(langs: list[str] | None = None) -> list[str]:
    """Every template id of the given (default: complete) languages."""
    out = []
    for code in langs or complete_langs():
        lex = load_lexicon(code)
        for slot, phrasings in lex.slots.items():
            out += [template_id(code, slot, i) for i in range(len(phrasings))]
    return out
