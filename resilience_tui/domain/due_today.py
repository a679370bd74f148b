"""What is due today: has the person checked in, which follow-ups are due, which goals are due or overdue.

Pure: the caller reads the records and says which day it is. `due_lines` says it in
plain words (the caller passes them through `visible()` before a terminal sees them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from resilience_tui.domain.application import Application
from resilience_tui.domain.business_days import due_follow_ups
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_words import due_words, local_day
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import Goal


@dataclass(frozen=True)
class FollowUp:
    name: str  # the application's company and role, or whom it was sent to
    sent_on: date
    due: date


@dataclass(frozen=True)
class DueToday:
    today: date
    checked_in: bool
    follow_ups: tuple[FollowUp, ...]
    goals_due: tuple[Goal, ...]  # due today
    goals_overdue: tuple[Goal, ...]  # due before today and not done, oldest first

    @property
    def anything(self) -> bool:
        """True when there is something to do today (a check-in not yet made counts)."""
        return not self.checked_in or bool(self.follow_ups or self.goals_due or self.goals_overdue)


def due_today(today: date, checkins: Iterable[CheckIn], requests: Iterable[FeedbackRequest],
              applications: Iterable[Application], goals: Iterable[Goal], follow_up_days: int) -> DueToday:
    names = {a.id: a.title for a in applications}
    follow_ups = tuple(
        FollowUp(names.get(request.application_id or "") or request.recipient.strip() or "a feedback request",
                 request.sent_on, due)
        for request, due in due_follow_ups(requests, today, follow_up_days) if request.sent_on is not None
    )
    open_goals = [g for g in goals if not g.done and g.due is not None]
    due = tuple(sorted((g for g in open_goals if g.due == today), key=lambda g: (g.column, g.position)))
    overdue = tuple(sorted((g for g in open_goals if g.due is not None and g.due < today),
                           key=lambda g: (g.due or today, g.position)))
    checked_in = any(local_day(c.at) == today for c in checkins)
    return DueToday(today, checked_in, follow_ups, due, overdue)


def due_lines(due: DueToday) -> list[str]:
    """What is due, one line each, most pressing first; one kind line when nothing is."""
    lines = []
    if not due.checked_in:
        lines.append("No check-in yet today. It takes a moment: resilience checkin 1-5")
    for follow in due.follow_ups:
        lines.append(f"Follow-up due: {follow.name} (sent {follow.sent_on.strftime('%a %d %b')})")
    for goal in due.goals_due:
        lines.append(f"Goal due today: {goal.title}")
    for goal in due.goals_overdue:
        if goal.due is not None:
            lines.append(f"Goal still open ({due_words(goal.due, due.today).removeprefix('overdue: ')}): {goal.title}")
    if not lines:
        lines.append("Nothing is due today, and you have checked in. Be kind to yourself.")
    return lines
