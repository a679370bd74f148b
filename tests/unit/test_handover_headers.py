"""Hand-over .eml headers: encoded words and raw line breaks in what the person typed never add a header."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from resilience_tui.handover.eml import build_eml

INJECTED = "=?utf-8?q?Thanks=0D=0ABcc:_x@y?="


def parse(data: bytes):
    return message_from_bytes(data, policy=policy.default)


def header_names(data: bytes) -> list[str]:
    return [name for name, _ in parse(data).items()]


EXPECTED = ["To", "From", "Subject", "X-Unsent", "Content-Type", "Content-Transfer-Encoding", "MIME-Version"]


@pytest.mark.parametrize("subject, shown", [
    (INJECTED, "Thanks Bcc: x@y"),
    ("=?utf-8?b?VGhhbmtzDQpCY2M6IHhAeQ==?=", "Thanks Bcc: x@y"),
    ("Hi =?utf-8?q?there=0ABcc:_x@y?= again", "Hi there Bcc: x@y again"),
    ("=?utf-8?q?=3D=3Futf-8=3Fq=3FA=3D0ABcc:=5Fx@y=3F=3D?=", "A Bcc: x@y"),
    ("Thanks\r\nBcc: x@y", "Thanks Bcc: x@y"),
])
def test_an_encoded_line_break_in_the_subject_adds_no_header(subject, shown):
    data = build_eml(to="sam@acme.example", subject=subject, body="hi", from_name="Alex",
                     from_address="alex@example.org")
    message = parse(data)
    assert header_names(data) == EXPECTED
    assert message["Bcc"] is None
    assert message["Subject"] == shown


@pytest.mark.parametrize("to", [
    '"=?utf-8?q?Sam=0D=0ABcc:_x@y?=" <sam@acme.example>',
    '"Sam\r\nBcc: x@y" <sam@acme.example>',
])
def test_an_encoded_line_break_in_a_name_adds_no_header(to):
    data = build_eml(to=to, subject="Hi", body="hi", from_name="=?utf-8?q?Alex=0D=0ABcc:_x@y?=",
                     from_address="alex@example.org")
    message = parse(data)
    assert header_names(data) == EXPECTED
    assert str(message["To"]) == '"Sam Bcc: x@y" <sam@acme.example>'
    assert str(message["From"]) == '"Alex Bcc: x@y" <alex@example.org>'


def test_an_encoded_word_in_the_mailbox_part_is_not_an_address():
    with pytest.raises(ValueError, match="is not an email address"):
        build_eml(to="=?utf-8?q?a=0D=0AX?=@acme.example", subject="Hi", body="hi")
