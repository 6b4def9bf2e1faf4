"""How different the test split really is from training: templates, surface forms, unseen share.

``python -m training.synth.overlap RUN_DIR/data`` prints, per language, the phrasings (templates)
the lexicon holds and each split uses, the distinct surface forms (normalised message texts) of
each split, and the share of test conversations whose every message text never appears in
training, which is what "the test never sees a sentence pattern training saw" means in practice.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sxdetect.normalize import normalize_text

from .lexicon import load_lexicon


def surface_forms(records: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Distinct normalised message texts per language."""
    out: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        for msg in rec["messages"]:
            out[rec["lang"]].add(normalize_text(msg["text"]))
    return out


def unseen_share(train: Iterable[Mapping[str, Any]], test: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """Per language (and ``all``): share of test conversations none of whose normalised message
    texts occurs anywhere in training."""
    seen = set().union(*surface_forms(train).values())
    hits: dict[str, list[bool]] = defaultdict(list)
    for rec in test:
        fresh = all(normalize_text(m["text"]) not in seen for m in rec["messages"])
        hits[rec["lang"]].append(fresh)
        hits["all"].append(fresh)
    return {lang: sum(v) / len(v) for lang, v in sorted(hits.items())}


def overlap_table(splits: Mapping[str, list[Mapping[str, Any]]]) -> list[dict[str, Any]]:
    """One row per language: lexicon phrasings, templates used and surface forms per split,
    and the unseen share of test conversations."""
    forms = {name: surface_forms(recs) for name, recs in splits.items()}
    used: dict[str, dict[str, set[str]]] = {name: defaultdict(set) for name in splits}
    for name, recs in splits.items():
        for rec in recs:
            used[name][rec["lang"]].update(rec.get("template_ids", ()))
    unseen = unseen_share(splits["train"], splits["test"])
    langs = sorted({r["lang"] for recs in splits.values() for r in recs})
    rows = []
    for lang in langs:
        row: dict[str, Any] = {"lang": lang, "phrasings": sum(len(v) for v in load_lexicon(lang).slots.values())}
        for name in splits:
            row[f"templates_{name}"] = len(used[name][lang])
            row[f"forms_{name}"] = len(forms[name][lang])
        row["test_all_unseen"] = unseen.get(lang)
        rows.append(row)
    rows.append({"lang": "all", "test_all_unseen": unseen.get("all")})
    return rows


def _markdown(rows: list[dict[str, Any]]) -> str:
    cols = [c for c in rows[0] if c != "lang"]
    lines = ["| lang | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1)]
    for row in rows:
        cells = [f"{row[c]:.1%}" if isinstance(row.get(c), float) else str(row.get(c, "")) for c in cols]
        lines.append(f"| {row['lang']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the overlap table of a run's ``data`` folder (train/validation/test JSONL)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder with train.jsonl, validation.jsonl, test.jsonl")
    args = parser.parse_args(argv)
    from training.data import read_jsonl

    splits = {name: list(read_jsonl(args.data / f"{name}.jsonl")) for name in ("train", "validation", "test")}
    sys.stdout.write(_markdown(overlap_table(splits)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
