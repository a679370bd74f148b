"""What is due today, gathered as the Today screen gathers it: today's check-ins, follow-ups due on sent
feedback requests, goals due today or overdue, and the open steps of recent rejections' recovery paths.

Reads only what it needs: this year's check-ins (last year's too on the first day of a year), the
journal years a recent rejection spans, and the single-file areas. Older years' files are never opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_tui.domain.application import Application
    from resilience_tui.domain.feedback import FeedbackRequest
    from resilience_tui.domain.goal import Goal
    from resilience_tui.domain.recovery import RecoveryPath
    from resilience_tui.store.store import Store


@dataclass(frozen=True)
class FollowUp:
    request: FeedbackRequest
    due: date
    application: Application | None  # the application the request is about, if it names one


@dataclass(frozen=True)
class DueToday:
    today: date
    checkins_today: int = 0
    follow_ups: tuple[FollowUp, ...] = ()
    overdue_goals: tuple[Goal, ...] = ()  # oldest due day first
    goals_due_today: tuple[Goal, ...] = ()
    recoveries: tuple[RecoveryPath, ...] = ()  # recent rejections with steps still open, newest first

    @property
    def goals_due(self) -> int:
        return len(self.overdue_goals) + len(self.goals_due_today)

    @property
    def open_steps(self) -> int:
        return sum(len(path.steps) - path.done_count for path in self.recoveries)

    @property
    def anything_due(self) -> bool:
        """True when something waits: a check-in not made yet, a follow-up, a goal or a recovery step."""
        return not self.checkins_today or bool(self.follow_ups or self.goals_due or self.recoveries)


def checkins_on(store: Store, day: date, now: datetime) -> int:
    """How many check-ins there are on `day` (local time), reading only that day's year."""
    start = datetime.combine(day, time.min).replace(tzinfo=now.tzinfo)
    return len(store.checkins.between(start, start + timedelta(days=1)))


def due_today(store: Store, now: datetime, *, can_reflect: bool = True) -> DueToday:
    """Everything due on the day of `now`. `can_reflect`: the app has its Reflection screen (as it does)."""
    from resilience_tui.domain.goal_rules import glance
    from resilience_tui.services.applications import recovery_for, rejections_since
    from resilience_tui.services.feedback import follow_ups_due

    today = now.date()
    applications = store.applications.all()
    by_id = {a.id: a for a in applications}
    due = follow_ups_due(store, today)  # what Today shows
    follow_ups = tuple(FollowUp(request, day, by_id.get(request.application_id or "")) for request, day in due)
    view = glance(store.goals.all(), now)
    paths = (recovery_for(store, a, now, can_reflect=can_reflect, applications=applications)
             for a in rejections_since(applications, today))
    return DueToday(
        today=today,
        checkins_today=checkins_on(store, today, now),
        follow_ups=follow_ups,
        overdue_goals=view.overdue,
        goals_due_today=tuple(g for g in view.this_week if g.due == today),
        recoveries=tuple(path for path in paths if path.next_step is not None),
    )
