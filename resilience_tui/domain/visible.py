"""Typed text made safe to show: control characters become visible escapes.

What people type is stored exactly, but a terminal acts on control characters:
an escape sequence in a goal title could write the clipboard (OSC 52), clear the
screen or hide a link (OSC 8). Every place that shows or prints typed text passes
it through `visible` first. Newline and tab are kept; ESC shows as "␛"; every
other C0/C1 control and DEL shows as a `\\x07` style escape; the Unicode
bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
show as `\\u202e` style escapes, so text reads as it is stored. Right-to-left
letters themselves are left alone.
"""

from __future__ import annotations

import functools
import re

ESCAPE_MARK = "\u241b"  # ␛ SYMBOL FOR ESCAPE

_KEPT = {"\n", "\t"}
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        if chr(code) not in _KEPT:
            table[code] = f"\\x{code:02x}"
    table[0x1B] = ESCAPE_MARK
    for code in _BIDI:
        table[code] = f"\\u{code:04x}"
    return table


_TABLE = _table()


@functools.cache
def _shown_as_escapes() -> re.Pattern[str]:
    """Made on first use: the shell's quick commands print through `visible` but never ask `is_visible`."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")


def visible(text: str) -> str:
    """`text` with every control character that a terminal would act on shown as a visible escape."""
    return text.translate(_TABLE)


def is_visible(text: str) -> bool:
    """True when `visible(text)` would change nothing."""
    return _shown_as_escapes().search(text) is None
