"""Check lexicons from the command line: ``python -m training.synth.lexicon_check [codes] [--slots]``.

Prints every problem of each named language (default: every module in ``lang/``) and the number
of phrasings per language; ``--slots`` prints the slot inventory (name, signals, image, meaning).
Exits 1 when a language has problems.
"""

from __future__ import annotations

import sys

from .lexicon import TARGET_PHRASINGS, _module_lexicon, available_langs, validate_lexicon
from .scripts import SLOTS


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--slots" in args:
        for slot in SLOTS.values():
            img = " (img)" if slot.has_image else ""
            print(f"{slot.name:26} {' '.join(slot.signals) or '-':45}{img} {slot.doc}")
        return 0
    bad = 0
    for code in [a for a in args if not a.startswith("-")] or available_langs():
        try:
            lex = _module_lexicon(code)
            problems = validate_lexicon(lex, code)
        except Exception as exc:  # noqa: BLE001 - report, do not crash
            problems = [f"{code}: cannot import ({exc})"]
            lex = None
        total = sum(len(v) for v in lex.slots.values()) if lex and isinstance(lex.slots, dict) else 0
        thin = [s for s, v in (lex.slots.items() if lex and isinstance(lex.slots, dict) else [])
                if len(v) < TARGET_PHRASINGS]
        print(f"{code}: {total} phrasings, {len(problems)} problems, "
              f"{len(thin)} slots under {TARGET_PHRASINGS} phrasings")
        for line in problems:
            print("  " + line)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
