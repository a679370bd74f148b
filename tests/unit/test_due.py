"""Due dates: what a person can type, and the words shown, around midnight and month ends."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone

import pytest

from resilience_tui.domain.date_phrases import read_due
from resilience_tui.domain.day_words import (
    add_months,
    due_words,
    due_words_short,
    is_overdue,
    local_day,
    week_end,
    week_start,
)
from resilience_tui.domain.records import ValidationError

THURSDAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", None), ("  ", None), ("none", None), ("-", None),
        ("today", THURSDAY), ("Tomorrow", date(2026, 11, 27)), ("by friday", date(2026, 11, 27)),
        ("thursday", THURSDAY), ("thu", THURSDAY), ("wed", date(2026, 12, 2)), ("monday", date(2026, 11, 30)),
        ("next monday", date(2026, 11, 30)), ("next thursday", date(2026, 12, 3)), ("this sunday", date(2026, 11, 29)),
        ("end of week", date(2026, 11, 29)), ("next week", date(2026, 12, 6)),
        ("end of month", date(2026, 11, 30)), ("next month", date(2026, 12, 31)),
        ("in 3 days", date(2026, 11, 29)), ("in a week", date(2026, 12, 3)), ("in two weeks", date(2026, 12, 10)),
        ("in 1 month", date(2026, 12, 26)), ("in 3 months", date(2027, 2, 26)),
        ("2026-12-03", date(2026, 12, 3)), ("3 dec", date(2026, 12, 3)), ("3 December 2027", date(2027, 12, 3)),
        ("dec 3", date(2026, 12, 3)), ("Dec 3rd", date(2026, 12, 3)),
        ("1 jan", date(2027, 1, 1)),  # without a year: the next time it comes round
        ("26 nov", THURSDAY), ("20 nov", date(2027, 11, 20)),
        ("2026-11-01", date(2026, 11, 1)),  # a date in the past is kept as typed
    ],
)
def test_what_a_person_can_type(text, expected):
    assert read_due(text, THURSDAY) == expected


@pytest.mark.parametrize("text", ["blue moon", "31 nov", "30 feb 2027", "in -2 days", "2026-13-01", "next blursday",
                                  "in 99999 days", "[bold]friday[/]"])
def test_what_cannot_be_read_is_explained(text):
    with pytest.raises(ValidationError) as raised:
        read_due(text, THURSDAY)
    assert raised.value.field == "due"
    assert "is not a date I can read" in raised.value.message and '"friday"' in raised.value.message


@pytest.mark.parametrize(
    "today, months, expected",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
    ],
)
def test_months_end_at_the_end_of_a_shorter_month(today, months, expected):
    assert add_months(today, months) == expected
    assert read_due(f"in {months} month", today) == expected


def test_end_of_month_on_the_last_day_and_in_february():
    assert read_due("end of month", date(2026, 11, 30)) == date(2026, 11, 30)
    assert read_due("end of month", date(2028, 2, 3)) == date(2028, 2, 29)
    assert read_due("next month", date(2026, 1, 31)) == date(2026, 2, 28)
    assert read_due("tomorrow", date(2026, 12, 31)) == date(2027, 1, 1)


@pytest.mark.parametrize(
    "due, today, words, short",
    [
        (THURSDAY, THURSDAY, "due today", "due today"),
        (date(2026, 11, 27), THURSDAY, "due tomorrow", "due tomorrow"),
        (date(2026, 11, 29), THURSDAY, "due Sunday (in 3 days)", "due Sun"),
        (date(2026, 12, 2), THURSDAY, "due Wednesday (in 6 days)", "due Wed"),
        (date(2026, 12, 3), THURSDAY, "due Thu 03 Dec", "due 03 Dec"),
        (date(2027, 1, 4), THURSDAY, "due Mon 04 Jan 2027", "due 04 Jan 2027"),
        (date(2026, 11, 25), THURSDAY, "overdue: was due yesterday", "overdue: yesterday"),
        (date(2026, 11, 21), THURSDAY, "overdue: was due 5 days ago", "overdue: 5 days"),
        (date(2026, 11, 2), THURSDAY, "overdue: was due Mon 02 Nov", "overdue since 02 Nov"),
        # Month and year ends count calendar days, not dates that look close.
        (date(2026, 10, 31), date(2026, 11, 1), "overdue: was due yesterday", "overdue: yesterday"),
        (date(2026, 12, 1), date(2026, 11, 30), "due tomorrow", "due tomorrow"),
        (date(2027, 1, 1), date(2026, 12, 31), "due tomorrow", "due tomorrow"),
        (date(2026, 2, 28), date(2026, 3, 1), "overdue: was due yesterday", "overdue: yesterday"),
        (date(2028, 2, 29), date(2028, 2, 28), "due tomorrow", "due tomorrow"),
    ],
)
def test_due_dates_in_words(due, today, words, short):
    assert due_words(due, today) == words
    assert due_words_short(due, today) == short
    assert is_overdue(due, today) == words.startswith("overdue")


def test_a_goal_due_today_becomes_overdue_at_midnight_not_before():
    due = date(2026, 11, 30)
    last_minute = datetime(2026, 11, 30, 23, 59, 59, tzinfo=timezone.utc)
    first_minute = last_minute + timedelta(seconds=1)
    assert due_words(due, local_day(last_minute)) == "due today"
    assert not is_overdue(due, local_day(last_minute))
    assert due_words(due, local_day(first_minute)) == "overdue: was due yesterday"  # 1 December
    assert is_overdue(due, local_day(first_minute))


def test_the_day_is_the_persons_local_day(monkeypatch):
    """23:30 UTC on 30 November is already 1 December in Berlin: a goal due the 30th is then overdue there."""
    moment = datetime(2026, 11, 30, 23, 30, tzinfo=timezone.utc)
    due = date(2026, 11, 30)
    try:
        monkeypatch.setenv("TZ", "Europe/Berlin")
        time.tzset()
        assert local_day(moment) == date(2026, 12, 1)
        assert due_words(due, local_day(moment)) == "overdue: was due yesterday"
        monkeypatch.setenv("TZ", "America/New_York")
        time.tzset()
        assert local_day(moment) == date(2026, 11, 30)
        assert due_words(due, local_day(moment)) == "due today"
    finally:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()


def test_weeks_run_monday_to_sunday():
    assert week_start(THURSDAY) == date(2026, 11, 23) and week_end(THURSDAY) == date(2026, 11, 29)
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)
    assert week_start(date(2026, 11, 29)) == date(2026, 11, 23)
    assert week_start(date(2027, 1, 3)) == date(2026, 12, 28)  # a week across the new year
