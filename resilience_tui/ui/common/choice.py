"""The chosen value of a Select that cannot be blank."""

from __future__ import annotations

from textual.widgets import Select
from textual.widgets.select import NoSelection


def chosen(select: Select[str]) -> str:
    """The value of a Select made with allow_blank=False: once mounted, one option is always chosen."""
    value = select.value
    if isinstance(value, NoSelection):
        raise LookupError(f"the Select {select.id or ''} has no option chosen yet (is it mounted?)")
    return value
