"""The lines `resilience remind notify` shows: what `resilience status` gathers, one line each."""

from __future__ import annotations

from datetime import date, timedelta

from resilience_tui.commands.remind import notify_lines
from resilience_tui.domain.application import Application
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import Goal
from resilience_tui.domain.recovery import recovery_path
from resilience_tui.services.due_today import DueToday, FollowUp

TODAY = date(2026, 11, 30)  # a Monday


def test_nothing_due_and_checked_in_is_one_kind_line():
    assert notify_lines(DueToday(TODAY, checkins_today=1)) == [
        "Nothing is due today, and you have checked in. Be kind to yourself."]


def test_no_check_in_yet_comes_first():
    assert notify_lines(DueToday(TODAY)) == ["No check-in yet today. It takes a moment: resilience checkin 1-5"]


def test_follow_ups_goals_and_recovery_steps_in_order():
    acme = Application("Acme 📚", "Data analyst")
    sent = FeedbackRequest(application_id=acme.id, status="sent", sent_on=date(2026, 11, 23))
    to_sam = FeedbackRequest(recipient="sam@example.com", status="sent", sent_on=date(2026, 11, 20))
    rejected = Application("Globex", "Analyst", stage="interview", outcome="rejected", rejected_on=TODAY - timedelta(days=2))
    path = recovery_path(rejected)
    due = DueToday(
        TODAY,
        follow_ups=(FollowUp(sent, TODAY, acme), FollowUp(to_sam, TODAY, None)),
        goals_due_today=(Goal("SQL [bold]course[/]", due=TODAY),),
        overdue_goals=(Goal("Older", due=TODAY - timedelta(days=20)), Goal("Old one", due=TODAY - timedelta(days=3))),
        recoveries=(path,),
    )
    assert path.next_step is not None
    assert notify_lines(due) == [
        "No check-in yet today. It takes a moment: resilience checkin 1-5",
        "Follow-up due: Acme 📚, Data analyst (sent Mon 23 Nov)",
        "Follow-up due: sam@example.com (sent Fri 20 Nov)",
        "Goal due today: SQL [bold]course[/]",
        "Goal still open (was due Tue 10 Nov): Older",
        "Goal still open (was due 3 days ago): Old one",
        f"After Globex, Analyst: next, {path.next_step.title.lower()}",
    ]
