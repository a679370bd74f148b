"""What one day of Year in pixels holds: its check-ins, journal entries and wins, and its job events."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.journal import excerpt
from resilience_tui.domain.visible import visible
from resilience_tui.domain.year_pixels import DayDetails, day_label
from resilience_tui.ui.common.base import ResilienceModal
from resilience_tui.ui.common.text import checkin_line, first_line


def day_content(details: DayDetails) -> Content:
    lines: list[Content] = [Content.assemble((day_label(details.day), "bold"), ("   escape closes", "dim"))]
    if not (details.checkins or details.entries or details.events):
        lines += [Content(""), Content("Nothing was recorded on this day. That is fine: every day counts, written down or not.")]
        return Content("\n").join(lines)
    if details.checkins:
        lines += [Content(""), Content("Check-ins").stylize("bold underline")]
        lines += [checkin_line(checkin) for checkin in details.checkins]
    if details.entries:
        lines += [Content(""), Content("Journal").stylize("bold underline")]
        for entry in details.entries:
            kind = "Win" if entry.is_win else "Entry"
            lines.append(Content.assemble((f"{entry.at.strftime('%H:%M')}  {kind}: ", "dim"),
                                          (first_line(entry.heading), "bold")))
            more = excerpt(entry, 160)
            if more:
                lines.append(Content("       " + visible(more)))
    if details.events:
        lines += [Content(""), Content("What happened").stylize("bold underline")]
        lines += [Content(visible(event.words)) for event in details.events]
    return Content("\n").join(lines)


class DayModal(ResilienceModal[None]):
    DEFAULT_CSS = """
    DayModal { align: center middle; }
    #day-box { width: 90; max-width: 95%; height: auto; max-height: 90%; border: round $primary; padding: 0 1;
               background: $surface; }
    #day-box:focus { border: round $accent; }
    """
    BINDINGS = [Binding("escape,enter,q", "dismiss", "Close")]

    def __init__(self, details: DayDetails) -> None:
        super().__init__()
        self.details = details

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="day-box"):
            yield Static(day_content(self.details), id="day-details")

    def on_mount(self) -> None:
        self.query_one("#day-box").focus()
