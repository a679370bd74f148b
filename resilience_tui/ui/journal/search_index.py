"""The journal's search index, built once per start-up while the app is idle, one year per step.

Each step reads and indexes one year's file (a few milliseconds at most), on the UI
thread, with a timer between steps so that keys pressed meanwhile go first. Opening
the Journal then finds the index ready; saves change it entry by entry (store/journal.py).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp

START_AFTER = 0.8  # seconds after the app mounted: Today has drawn and filled in by then
STEP_GAP = 0.01  # between two years: whatever came meanwhile (keys, redraws) runs first


def build_when_idle(app: ResilienceApp) -> None:
    app.set_timer(START_AFTER, partial(_step, app), name="journal-index")


def _step(app: ResilienceApp) -> None:
    from resilience_tui.store.errors import StoreError

    try:
        more = app.store.journal.index_step()
    except StoreError:
        return  # the Journal builds what is left when it is opened, and says there what is wrong
    if more:
        app.set_timer(STEP_GAP, partial(_step, app), name="journal-index")
