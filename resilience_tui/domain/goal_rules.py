"""Pure rules of the Goals board: order within a column, moves, weekly resets, and Today's glance.

Each rule takes the goals as they are and returns only the goals it changed, so the
store writes exactly those, in one atomic write.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from resilience_tui.domain.day_words import local_day, week_end, week_start
from resilience_tui.domain.goal import COLUMNS, DONE, TODO, Goal
from resilience_tui.domain.goal_words import weeks_done_words as weeks_words


def ordered(goals: Iterable[Goal], column: str) -> list[Goal]:
    """The goals of one column, top first. Ties (never made by these rules) fall back to age."""
    return sorted((g for g in goals if g.column == column), key=lambda g: (g.position, g.created_at, g.id))


def neighbour_column(column: str, step: int) -> str | None:
    """The column to the right (step 1) or left (step -1) of `column`, or None at the edge."""
    index = COLUMNS.index(column) + step
    return COLUMNS[index] if 0 <= index < len(COLUMNS) else None


def top_position(goals: Iterable[Goal], column: str) -> int:
    """A position above every goal now in `column`."""
    positions = [g.position for g in goals if g.column == column]
    return min(positions) - 1 if positions else 0


def progress(goal: Goal) -> tuple[int, int]:
    """(steps done, steps in all)."""
    return sum(1 for step in goal.steps if step.done), len(goal.steps)


def week_complete(goal: Goal) -> bool:
    """A weekly goal's week counts as done when it is in Done or every step is ticked."""
    return goal.done or (bool(goal.steps) and all(step.done for step in goal.steps))


def settle_week(goal: Goal) -> Goal:
    """Keep a weekly goal's history of weeks done in step with its current week."""
    if not goal.weekly or goal.week_of is None:
        return goal
    weeks = set(goal.weeks_done)
    if week_complete(goal):
        weeks.add(goal.week_of)
    else:
        weeks.discard(goal.week_of)
    history = tuple(sorted(weeks))
    return goal if history == goal.weeks_done else replace(goal, weeks_done=history)


def start_week(goal: Goal, today: date) -> Goal:
    """A new weekly goal belongs to this week."""
    if goal.weekly and goal.week_of is None:
        return settle_week(replace(goal, week_of=week_start(today)))
    return goal


# -- moves ------------------------------------------------------------------------
def move_to_column(goals: Sequence[Goal], goal_id: str, column: str, now: datetime) -> list[Goal]:
    """Put a goal at the top of another column. Moving into Done records when; out of Done clears it."""
    goal = _find(goals, goal_id)
    if goal is None or goal.column == column or column not in COLUMNS:
        return []
    moved = goal.edited(
        now,
        column=column,
        position=top_position(goals, column),
        finished_at=now if column == DONE else None,
    )
    return [settle_week(start_week(moved, local_day(now)))]


def shift_within(
    goals: Sequence[Goal], goal_id: str, step: int, now: datetime, visible: Collection[str] | None = None
) -> list[Goal]:
    """Move a goal one place up (step -1) or down (step 1) in its column.

    With `visible` (a filter is on), it passes the next visible goal, whatever hidden
    goals lie between. Positions are renumbered 0, 1, 2, ... so ties cannot arise.
    """
    goal = _find(goals, goal_id)
    if goal is None:
        return []
    column = ordered(goals, goal.column)
    shown = [g for g in column if visible is None or g.id in visible or g.id == goal_id]
    index = [g.id for g in shown].index(goal_id) + step
    if not 0 <= index < len(shown):
        return []
    passed = shown[index]
    rest = [g for g in column if g.id != goal_id]
    at = rest.index(passed) + (1 if step > 0 else 0)
    return _renumber(rest[:at] + [goal] + rest[at:], now)


def index_in_column(goals: Sequence[Goal], goal: Goal) -> int:
    return [g.id for g in ordered(goals, goal.column)].index(goal.id)


def place_at(goals: Sequence[Goal], goal: Goal, index: int, now: datetime) -> list[Goal]:
    """Put `goal` (a deleted one coming back) at `index` of its column.

    If its old position still fits there, it comes back exactly as it was; otherwise
    the column is renumbered around it (only positions change).
    """
    column = [g for g in ordered(goals, goal.column) if g.id != goal.id]
    index = max(0, min(index, len(column)))
    above = column[index - 1].position if index > 0 else None
    below = column[index].position if index < len(column) else None
    if (above is None or above < goal.position) and (below is None or goal.position < below):
        return [goal]
    changed = _renumber(column[:index] + [goal] + column[index:], now, keep_time=goal.id)
    return changed if any(g.id == goal.id for g in changed) else [goal, *changed]


def _renumber(order: list[Goal], now: datetime, keep_time: str | None = None) -> list[Goal]:
    changed = []
    for position, goal in enumerate(order):
        if goal.position != position:
            if goal.id == keep_time:
                changed.append(replace(goal, position=position))
            else:
                changed.append(goal.edited(now, position=position))
    return changed


def _find(goals: Iterable[Goal], goal_id: str) -> Goal | None:
    return next((g for g in goals if g.id == goal_id), None)


# -- steps and weeks --------------------------------------------------------------
def roll_weeks(goals: Sequence[Goal], now: datetime) -> list[Goal]:
    """Start a new week for weekly goals whose week has passed.

    The week just ended is kept in the history if it was done; the steps start
    unticked; a goal that was in Done comes back to the top of To do.
    """
    this_week = week_start(local_day(now))
    changed: list[Goal] = []
    top = top_position(goals, TODO)
    for goal in goals:
        if not goal.weekly or goal.week_of == this_week:
            continue
        if goal.week_of is None:
            changed.append(settle_week(goal.edited(now, week_of=this_week)))
            continue
        if goal.week_of > this_week:
            continue  # the clock went back; leave the goal alone
        goal = settle_week(goal)
        fresh = goal.edited(now, week_of=this_week, steps=tuple(replace(s, done=False) for s in goal.steps))
        if goal.done:
            top -= 1
            fresh = replace(fresh, column=TODO, position=top, finished_at=None)
        changed.append(fresh)
    return changed


def weeks_done_words(goal: Goal) -> str:
    return weeks_words(len(goal.weeks_done))


# -- Today's glance ---------------------------------------------------------------
@dataclass(frozen=True)
class Glance:
    overdue: tuple[Goal, ...]
    this_week: tuple[Goal, ...]
    finished: tuple[Goal, ...]  # in the last seven days, today included, newest first
    open_count: int


def glance(goals: Iterable[Goal], now: datetime) -> Glance:
    """What Today shows: overdue goals, goals due this week (weekly ones too), and recent finishes."""
    today = local_day(now)
    goals = list(goals)
    rolled = {g.id: g for g in roll_weeks(goals, now)}
    goals = [rolled.get(g.id, g) for g in goals]
    open_goals = [g for g in goals if not g.done]
    overdue = sorted((g for g in open_goals if g.due and g.due < today), key=lambda g: (g.due, g.position))
    soon = [g for g in open_goals if (g.due and today <= g.due <= week_end(today)) or (g.weekly and not g.due)]
    soon.sort(key=lambda g: (g.due or week_end(today), g.due is None, COLUMNS.index(g.column), g.position))
    since = today - timedelta(days=6)
    finished = [(g.finished_at, g) for g in goals if g.done and g.finished_at and local_day(g.finished_at) >= since]
    finished.sort(key=lambda pair: pair[0], reverse=True)
    return Glance(tuple(overdue), tuple(soon), tuple(g for _, g in finished), len(open_goals))
