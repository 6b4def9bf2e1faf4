"""The synthetic conversation engine: scripts + lexicons -> taxonomy JSONL records.

``generate`` draws, per record, a label (``label_mix``), a family of that label (script
weights, overridable), a language, conversation-wide filler values, a writing style per
speaker, then walks the family's steps: optional steps, repetitions, groups, shuffles, one
phrasing per message (filtered by ``template_filter``), bursts at ``|`` markers, realistic
timestamp gaps, attachments, noise and obfuscation; a share of records (``monologue_rate``)
is rendered as one sender's single long message (:mod:`.forms`, record ``form: "monologue"``).
Signals come from the slot definitions in :mod:`.scripts`; each message's phrasing is recorded in
``template_ids``. Everything is deterministic by ``seed`` (``random.Random`` per record; obfuscation and the form have their own
streams, so a different ``obfuscation_rate`` or ``monologue_rate`` leaves the rest unchanged).
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, TextIO

from sxdetect.taxonomy import LABELS, check_label

from . import forms, noise
from .lexicon import Lexicon, complete_langs, load_lexicon, template_id
from .obfuscate import obfuscate
from .scripts import FAMILIES, GAPS, SLOTS, Family, Step

DEFAULT_LABEL_MIX: dict[str, float] = {"benign": 0.5, "grooming": 0.2, "sextortion": 0.3}
DEFAULT_OBFUSCATION_RATE = 0.08
DEFAULT_META_MISSING_RATE = 0.08
#: Share of records rendered as one sender's single long message (e-mail / pasted form).
DEFAULT_MONOLOGUE_RATE = 0.05
#: (family, role) pairs that write formally (mass-mail scammers, counsellors).
FORMAL_ROLES = {("sx_webcam_scam", "P"), ("bn_helpline", "T"), ("bn_scam_other", "P")}
_SENDER_SCHEMES = (("A", "B"), ("A", "B"), ("A", "B"), ("u1", "u2"), ("names", "names"))
_B32 = "023456789acdefghjklmnpqrstuvwxyz"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_EPOCH = datetime(2023, 1, 1, tzinfo=timezone.utc)
_MAX_TRIES = 25


class NoTemplateError(ValueError):
    """No allowed phrasing for a required step (the template filter left none)."""


def _digits(fmt: str, rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in fmt)


def _wallet(crypto: str, rng: random.Random) -> str:
    c = crypto.lower()
    if "usdt" in c or "tether" in c:
        return "T" + "".join(rng.choice(_B58) for _ in range(33))
    if "eth" in c:
        return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
    return "bc1q" + "".join(rng.choice(_B32) for _ in range(38))


def _link(rng: random.Random) -> str:
    """A made-up web address of the kind scam messages carry (normalisation masks it as <url>)."""
    words = ("secure", "verify", "account", "login", "parcel", "track", "refund", "support", "billing", "claim")
    first, second, number = rng.choice(words), rng.choice(words), rng.randint(1, 999)  # draw order kept
    host = f"{first}-{second}{number}{rng.choice(('.com', '.net', '.info', '.top'))}"
    return f"{rng.choice(('https://', 'http://', ''))}{host}/{rng.choice(('login', 'verify', 'pay', 'id', 'c'))}"


def _context(rng: random.Random, lex: Lexicon) -> dict[str, str]:
    f = lex.fillers
    names = rng.sample(f["first_names"], 3)
    fmt = rng.choice(f["currency_formats"])
    money = lambda key: fmt.format(n=rng.choice(f[key]))  # noqa: E731
    age = rng.randint(13, 17)
    w = f["handle_words"]
    handle = "@" + rng.choice(w) + rng.choice(("_", ".", "")) + rng.choice(w) + str(rng.randint(1, 9999))
    crypto = rng.choice(f["cryptos"])
    ctx = {
        "name_T": names[0], "name_P": names[1], "friend_name": names[2],
        "age": str(age), "my_age": str(min(17, max(13, age + rng.choice((-1, 0, 0, 1))))),
        "age_next": str(age + 1), "handle": handle.replace("__", "_"),
        "phone": _digits(rng.choice(f["phone_formats"]), rng),
        "iban": _digits(rng.choice(f["iban_formats"]), rng),
        "amount": money("amounts_big"), "amount_more": money("amounts_big"),
        "amount_small": money("amounts_small"), "crypto_amount": money("amounts_scam"),
        "price": money("prices"), "debt": money("debts"), "crypto": crypto,
        "wallet": _wallet(crypto, rng), "count": str(rng.randint(2, 5)),
        "code": "-".join("".join(rng.choice(_CODE) for _ in range(4)) for _ in range(rng.choice((3, 4)))),
        "followers": rng.choice(("214", "387", "512", "890", "1.2k", "1400", "2k", "3.1k", "650")),
        "link": _link(rng),
    }
    for ph, key in (("relative", "relatives"), ("city", "cities"), ("school", "schools"), ("app", "apps"),
                    ("giftcard", "giftcards"), ("payapp", "payapps"), ("hours", "hours"),
                    ("minutes", "minutes"), ("deadline", "deadlines"), ("day", "days"), ("time", "times"),
                    ("item", "items"), ("game", "games"), ("game_item", "game_items"),
                    ("subject", "subjects"), ("hobby", "hobbies")):
        ctx[ph] = rng.choice(f[key])
    return ctx


class _Fill(dict):
    def __init__(self, ctx: dict[str, str], role: str, lex: Lexicon, rng: random.Random):
        super().__init__(ctx)
        other = "T" if role == "P" else "P"
        self["name"], self["my_name"] = ctx[f"name_{other}"], ctx[f"name_{role}"]
        self._lex, self._rng = lex, rng

    def __missing__(self, key: str) -> str:
        if key in ("emoji", "emoji_sad", "emoji_flirt"):
            return self._rng.choice(self._lex.fillers[key])
        raise KeyError(key)


def _log_uniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _start_time(rng: random.Random, fam: Family) -> datetime:
    day = _EPOCH + timedelta(days=rng.randrange(3 * 365))
    if fam.daytime:
        hour = rng.choice(range(8, 20))
    else:
        hour = rng.choices(range(24), weights=[3, 2, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 4, 5, 6, 7, 8,
                                               9, 10, 10, 9, 7, 5])[0]
    return day + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))


def _meta(rng: random.Random, fam: Family, missing_rate: float) -> dict[str, Any] | None:
    if rng.random() < missing_rate:
        return None
    new = rng.random() < fam.meta.new_account
    meta = {"first_contact": rng.random() < fam.meta.first_contact,
            "sender_account_age_days": rng.randint(0, 45) if new else int(_log_uniform(rng, 46, 4000))}
    if rng.random() < 0.05:
        del meta[rng.choice(list(meta))]
    return meta


def _ordered_steps(rng: random.Random, fam: Family) -> list[Step]:
    steps, out, i = list(fam.steps), [], 0
    while i < len(steps):
        j = i + 1
        while steps[i].shuffle and j < len(steps) and steps[j].shuffle == steps[i].shuffle:
            j += 1
        run = steps[i:j]
        rng.shuffle(run)
        out += run
        i = j
    return out


def _pick(rng: random.Random, step: Step, lex: Lexicon, allowed: Callable[[str], bool],
          used: set[str]) -> tuple[str, int] | None:
    options = list(step.slots)
    rng.shuffle(options)
    for slot in options:
        ids = [i for i in range(len(lex.slots[slot])) if allowed(template_id(lex.lang, slot, i))]
        fresh = [i for i in ids if template_id(lex.lang, slot, i) not in used]
        if fresh or ids:
            return slot, rng.choice(fresh or ids)
    return None


def _split_burst(text: str, rng: random.Random) -> tuple[list[str], int]:
    """Split at ``|`` (sometimes) and return (parts, index of the signal-carrying part)."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) == 1 or rng.random() < 0.45:
        return [" ".join(parts)], 0
    return parts, max(range(len(parts)), key=lambda k: len(parts[k]))


