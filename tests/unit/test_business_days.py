"""Follow-ups fall due a set number of working days after sending; weekends do not count."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_tui.domain.business_days import (
    DEFAULT_FOLLOW_UP_DAYS,
    add_business_days,
    due_follow_ups,
    follow_up_days,
    follow_up_due,
)
from resilience_tui.domain.feedback import FeedbackRequest


@pytest.mark.parametrize("sent, days, due", [
    (date(2026, 11, 2), 5, date(2026, 11, 9)),    # Monday -> next Monday
    (date(2026, 11, 6), 5, date(2026, 11, 13)),   # Friday -> next Friday
    (date(2026, 11, 7), 5, date(2026, 11, 13)),   # sent on a Saturday: the week starts Monday
    (date(2026, 11, 8), 1, date(2026, 11, 9)),    # Sunday + 1 -> Monday
    (date(2026, 11, 5), 2, date(2026, 11, 9)),    # Thursday + 2 crosses the weekend
    (date(2026, 11, 6), 1, date(2026, 11, 9)),    # Friday + 1 -> Monday
    (date(2026, 11, 4), 10, date(2026, 11, 18)),  # two weekends
    (date(2026, 12, 31), 3, date(2027, 1, 5)),    # across the year
    (date(2026, 11, 4), 0, date(2026, 11, 4)),
])
def test_business_days_skip_weekends(sent, days, due):
    assert add_business_days(sent, days) == due
    assert due.weekday() < 5 or days == 0


def test_negative_days_are_refused():
    with pytest.raises(ValueError):
        add_business_days(date(2026, 11, 4), -1)


@pytest.mark.parametrize("value, days", [(7, 7), (None, 5), ("7", 5), (0, 5), (31, 5), (True, 5), (30, 30)])
def test_the_setting_falls_back_to_the_default(value, days):
    assert follow_up_days(value) == days
    assert DEFAULT_FOLLOW_UP_DAYS == 5


def test_only_sent_requests_waiting_past_their_day_are_due():
    today = date(2026, 11, 26)
    waiting = FeedbackRequest(status="sent", sent_on=date(2026, 11, 13))  # due Fri 20 Nov
    recent = FeedbackRequest(status="sent", sent_on=date(2026, 11, 23))  # due Mon 30 Nov
    replied = FeedbackRequest(status="replied", sent_on=date(2026, 11, 2), replied_on=date(2026, 11, 5))
    followed = FeedbackRequest(status="sent", sent_on=date(2026, 11, 2))
    follow_up = FeedbackRequest(status="draft", tone="follow_up", follow_up_of=followed.id)
    draft = FeedbackRequest()
    assert follow_up_due(waiting, 5) == date(2026, 11, 20)
    assert follow_up_due(draft, 5) is None and follow_up_due(replied, 5) is None
    assert due_follow_ups([recent, waiting, replied, followed, follow_up, draft], today, 5) == [(waiting, date(2026, 11, 20))]
    assert due_follow_ups([recent], today, 4) == []
    assert due_follow_ups([recent], date(2026, 11, 25), 1) == [(recent, date(2026, 11, 24))]
