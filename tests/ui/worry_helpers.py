"""Worries for the look-back tests, dated against the fixed clock."""

from __future__ import annotations

from datetime import timedelta

from resilience_tui.domain.worry import Worry
from resilience_tui.store.store import Store
from tests.ui.helpers import FIXED_NOW

TODAY = FIXED_NOW.date()
HOSTILE = "I'll never get an interview [bold]again[/]"


def worry(text: str, look_back_in: int, written_days_ago: int = 14, **fields) -> Worry:
    at = FIXED_NOW - timedelta(days=written_days_ago)
    return Worry(text=text, look_back_on=TODAY + timedelta(days=look_back_in), created_at=at, updated_at=at, **fields)


def some_worries(store: Store) -> dict[str, Worry]:
    """One due today, one still to come, two looked back on."""
    return {
        "due": store.worries.add(worry(HOSTILE, 0)),
        "later": store.worries.add(worry("They will think my portfolio is thin", 5, 2)),
        "no": store.worries.add(worry("I will freeze in the interview", -10, 30, answer="no",
                                      what_happened="I was nervous but I answered well", answered_on=TODAY)),
        "partly": store.worries.add(worry("Nobody will reply", -3, 20, answer="partly", answered_on=TODAY)),
    }
