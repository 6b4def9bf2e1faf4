"""PII masking of consented text: every kind masked, amounts and ordinary chat left alone."""

from __future__ import annotations

import pytest

from training.pii import PII_KINDS, luhn_ok, mask_pii


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("mail me at lena.fake@example.com", "lena.fake@example.com", "email"),
        ("write to lena at example dot com", "lena at example dot com", "email"),
        ("call +44 7700 900123 tonight", "7700 900123", "phone"),
        ("or 555-0142", "555-0142", "number"),
        ("IBAN GB82 WEST 1234 5698 7654 32 pls", "WEST 1234", "iban"),
        ("iban DE89370400440532013000", "DE89370400440532013000", "iban"),
        ("card 4111 1111 1111 1111 exp soon", "4111", "card"),
        ("4012888888881881", "4012888888881881", "card"),
        ("btc bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh now", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "wallet"),
        ("eth 0x52908400098527886E0F7030069857D2E4169EE7", "52908400098527886", "wallet"),
        ("sol 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV", "7EcDhSYGxX", "wallet"),
        ("send it to $jaycash99", "jaycash99", "cashtag"),
        ("dm @jay_fake.09 on insta", "jay_fake", "handle"),
        ("venmo @anna-b-12", "anna-b-12", "handle"),
        ("my snap is jay_x09 add me", "jay_x09", "handle"),
        ("add me on telegram: jonasfake", "jonasfake", "handle"),
        ("mpesa 0712 345 678", "345 678", "payment"),
        ("paybill 247247 account 55512", "247247", "payment"),
        ("upi lena.b@okaxis", "okaxis", "payment"),
        ("see https://example.com/u/lena", "example.com", "url"),
        ("hi Anna, how are you", "Anna", "name"),
        ("hey mia!", "mia", "name"),
        ("Hello Lena Marie how r u", "Lena", "name"),
        ("my name is Tomasz", "Tomasz", "name"),
        ("ich heiße Jonas und du?", "Jonas", "name"),
        ("je m'appelle Chloé", "Chloé", "name"),
        ("user id 1234567890", "1234567890", None),
    ],
)
def test_each_kind_is_masked(text: str, secret: str, kind: str | None) -> None:
    masked, counts = mask_pii(text)
    assert secret not in masked
    if kind is not None:
        assert counts[kind] >= 1, (masked, counts)
        assert f"<{kind}>" in masked


@pytest.mark.parametrize(
    "text",
    [
        "hey send me pics",
        "hey there!",
        "lets go to telegram this app is buggy",
        "snap is down again",
        "add me on snap",
        "send $300 on cashapp in 2 hours",
        "pay 500 euros by friday",
        "venmo me 20000 dollars",
        "wait till 10.30 tonight",
        "I'm sorry, i only have 50 dollars",
        "ur so mature for ur age",
        "Thanks Mom, love you",
    ],
)
def test_ordinary_chat_and_amounts_are_kept(text: str) -> None:
    masked, counts = mask_pii(text)
    assert masked == text
    assert not counts


def test_sender_ids_in_text_are_masked_and_short_roles_are_not() -> None:
    masked, counts = mask_pii("i know mia-2010-fake and A said hi", senders=["mia-2010-fake", "A"])
    assert "mia-2010-fake" not in masked
    assert " A said" in masked
    assert counts["handle"] == 1


def test_masking_is_a_fixpoint_and_counts_only_new_tokens() -> None:
    text = "hi Anna, send to lena.fake@example.com or +44 7700 900123, card 4111111111111111"
    once, counts = mask_pii(text)
    twice, again = mask_pii(once)
    assert twice == once
    assert not again
    assert set(counts) <= set(PII_KINDS)
    assert counts == {"name": 1, "email": 1, "phone": 1, "card": 1}


def test_luhn() -> None:
    assert luhn_ok("4111 1111 1111 1111")
    assert luhn_ok("378282246310005")
    assert not luhn_ok("4111 1111 1111 1112")
    assert not luhn_ok("12345")
