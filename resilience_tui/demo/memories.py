"""A memory for Insights' "on this day": a check-in and a win on the demo's today, a year earlier.

A demo of one year starts the day after that date, so without this "on this day" would
have nothing to show. Written only when no demo check-in falls on that date already.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.journal import WIN, JournalEntry
from resilience_tui.store.store import Store


def write_memories(store: Store, today: date, checkins: Sequence[CheckIn], seed: int) -> dict[str, int]:
    """A good evening check-in and a win a year before `today`, unless the demo already has that day."""
    if (today.month, today.day) == (2, 29):
        return {}  # a 29 Feb shows memories from earlier 29 Febs only
    day = today.replace(year=today.year - 1)
    if any(c.at.astimezone().date() == day for c in checkins):
        return {}
    rng = random.Random(seed + 365)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    at = datetime.combine(day, time(19, 30)).astimezone()
    store.checkins.add_many([CheckIn(mood=4, at=at, energy=3, emotions=("proud", "grateful"), tags=("course",),
                               note="Finished the last module of the SQL course. Small, but mine.",
                               id=new_id(), created_at=at, updated_at=at)])
    win_at = at + timedelta(minutes=10)
    store.journal.add_many([JournalEntry(body="# Finished the SQL course\n\nSix weeks of evenings, and it is done.",
                                         at=win_at, kind=WIN, id=new_id(), created_at=win_at, updated_at=win_at)])
    return {"checkins": 1, "journal": 1}
