"""`write_demo`: the whole demo dataset, written through the store into an empty folder."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from resilience_tui.demo.applications import DemoApplications
from resilience_tui.demo.checkins import demo_checkins
from resilience_tui.demo.common import MAX_YEARS
from resilience_tui.demo.goals import write_goals
from resilience_tui.demo.journal import write_journal
from resilience_tui.demo.memories import write_memories
from resilience_tui.demo.people import write_people
from resilience_tui.demo.plan import make_plan
from resilience_tui.demo.reflections import write_reflections
from resilience_tui.demo.worries import write_worries
from resilience_tui.store.store import Store

__all__ = ["write_demo"]


def write_demo(folder: Path, years: int = 1, *, seed: int = 2026, today: date | None = None) -> dict[str, int]:
    """Write `years` of demo data ending on `today` into the empty or new `folder`.

    Returns how many records were written per area, e.g. ``{"checkins": 730}``.
    Raises ValueError with a plain message for a folder that holds anything or
    for `years` outside 1..30; nothing is written then.
    """
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise ValueError(f"The number of years must be a whole number from 1 to {MAX_YEARS}.")
    folder = Path(folder)
    if folder.exists():
        if not folder.is_dir():
            raise ValueError(f"{folder} is a file, not a folder. Choose an empty or new folder for the demo.")
        if any(folder.iterdir()):
            raise ValueError(
                f"{folder} is not empty. The demo only writes into an empty or new folder, "
                "so nothing already there is overwritten."
            )
    today = today or date.today()
    rng = random.Random(seed)
    days = 365 * years
    first_day = today - timedelta(days=days - 1)
    plan = make_plan(rng, days)
    checkins = demo_checkins(rng, plan, first_day)
    applications = DemoApplications(plan, first_day, today, seed)
    checkins = applications.link(checkins)

    store = Store(folder)
    written = store.checkins.add_many(checkins)
    counts = {
        "checkins": written,
        **applications.write(store),
        **write_journal(store, plan, first_day, seed),
        **write_goals(store, plan, first_day, seed),
        **write_reflections(store, today, seed),
        **write_people(store, first_day, seed),
        **write_worries(store, today, seed),
    }
    for area, count in write_memories(store, today, checkins, seed).items():
        counts[area] = counts.get(area, 0) + count
    return counts
