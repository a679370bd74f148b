"""The recovery path of a rejection, each step marked done from the records that exist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import Goal, Source
from resilience_tui.domain.recovery import positive_goal_title, recovery_path, skills_goal

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


def test_a_checkin_naming_it_or_the_first_on_a_later_day_acknowledges_and_says_which():
    before = CheckIn(mood=3, at=at(16))
    same_day = CheckIn(mood=3, at=at(17, 18))  # the news may have come later that day
    assert not done(recovery_path(REJECTED, checkins=[before, same_day]))["acknowledge"]
    after = CheckIn(mood=2, at=at(18, 9))
    path = recovery_path(REJECTED, checkins=[before, same_day, after])
    assert done(path)["acknowledge"]
    assert path.steps[0].words == "Your first check-in after hearing back, on Wed 18 Nov at 09:00."
    named = CheckIn(mood=1, at=at(17, 20), application_id=REJECTED.id)
    path = recovery_path(REJECTED, checkins=[after, named])
    assert path.steps[0].words == "You checked in about it on Tue 17 Nov at 20:00."


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


def test_positive_from_a_kind_goal_linked_to_it_or_a_win_since_the_rejection():
    old_goal = Goal(title="Walk daily", category="wellbeing", created_at=at(10))
    assert not done(recovery_path(REJECTED, goals=[old_goal]))["positive"]
    linked = Goal(title="Three good things", category="mindset", created_at=at(10),
                  source=Source("application", REJECTED.id))
    path = recovery_path(REJECTED, goals=[linked])
    assert done(path)["positive"]
    assert path.steps[3].words == 'Goal "Three good things", linked to this application.'
    new_goal = Goal(title="Swim", category="wellbeing", created_at=at(18))  # not about this rejection
    assert not done(recovery_path(REJECTED, goals=[new_goal]))["positive"]

    @dataclass
    class Win:
        at: datetime

    path = recovery_path(REJECTED, wins=[Win(at(20))])
    assert done(path)["positive"] and path.steps[3].words == "You noted a win on Fri 20 Nov, after hearing back."
    assert not done(recovery_path(REJECTED, wins=[Win(at(2)), Win(at(17, 20))]))["positive"]


def test_persist_needs_a_newer_application():
    older = Application(company="Old", role="R", applied_on=date(2026, 9, 1))
    newer = Application(company="New Co", role="R", applied_on=date(2026, 11, 20))
    assert not done(recovery_path(REJECTED, applications=[REJECTED, older]))["persist"]
    path = recovery_path(REJECTED, applications=[REJECTED, older, newer])
    assert done(path)["persist"] and path.steps[4].words == "You applied to New Co, R on Fri 20 Nov."


def test_grow_from_a_skills_goal_linked_directly_or_through_a_feedback_request():
    request = FeedbackRequest(application_id=REJECTED.id, status="replied")
    through = Goal(title="Research course", category="skills", created_at=at(1), source=Source("feedback", request.id))
    path = recovery_path(REJECTED, goals=[through], feedback=[request])
    assert done(path)["grow"] and path.steps[5].words == 'Goal "Research course", from the feedback on it.'
    elsewhere = Goal(title="Unrelated", category="skills", created_at=at(1), source=Source("feedback", "other"))
    assert not done(recovery_path(REJECTED, goals=[elsewhere], feedback=[request]))["grow"]
    job = Goal(title="Apply twice", category="job-search", created_at=at(20))
    assert not done(recovery_path(REJECTED, goals=[job]))["grow"]


def test_all_six():
    path = recovery_path(
        REJECTED,
        checkins=[CheckIn(mood=2, at=at(17, 19), application_id=REJECTED.id)],
        feedback=[FeedbackRequest(application_id=REJECTED.id, status="sent", sent_on=date(2026, 11, 18))],
        reflections=[Reflection(REJECTED.id, at(19))],
        goals=[Goal(title="Kind", category="wellbeing", created_at=at(18), source=Source("application", REJECTED.id)),
               Goal(title="Learn", category="skills", created_at=at(18), source=Source("application", REJECTED.id))],
        applications=[Application(company="Next", role="R", applied_on=date(2026, 11, 22))],
    )
    assert path.done_count == 6 and path.next_step is None
    assert "All six steps" in path.summary


def test_goal_titles_are_one_short_line_whatever_was_typed():
    hostile = Application(company="A\nB " + "x" * 500, role="R\tole", reason="more depth\n" * 100, outcome="rejected")
    for title in (positive_goal_title(hostile), skills_goal(hostile).title):
        assert "\n" not in title and len(title) <= 200


def test_the_skills_goal_looks_ahead_and_keeps_their_reason_in_the_notes():
    sql = Application(company="Acme Robotics", role="Analyst", stage="interview", outcome="rejected",
                      reason="They went with someone with more SQL experience")
    suggestion = skills_goal(sql)
    assert suggestion.title == "Build up SQL experience" and suggestion.category == "skills"
    assert suggestion.notes == "What Acme Robotics said: They went with someone with more SQL experience"
    assert skills_goal(REJECTED).title == "Build up research depth"
    vague = Application(company="Acme", role="Designer", stage="final", reason="Not the right fit at this time.")
    assert skills_goal(vague).title == "Practise one skill for the next interview"
    assert "fit" not in skills_goal(vague).title
    none_given = Application(company="Acme", role="Designer")
    assert skills_goal(none_given).title == "Practise one skill for the next application" and not skills_goal(none_given).notes
    kubernetes = Application(company="Initech", role="SRE", reason="Wanted more experience with Kubernetes than you had.")
    assert skills_goal(kubernetes).title == "Build up experience with Kubernetes"


def test_a_fresh_rejection_has_no_steps_from_what_happened_that_day_or_before():
    """Logged the day the news came: that morning's check-in, a goal made that day for something else, and
    another application rejected the same day are none of them a step after this rejection."""
    fresh = Application(company="Acme Robotics", role="Analyst", applied_on=date(2026, 11, 2), stage="interview",
                        outcome="rejected", rejected_on=date(2026, 11, 30), created_at=at(30, 15))
    same_day_no = Application(company="Acme Robotics", role="Data Analyst", outcome="rejected",
                              rejected_on=date(2026, 11, 30), created_at=at(30, 16))  # logged today, no applied date
    path = recovery_path(
        fresh,
        checkins=[CheckIn(mood=2, at=at(30, 9))],
        goals=[Goal(title="Stretch", category="wellbeing", created_at=at(30, 10)),
               Goal(title="SQL course", category="skills", created_at=at(30, 10))],
        applications=[fresh, same_day_no, Application(company="Old", role="R", applied_on=date(2026, 10, 1))],
    )
    assert path.done_count == 0 and not any(done(path).values())
    assert path.summary.startswith("No steps yet")


def test_an_application_made_after_the_day_of_the_news_keeps_going():
    same_day = Application(company="Same Day", role="R", applied_on=date(2026, 11, 17))
    assert not done(recovery_path(REJECTED, applications=[REJECTED, same_day]))["persist"]
    logged_later = Application(company="Later", role="R", created_at=at(19, 10))
    path = recovery_path(REJECTED, applications=[REJECTED, same_day, logged_later])
    assert path.steps[4].words == "You logged an application to Later, R on Thu 19 Nov."


def test_the_path_after_an_application_alone_speaks_of_the_application_not_an_interview():
    applied = Application(company="Acme", role="Designer", applied_on=date(2026, 11, 1), stage="applied",
                          outcome="rejected", rejected_on=date(2026, 11, 17))
    for can_reflect in (True, False):
        path = recovery_path(applied, can_reflect=can_reflect)
        assert path.steps[2].title == "Look back at the application"
        words = " ".join(f"{s.title} {s.words} {s.action}" for s in path.steps).casefold()
        assert "interview" not in words and "conversation" not in words and "call" not in words
    assert recovery_path(REJECTED).steps[2].title == "Reflect on the interview"
    screening = Application(company="Acme", role="Designer", stage="screening", outcome="rejected")
    assert recovery_path(screening).steps[2].title == "Reflect on the screening call"


def test_no_reason_becomes_a_goal_title_word_for_word():
    reasons = ["They went with someone with more SQL experience", "Not the right fit at this time.",
               "We had an internal candidate", "More depth on research", "knowledge of accessibility was thin",
               "Your portfolio lacked case studies"]
    for reason in reasons:
        suggestion = skills_goal(Application(company="Acme", role="Analyst", stage="interview", reason=reason))
        assert reason.casefold() not in suggestion.title.casefold() and reason in suggestion.notes
        assert suggestion.title[0].isupper() and len(suggestion.title) <= 80
