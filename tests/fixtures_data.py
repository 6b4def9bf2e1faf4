"""Small hand-written conversations for unit tests: every label, every signal, a few languages.

Independent of the synthetic generator on purpose, so detector, CLI and service tests do not
move when the generator's wording changes. Nothing explicit: images are only "pics".
"""

from __future__ import annotations

import random
from typing import Any

_SEXTORTION = [
    ("A", "hey saw u in my suggestions u seem cool", ["new_contact"]),
    ("B", "hi who is this", []),
    ("A", "ur so mature for ur age, add me on snap", ["trust_building", "platform_move"]),
    ("A", "send me a pic, only for me", ["image_exchange"]),
    ("B", "ok", []),
    ("A", "{threat}", ["threat_to_expose"]),
    ("A", "send ${amount} on cashapp in {hours} hours", ["payment_demand", "deadline"]),
    ("B", "please dont i only have 50", ["victim_distress"]),
]
_THREATS = ["i have ur pics and all ur followers", "i will send ur photos to everyone u know",
            "ich schicke deine bilder an alle deine freunde", "je vais envoyer tes photos a ta famille"]
_GROOMING = [
    ("A", "hey found u through mutual friends", ["new_contact"]),
    ("A", "dont tell anyone about us ok", ["trust_building"]),
    ("A", "lets go to telegram this app is buggy", ["platform_move"]),
]
_BENIGN = [
    [("A", "can u pay me back the 20 by friday", ["deadline"]), ("B", "sure no problem", [])],
    [("A", "report due tomorrow or we lose the client", ["deadline"]), ("B", "on it", [])],
    [("A", "i'll show mum your baby pics haha", ["threat_to_expose"]), ("B", "dont u dare lol", [])],
    [("A", "is the bike still for sale?", ["new_contact"]), ("B", "yes 80 euros, pick up saturday", [])],
    [("A", "miss you, send me a pic of your new haircut", []), ("B", "haha later", [])],
    [("A", "are we still on for lunch", []), ("B", "yes see you at 1", [])],
]


def make_records(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` labelled conversations in the taxonomy record format."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        label = rng.choice(["sextortion", "grooming", "benign", "benign"])
        if label == "sextortion":
            script = [(s, t.format(threat=rng.choice(_THREATS), amount=rng.randint(50, 500),
                                   hours=rng.randint(1, 6)), g) for s, t, g in _SEXTORTION]
        elif label == "grooming":
            script = list(_GROOMING)
        else:
            script = list(rng.choice(_BENIGN))
        out.append({
            "id": f"c-{seed}-{i:04d}", "lang": "en", "label": label,
            "messages": [{"sender": s, "text": t, "signals": g} for s, t, g in script],
        })
    return out


def make_splits(seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Train / validation / test splits for a tiny model."""
    return {"train": make_records(240, seed), "validation": make_records(80, seed + 1),
            "test": make_records(80, seed + 2)}
