"""One rule for the order of an application's days, and a plain reason for a check-in set in the future."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from resilience_tui.domain.application import Application, validate
from resilience_tui.domain.checkin import CheckIn, future_moment_message
from resilience_tui.domain.checkin import validate as validate_checkin
from resilience_tui.domain.date_phrases import read_moment
from resilience_tui.domain.records import ValidationError

TODAY = date(2026, 11, 26)  # a Thursday


def application(**fields) -> Application:
    base = dict(company="Acme Health", role="Product Designer", applied_on=date(2026, 10, 5))
    base.update(fields)
    return Application(**base)


def refusal(record: Application) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        validate(record, TODAY)
    return raised.value


def test_an_interview_before_the_applied_date_is_refused_naming_both_days():
    error = refusal(application(stage="interview", interview_dates=(date(2026, 10, 12), date(2026, 10, 1))))
    assert error.field == "interview_dates"
    assert error.message == ("The interview on Thu 01 Oct is before the day you applied (Mon 05 Oct). "
                             "Check either date.")


def test_a_heard_back_day_before_the_applied_date_names_both_days():
    error = refusal(application(outcome="rejected", rejected_on=date(2026, 10, 1)))
    assert error.field == "rejected_on"
    assert error.message == ("The day you heard back (Thu 01 Oct) is before the day you applied (Mon 05 Oct). "
                             "Check either date.")


def test_days_in_order_are_kept_and_an_interview_on_the_applied_day_is_fine():
    kept = validate(application(stage="interview", interview_dates=(date(2026, 10, 5), date(2026, 10, 20)),
                                outcome="rejected", rejected_on=date(2026, 10, 5)), TODAY)
    assert kept.interview_dates == (date(2026, 10, 5), date(2026, 10, 20))


def test_without_an_applied_date_any_interview_day_is_kept():
    kept = validate(application(applied_on=None, stage="interview", interview_dates=(date(2020, 1, 2),)), TODAY)
    assert kept.interview_dates == (date(2020, 1, 2),)


NOW = datetime(2026, 11, 26, 14, 0).astimezone()


def test_a_check_in_tomorrow_is_read_then_refused_as_in_the_future():
    at = read_moment("tomorrow 9:00", NOW)
    with pytest.raises(ValidationError) as raised:
        validate_checkin(CheckIn(mood=3, at=at), now=NOW)
    assert raised.value.field == "at"
    assert raised.value.message == "A check-in can't be in the future: tomorrow at 09:00 hasn't happened yet."


def test_the_future_message_says_the_moment_in_words():
    later = datetime(2027, 1, 4, 8, 30).astimezone()
    assert future_moment_message(later, NOW) == ("A check-in can't be in the future: "
                                                 "Mon 04 Jan 2027 at 08:30 hasn't happened yet.")


def test_a_check_in_now_or_a_moment_ago_is_kept():
    assert validate_checkin(CheckIn(mood=3, at=NOW), now=NOW).at == NOW
    assert validate_checkin(CheckIn(mood=3, at=read_moment("yesterday 21:00", NOW)), now=NOW).mood == 3
