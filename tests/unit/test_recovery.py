"""The recovery path of a rejection, each step marked done from the records that exist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import Goal, Source
from resilience_tui.domain.recovery import positive_goal_title, recovery_path, skills_goal_title

REJECTED = Application(company="Acme", role="Designer", applied_on=date(2026, 10, 1), stage="final",
                       outcome="rejected", rejected_on=date(2026, 11, 17), reason="More research depth")


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=timezone.utc)


def done(path) -> dict[str, bool]:
    return {step.key: step.done for step in path.steps}


def test_nothing_yet_is_six_open_steps_each_with_an_action():
    path = recovery_path(REJECTED)
    assert [s.number for s in path.steps] == [1, 2, 3, 4, 5, 6]
    assert not any(done(path).values())
    assert all(step.action for step in path.steps)
    assert path.done_count == 0 and path.next_step.key == "acknowledge"
    assert "start with whichever feels easiest" in path.summary


def test_a_checkin_after_the_rejection_or_naming_it_acknowledges():
    before = CheckIn(mood=3, at=at(16))
    assert not done(recovery_path(REJECTED, checkins=[before]))["acknowledge"]
    after = CheckIn(mood=2, at=at(17, 18))
    path = recovery_path(REJECTED, checkins=[before, after])
    assert done(path)["acknowledge"] and "Tue 17 Nov" in path.steps[0].words
    named = CheckIn(mood=1, at=at(18), application_id=REJECTED.id)
    assert "about this one" in recovery_path(REJECTED, checkins=[after, named]).steps[0].words


def test_a_draft_is_not_asking_yet_a_sent_request_is():
    draft = FeedbackRequest(application_id=REJECTED.id)
    path = recovery_path(REJECTED, feedback=[draft])
    assert not done(path)["ask"] and "draft is waiting" in path.steps[1].words
    sent = FeedbackRequest(application_id=REJECTED.id, status="sent", sent_on=date(2026, 11, 19))
    other = FeedbackRequest(application_id="someone-else", status="replied")
    assert not done(recovery_path(REJECTED, feedback=[other]))["ask"]
    assert done(recovery_path(REJECTED, feedback=[draft, sent]))["ask"]


@dataclass
class Reflection:  # reflections arrive with a later screen; anything with these fields counts
    application_id: str
    created_at: datetime


def test_reflections_plug_in_and_the_step_says_what_to_do_meanwhile():
    without = recovery_path(REJECTED)
    assert without.steps[2].action == "write it in a check-in"
    assert recovery_path(REJECTED, can_reflect=True).steps[2].action == "start a reflection"
    path = recovery_path(REJECTED, reflections=[Reflection(REJECTED.id, at(20))])
    assert done(path)["reflect"]
    from resilience_tui.domain.reflection import Reflection as Worksheet

    started = recovery_path(REJECTED, reflections=[Worksheet(application_id=REJECTED.id)], can_reflect=True)
    assert done(started)["reflect"] and started.steps[2].action == "continue the reflection"  # it exists
    finished = recovery_path(REJECTED, reflections=[Worksheet(application_id=REJECTED.id, status="complete")])
    assert done(finished)["reflect"]
    assert not done(recovery_path(REJECTED, reflections=[Reflection("other", at(20))]))["reflect"]


def test_positive_from_a_kind_goal_or_a_win_since_the_rejection():
    old_goal = Goal(title="Walk daily", category="wellbeing", created_at=at(10))
    assert not done(recovery_path(REJECTED, goals=[old_goal]))["positive"]
    linked = Goal(title="Three good things", category="mindset", created_at=at(10),
                  source=Source("application", REJECTED.id))
    assert done(recovery_path(REJECTED, goals=[linked]))["positive"]
    new_goal = Goal(title="Swim", category="wellbeing", created_at=at(18))
    assert done(recovery_path(REJECTED, goals=[new_goal]))["positive"]

    @dataclass
    class Win:
        at: datetime

    assert done(recovery_path(REJECTED, wins=[Win(at(20))]))["positive"]
    assert not done(recovery_path(REJECTED, wins=[Win(at(2))]))["positive"]


def test_persist_needs_a_newer_application():
    older = Application(company="Old", role="R", applied_on=date(2026, 9, 1))
    newer = Application(company="New Co", role="R", applied_on=date(2026, 11, 20))
    assert not done(recovery_path(REJECTED, applications=[REJECTED, older]))["persist"]
    path = recovery_path(REJECTED, applications=[REJECTED, older, newer])
    assert done(path)["persist"] and "New Co" in path.steps[4].words


def test_grow_from_a_skills_goal_linked_directly_or_through_a_feedback_request():
    request = FeedbackRequest(application_id=REJECTED.id, status="replied")
    through = Goal(title="Research course", category="skills", created_at=at(1), source=Source("feedback", request.id))
    assert done(recovery_path(REJECTED, goals=[through], feedback=[request]))["grow"]
    elsewhere = Goal(title="Unrelated", category="skills", created_at=at(1), source=Source("feedback", "other"))
    assert not done(recovery_path(REJECTED, goals=[elsewhere], feedback=[request]))["grow"]
    job = Goal(title="Apply twice", category="job-search", created_at=at(20))
    assert not done(recovery_path(REJECTED, goals=[job]))["grow"]


def test_all_six():
    path = recovery_path(
        REJECTED,
        checkins=[CheckIn(mood=2, at=at(17, 19))],
        feedback=[FeedbackRequest(application_id=REJECTED.id, status="sent", sent_on=date(2026, 11, 18))],
        reflections=[Reflection(REJECTED.id, at(19))],
        goals=[Goal(title="Kind", category="wellbeing", created_at=at(18)),
               Goal(title="Learn", category="skills", created_at=at(18))],
        applications=[Application(company="Next", role="R", applied_on=date(2026, 11, 22))],
    )
    assert path.done_count == 6 and path.next_step is None
    assert "All six steps" in path.summary


def test_goal_titles_are_one_short_line_whatever_was_typed():
    hostile = Application(company="A\nB " + "x" * 500, role="R\tole", reason="depth\n" * 100, outcome="rejected")
    for title in (positive_goal_title(hostile), skills_goal_title(hostile)):
        assert "\n" not in title and len(title) <= 200
    assert skills_goal_title(REJECTED) == "Grow after Acme: More research depth"
    assert "roles like Designer" in skills_goal_title(Application(company="Acme", role="Designer"))
