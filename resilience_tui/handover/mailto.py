"""A `mailto:` link (RFC 6068) that opens a new email in the person's mail program."""

from __future__ import annotations

from urllib.parse import quote

from resilience_tui.handover.eml import parse_recipients

# Characters RFC 6068 allows unescaped in an address; everything else is percent-encoded as UTF-8.
_ADDRESS_SAFE = "!$'()*+,;=:@-._~"


def build_mailto(*, to: str, subject: str, body: str) -> str:
    """'mailto:sam@acme.com?subject=...&body=...'. Line breaks become %0D%0A, as RFC 6068 asks."""
    addresses = [address.addr_spec for address in parse_recipients(to)]
    target = ",".join(quote(address, safe=_ADDRESS_SAFE.replace(",", "")) for address in addresses)
    text = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    fields = []
    if subject:
        fields.append("subject=" + quote(" ".join(subject.split()), safe=""))
    if text:
        fields.append("body=" + quote(text, safe=""))
    return f"mailto:{target}" + ("?" + "&".join(fields) if fields else "")
