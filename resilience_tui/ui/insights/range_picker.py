"""The row of ranges at the top of Insights: left and right (or 1 to 5) choose, `[` and `]` step through years."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from resilience_tui.domain.insight_range import ALL, DAYS_30, DAYS_90, KINDS, MONTHS_12, YEAR, InsightRange

SHORT_LABELS = {DAYS_30: "30 days", DAYS_90: "90 days", MONTHS_12: "12 months", ALL: "everything"}


class RangePicker(Widget, can_focus=True):
    """`Range: 1 30 days  2 90 days  3 12 months  4 2026  5 everything`, the chosen one reversed and marked."""

    ALLOW_SELECT = False
    # Its rules are in insights.tcss, read while the app is idle: a DEFAULT_CSS would make Textual parse
    # every stylesheet again when the first one is mounted, in the first frame of Insights.
    BINDINGS = [
        Binding("left", "move(-1)", "Range before", show=False),
        Binding("right", "move(1)", "Range after", show=False),
    ]

    class Picked(Message):
        """The person chose a kind of range (YEAR: the year shown)."""

        def __init__(self, kind: str) -> None:
            super().__init__()
            self.kind = kind

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002  (Textual's name)
        super().__init__(id=id)
        self.kind = MONTHS_12
        self.year_label = ""
        self._spans: list[tuple[int, int, str]] = []

    def show(self, span: InsightRange) -> None:
        """Mark the range shown: its kind, and the year when it is a calendar year."""
        year = str(span.year) if span.year is not None else ""
        if (span.kind, year) != (self.kind, self.year_label):
            self.kind, self.year_label = span.kind, year
            self.refresh()

    def label(self, kind: str) -> str:
        if kind == YEAR:
            return f"year {self.year_label}" if self.year_label else "a year"
        return SHORT_LABELS[kind]

    def render(self) -> Content:
        parts: list[str | tuple[str, str]] = [("Range ", "dim")]
        self._spans = []
        for number, kind in enumerate(KINDS, start=1):
            start = sum(len(p if isinstance(p, str) else p[0]) for p in parts)
            chosen = kind == self.kind
            text = f"{'▸' if chosen else ' '}{number} {self.label(kind)} "
            parts.append((text, "reverse bold" if chosen else ""))
            self._spans.append((start, start + len(text), kind))
            parts.append(" ")
        hint = "  [ and ] step through years"
        if sum(len(p if isinstance(p, str) else p[0]) for p in parts) + len(hint) <= self.size.width:
            parts.append((hint, "dim"))
        return Content.assemble(*parts)

    def action_move(self, step: int) -> None:
        index = (KINDS.index(self.kind) + step) % len(KINDS)
        self.post_message(self.Picked(KINDS[index]))

    def on_click(self, event: events.Click) -> None:
        for start, end, kind in self._spans:
            if start <= event.x < end:
                self.post_message(self.Picked(kind))
                return
