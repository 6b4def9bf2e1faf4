"""Composition of a synthetic set: configuration parsing and the printable summary.

``summarize`` counts records per label, language, family and label x language, messages,
signals, attachments, obfuscated messages and missing metadata; ``format_summary`` prints it.
``parse_mix`` reads ``"benign=0.5,grooming=0.2,sextortion=0.3"`` (the CLI's form).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sxdetect.taxonomy import LABELS, SIGNALS


def parse_mix(text: str | None) -> dict[str, float] | None:
    """Parse ``"a=1,b=2"`` into ``{"a": 1.0, "b": 2.0}``; ``None``/empty gives ``None``."""
    if not text:
        return None
    out: dict[str, float] = {}
    for item in text.split(","):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"expected name=weight, got {item!r}")
        out[key.strip()] = float(value)
    return out


def parse_langs(text: str | Iterable[str] | None) -> list[str] | None:
    """``"en,de"`` or a list -> list of codes; empty -> ``None`` (all complete languages)."""
    if not text:
        return None
    items = text.split(",") if isinstance(text, str) else list(text)
    return [c.strip() for c in items if c.strip()] or None


def summarize(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Counts describing a set of generated records."""
    labels, langs, fams, label_lang, signals = Counter(), Counter(), Counter(), Counter(), Counter()
    fam_label: dict[str, str] = {}
    n = n_msgs = n_obf = n_img = n_obf_recs = n_no_meta = n_first = n_new = n_mono = 0
    methods: Counter = Counter()
    lengths: list[int] = []
    for rec in records:
        n += 1
        labels[rec["label"]] += 1
        langs[rec["lang"]] += 1
        fams[rec.get("family", "?")] += 1
        fam_label[rec.get("family", "?")] = rec["label"]
        label_lang[(rec["label"], rec["lang"])] += 1
        msgs = rec["messages"]
        n_mono += rec.get("form") == "monologue"
        lengths.append(len(msgs))
        n_msgs += len(msgs)
        obf = [m for m in msgs if m.get("obfuscation")]
        n_obf += len(obf)
        n_obf_recs += bool(obf)
        methods.update(m["obfuscation"] for m in obf)
        n_img += sum(bool(m.get("has_image")) for m in msgs)
        for m in msgs:
            signals.update(m.get("signals") or ())
        meta = rec.get("meta")
        if meta is None:
            n_no_meta += 1
        else:
            n_first += bool(meta.get("first_contact"))
            n_new += meta.get("sender_account_age_days", 10**6) <= 30
    lengths.sort()
    return {
        "records": n, "messages": n_msgs,
        "labels": {k: labels[k] for k in LABELS if labels[k]},
        "langs": dict(sorted(langs.items())),
        "families": dict(sorted(fams.items())), "family_label": fam_label,
        "label_lang": {f"{a}/{b}": c for (a, b), c in sorted(label_lang.items())},
        "signals": {k: signals[k] for k in SIGNALS},
        "messages_per_record": {"min": lengths[0] if lengths else 0,
                                "median": lengths[len(lengths) // 2] if lengths else 0,
                                "max": lengths[-1] if lengths else 0,
                                "mean": round(n_msgs / n, 2) if n else 0.0},
        "monologue_records": n_mono,
        "has_image_messages": n_img,
        "obfuscated_messages": n_obf,
        "obfuscated_share": round(n_obf / n_msgs, 4) if n_msgs else 0.0,
        "records_with_obfuscation": n_obf_recs,
        "obfuscation_methods": dict(sorted(methods.items())),
        "meta_missing": n_no_meta, "meta_first_contact": n_first, "meta_new_account": n_new,
    }


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def format_summary(s: Mapping[str, Any]) -> str:
    """Human-readable composition, one block per dimension."""
    n = s["records"]
    lines = [f"records: {n}   messages: {s['messages']} "
             f"(per record min {s['messages_per_record']['min']}, median "
             f"{s['messages_per_record']['median']}, max {s['messages_per_record']['max']})"]
    lines.append("labels:    " + ", ".join(f"{k} {v} ({_pct(v, n)})" for k, v in s["labels"].items()))
    lines.append("languages: " + ", ".join(f"{k} {v} ({_pct(v, n)})" for k, v in s["langs"].items()))
    lines.append("families:")
    for fam, c in sorted(s["families"].items(), key=lambda kv: (s["family_label"].get(kv[0], ""), kv[0])):
        lines.append(f"  {s['family_label'].get(fam, '?'):10} {fam:22} {c:7} ({_pct(c, n)})")
    lines.append("signals (messages): " + ", ".join(f"{k} {v}" for k, v in s["signals"].items()))
    lines.append(f"single long message (monologue form): {s.get('monologue_records', 0)} records "
                 f"({_pct(s.get('monologue_records', 0), s['records'])})")
    lines.append(f"obfuscated: {s['obfuscated_messages']} messages ({_pct(s['obfuscated_messages'], s['messages'])}),"
                 f" in {s['records_with_obfuscation']} records; methods: "
                 + (", ".join(f"{k} {v}" for k, v in s["obfuscation_methods"].items()) or "-"))
    lines.append(f"attachments: {s['has_image_messages']} messages; meta missing: {s['meta_missing']} records")
    return "\n".join(lines)