def build_conversation(rng: random.Random, fam: Family, lex: Lexicon, rid: str,
                       allowed: Callable[[str], bool], obf_rng: random.Random,
                       obfuscation_rate: float, meta_missing_rate: float,
                       monologue: bool = False) -> dict[str, Any]:
    """One record of family ``fam`` in language ``lex`` (raises :class:`NoTemplateError`);
    ``monologue``: rendered as the pattern's speaker's single long message."""
    ctx = _context(rng, lex)
    styles = {r: noise.pick_style(rng, (fam.name, r) in FORMAL_ROLES) for r in ("P", "T")}
    scheme = rng.choice(_SENDER_SCHEMES)
    senders = ({"P": ctx["name_P"], "T": ctx["name_T"]} if scheme[0] == "names"
               else {"P": scheme[0], "T": scheme[1]})
    groups = {g: rng.random() < p for g, p in fam.groups.items()}
    t = _start_time(rng, fam)
    used_slots: set[str] = set()
    used_ids: set[str] = set()
    messages: list[dict[str, Any]] = []
    roles: list[str] = []
    tids: list[str] = []
    for step in _ordered_steps(rng, fam):
        if step.group and not groups[step.group]:
            continue
        if any(u in used_slots for u in step.unless) or rng.random() >= step.p:
            continue
        for r in range(rng.randint(*step.rep)):
            picked = _pick(rng, step, lex, allowed, used_ids)
            if picked is None:
                if step.p >= 1.0 and r == 0 and not step.group:
                    raise NoTemplateError(f"{fam.name}: no allowed phrasing for {step.slots}")
                break
            slot_name, idx = picked
            slot = SLOTS[slot_name]
            tid = template_id(lex.lang, slot_name, idx)
            used_slots.add(slot_name)
            used_ids.add(tid)
            tids.append(tid)
            text = lex.slots[slot_name][idx].format_map(_Fill(ctx, step.role, lex, rng))
            parts, main = _split_burst(noise.render_markers(text, rng), rng)
            distress = "victim_distress" in slot.signals
            emoji = lex.fillers["emoji_sad" if distress else
                                "emoji_flirt" if "trust_building" in slot.signals else "emoji"]
            if step.role == "P" and {"threat_to_expose", "payment_demand", "deadline"} & set(slot.signals) \
                    and rng.random() < 0.7:
                emoji = []  # extorters rarely decorate demands
            gap = step.gap if (r == 0 and messages) else "burst"
            for k, part in enumerate(parts):
                if messages:
                    lo, hi = GAPS[gap] if k == 0 else GAPS["burst"]
                    t += timedelta(seconds=round(_log_uniform(rng, lo, hi)))
                out = noise.apply_style(part, styles[step.role], rng, lex.slang, emoji, distress)
                msg: dict[str, Any] = {"sender": senders[step.role], "text": out,
                                       "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                       "has_image": slot.has_image and k == main,
                                       "signals": list(slot.signals) if k == main else []}
                if obf_rng.random() < obfuscation_rate:
                    msg["text"], msg["obfuscation"] = obfuscate(out, obf_rng)
                messages.append(msg)
                roles.append(step.role)
    if not messages:
        raise NoTemplateError(f"{fam.name}: empty conversation")
    rec: dict[str, Any] = {"id": rid, "lang": lex.lang, "label": fam.label, "family": fam.name,
                           "template_ids": tids}
    if monologue:
        messages = forms.monologue(messages, roles, rng)
        rec["form"] = "monologue"
    meta = _meta(rng, fam, meta_missing_rate)
    if meta is not None:
        rec["meta"] = meta
    rec["messages"] = messages
    return rec


