"""What Today's later sections showed, saved (store/summary.py) and shown again right after the first frame
of the next start while every file it came from is unchanged: reading those files costs ~70 ms at thirty years."""

from __future__ import annotations

from typing import Any

from textual.content import Content, Span
from textual.widgets import Static

import resilience_tui
from resilience_tui.domain.insights import greeting

NAME = "today"
FORMAT = 1  # bump when what a summary holds, or how Today words it, changes


def summary_key(now, can_reflect: bool) -> dict[str, Any]:
    """What the sections' words depend on besides the records: the day (and its part, as the greeting),
    the time zone, whether the Reflection screen is there, and this version's wording."""
    return {"format": FORMAT, "version": resilience_tui.__version__, "day": now.date().isoformat(),
            "greeting": greeting(now), "offset": str(now.utcoffset()), "can_reflect": can_reflect}


def content_to_json(content: object) -> list[Any] | None:
    """[text, [[start, end, style], ...]]; None for anything that is not text with named styles."""
    if isinstance(content, str):
        return [content, []]
    if not isinstance(content, Content):
        return None
    spans = []
    for span in content.spans:
        if not isinstance(span.style, str):
            return None
        spans.append([span.start, span.end, span.style])
    return [content.plain, spans]


def content_from_json(saved: object) -> Content | None:
    if not (isinstance(saved, list) and len(saved) == 2 and isinstance(saved[0], str) and isinstance(saved[1], list)):
        return None
    spans = []
    for span in saved[1]:
        if not (isinstance(span, list) and len(span) == 3 and isinstance(span[0], int) and isinstance(span[1], int)
                and isinstance(span[2], str)):
            return None
        spans.append(Span(span[0], span[1], span[2]))
    return Content(saved[0], spans=spans)


def sections_to_json(widgets: dict[str, Static]) -> dict[str, Any] | None:
    """Each section's text and whether it shows; None if one cannot be saved."""
    body: dict[str, Any] = {}
    for name, widget in widgets.items():
        saved = content_to_json(widget.content) if widget.display else ["", []]
        if saved is None:
            return None
        body[name] = [bool(widget.display), saved]
    return body


def sections_from_json(body: dict[str, Any], names: tuple[str, ...]) -> dict[str, tuple[bool, Content]] | None:
    """The sections of a saved summary, every one of `names`; None if it does not have them all."""
    found: dict[str, tuple[bool, Content]] = {}
    for name in names:
        saved = body.get(name)
        if not (isinstance(saved, list) and len(saved) == 2 and isinstance(saved[0], bool)):
            return None
        content = content_from_json(saved[1])
        if content is None:
            return None
        found[name] = (saved[0], content)
    return found
