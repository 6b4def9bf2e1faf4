"""Normalisation: Unicode, case, zero-width, homoglyphs, masks that keep their kind, de-obfuscation."""

import pytest

from sxdetect.normalize import MASK_KINDS, mask_text, normalize_text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Send $300 NOW", "send <amount> now"),
        ("zahl 200 € bis morgen", "zahl <amount> bis morgen"),
        ("50 euros by friday", "<amount> by friday"),
        ("add me @cool.guy99", "add me <handle>"),
        ("mail a.b@example.com", "mail <email>"),
        ("go to https://t.me/x now", "go to <url> now"),
        ("call +44 7700 900123", "call <phone>"),
        ("send it to $johnny22", "send it to <cashtag>"),
        ("pay to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "pay to <wallet>"),
        ("IBAN DE89 3704 0044 0532 0130 00", "iban <iban>"),
    ],
)
def test_masks_keep_kind(raw, expected):
    assert normalize_text(raw) == expected


def test_unicode_zero_width_homoglyph_case():
    assert normalize_text("ｓｅｎｄ") == "send"  # NFKC full-width
    assert normalize_text("se\u200bnd p\u200dics") == "send pics"
    assert normalize_text("ѕеnd") == "send"  # Cyrillic look-alikes
    assert normalize_text("SEND") == "send"


def test_deobfuscation():
    assert normalize_text("s e n d  m e") == "sendme"
    assert normalize_text("p.i.c.s") == "pics"
    assert normalize_text("s3nd ur p1cs") == "send ur pics"
    assert normalize_text("pleeeease nooooo") == "pleease noo"


def test_keeps_ordinary_text():
    assert normalize_text("i have 3 dogs, see you at 5pm") == "i have 3 dogs, see you at 5pm"
    assert normalize_text("it was 1999") == "it was 1999"
    assert normalize_text("i sent u a pic") == "i sent u a pic"


def test_mask_text_keeps_case_and_kinds():
    out = mask_text("Mail Bob.Smith@Example.com or call 0176 12345678", kinds={"email"})
    assert out == "Mail <email> or call 0176 12345678"
    assert "<phone>" in mask_text("call 0176 12345678")
    assert set(MASK_KINDS) >= {"email", "url", "phone", "handle", "amount", "iban", "wallet", "card"}