def _weighted(rng: random.Random, weights: Mapping[str, float]) -> str:
    keys = sorted(k for k, w in weights.items() if w > 0)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def generate(n: int, seed: int | str = 0, langs: list[str] | tuple[str, ...] | None = None,
             label_mix: Mapping[str, float] | None = None,
             family_weights: Mapping[str, float] | None = None,
             obfuscation_rate: float = DEFAULT_OBFUSCATION_RATE,
             template_filter: Callable[[str], bool] | None = None,
             families: list[str] | tuple[str, ...] | None = None,
             meta_missing_rate: float = DEFAULT_META_MISSING_RATE,
             monologue_rate: float = DEFAULT_MONOLOGUE_RATE,
             id_prefix: str = "syn") -> Iterator[dict[str, Any]]:
    """Yield ``n`` synthetic conversations in the taxonomy JSONL record format.

    ``langs``: language codes (default: every complete lexicon). ``label_mix``: label -> weight
    (default 50% benign, 20% grooming, 30% sextortion). ``family_weights``: family -> weight,
    overriding the scripts' defaults (0 drops a family). ``families``: only these families.
    ``obfuscation_rate``: share of messages obfuscated. ``template_filter(template_id) -> bool``:
    which phrasings may be used (how splits are made). ``monologue_rate``: share of records
    rendered as one sender's single long message. Extra record keys: ``family``,
    ``template_ids``, ``form`` (monologues); obfuscated messages carry ``obfuscation``.
    """
    langs = list(langs) if langs else complete_langs()
    lexicons = {code: load_lexicon(code) for code in langs}
    mix = {check_label(k): float(v) for k, v in (label_mix or DEFAULT_LABEL_MIX).items()}
    allowed = template_filter or (lambda _tid: True)
    fams: dict[str, dict[str, float]] = {label: {} for label in LABELS}
    for fam in FAMILIES.values():
        if families is not None and fam.name not in families:
            continue
        w = (family_weights or {}).get(fam.name, fam.weight)
        if w > 0:
            fams[fam.label][fam.name] = w
    mix = {k: v for k, v in mix.items() if v > 0 and fams[k]}
    if not mix or not lexicons:
        raise ValueError("nothing to generate: no label with a family, or no language")
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        obf_rng = random.Random(f"{seed}:{i}:obf")
        mono = random.Random(f"{seed}:{i}:form").random() < monologue_rate
        for _ in range(_MAX_TRIES):
            label = _weighted(rng, mix)
            fam = FAMILIES[_weighted(rng, fams[label])]
            lex = lexicons[rng.choice(sorted(lexicons))]
            try:
                yield build_conversation(rng, fam, lex, f"{id_prefix}-{seed}-{i:06d}", allowed,
                                         obf_rng, obfuscation_rate, meta_missing_rate, mono)
                break
            except NoTemplateError:
                continue
        else:
            raise NoTemplateError(f"record {i}: the template filter leaves nothing to generate")


