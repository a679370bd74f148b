"""Shortening text to fit a space: cut between words, and always say so with "…"."""

from __future__ import annotations

__all__ = ["shorten"]

ELLIPSIS = "…"
_TRAILING = " \t,;:·—–-"


def shorten(text: str, width: int) -> str:
    """`text` if it fits in `width` characters; otherwise its words up to the last one that
    fits, then "…". A single word longer than the space is cut inside it (still with "…")."""
    if len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:max(0, width)]
    room = text[: width - 1]
    if not text[width - 1].isspace():
        before, space, _ = room.rpartition(" ")
        if space and before.rstrip(_TRAILING):
            room = before
    return room.rstrip(_TRAILING) + ELLIPSIS
