"""An RFC 5322 message file (`.eml`) that mail programs open as an unsent draft."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses

# CRLF line ends, as RFC 5322 asks; non-ASCII names and subjects become RFC 2047 encoded words.
_POLICY = policy.SMTP
# Only for an address whose own part (before the @) is not ASCII: raw UTF-8 headers (RFC 6532).
_POLICY_UTF8 = policy.SMTPUTF8


def _one_line(text: str) -> str:
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(cleaned.split())


def header_text(text: str) -> str:
    """One line without control characters, with any RFC 2047 encoded words already decoded (and
    decoded again while the result still holds one), so the header parser has nothing left to
    turn into a line break: a header can never be split or injected into."""
    line = _one_line(text)
    for _ in range(len(line)):
        if "=?" not in line:
            break
        decoded = _one_line(str(policy.default.header_factory("Subject", line)))
        if decoded == line:
            break
        line = decoded
    return line


def _domain(domain: str) -> str:
    """An international domain in its ASCII form (bücher.example -> xn--bcher-kva.example)."""
    if domain.isascii():
        return domain
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain


def parse_recipients(text: str) -> list[Address]:
    """'Zoë Müller <zoe@acme.com>, sam@acme.com' -> addresses; ValueError with a plain message if one cannot be read."""
    found = []
    for name, addr in getaddresses([_one_line(text)]):
        if not addr:
            continue
        username, at, domain = addr.rpartition("@")
        if not at or not username or "." not in domain or "=?" in addr:
            hint = ' A name with a comma goes in quotes: "Lee, Sam" <sam@acme.com>.' if "," in text else ""
            raise ValueError(f'"{addr}" is not an email address (like sam@acme.com).{hint}')
        try:
            found.append(Address(display_name=header_text(name), username=username, domain=_domain(domain)))
        except (ValueError, IndexError, TypeError):
            raise ValueError(f'"{addr}" is not an email address (like sam@acme.com).') from None
    if text.strip() and not found:
        raise ValueError(f'"{_one_line(text)}" is not an email address (like sam@acme.com).')
    return found


def build_eml(*, to: str, subject: str, body: str, from_name: str = "", from_address: str = "",
              date: datetime | None = None) -> bytes:
    """The message as bytes, marked `X-Unsent: 1`. Raises ValueError for an address that cannot be read."""
    recipients = parse_recipients(to)
    sender = parse_recipients(from_address)[0] if from_address.strip() else None
    everyone = recipients + ([sender] if sender else [])
    chosen = _POLICY if all(a.username.isascii() for a in everyone) else _POLICY_UTF8
    message = EmailMessage(policy=chosen)
    if recipients:
        message["To"] = recipients
    if sender is not None:
        message["From"] = Address(display_name=header_text(from_name) or sender.display_name,
                                  username=sender.username, domain=sender.domain)
    message["Subject"] = header_text(subject)
    if date is not None:
        message["Date"] = format_datetime(date)
    message["X-Unsent"] = "1"
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        message.set_content(text, charset="utf-8")
    else:
        message.set_content(text, charset="utf-8", cte="quoted-printable")
    return message.as_bytes(policy=chosen)
