"""PII masking for consented conversations, applied before anything is written to a store.

The pattern kinds (e-mails, URLs, crypto wallets, IBANs, card numbers, CashApp tags, handles,
phone numbers) come from :func:`sxdetect.normalize.mask_text`, the same masking the models see,
with amounts left alone (an amount is not personal data and is evidence of a demand). This module
adds what that function cannot know: first names after greetings and self-introductions
("hi Anna," -> "hi <name>,"), usernames given after an app name ("my snap is anna_b09"),
account and till numbers after a payment service (M-Pesa, paybill, UPI, Venmo ...), UPI ids,
spelled-out e-mails ("anna at example dot com"), Luhn-valid card numbers in any grouping, more
wallet formats, and, as a last guard, any remaining run of seven or more digits.

Masking runs to a fixpoint: the text is masked again until nothing changes. Names outside
greetings and introductions are not detectable here: the data card asks the source
organisation to redact them before sharing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sxdetect.normalize import MASK_KINDS, mask_text

#: Kinds masked by ``sxdetect.normalize.mask_text`` (everything but amounts).
PATTERN_KINDS: frozenset[str] = frozenset(k for k in MASK_KINDS if k != "amount")
#: Every placeholder kind :func:`mask_pii` can write.
PII_KINDS: tuple[str, ...] = tuple(sorted(PATTERN_KINDS | {"name", "payment", "number"}))

_W = r"[^\W\d_][\w'’-]*"  # a word starting with a letter (any script)
_GREETINGS = (
    r"hi+|hey+|hello|helo|hallo|hoi|moin|servus|bonjour|salut|coucou|hola|buenas|ciao|salve|oi|olá|ola|"
    r"cześć|czesc|hej|witaj|dear|yo|morning|good morning|good evening|good night|gm|gn|thanks|thank you|"
    r"thx|ty|bye|night|love you|miss you|ok|okay|sorry|congrats|happy birthday|dzięki|danke|merci|gracias|grazie|obrigad[oa]"
)
_GREETING_NAME = re.compile(rf"(?i)\b(?:{_GREETINGS})\b[ \t]*,?[ \t]+({_W})(?:([ \t]+)({_W}))?(?=([ \t]*[,!.?:;)]|[ \t]*$)?)",
                            re.MULTILINE)
_INTRO = re.compile(
    r"(?i)\b(?:my name is|my name's|name's|i am called|i'm called|call me|this is|i am|i'm|"
    r"ich heiße|ich heisse|mein name ist|ich bin|je m'appelle|je m’appelle|moi c'est|je suis|me llamo|mi nombre es|"
    r"soy|mi chiamo|il mio nome è|sono|ik heet|mijn naam is|ik ben|me chamo|meu nome é|chamo-me|sou|"
    r"mam na imię|nazywam się)"
    rf"[ \t]+({_W})"
)
# Introductions that always precede a name; the others ("i am", "this is") need a capital letter.
_NAMING = ("name", "called", "call me", "heiß", "heiss", "appelle", "llamo", "nombre", "chiamo", "nome", "heet",
           "naam", "chamo", "imię", "nazywam")
#: Words that follow greetings or "I am" without being names.
_NOT_NAMES = frozenset("""
a all am an and any anyone are as at auntie babe baby back be beautiful been boss bro brother bud buddy but
can could cousin cutie dad darling daddy dear do does dude everybody everyone everything fam folks for friend
friends from gorgeous got guys had handsome has have he hello her here hey hi him his honey how i i'd i'll i'm
if in is it it's just kid kids lady ladies let lol love man mate me mine miss mom mum my no not now of ok okay
on one or our out please pretty quick quickly really she sir sis sister so sorry sweetie team thanks that the
them then there these they this those to today tomorrow too u ur us very was we well what when where which
who why will with wow ya yall yeah yes yo you your yours tired fine good great here glad happy sad sure home
going coming new back busy serious scared afraid done ready worried late sending here still also again not
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december morning evening night afternoon weekend everyone gm gn hey hi
hallo du ihr sie wir ich bin mein meine ja nein bitte danke und oder aber auch nicht
je tu vous nous il elle oui non merci et ou mais pas très vraiment
yo tú usted nosotros sí no gracias y o pero muy
io tu lei noi sì no grazie e o ma molto
ik jij je wij ja nee dank en of maar niet
eu você nós sim não obrigado obrigada e ou mas
ja ty my tak nie dzięki i lub ale
send sent sending give show tell call text add come go look see wait stop listen check pay buy get let do
don't dont can't cant won't wont did didn't didnt have has had need want know think
""".split())
_APPS = (r"snap(?:chat)?|insta(?:gram)?|ig|telegram|tg|discord|kik|skype|wickr|whatsapp|wechat|threads|tiktok|"
         r"twitter|fb|facebook|messenger|signal|session|steam|xbox|psn|roblox|fortnite|epic|twitch|reddit")
_APP_USER = re.compile(
    rf"(?i)\b(my[ \t]+|mein[ \t]+|mon[ \t]+|mi[ \t]+|meu[ \t]+|mijn[ \t]+|moj[ea]?[ \t]+)?(?:{_APPS})\b"
    r"((?:[ \t]+(?:id|name|user(?:name)?|handle|tag|is|ist|est|es|è|jest|é))*)[ \t]*([:=]?)[ \t]*"
    r"([A-Za-z0-9_.][A-Za-z0-9_.-]{2,31})"
)
_APP_LABEL = re.compile(r"(?i)\b(?:id|name|user(?:name)?|handle|tag)\b")
_PAYMENT_WORDS = (r"m-?pesa|paybill|till[ \t]+(?:number|no\.?)|momo|mobile money|airtel money|orange money|"
                  r"mtn|gcash|paymaya|paytm|phonepe|gpay|upi|venmo|zelle|paypal|revolut|wise|skrill|neteller|chime|"
                  r"cash ?app|western union|moneygram|bizum|twint|blik|swish|vipps|mobilepay|payconiq|lydia|pix|"
                  r"account(?:[ \t]+(?:number|no\.?))?|acct|konto|compte|cuenta|conto|rekening|conta")
_PAYMENT_ACCOUNT = re.compile(
    rf"(?i)\b(?:{_PAYMENT_WORDS})\b[^\n\d@$€£<]{{0,24}}?(\+?\d[\d ./-]{{3,}}\d)"
    r"(?![\d.,]*[ \t]?(?:[$€£]|k\b|usd|eur|gbp|dollars?|bucks|euros?|pounds?))"
)
_SPELLED_EMAIL = re.compile(
    r"(?i)\b[\w.+-]+[ \t]*(?:\(at\)|\[at\]|\{at\}|[ \t]at[ \t])[ \t]*[\w-]+[ \t]*(?:\(dot\)|\[dot\]|\{dot\}|[ \t]dot[ \t]|\.)"
    r"[ \t]*(?:com|net|org|de|fr|nl|es|it|pt|pl|uk|io|me|info|eu|ch|at|be|br|ru)\b"
)
_HANDLE_LONG = re.compile(r"(?<![\w<@])@[A-Za-z0-9_][\w.-]*\w")
_UPI = re.compile(r"(?<![\w<])[\w.-]{2,}@[A-Za-z][A-Za-z0-9-]{1,}\b(?!\.\w)")
_CARD_RUN = re.compile(r"(?<![\w<+])\d(?:[ -]?\d){11,18}(?!\w)")
_WALLET_MORE = re.compile(r"\b(?:ltc1[a-z0-9]{25,59}|4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}|[LM][a-km-zA-HJ-NP-Z1-9]{26,33}"
                          r"|[1-9A-HJ-NP-Za-km-z]{32,44})\b")
_LONG_DIGITS = re.compile(r"(?<![\w<])\+?\d(?:[ ./()-]?\d){6,}(?![\w>])")
_SPACES = re.compile(r"[ \t]+")


def luhn_ok(digits: str) -> bool:
    """True when a digit string passes the Luhn checksum (card numbers do)."""
    nums = [int(ch) for ch in digits if ch.isdigit()]
    if len(nums) < 12:
        return False
    total = 0
    for i, n in enumerate(reversed(nums)):
        if i % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return total % 10 == 0


def _is_name(word: str, need_capital: bool) -> bool:
    if word.casefold() in _NOT_NAMES or len(word) < 2:
        return False
    return word[0].isupper() or not need_capital


def _greeting(match: re.Match[str]) -> str:
    first, gap, second, trailing = match.group(1), match.group(2), match.group(3), match.group(4)
    # A lower-case word counts as a name only when punctuation or the line end follows it ("hi anna,").
    if not _is_name(first, need_capital=not (trailing is not None and second is None)):
        return match.group(0)
    head = match.group(0)[: match.start(1) - match.start(0)]
    tail = f"{gap}<name>" if second and _is_name(second, need_capital=True) else (f"{gap}{second}" if second else "")
    return f"{head}<name>{tail}"


def _intro(match: re.Match[str]) -> str:
    lead = match.group(0)[: match.start(1) - match.start(0)].casefold()
    naming = any(word in lead for word in _NAMING)
    if not _is_name(match.group(1), need_capital=not naming):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start(0)] + "<name>"


def _app_user(match: re.Match[str]) -> str:
    token = match.group(4)
    # "snap: x", "snap id x", "my snap is x" name a username; "snap is down" does not.
    explicit = bool(match.group(3)) or bool(_APP_LABEL.search(match.group(2))) or (
        bool(match.group(1)) and bool(match.group(2).strip()))
    looks_like_user = bool(re.search(r"[_.\d]", token)) and bool(re.search(r"[A-Za-z]", token))
    if token.casefold() in _NOT_NAMES or not (looks_like_user or explicit):
        return match.group(0)
    return match.group(0)[: match.start(4) - match.start(0)] + "<handle>"


def _payment(match: re.Match[str]) -> str:
    return match.group(0)[: match.start(1) - match.start(0)] + "<payment>"


def _card(match: re.Match[str]) -> str:
    return " <card> " if luhn_ok(match.group(0)) else match.group(0)


def _wallet(match: re.Match[str]) -> str:
    tok = match.group(0)
    has_digit = any(c.isdigit() for c in tok)
    known = tok.startswith("ltc1") or (len(tok) == 95 and tok[0] == "4") or (tok[0] in "LM" and len(tok) <= 34)
    mixed_case = any(c.isupper() for c in tok) and any(c.islower() for c in tok)
    return " <wallet> " if has_digit and (known or mixed_case) else tok


def _mask_sender_ids(text: str, senders: Iterable[str]) -> str:
    for sender in sorted({s for s in senders if len(s) >= 3 and s != "?"}, key=len, reverse=True):
        text = re.sub(rf"(?i)(?<![\w@]){re.escape(sender)}(?!\w)", " <handle> ", text)
    return text


def _mask_once(text: str, senders: Iterable[str]) -> str:
    text = _mask_sender_ids(text, senders)
    text = _SPELLED_EMAIL.sub(" <email> ", text)
    text = _GREETING_NAME.sub(_greeting, text)
    text = _INTRO.sub(_intro, text)
    text = _APP_USER.sub(_app_user, text)
    text = _PAYMENT_ACCOUNT.sub(_payment, text)
    text = _CARD_RUN.sub(_card, text)
    text = _HANDLE_LONG.sub(" <handle> ", text)
    text = mask_text(text, kinds=PATTERN_KINDS)
    text = _UPI.sub(" <payment> ", text)
    text = _WALLET_MORE.sub(_wallet, text)
    text = _LONG_DIGITS.sub(" <number> ", text)
    return _SPACES.sub(" ", text).strip()


def mask_pii(text: str, senders: Iterable[str] = ()) -> tuple[str, Counter[str]]:
    """Mask personal data in one message; return the masked text and the count of each kind masked.

    ``senders`` are the conversation's raw user ids: where the text mentions one, it becomes
    ``<handle>`` (the ids themselves are replaced by salted hashes elsewhere).
    """
    senders = tuple(senders)
    before = Counter({k: text.count(f"<{k}>") for k in PII_KINDS})
    current = text
    for _ in range(4):
        masked = _mask_once(current, senders)
        if masked == current:
            break
        current = masked
    counts = Counter({k: current.count(f"<{k}>") - before[k] for k in PII_KINDS})
    return current, +counts
