"""What is due today: the check-in, follow-ups due, goals due today and still open from before."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.due_today import due_lines, due_today
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import DONE, Goal

TODAY = date(2026, 11, 30)  # a Monday


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc)


def test_nothing_due_and_checked_in_is_one_kind_line():
    due = due_today(TODAY, [CheckIn(mood=3, at=_at(TODAY, 8))], [], [], [], 5)
    assert due.checked_in and not due.anything
    assert due_lines(due) == ["Nothing is due today, and you have checked in. Be kind to yourself."]


def test_a_check_in_yesterday_does_not_count_for_today():
    due = due_today(TODAY, [CheckIn(mood=3, at=_at(TODAY - timedelta(days=1), 22))], [], [], [], 5)
    assert not due.checked_in and due.anything
    assert due_lines(due)[0].startswith("No check-in yet today.")


def test_follow_ups_and_goals_in_order():
    acme = Application("Acme 📚", "Data analyst")
    sent = FeedbackRequest(application_id=acme.id, status="sent", sent_on=date(2026, 11, 23))  # due Mon 30
    not_yet = FeedbackRequest(recipient="sam@example.com", status="sent", sent_on=date(2026, 11, 27))
    followed = FeedbackRequest(recipient="lee@example.com", status="sent", sent_on=date(2026, 11, 16))
    written = FeedbackRequest(follow_up_of=followed.id, tone="follow_up")
    goals = [Goal("SQL [bold]course[/]", due=TODAY), Goal("Old one", due=TODAY - timedelta(days=3)),
             Goal("Older", due=TODAY - timedelta(days=20)), Goal("Finished", due=TODAY, column=DONE),
             Goal("Later", due=TODAY + timedelta(days=2)), Goal("No date")]
    due = due_today(TODAY, [], [sent, not_yet, followed, written], [acme], goals, 5)
    assert [f.name for f in due.follow_ups] == ["Acme 📚, Data analyst"]
    assert [g.title for g in due.goals_due] == ["SQL [bold]course[/]"]
    assert [g.title for g in due.goals_overdue] == ["Older", "Old one"]
    assert due_lines(due) == [
        "No check-in yet today. It takes a moment: resilience checkin 1-5",
        "Follow-up due: Acme 📚, Data analyst (sent Mon 23 Nov)",
        "Goal due today: SQL [bold]course[/]",
        "Goal still open (was due Tue 10 Nov): Older",
        "Goal still open (was due 3 days ago): Old one",
    ]
