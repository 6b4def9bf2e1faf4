"""Text normalisation shared by training and inference, so the two paths cannot drift.

``normalize_text`` turns a raw chat message into the canonical form every model reads:
Unicode NFKC, zero-width and soft-hyphen removal, homoglyph folding (Cyrillic/Greek look-alikes
to Latin), case folding, masking of URLs, e-mails, payment addresses, phone numbers, handles and
amounts into placeholder tokens that keep their kind (an amount stays ``<amount>``), undoing of
common filter-dodging tricks (s p a c e d or d.o.t.t.e.d letters, l33t digits inside words), and
whitespace collapse. ``mask_text`` exposes the masking alone, for PII removal.
"""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063"))

# Look-alike letters used to dodge keyword filters, folded onto Latin (after NFKC, before casefold).
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјԁһӏԛѕԝАВЕКМНОРСТУХІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧαονρτυι",
    "aeopcyxijdhlqswABEKMHOPCTYXIJSABEZHIKMNOPTYXaovptui",
)

_CURRENCY_WORDS = (
    r"usd|eur|gbp|pln|chf|brl|mxn|btc|usdt|eth|ltc|"
    r"dollars?|bucks|euros?|pounds?|quid|zł|zl|złotych|zlotych|złote|zlote|złoty|zloty|"
    r"franken|francs?|reais|real|pesos?|d[oó]lares|sterline|ster|cents?|"
    r"bitcoins?|ethers?"
)
_NUMBER = r"\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"

#: Ordered (kind, pattern) pairs: earlier kinds win. Payment addresses are matched before
#: case folding because their checksummed alphabets are case-sensitive.
_PRE_FOLD_MASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("url", re.compile(
        r"(?i)\b(?:https?://|www\.)\S+"
        r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|me|ly|gg|app|co|de|fr|nl|es|it|pt|pl"
        r"|ru|xyz|link|info|biz|eu|uk|be|at|ch|br|to|cc|tv|site|online)\b(?:/\S*)?")),
    ("wallet", re.compile(r"\b(?:bc1[a-z0-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[0-9a-fA-F]{40}"
                          r"|T[1-9A-HJ-NP-Za-km-z]{33})\b")),
    ("iban", re.compile(r"(?i)\b[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,4})?\b")),
    ("card", re.compile(r"\b(?:\d{4}[ -]?){3}\d{1,7}\b")),
)
_POST_FOLD_MASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cashtag", re.compile(r"(?<![\w$])\$[a-z][a-z0-9_]{2,}")),
    ("handle", re.compile(r"(?<![\w@])@[a-z0-9_][a-z0-9_.]{1,}")),
    ("amount", re.compile(
        rf"(?:[$€£¥₹₽]|r\$|us\$)\s?(?:{_NUMBER})(?:\s?k\b)?"
        rf"|(?:{_NUMBER})\s?(?:k\s?)?(?:[$€£¥₹₽]|(?:{_CURRENCY_WORDS})\b)")),
    ("phone", re.compile(r"(?<![\w<])\+\d[\d ()-]{6,}\d\b|(?<![\w<+])\d[\d ()-]{7,}\d\b")),
)

#: Every placeholder kind ``mask_text`` can produce.
MASK_KINDS: tuple[str, ...] = tuple(kind for kind, _ in _PRE_FOLD_MASKS + _POST_FOLD_MASKS)

_SPACED = re.compile(r"(?<!\w)(?:\w[ .*_-]){3,}\w(?!\w)")
_LEET_WORD = re.compile(r"(?<![\w<])[a-z]+(?:[013457@$]+[a-z]+)+(?![\w>])")
_LEET = str.maketrans("013457@$", "oieastas")
_REPEATS = re.compile(r"(\D)\1{2,}")
_SPACES = re.compile(r"\s+")


def _digit_count_ok(match: re.Match[str]) -> bool:
    return sum(ch.isdigit() for ch in match.group(0)) >= 7


def _apply(text: str, masks: tuple[tuple[str, re.Pattern[str]], ...], kinds: frozenset[str] | None) -> str:
    for kind, pattern in masks:
        if kinds is not None and kind not in kinds:
            continue
        if kind == "phone":
            text = pattern.sub(lambda m: f" <{kind}> " if _digit_count_ok(m) else m.group(0), text)
        else:
            text = pattern.sub(f" <{kind}> ", text)
    return text


def mask_text(text: str, kinds: frozenset[str] | set[str] | None = None) -> str:
    """Replace e-mails, URLs, payment addresses, handles, amounts and phones by ``<kind>`` tokens.

    Case is kept except inside what is masked; ``kinds`` limits which kinds are masked.
    """
    kinds_set = frozenset(kinds) if kinds is not None else None
    text = _apply(text, _PRE_FOLD_MASKS, kinds_set)
    # Post-fold patterns are written in lower case; match them case-insensitively here.
    for kind, pattern in _POST_FOLD_MASKS:
        if kinds_set is not None and kind not in kinds_set:
            continue
        ci = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
        text = _apply(text, ((kind, ci),), None)
    return _SPACES.sub(" ", text).strip()


def _join_spaced(match: re.Match[str]) -> str:
    return re.sub(r"[ .*_-]", "", match.group(0))


def normalize_text(text: str) -> str:
    """Return the canonical form of one message, identical in training and inference."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).translate(_HOMOGLYPHS)
    text = _apply(text, _PRE_FOLD_MASKS, None)
    text = text.casefold()
    text = _apply(text, _POST_FOLD_MASKS, None)
    text = _SPACES.sub(" ", text)
    text = _SPACED.sub(_join_spaced, text)
    text = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), text)
    text = _REPEATS.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()