def run_synth(n: int = 20000, seed: int | str = 7, out: str = "-",
              langs: str | list[str] | None = None,
              label_mix: str | Mapping[str, float] | None = None,
              family_weights: str | Mapping[str, float] | None = None,
              obfuscation_rate: float = DEFAULT_OBFUSCATION_RATE,
              monologue_rate: float = DEFAULT_MONOLOGUE_RATE, split: str | None = None,
              hidden_families: str | list[str] | None = None, card: str | None = None,
              stdout: TextIO | None = None, stderr: TextIO | None = None) -> dict[str, Any]:
    """Generate synthetic chat conversations showing (or safely resembling) the sextortion pattern.

    Writes N conversations as taxonomy JSONL to OUT ("-" for stdout) and prints their
    composition (labels, languages, families, signals, obfuscated share) to stderr. The same
    SEED always gives the same file. Options:
      --langs en,de           languages (default: every complete lexicon)
      --label-mix benign=0.5,grooming=0.2,sextortion=0.3
      --family-weights sx_webcam_scam=2,bn_partners=0   (0 drops a family)
      --obfuscation-rate 0.08 share of messages with leetspeak, s p a c i n g, homoglyphs,
                              zero-width characters or d.o.t.s
      --monologue-rate 0.05   share of records rendered as one sender's single long message
      --split train|val|test  only that split's phrasings (test also gets the hidden families)
      --hidden-families a,b   families kept out of train/val (default: one per label)
      --card FILE             also write the data card (Markdown) for this set
    Records carry "family" and "template_ids" (lang:slot:index) besides the taxonomy fields.
    Synthetic text is not real victims' words; see data_cards/synthetic.md.
    """
    from .card import render_card
    from .compose import format_summary, parse_langs, parse_mix, summarize
    from .splits import DEFAULT_HIDDEN_FAMILIES, families_for_split, template_filter_for

    stderr = stderr or sys.stderr
    mix = parse_mix(label_mix) if isinstance(label_mix, str) else label_mix
    fweights = parse_mix(family_weights) if isinstance(family_weights, str) else family_weights
    hidden = (parse_langs(hidden_families) if isinstance(hidden_families, str) else hidden_families)
    hidden = tuple(DEFAULT_HIDDEN_FAMILIES if hidden is None else hidden)
    kwargs: dict[str, Any] = {}
    if split:
        kwargs = {"template_filter": template_filter_for(split),
                  "families": families_for_split(split, hidden), "id_prefix": f"syn-{split}"}
    config = {"n": n, "seed": seed, "langs": parse_langs(langs) or complete_langs(),
              "label_mix": dict(mix or DEFAULT_LABEL_MIX), "family_weights": dict(fweights or {}),
              "obfuscation_rate": obfuscation_rate, "monologue_rate": monologue_rate,
              "split": split or "all",
              "hidden_families": list(hidden) if split else []}
    records = list(generate(n, seed=seed if not split else f"{seed}/{split}", langs=config["langs"],
                            label_mix=mix, family_weights=fweights,
                            obfuscation_rate=obfuscation_rate, monologue_rate=monologue_rate, **kwargs))
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if out == "-":
        (stdout or sys.stdout).writelines(lines)
    else:
        with open(out, "w", encoding="utf-8") as fh:
            fh.writelines(lines)
    summary = summarize(records)
    print(format_summary(summary), file=stderr)
    if card:
        with open(card, "w", encoding="utf-8") as fh:
            fh.write(render_card(records, config))
    return summary
