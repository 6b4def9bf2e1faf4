"""Message forms other than a turn-by-turn chat.

Real queues also hold one long message carrying a whole pattern: an extortion e-mail, a threat
pasted from another app, a long voice-note transcript, a partner's long message, a seller's
terms. :func:`monologue` renders a generated conversation that way: one sender's messages joined
into one message, keeping every signal they carried, so the signal and conversation models see
the pattern (and its benign look-alikes) arrive in a single text, not only as a dialogue.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from sxdetect.taxonomy import SIGNALS

#: How joined messages are separated (line breaks as in an e-mail, or one flowing paragraph).
_SEPARATORS = ("\n", "\n\n", " ", ". ")


def monologue(messages: Sequence[dict[str, Any]], roles: Sequence[str], rng: random.Random,
              role: str = "P") -> list[dict[str, Any]]:
    """The messages of ``role`` (the other role's when it sent nothing) joined into one message.

    The message keeps the first joined message's sender and time, ``has_image`` when any joined
    message had one, the union of their signals (in taxonomy order) and the first obfuscation
    method used. Content is not rewritten: only the other speaker's turns are left out.
    """
    if len(messages) != len(roles):
        raise ValueError("messages and roles must have the same length")
    if role not in roles:
        role = next(iter(roles))
    mine = [m for m, r in zip(messages, roles) if r == role]
    sep = rng.choice(_SEPARATORS)
    text = sep.join(m["text"].rstrip(". ") if sep == ". " else m["text"] for m in mine)
    signals = {s for m in mine for s in m.get("signals", [])}
    out: dict[str, Any] = {"sender": mine[0]["sender"], "text": text, "ts": mine[0]["ts"],
                           "has_image": any(m.get("has_image") for m in mine),
                           "signals": [s for s in SIGNALS if s in signals]}
    method = next((m["obfuscation"] for m in mine if m.get("obfuscation")), None)
    if method:
        out["obfuscation"] = method
    return [out]
