"""The two text fields every form uses: one line (`Field`) and many (`TextBox`).

Both put the cursor at the end when tab brings focus to them, so the next key adds
to what is there instead of replacing it, and both undo with ctrl+z and redo with
ctrl+y. `TextArea` has its own undo; `Input` has none, so `Field` keeps a stack.
"""

from __future__ import annotations

from time import monotonic
from typing import Any

from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.widgets import Input, TextArea

UNDO_DEPTH = 200  # steps kept per field; a 5,000-character paste is one step
TYPING_PAUSE = 1.0  # seconds: letters typed closer together than this undo as one word


def _common_start(old: str, new: str) -> int:
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    return start


def _changed_span_end(old: str, new: str) -> int:
    """Where the cursor belongs after going back from `new` to `old`: the end of what changed."""
    start = _common_start(old, new)
    limit = min(len(old), len(new))
    tail = 0
    while tail < limit - start and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return len(old) - tail


class Field(Input):
    """A single-line field that never selects its text on focus and can undo."""

    BINDINGS = [
        Binding("ctrl+z", "undo", "Undo", show=False),
        Binding("ctrl+y,ctrl+shift+z", "redo", "Redo", show=False),
    ]

    def __init__(self, value: str | None = None, *args: Any, **kwargs: Any) -> None:
        kwargs["select_on_focus"] = False
        self._undo: list[str] = []
        self._redo: list[str] = []
        self._restoring = True  # the first value is where undo stops
        self._last_typed = 0.0  # when the last single letter was added, for grouping into words
        super().__init__(value, *args, **kwargs)
        self._restoring = False

    def watch_value(self, old: str, new: str) -> None:
        if self._restoring or old == new:
            return
        now = monotonic()
        one_letter = len(new) == len(old) + 1 and not new[_common_start(old, new)].isspace()
        if not (one_letter and self._undo and now - self._last_typed < TYPING_PAUSE):
            self._undo.append(old)
            del self._undo[:-UNDO_DEPTH]
        self._last_typed = now if one_letter else 0.0
        self._redo.clear()

    def _swap(self, source: list[str], target: list[str]) -> None:
        if not source:
            self.app.bell()
            return
        previous = source.pop()
        target.append(self.value)
        self._restoring = True
        try:
            cursor = _changed_span_end(previous, self.value)
            self.value = previous
            self.cursor_position = cursor
        finally:
            self._restoring = False
        self._last_typed = 0.0

    def action_undo(self) -> None:
        self._swap(self._undo, self._redo)

    def action_redo(self) -> None:
        self._swap(self._redo, self._undo)

    def _on_focus(self, event: events.Focus) -> None:
        super()._on_focus(event)
        if not event.from_app_focus:
            self._initial_value = False  # Input scrolls to its cursor only once it has been edited
            self.cursor_position = len(self.value)
            self.scroll_to_region(Region(self._cursor_offset, 0, 1, 1), force=True, animate=False)


class TextBox(TextArea):
    """A multi-line field: wraps, lets tab move on, starts at the end of its text."""

    def __init__(self, text: str = "", **kwargs: Any) -> None:
        kwargs.setdefault("soft_wrap", True)
        kwargs.setdefault("tab_behavior", "focus")
        super().__init__(text, **kwargs)

    def _on_focus(self, event: events.Focus) -> None:
        super()._on_focus(event)
        if not event.from_app_focus:
            self.move_cursor(self.document.end)
