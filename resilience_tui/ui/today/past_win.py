"""Today, after a low check-in: one of the person's own wins, in their own words.

Shown only when the latest check-in is very low or low and there is a win to
show. The win is the same all day and another one tomorrow (`pick_win`). Wins are read only then, from the
newest years back, so a good day costs Today nothing.
"""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widgets import Static

LOW_MOODS = (1, 2)


class PastWin(Static):
    def on_mount(self) -> None:
        self.display = False

    def show(self, checkins, journal, today: date) -> None:
        """`checkins` oldest first (as Today has them); `journal` the store's journal."""
        from resilience_tui.domain.journal import excerpt, pick_win  # only after the first paint

        latest = checkins[-1] if checkins else None
        if latest is None or latest.mood not in LOW_MOODS:
            self.display = False
            return
        win = pick_win(journal.recent_wins(), today)
        if win is None:  # no wins kept yet: the Journal invites them; Today stays as it was
            self.display = False
            return
        words = excerpt(win)
        self.update(Content.assemble(
            ("From your wins, ", "bold"), (win.at.strftime("%A %d %B %Y"), "bold"), "\n",
            (win.heading, "bold"), *(("\n", words) if words else ()), "\n",
            ("You wrote this on another day, and it is still true.  j opens your journal, v shows every win.", "dim"),
        ))
        self.display = True
