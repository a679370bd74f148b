"""The last guard on screen: every painted line shows control characters as visible escapes.

Screens pass typed text through `domain.visible.visible` where they build their
content; this line filter catches whatever still reaches a line (a widget's own
rendering of a value, a notification) so that no escape sequence typed into a
record is ever written to the terminal raw. The line keeps its width.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from resilience_tui.domain.visible import is_visible, visible


class VisibleControls(LineFilter):
    """Shows C0/C1 controls, DEL and bidirectional controls in painted lines as visible escapes."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if is_visible("".join([segment.text for segment in segments if not segment.control])):
            return segments  # the usual case: one search over the whole line
        width = sum(segment.cell_length for segment in segments)
        shown = [segment if segment.control else Segment(visible(segment.text), segment.style)
                 for segment in segments]
        return Segment.adjust_line_length(shown, width)
