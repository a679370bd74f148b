"""The demo's worries: most looked back on (and most did not happen), one whose look-back day is the
demo's today, and one still to come."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from resilience_tui.domain.worry import Worry
from resilience_tui.store.store import Store

__all__ = ["DEMO_WORRIES", "write_worries"]

# (the worry, written this many days before today, looked back on after this many days, answer, what happened)
DEMO_WORRIES: tuple[tuple[str, int, int, str, str], ...] = (
    ("I'll never get an interview again", 120, 14, "no", "Two screening calls came in that fortnight."),
    ("They'll think my portfolio is too thin", 100, 10, "no", "The panel asked about two of the projects."),
    ("I'll freeze when they ask about the gap in my CV", 80, 7, "partly", "I paused, then said it plainly. It was fine."),
    ("Nobody will answer my feedback emails", 60, 21, "no", "One detailed reply, one short one."),
    ("I'll run out of savings before I find something", 45, 30, "no", "Still within the budget I set."),
    ("The recruiter will stop replying after the no", 30, 14, "yes", "She went quiet. Others did not."),
    ("I'm not good enough for senior roles", 14, 14, "", ""),  # its day is today
    ("I'll mess up the final round next week", 3, 10, "", ""),
)


def write_worries(store: Store, today: date, seed: int) -> dict[str, int]:
    """Add the demo's worries (ids follow from `seed`; times are fixed, not the clock)."""
    worries = []
    for number, (text, written, after, answer, happened) in enumerate(DEMO_WORRIES):
        day = today - timedelta(days=written)
        at = datetime.combine(day, time(21, number)).astimezone()
        look_back_on = day + timedelta(days=after)
        answered_on = look_back_on if answer else None
        updated = datetime.combine(answered_on, time(8, 30)).astimezone() if answered_on else at
        worry_id = str(uuid.UUID(int=(seed * 2_000_003 + number) % (1 << 128), version=4))
        worries.append(Worry(text=text, look_back_on=look_back_on, answer=answer, what_happened=happened,
                             answered_on=answered_on, id=worry_id, created_at=at, updated_at=updated))
    return {"worries": store.worries.add_many(worries)}
