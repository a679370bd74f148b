"""Hand-over: the .eml parses back with Python's email package, the mailto: link decodes back,
clipboard tools are used only when installed (and never hang), files are private and never overwritten."""

from __future__ import annotations

import os
import stat
import subprocess
from datetime import date, datetime, timezone
from email import message_from_bytes, policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from resilience_tui.handover import clipboard, mail_client
from resilience_tui.handover.eml import build_eml, parse_recipients
from resilience_tui.handover.files import default_folder, file_name, save_new_file
from resilience_tui.handover.mailto import build_mailto

BODY = "Dear Zoë,\n\nThank you — really. What is one thing I could do better?\n\n[bold]Alex[/] {role} 100% + more\n"


def parse(data: bytes):
    return message_from_bytes(data, policy=policy.default)


@pytest.mark.parametrize("to, shown", [
    ("Zoë Müller <zoe@acme.example>", "Zoë Müller <zoe@acme.example>"),
    ('"Lee, Sam" <sam@acme.example>', '"Lee, Sam" <sam@acme.example>'),
    ("sam@acme.example", "sam@acme.example"),
    ("Łukasz Nowak <lukasz@bücher.example>", "Łukasz Nowak <lukasz@xn--bcher-kva.example>"),
])
def test_eml_parses_back_into_the_same_headers_and_body(to, shown):
    data = build_eml(to=to, subject="Thank you, and a question — Ünïcode", body=BODY, from_name="Alex Ñoño",
                     from_address="alex@example.org", date=datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc))
    message = parse(data)
    assert str(message["To"]) == shown
    assert str(message["From"]) == "Alex Ñoño <alex@example.org>"
    assert message["Subject"] == "Thank you, and a question — Ünïcode"
    assert message["X-Unsent"] == "1"
    assert message["Date"] == "Thu, 26 Nov 2026 18:30:00 +0000"
    assert message.get_content().replace("\r\n", "\n") == BODY
    assert message.get_content_type() == "text/plain"
    head = data.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()  # non-ASCII names and subjects travel as encoded words (RFC 2047)
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))


def test_a_non_ascii_mailbox_name_uses_utf8_headers():
    message = parse(build_eml(to="José <josé@acme.example>", subject="Hola", body="¿Qué tal?"))
    assert str(message["To"]) == "José <josé@acme.example>"
    assert message.get_content().strip() == "¿Qué tal?"


def test_no_recipient_and_hostile_header_text_cannot_add_headers():
    data = build_eml(to="", subject="Hi\r\nBcc: spy@evil.example", body="x", from_name="A\nB: c")
    message = parse(data)
    assert message["To"] is None and message["Bcc"] is None
    assert message["Subject"] == "Hi Bcc: spy@evil.example"


@pytest.mark.parametrize("to, words", [("not an address", "is not an email address"),
                                       ("Lee, Sam <sam@acme.example>", "goes in quotes"), ("sam@localhost", "sam@localhost")])
def test_an_address_that_cannot_be_read_is_explained(to, words):
    with pytest.raises(ValueError) as raised:
        build_eml(to=to, subject="s", body="b")
    assert words in str(raised.value)


def test_several_recipients():
    assert [a.addr_spec for a in parse_recipients("a@x.example, B <b@y.example>")] == ["a@x.example", "b@y.example"]


@pytest.mark.parametrize("to", ["Zoë <zoe@acme.example>", "sam+jobs@acme.example", ""])
def test_mailto_decodes_back_to_the_same_recipient_subject_and_body(to):
    subject = "Thank you & a question? #1 — 100%"
    url = build_mailto(to=to, subject=subject, body=BODY)
    assert url.startswith("mailto:")
    parts = urlsplit(url)
    assert " " not in url and "\n" not in url
    assert unquote(parts.path) == (parse_recipients(to)[0].addr_spec if to else "")
    fields = parse_qs(parts.query, keep_blank_values=True)
    assert fields["subject"] == [subject]
    assert fields["body"] == [BODY.replace("\n", "\r\n")]  # RFC 6068: line breaks as %0D%0A
    assert "%0D%0A" in url and "+" not in parts.query


