"""Updating Today's text only where it changed: an update redraws and lays out the whole screen."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


def same_text(shown: object, new: object) -> bool:
    """True when `new` would look exactly like `shown` (Content's own == ignores styles)."""
    if isinstance(shown, Content) and isinstance(new, Content):
        return shown.plain == new.plain and shown.spans == new.spans
    return type(shown) is type(new) and shown == new


def update(widget: Static, content: str | Content) -> bool:
    """`widget.update(content)` unless it shows that already; True when it was updated."""
    if same_text(widget.content, content):
        return False
    widget.update(content)
    return True
