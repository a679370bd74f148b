"""Feedback requests: storage, status changes with their days, and feedback points."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_tui.domain.feedback import (
    FeedbackPoint,
    FeedbackRequest,
    goal_title_for_point,
    guess_category,
    parse_points,
    points_text,
    with_status,
)
from resilience_tui.domain.records import ValidationError

TODAY = date(2026, 11, 26)


def test_round_trip_keeps_everything():
    request = FeedbackRequest(application_id="app-1", tone="formal", recipient="Zoë <zoe@acme.example>",
                              subject="Ünïcode [bold]", body="Hi\n\n{role}?", status="replied",
                              sent_on=date(2026, 11, 19), replied_on=date(2026, 11, 23), follow_up_of="other",
                              points=(FeedbackPoint("More depth"), FeedbackPoint("Great [/] energy", goal_id="g-1")))
    assert FeedbackRequest.from_dict(request.to_dict()) == request


@pytest.mark.parametrize("change", [{"status": "lost"}, {"tone": "angry"}, {"body": 5}, {"points": [{"id": "x"}]},
                                    {"sent_on": "soon"}])
def test_stored_data_that_is_not_a_request_raises(change):
    data = FeedbackRequest().to_dict()
    data.update(change)
    with pytest.raises((ValueError, KeyError)):
        FeedbackRequest.from_dict(data)


def test_status_changes_keep_their_days():
    draft = FeedbackRequest()
    sent = with_status(draft, "sent", date(2026, 11, 19), TODAY)
    assert (sent.status, sent.sent_on) == ("sent", date(2026, 11, 19))
    replied = with_status(sent, "replied", date(2026, 11, 23), TODAY)
    assert (replied.sent_on, replied.replied_on) == (date(2026, 11, 19), date(2026, 11, 23))
    silent = with_status(sent, "no_reply", TODAY, TODAY)
    assert (silent.status, silent.closed_on, silent.replied_on) == ("no_reply", TODAY, None)
    back = with_status(replied, "draft", None, TODAY)
    assert (back.status, back.sent_on, back.replied_on) == ("draft", None, None)
    # A reply to a request marked sent nowhere: it was sent that day at the latest.
    assert with_status(draft, "replied", TODAY, TODAY).sent_on == TODAY


@pytest.mark.parametrize("status, day, words", [
    ("sent", date(2026, 12, 25), "still to come"),
    ("sent", None, "Which day"),
    ("lost", TODAY, "Choose draft"),
])
def test_a_day_that_cannot_be_right_is_explained(status, day, words):
    with pytest.raises(ValidationError) as raised:
        with_status(FeedbackRequest(), status, day, TODAY)
    assert words in raised.value.message


def test_a_reply_before_sending_is_refused():
    sent = with_status(FeedbackRequest(), "sent", date(2026, 11, 20), TODAY)
    with pytest.raises(ValidationError) as raised:
        with_status(sent, "replied", date(2026, 11, 18), TODAY)
    assert "before the day it was sent" in raised.value.message


def test_points_are_lines_and_keep_their_ids_and_goals():
    first = parse_points("- More depth on research\n\n* Strong communicator  \n1. Ask about the team\n")
    assert [p.text for p in first] == ["More depth on research", "Strong communicator", "Ask about the team"]
    linked = (FeedbackPoint(first[0].text, id=first[0].id, goal_id="goal-1"), *first[1:])
    again = parse_points("More depth on research\nA new point\nStrong communicator", linked)
    assert again[0].id == first[0].id and again[0].goal_id == "goal-1"
    assert again[2].id == first[1].id
    assert again[1].id not in {p.id for p in first}
    assert points_text(again) == "More depth on research\nA new point\nStrong communicator"
    twice = parse_points("same\nsame")
    assert len({p.id for p in twice}) == 2


@pytest.mark.parametrize("point, category", [
    ("Wanted more depth on Kubernetes", "skills"),
    ("Needs more hands-on experience with SQL", "skills"),
    ("Strong communicator", "mindset"),
    ("Great questions about the team", "mindset"),
    ("Tailor your CV to the role", "job search"),
    ("Your portfolio could show more recent work", "job search"),
    ("System design", "skills"),
])
def test_skills_points_default_to_skills(point, category):
    assert guess_category(point) == category


def test_a_goal_title_from_a_point_is_one_readable_line():
    assert goal_title_for_point("  More   depth ") == "More depth"
    long = goal_title_for_point("word " * 100)
    assert len(long) <= 90 and long.endswith("…")
