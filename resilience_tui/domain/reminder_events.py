"""The calendar entries `resilience remind ics` writes: a daily check-in, each follow-up day and each goal's due day.

Every UID comes from a record's id (the check-in reminder has one fixed UID), so a
calendar that imports a newer file updates its entries rather than adding copies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time, timedelta

from resilience_tui.domain.application import Application
from resilience_tui.domain.business_days import follow_up_due
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import Goal
from resilience_tui.domain.ical import Event, at_clock

UID_DOMAIN = "resilience-tui"
CHECKIN_UID = f"daily-checkin@{UID_DOMAIN}"
MORNING = timedelta(hours=9)  # an all-day entry's reminder shows at 09:00 that day
_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?\s*$", re.IGNORECASE)
CLOCK_HELP = 'a time of day like "20:30", "8:30pm" or "9am"'


def read_clock(value: str) -> time | None:
    """ "20:30", "8:30pm", "9am", "21h00" -> that time of day; None for anything else (a bare "9" too)."""
    from resilience_tui.domain.date_phrases import clock_of

    return clock_of(_CLOCK.match(value))


def checkin_event(clock: time, today: date) -> Event:
    return Event(uid=CHECKIN_UID, summary="Check in with Resilience",
                 description="How are you feeling? A check-in takes a moment: resilience checkin 1-5",
                 start=at_clock(today, clock), daily=True)


def follow_up_events(requests: Iterable[FeedbackRequest], applications: Iterable[Application], days: int) -> list[Event]:
    """One all-day entry on each follow-up day of a sent request that has no reply and no follow-up written yet."""
    requests = list(requests)
    names = {a.id: a.title for a in applications}
    followed = {r.follow_up_of for r in requests if r.follow_up_of}
    events = []
    for request in requests:
        due = follow_up_due(request, days)
        if due is None or request.id in followed or request.sent_on is None:
            continue
        name = names.get(request.application_id or "") or request.recipient.strip() or "a feedback request"
        events.append(Event(
            uid=f"follow-up-{request.id}@{UID_DOMAIN}", summary=f"Follow up: {name}", start=due, alarm=MORNING,
            description=(f"Sent {request.sent_on.isoformat()} with no reply yet. A short, kind follow-up is fine; "
                         "no reply is common. In Resilience: f, then w on the request."),
            sequence=request.revision, modified=request.updated_at))
    return sorted(events, key=lambda e: (e.start, e.uid))


def goal_events(goals: Iterable[Goal]) -> list[Event]:
    """One all-day entry on the due day of each goal not yet done."""
    events = [
        Event(uid=f"goal-{goal.id}@{UID_DOMAIN}", summary=f"Goal due: {goal.title}", start=goal.due, alarm=MORNING,
              description=goal.notes, sequence=goal.revision, modified=goal.updated_at)
        for goal in goals if goal.due is not None and not goal.done
    ]
    return sorted(events, key=lambda e: (e.start, e.uid))
