"""Goals through the store: add, move, reorder, delete and bring back, and linked goals.

Each function applies one rule from `domain.goal_rules` and saves every goal it
changed in one atomic write. A `StoreError` from a failed save passes through
unchanged (the file on disk is as it was), for the caller to show.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from resilience_tui.domain import goal_rules as rules
from resilience_tui.domain.day_words import local_day
from resilience_tui.domain.goal import DONE, SOURCE_KINDS, TODO, Goal, Source, find_category, validate
from resilience_tui.domain.records import ValidationError, now_local

if TYPE_CHECKING:
    from resilience_tui.domain.goal_starters import Starter
    from resilience_tui.store.store import Store


def _save(store: Store, changed: list[Goal]) -> None:
    if len(changed) == 1:
        store.goals.add(changed[0])
    elif changed:
        store.goals.save_many(changed)


def add_goal(store: Store, goal: Goal, now: datetime | None = None) -> Goal:
    """Check a new goal and put it at the top of its column."""
    now = now or now_local()
    goal = validate(goal)
    goal = rules.start_week(replace(goal, position=rules.top_position(store.goals.all(), goal.column)), local_day(now))
    if goal.column == DONE and goal.finished_at is None:
        goal = replace(goal, finished_at=now)
    saved: Goal = store.goals.add(rules.settle_week(goal))
    return saved


def save_goal(store: Store, goal: Goal, now: datetime | None = None) -> Goal:
    """Save an edited goal (already carrying its changes); a goal just made weekly starts this week."""
    now = now or now_local()
    goal = rules.settle_week(rules.start_week(validate(goal), local_day(now)))
    if not goal.weekly and (goal.week_of or goal.weeks_done):
        goal = replace(goal, week_of=None)  # the history of weeks done is kept, should it become weekly again
    # `add` rather than `update`: if another window deleted the goal meanwhile, the edit brings it back.
    saved: Goal = store.goals.add(goal)
    return saved


def add_starters(store: Store, starters: Iterable[Starter], now: datetime | None = None) -> list[Goal]:
    """Add the starter goals the person picked, in the order shown, at the top of To do; one write."""
    now = now or now_local()
    top = rules.top_position(store.goals.all(), TODO)
    picked = list(starters)
    goals = [
        rules.start_week(starter.goal(now, position=top - len(picked) + index), local_day(now))
        for index, starter in enumerate(picked)
    ]
    store.goals.add_many(goals)
    return goals


def create_linked_goal(
    store: Store,
    title: str,
    category: str,
    source_kind: str,
    source_id: str,
    due: date | None = None,
    *,
    now: datetime | None = None,
) -> Goal:
    """Create a goal that came from an application, a feedback request or a reflection.

    Asking twice for the same title from the same record returns the goal made the
    first time, so a screen can offer "make this a goal" without ever duplicating it.
    Raises ValidationError for a blank title, an unknown category or source kind.
    """
    now = now or now_local()
    if source_kind not in SOURCE_KINDS:
        raise ValidationError("A linked goal comes from an application, a feedback request or a reflection.", "source")
    found = find_category(category)
    if found is None:
        raise ValidationError(f'"{category}" is not a goal category.', "category")
    source = Source(source_kind, str(source_id))
    key = title.strip().casefold()
    goal = validate(Goal(title=title, category=found.key, due=due, source=source, created_at=now, updated_at=now))
    goal = replace(goal, position=rules.top_position(store.goals.all(), TODO))
    stored: Goal = store.goals.add_unless(goal, lambda g: g.source == source and g.title.strip().casefold() == key)
    return stored


def move_goal(store: Store, goal_id: str, column: str, now: datetime | None = None) -> Goal | None:
    """Move a goal to the top of `column`; None if it is already there (or gone)."""
    changed = rules.move_to_column(store.goals.all(), goal_id, column, now or now_local())
    _save(store, changed)
    return changed[0] if changed else None


def step_goal(store: Store, goal_id: str, step: int, now: datetime | None = None) -> Goal | None:
    """Move a goal one column right (1) or left (-1)."""
    goal = store.goals.get(goal_id)
    target = rules.neighbour_column(goal.column, step) if goal else None
    return move_goal(store, goal_id, target, now) if target else None


def shift_goal(
    store: Store, goal_id: str, step: int, now: datetime | None = None, visible: Collection[str] | None = None
) -> bool:
    """Move a goal up (-1) or down (1) in its column. False when it is already at that end."""
    changed = rules.shift_within(store.goals.all(), goal_id, step, now or now_local(), visible)
    _save(store, changed)
    return bool(changed)


@dataclass(frozen=True)
class Deleted:
    """A deleted goal and the place it had in its column, so undo can put it back there."""

    goal: Goal
    index: int


def delete_goal(store: Store, goal_id: str) -> Deleted | None:
    """Delete a goal; None if it was already gone (deleted in another window)."""
    goals = store.goals.all()
    goal = next((g for g in goals if g.id == goal_id), None)
    if goal is None:
        return None
    index = rules.index_in_column(goals, goal)
    store.goals.delete(goal_id)
    return Deleted(goal, index)


def undo_delete(store: Store, deleted: Deleted, now: datetime | None = None) -> Goal:
    """Bring a deleted goal back, exactly as it was, at the place it had."""
    changed = rules.place_at(store.goals.all(), deleted.goal, deleted.index, now or now_local())
    _save(store, changed)
    return next(g for g in changed if g.id == deleted.goal.id)


def roll_weeks(store: Store, now: datetime | None = None) -> int:
    """Start the new week for weekly goals whose week has passed; returns how many changed."""
    changed = rules.roll_weeks(store.goals.all(), now or now_local())
    _save(store, changed)
    return len(changed)
