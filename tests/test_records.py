"""Record parsing: both input shapes, caps, and errors that never quote text."""

import pytest

from sxdetect.records import Caps, RecordError, as_conversation, parse_record


def test_taxonomy_record():
    conv = parse_record({
        "id": "c1", "lang": "en", "label": "benign", "meta": {"first_contact": True},
        "messages": [{"sender": "A", "text": "hi", "ts": "2026-01-05T21:03:00Z", "has_image": False,
                      "signals": ["new_contact"]}],
    })
    assert conv.id == "c1" and conv.meta["first_contact"] is True
    assert conv.messages[0].ts.year == 2026 and conv.messages[0].signals == ("new_contact",)


def test_single_text_row_and_string():
    assert len(parse_record({"id": "x", "text": "hello"}).messages) == 1
    assert as_conversation("hello", 3).id == "3"


@pytest.mark.parametrize(
    "raw, reason",
    [
        ([1, 2], "not a JSON object"),
        ({"messages": [{"text": "a"}]}, "no id"),
        ({"id": "a"}, "neither messages nor text"),
        ({"id": "a", "messages": []}, "no messages"),
        ({"id": "a", "messages": [{"text": "   "}]}, "no text"),
        ({"id": "a", "messages": [{"text": "x", "ts": "yesterday"}]}, "ISO-8601"),
        ({"id": "a", "messages": [{"text": "x", "signals": ["bogus"]}]}, "unknown signal"),
        ({"id": "a", "messages": [{"text": "x", "has_image": "maybe"}]}, "boolean"),
    ],
)
def test_errors(raw, reason):
    with pytest.raises(RecordError, match=reason):
        parse_record(raw)


def test_caps_and_no_text_in_errors():
    secret = "my secret message " * 10
    with pytest.raises(RecordError) as info:
        parse_record({"id": "a", "messages": [{"text": secret}]}, Caps(max_message_chars=20))
    assert "secret" not in str(info.value)
    with pytest.raises(RecordError, match="more than 2 messages"):
        parse_record({"id": "a", "messages": ["a", "b", "c"]}, Caps(max_messages=2))
