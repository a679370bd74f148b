"""Today, after a low check-in: one of the person's own wins, in their own words.

Shown only when the latest check-in is very low or low and there is a win to
show. The win is the same all day and another one tomorrow (`pick_win`). Wins are read only then, from the
newest years back, so a good day costs Today nothing.
"""

from __future__ import annotations

from datetime import datetime

from textual.content import Content
from textual.widgets import Static

LOW_MOODS = (1, 2)
WIN_WORDS = 240  # at most this much of the win, shortened between words


class PastWin(Static):
    def on_mount(self) -> None:
        self.display = False

    def show(self, checkins, journal, now: datetime) -> None:
        """`checkins` oldest first (as Today has them); `journal` the store's journal."""
        from resilience_tui.domain.journal import excerpt, pick_win  # only after the first paint
        from resilience_tui.domain.shorten import shorten

        latest = checkins[-1] if checkins else None
        if latest is None or latest.mood not in LOW_MOODS:
            self.display = False
            return
        win = pick_win(journal.recent_wins(), now.date())
        if win is None:  # no wins kept yet: the Journal invites them; Today stays as it was
            self.display = False
            return
        words = shorten(excerpt(win, limit=len(win.body) + 1), WIN_WORDS)
        self.update(Content.assemble(
            ("From your wins, ", "bold"), (win.at.strftime("%A %d %B %Y"), "bold"), "\n",
            (win.heading, "bold"), *(("\n", words) if words else ()), "\n",
            (f"You wrote this {written_when(win.at, now)}, and it is still true.  "
             "j opens your journal, v shows every win.", "dim"),
        ))
        self.display = True


def written_when(at: datetime, now: datetime) -> str:
    """When a win was written, said from now: "this morning", "yesterday", "on Monday",
    "a year ago today", "on Tue 03 Nov" (with the year when it was another year)."""
    moment = at.astimezone(now.tzinfo) if at.tzinfo and now.tzinfo else at
    day, today = moment.date(), now.date()
    days = (today - day).days
    if days <= 0:
        if moment.hour < 12:
            return "this morning"
        return "this afternoon" if moment.hour < 18 else "this evening"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"on {day.strftime('%A')}"
    if (day.month, day.day) == (today.month, today.day):
        years = today.year - day.year
        return "a year ago today" if years == 1 else f"{years} years ago today"
    return f"on {day.strftime('%a %d %b' if day.year == today.year else '%a %d %b %Y')}"
