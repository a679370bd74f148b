"""Goals made on the spot for the Pilot tests of the Goals board."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from resilience_tui.domain.goal import DONE, TODO, Goal
from resilience_tui.domain.goal_rules import ordered
from resilience_tui.services import goals as service
from resilience_tui.store.store import Store
from tests.ui.helpers import FIXED_NOW


def seed(folder: Path, *goals: Goal) -> list[Goal]:
    """Store goals so that each column reads in the order given (the first on top)."""
    store = Store(folder)
    saved = []
    for offset, goal in enumerate(reversed(goals)):
        moment = FIXED_NOW - timedelta(days=1, minutes=offset)
        fields = dict(created_at=moment)
        if goal.column == DONE and goal.finished_at is None:
            fields["finished_at"] = moment
        saved.append(service.add_goal(store, goal.edited(moment, **fields), moment))
    return list(reversed(saved))


def titles(folder: Path, column: str = TODO) -> list[str]:
    return [g.title for g in ordered(Store(folder).goals.all(), column)]


def focused_title(app) -> str | None:
    goal = getattr(app.focused, "goal", None)
    return goal.title if goal else None


def notices(app) -> list[str]:
    """What the app told the person (toasts are not painted in tests, but they are kept)."""
    return [notification.message for notification in app._notifications]
