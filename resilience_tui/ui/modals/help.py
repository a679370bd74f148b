"""`?`: every key, in plain words, built from the bindings themselves so it never drifts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

EXTRA_KEYS = [
    ("Everywhere", "ctrl+p", "Command palette: every screen and action, and \"Change theme\""),
    ("Everywhere", "tab / shift+tab", "Move between fields"),
    ("Everywhere", "escape", "Leave a field, stop editing, or close a window like this one"),
    ("Check-in", "1 to 5", "Set the mood (when no text field has focus)"),
    ("Check-in", "left / right", "Change the mood or energy that has focus"),
    ("Check-in", "0 or backspace", "Clear the energy"),
    ("Check-in", "space", "Tick or untick the highlighted feeling"),
    ("Check-in", "escape", "Stop editing an earlier check-in (nothing changes)"),
    ("Check-in", "u", "Bring back the check-in just deleted"),
]


def _describe(bindings: list[Binding], section: str) -> list[tuple[str, str, str]]:
    rows = []
    for binding in bindings:
        if binding.show and binding.description:
            key = binding.key_display or binding.key.replace(",", " / ")
            rows.append((section, key, binding.tooltip or binding.description))
    return rows


class HelpModal(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        from resilience_tui.ui.screens.checkin import CheckinScreen
        from resilience_tui.ui.widgets.history import HistoryTable

        rows = _describe(self.app.BINDINGS, "Everywhere")
        rows += _describe(CheckinScreen.BINDINGS, "Check-in")
        rows += _describe(HistoryTable.BINDINGS, "Earlier check-ins")
        rows += EXTRA_KEYS
        order = ["Everywhere", "Check-in", "Earlier check-ins"]
        rows.sort(key=lambda row: order.index(row[0]))
        lines: list[Content] = [Content.assemble(("Keys", "bold"), ("   escape closes this", "dim"))]
        section = None
        for name, key, what in rows:
            if name != section:
                lines.append(Content.assemble("\n", (name, "bold underline")))
                section = name
            lines.append(Content.assemble((f"  {key:<16}", "bold"), what))
        with VerticalScroll(id="help-box"):
            yield Static(Content("\n").join(lines))
