"""Content rules shared by the synth tests: explicit words that must never appear."""

import re

#: Words that must never appear in generated text (whole words, any case).
EXPLICIT = ("nude", "nudes", "naked", "porn", "porno", "sex", "sexy", "sexual", "horny", "nsfw",
            "boobs", "tits", "dick", "penis", "vagina", "pussy", "cock", "masturbate", "orgasm",
            "nackt", "nacktbilder", "nacktfotos", "titten", "schwanz", "muschi", "geil", "ficken",
            "nudo", "nuda", "desnudo", "desnuda", "nue", "naakt", "nagie", "nago")
EXPLICIT_RE = re.compile(r"(?<!\w)(" + "|".join(EXPLICIT) + r")(?!\w)", re.IGNORECASE)