def test_clipboard_uses_the_first_installed_tool(monkeypatch):
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(clipboard.sys, "platform", "linux")
    installed = {"xclip": "/usr/bin/xclip"}
    monkeypatch.setattr(clipboard.shutil, "which", installed.get)
    calls = []

    def run(command, **kwargs):
        calls.append((command, kwargs))
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(clipboard.subprocess, "run", run)
    assert clipboard.copy_native("Zoë [b]") == "xclip"
    [(command, kwargs)] = calls
    assert command == ["/usr/bin/xclip", "-selection", "clipboard"]
    assert kwargs["input"] == "Zoë [b]".encode() and kwargs["timeout"] == clipboard.TIMEOUT_SECONDS
    assert kwargs["stdout"] == subprocess.DEVNULL  # a tool that keeps running cannot hold the app


def test_clipboard_without_tools_a_failing_tool_or_a_hanging_one(monkeypatch):
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(clipboard.sys, "platform", "linux")
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: None)
    assert clipboard.copy_native("x") is None
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: f"/usr/bin/{name}")

    def hang(command, **kwargs):
        if command[0].endswith("xclip"):
            raise subprocess.TimeoutExpired(command, kwargs["timeout"])
        return subprocess.CompletedProcess(command, 1)

    monkeypatch.setattr(clipboard.subprocess, "run", hang)
    assert clipboard.copy_native("x") is None  # xclip hung, xsel failed: reported, not raised
    monkeypatch.delenv("DISPLAY")
    assert clipboard.candidate_tools() == []  # no desktop, no tool


def test_pbcopy_on_a_mac(monkeypatch):
    monkeypatch.setattr(clipboard.sys, "platform", "darwin")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert clipboard.candidate_tools() == [["pbcopy"]]


def test_the_mail_program_opens_only_through_the_desktop_opener(monkeypatch):
    started = []
    monkeypatch.setattr(mail_client.sys, "platform", "linux")
    monkeypatch.setattr(mail_client.os, "name", "posix")
    monkeypatch.setattr(mail_client.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(mail_client.subprocess, "Popen", lambda command, **kw: started.append((command, kw)))
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert mail_client.open_link("mailto:a@b.example") is False and started == []  # no desktop here
    monkeypatch.setenv("DISPLAY", ":0")
    assert mail_client.open_link("mailto:a@b.example?subject=x") is True
    [(command, kwargs)] = started
    assert command == ["/usr/bin/xdg-open", "mailto:a@b.example?subject=x"]
    assert kwargs["start_new_session"] and kwargs["stdin"] == subprocess.DEVNULL
    monkeypatch.setattr(mail_client.shutil, "which", lambda name: None)
    assert mail_client.open_link("mailto:a@b.example") is False


def test_eml_files_are_private_and_never_written_over(tmp_path):
    folder = tmp_path / "new" / "folder"
    first = save_new_file(folder, "request.eml", b"one")
    second = save_new_file(folder, "request.eml", b"two")
    assert (first.name, second.name) == ("request.eml", "request-2.eml")
    assert first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert stat.S_IMODE(os.stat(first).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    with pytest.raises(NotADirectoryError):
        save_new_file(first, "x.eml", b"")


def test_the_default_folder_and_a_safe_file_name(tmp_path):
    assert default_folder(tmp_path) == tmp_path
    (tmp_path / "Documents").mkdir()
    assert default_folder(tmp_path) == tmp_path / "Documents"
    assert file_name("Acme Health / R&D ../..", date(2026, 11, 26)) == "feedback-request-acme-health-r-d-2026-11-26.eml"
    assert file_name("", date(2026, 11, 26)) == "feedback-request-2026-11-26.eml"
    assert file_name("Zoë's 🎉", date(2026, 11, 26)) == "feedback-request-zo-s-2026-11-26.eml"
