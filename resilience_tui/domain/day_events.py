"""The job-search events of each local day: applied, interview, heard back, offer, feedback received, goal finished, win written.

Read from the records' own dates in one pass each, so Year in pixels, a day's details
and What goes with better days all see the same events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo

from resilience_tui.domain.application import Application
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import Goal
from resilience_tui.domain.journal import JournalEntry

APPLIED, INTERVIEW, HEARD_BACK, OFFER = "applied", "interview", "heard_back", "offer"
FEEDBACK, GOAL_FINISHED, WIN = "feedback_received", "goal_finished", "win_written"
EVENT_KINDS: tuple[str, ...] = (APPLIED, INTERVIEW, HEARD_BACK, OFFER, FEEDBACK, GOAL_FINISHED, WIN)
# How each kind is said after "on days you ..." in What goes with better days.
EVENT_PHRASES = {APPLIED: "applied somewhere", INTERVIEW: "had an interview", HEARD_BACK: "heard back about a rejection",
                 OFFER: "had an offer", FEEDBACK: "received feedback", GOAL_FINISHED: "finished a goal",
                 WIN: "wrote a win"}
EVENT_LABELS = {APPLIED: "applied", INTERVIEW: "interview", HEARD_BACK: "heard back", OFFER: "offer",
                FEEDBACK: "feedback received", GOAL_FINISHED: "goal finished", WIN: "win written"}


@dataclass(frozen=True)
class DayEvent:
    day: date
    kind: str  # one of EVENT_KINDS
    words: str  # "Applied: Acme Health, Designer"
    record_id: str


def offer_day(application: Application) -> date | None:
    """The day an offer is marked on: the latest day the application knows (it has no offer date of its own)."""
    return application.last_moment if application.outcome == "offer" else None


def day_events(*, applications: Iterable[Application] = (), feedback: Iterable[FeedbackRequest] = (),
               goals: Iterable[Goal] = (), wins: Iterable[JournalEntry] = (),
               tz: tzinfo | None = None) -> dict[date, list[DayEvent]]:
    """Every event by local day. `wins` may hold any journal entries: only wins are read."""
    by_day: dict[date, list[DayEvent]] = {}

    def add(day: date, kind: str, words: str, record_id: str) -> None:
        by_day.setdefault(day, []).append(DayEvent(day, kind, words, record_id))

    titles: dict[str, str] = {}
    for app in applications:
        titles[app.id] = app.title
        if app.applied_on is not None:
            add(app.applied_on, APPLIED, f"Applied: {app.title}", app.id)
        for day in app.interview_dates:
            add(day, INTERVIEW, f"Interview: {app.title}", app.id)
        if app.is_rejection and app.rejected_on is not None:
            add(app.rejected_on, HEARD_BACK, f"Heard back (not this time): {app.title}", app.id)
        offered = offer_day(app)
        if offered is not None:
            add(offered, OFFER, f"Offer: {app.title}", app.id)
    for request in feedback:
        if request.replied_on is not None:
            about = titles.get(request.application_id or "", "")
            add(request.replied_on, FEEDBACK, f"Feedback received{': ' + about if about else ''}", request.id)
    for goal in goals:
        if goal.finished_at is not None:
            add(goal.finished_at.astimezone(tz).date(), GOAL_FINISHED, f"Goal finished: {goal.title}", goal.id)
    for entry in wins:
        if entry.is_win:
            add(entry.at.astimezone(tz).date(), WIN, f"Win: {entry.heading}", entry.id)
    return by_day
