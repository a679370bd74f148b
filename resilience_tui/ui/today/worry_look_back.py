"""Today, on a worry's look-back day: the worry as written, and "did it happen?" (w answers).

Hidden when no worry's day has come. The worry is the person's own words, shown as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.visible import visible
from resilience_tui.ui.today.unchanged import update

if TYPE_CHECKING:  # the worry module (and its date phrases) loads after Today's first frame
    from resilience_tui.domain.worry import Worry

TITLE = "A worry to look back on"
ASK = "Did it happen? Press w to look back: no, partly or yes, and a line if you like."


def look_back_content(due: Sequence[Worry], today: date) -> Content:
    worry = due[0]
    written = friendly_day(worry.created_at.date(), today)
    lines = [Content.assemble((TITLE, "bold"), (f"  written {written}", "dim")),
             Content(visible(worry.text)),
             Content(ASK)]
    if len(due) > 1:
        more = len(due) - 1
        lines.append(Content.assemble((f"And {more} more worr{'y' if more == 1 else 'ies'} ready to look back on "
                                       "(j, then W).", "dim")))
    return Content("\n").join(lines)


class WorryLookBack(Static):
    def on_mount(self) -> None:
        self.display = False

    def show(self, due: Sequence[Worry], today: date) -> None:
        if not due:
            self.display = False
            return
        update(self, look_back_content(due, today))
        self.display = True
