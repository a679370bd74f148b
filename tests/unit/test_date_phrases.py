"""One set of rules for what a person types for a day, read looking back (past) or ahead (future).

Each row: the phrase, the day it names when the field prefers the past, and when it
prefers the future (None: not a day). A phrase that names its own direction
("yesterday", "next friday", "in 2 weeks") gives the same day both ways.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resilience_tui.domain.date_phrases import (
    parse_day,
    parse_moment,
    read_day,
    read_days,
    read_due,
    read_moment,
)
from resilience_tui.domain.records import ValidationError

WEDNESDAY = date(2026, 11, 25)
SUNDAY = date(2026, 11, 29)
MONTH_31 = date(2026, 8, 31)  # a Monday
LEAP_DAY = date(2028, 2, 29)  # a Tuesday
NEW_YEARS_EVE = date(2026, 12, 31)  # a Thursday

Row = tuple[str, str | None, str | None]

TABLE: dict[date, list[Row]] = {
    WEDNESDAY: [
        ("today", "2026-11-25", "2026-11-25"),
        ("Yesterday", "2026-11-24", "2026-11-24"),
        ("tomorrow", "2026-11-26", "2026-11-26"),
        ("the day before yesterday", "2026-11-23", "2026-11-23"),
        ("day after tomorrow", "2026-11-27", "2026-11-27"),
        ("friday", "2026-11-20", "2026-11-27"),
        ("fri", "2026-11-20", "2026-11-27"),
        ("wednesday", "2026-11-25", "2026-11-25"),  # today counts
        ("wed", "2026-11-25", "2026-11-25"),
        ("monday", "2026-11-23", "2026-11-30"),
        ("thurs", "2026-11-19", "2026-11-26"),
        ("tues", "2026-11-24", "2026-12-01"),
        ("sunday", "2026-11-22", "2026-11-29"),
        ("next friday", "2026-11-27", "2026-11-27"),  # the first Friday after today
        ("  Next   Friday ", "2026-11-27", "2026-11-27"),
        ("last friday", "2026-11-20", "2026-11-20"),
        ("next wednesday", "2026-12-02", "2026-12-02"),  # today does not count
        ("last wednesday", "2026-11-18", "2026-11-18"),
        ("this friday", "2026-11-20", "2026-11-27"),
        ("coming monday", "2026-11-30", "2026-11-30"),
        ("in 2 weeks", "2026-12-09", "2026-12-09"),
        ("in two weeks", "2026-12-09", "2026-12-09"),
        ("in 3 days", "2026-11-28", "2026-11-28"),
        ("in a week", "2026-12-02", "2026-12-02"),
        ("3 days ago", "2026-11-22", "2026-11-22"),
        ("2 weeks ago", "2026-11-11", "2026-11-11"),
        ("a week ago", "2026-11-18", "2026-11-18"),
        ("in 1 month", "2026-12-25", "2026-12-25"),
        ("2 months ago", "2026-09-25", "2026-09-25"),
        ("in a year", "2027-11-25", "2027-11-25"),
        ("5 days from now", "2026-11-30", "2026-11-30"),
        ("next week", "2026-12-06", "2026-12-06"),  # the end of next week, Sunday
        ("end of week", "2026-11-29", "2026-11-29"),
        ("weekend", "2026-11-29", "2026-11-29"),
        ("end of month", "2026-11-30", "2026-11-30"),
        ("next month", "2026-12-31", "2026-12-31"),
        ("3 sept", "2026-09-03", "2027-09-03"),
        ("sept 3", "2026-09-03", "2027-09-03"),
        ("3 September", "2026-09-03", "2027-09-03"),
        ("Sep 3rd", "2026-09-03", "2027-09-03"),
        ("3rd of september", "2026-09-03", "2027-09-03"),
        ("Sept. 3", "2026-09-03", "2027-09-03"),
        ("september 3, 2027", "2027-09-03", "2027-09-03"),
        ("2 dec", "2025-12-02", "2026-12-02"),
        ("25 nov", "2026-11-25", "2026-11-25"),
        ("24 nov", "2026-11-24", "2027-11-24"),
        ("26 nov", "2025-11-26", "2026-11-26"),
        ("29 feb", "2024-02-29", "2028-02-29"),  # the nearest leap year's
        ("2026-11-02", "2026-11-02", "2026-11-02"),
        ("2026/11/2", "2026-11-02", "2026-11-02"),
        ("20261102", "2026-11-02", "2026-11-02"),
        ("2027-02-29", None, None),
        ("3/9", None, None),  # 3 September or March 9: refused
        ("friday next", None, None),
        ("blursday", None, None),
        ("next blursday", None, None),
        ("31 nov", None, None),
        ("in -2 days", None, None),
        ("in 99999 days", None, None),
        ("", None, None),
        ("nov", None, None),
        ("2 weeks", None, None),
        ("[bold]friday[/]", None, None),
    ],
    SUNDAY: [
        ("sunday", "2026-11-29", "2026-11-29"),
        ("sun", "2026-11-29", "2026-11-29"),
        ("last sunday", "2026-11-22", "2026-11-22"),
        ("next sunday", "2026-12-06", "2026-12-06"),
        ("saturday", "2026-11-28", "2026-12-05"),
        ("monday", "2026-11-23", "2026-11-30"),
        ("next monday", "2026-11-30", "2026-11-30"),
        ("last monday", "2026-11-23", "2026-11-23"),
        ("end of week", "2026-11-29", "2026-11-29"),
        ("next week", "2026-12-06", "2026-12-06"),
        ("yesterday", "2026-11-28", "2026-11-28"),
        ("in 2 weeks", "2026-12-13", "2026-12-13"),
        ("3 weeks ago", "2026-11-08", "2026-11-08"),
        ("1 jan", "2026-01-01", "2027-01-01"),
        ("dec 25", "2025-12-25", "2026-12-25"),
        ("29 nov", "2026-11-29", "2026-11-29"),
        ("30 nov", "2025-11-30", "2026-11-30"),
        ("end of month", "2026-11-30", "2026-11-30"),
        ("next month", "2026-12-31", "2026-12-31"),
    ],
    MONTH_31: [
        ("tomorrow", "2026-09-01", "2026-09-01"),
        ("in 1 month", "2026-09-30", "2026-09-30"),  # September is shorter
        ("in 6 months", "2027-02-28", "2027-02-28"),
        ("1 month ago", "2026-07-31", "2026-07-31"),
        ("6 months ago", "2026-02-28", "2026-02-28"),
        ("next month", "2026-09-30", "2026-09-30"),
        ("end of month", "2026-08-31", "2026-08-31"),
        ("31 aug", "2026-08-31", "2026-08-31"),
        ("31 sept", None, None),
        ("31 oct", "2025-10-31", "2026-10-31"),
        ("30 aug", "2026-08-30", "2027-08-30"),
        ("monday", "2026-08-31", "2026-08-31"),
        ("last monday", "2026-08-24", "2026-08-24"),
        ("next monday", "2026-09-07", "2026-09-07"),
        ("sunday", "2026-08-30", "2026-09-06"),
        ("end of week", "2026-09-06", "2026-09-06"),
        ("in a year", "2027-08-31", "2027-08-31"),
        ("2026-08-31", "2026-08-31", "2026-08-31"),
    ],
    LEAP_DAY: [
        ("29 feb", "2028-02-29", "2028-02-29"),
        ("28 feb", "2028-02-28", "2029-02-28"),
        ("1 mar", "2027-03-01", "2028-03-01"),
        ("tomorrow", "2028-03-01", "2028-03-01"),
        ("yesterday", "2028-02-28", "2028-02-28"),
        ("in 1 month", "2028-03-29", "2028-03-29"),
        ("in a year", "2029-02-28", "2029-02-28"),
        ("a year ago", "2027-02-28", "2027-02-28"),
        ("end of month", "2028-02-29", "2028-02-29"),
        ("next month", "2028-03-31", "2028-03-31"),
        ("tuesday", "2028-02-29", "2028-02-29"),
        ("next tuesday", "2028-03-07", "2028-03-07"),
        ("last tuesday", "2028-02-22", "2028-02-22"),
        ("wed", "2028-02-23", "2028-03-01"),
        ("in 2 weeks", "2028-03-14", "2028-03-14"),
        ("end of week", "2028-03-05", "2028-03-05"),
        ("next week", "2028-03-12", "2028-03-12"),
        ("2028-02-29", "2028-02-29", "2028-02-29"),
        ("2028-02-30", None, None),
        ("feb 29 2027", None, None),
        ("29 february 2024", "2024-02-29", "2024-02-29"),
    ],
    NEW_YEARS_EVE: [
        ("tomorrow", "2027-01-01", "2027-01-01"),
        ("1 jan", "2026-01-01", "2027-01-01"),
        ("jan 1st", "2026-01-01", "2027-01-01"),
        ("31 dec", "2026-12-31", "2026-12-31"),
        ("30 dec", "2026-12-30", "2027-12-30"),
        ("dec 31 2025", "2025-12-31", "2025-12-31"),
        ("next month", "2027-01-31", "2027-01-31"),
        ("end of month", "2026-12-31", "2026-12-31"),
        ("in 1 month", "2027-01-31", "2027-01-31"),
        ("in 2 months", "2027-02-28", "2027-02-28"),
        ("friday", "2026-12-25", "2027-01-01"),
        ("next friday", "2027-01-01", "2027-01-01"),
        ("last thursday", "2026-12-24", "2026-12-24"),
        ("thursday", "2026-12-31", "2026-12-31"),
        ("end of week", "2027-01-03", "2027-01-03"),
        ("next week", "2027-01-10", "2027-01-10"),
        ("in a week", "2027-01-07", "2027-01-07"),
        ("a week ago", "2026-12-24", "2026-12-24"),
        ("christmas", None, None),
        ("2026-12-31", "2026-12-31", "2026-12-31"),
    ],
}

ROWS = [(today, *row) for today, rows in TABLE.items() for row in rows]


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def test_the_table_is_large_enough():
    assert len(ROWS) >= 100
    assert len({phrase for _, phrase, _, _ in ROWS}) >= 100


@pytest.mark.parametrize("today, phrase, past, future", ROWS, ids=[f"{t}:{p!r}" for t, p, _, _ in ROWS])
def test_each_phrase_looking_back_and_ahead(today, phrase, past, future):
    assert parse_day(phrase, today, "past") == _day(past)
    assert parse_day(phrase, today, "future") == _day(future)


NOW = datetime(2026, 11, 25, 18, 30, tzinfo=timezone.utc)  # a Wednesday evening


@pytest.mark.parametrize(
    "phrase, past, future",
    [
        ("now", "2026-11-25 18:30", "2026-11-25 18:30"),
        ("today", "2026-11-25 18:30", "2026-11-25 18:30"),  # today keeps the time of day
        ("21:00", "2026-11-25 21:00", "2026-11-25 21:00"),  # a time alone is today's
        ("9pm", "2026-11-25 21:00", "2026-11-25 21:00"),
        ("9 pm", "2026-11-25 21:00", "2026-11-25 21:00"),
        ("9:30am", "2026-11-25 09:30", "2026-11-25 09:30"),
        ("12am", "2026-11-25 00:00", "2026-11-25 00:00"),
        ("at 21:00", "2026-11-25 21:00", "2026-11-25 21:00"),
        ("yesterday 21:00", "2026-11-24 21:00", "2026-11-24 21:00"),
        ("yesterday at 9pm", "2026-11-24 21:00", "2026-11-24 21:00"),
        ("9pm yesterday", "2026-11-24 21:00", "2026-11-24 21:00"),
        ("friday 9pm", "2026-11-20 21:00", "2026-11-27 21:00"),
        ("friday", "2026-11-20 12:00", "2026-11-27 12:00"),  # another day without a time: noon
        ("3 sept 21:00", "2026-09-03 21:00", "2027-09-03 21:00"),
        ("2 nov 2025 9 pm", "2025-11-02 21:00", "2025-11-02 21:00"),
        ("this morning", "2026-11-25 09:00", "2026-11-25 18:30"),  # never on the far side of now
        ("tonight", "2026-11-25 18:30", "2026-11-25 20:00"),
        ("last night", "2026-11-24 21:00", "2026-11-24 21:00"),
        ("monday afternoon", "2026-11-23 15:00", "2026-11-30 15:00"),
        ("2 hours ago", "2026-11-25 16:30", "2026-11-25 16:30"),
        ("a minute ago", "2026-11-25 18:29", "2026-11-25 18:29"),
        ("in 30 minutes", "2026-11-25 19:00", "2026-11-25 19:00"),
        ("3 days ago", "2026-11-22 18:30", "2026-11-22 18:30"),
        ("2026-11-02 08:30", "2026-11-02 08:30", "2026-11-02 08:30"),
        ("2026-11-02", "2026-11-02 12:00", "2026-11-02 12:00"),
        ("", None, None),
        ("25:00", None, None),
        ("13pm", None, None),
        ("21", None, None),  # a bare number is not a time
        ("someday evening", None, None),
        ("this noon", None, None),
        ("2026-02-30 10:00", None, None),
    ],
)
def test_moments_looking_back_and_ahead(phrase, past, future):
    for prefer, expected in (("past", past), ("future", future)):
        moment = parse_moment(phrase, NOW, prefer)
        if expected is None:
            assert moment is None
        else:
            assert moment is not None and moment.tzinfo is not None
            assert moment.strftime("%Y-%m-%d %H:%M") == expected, prefer


def test_the_readers_explain_what_works():
    with pytest.raises(ValidationError) as raised:
        read_day("2026-02-30", WEDNESDAY, "past")
    assert raised.value.message.startswith('"2026-02-30" is not a real day of the calendar. Try "2026-11-02"')
    with pytest.raises(ValidationError) as raised:
        read_day("the other day", WEDNESDAY, "past")
    assert raised.value.message.startswith('"the other day" is not a date I can read. Try "2026-11-02"')
    with pytest.raises(ValidationError) as raised:
        read_due("blue moon", WEDNESDAY)
    assert raised.value.field == "due" and '"friday", "next monday"' in raised.value.message
    with pytest.raises(ValidationError) as raised:
        read_moment("the day after forever", NOW)
    assert raised.value.field == "at" and '"yesterday 21:00"' in raised.value.message


def test_the_readers_keep_each_fields_empty_and_none_words():
    assert read_day("  ", WEDNESDAY, "past") is None
    assert read_days("friday, 3 sept; fri", WEDNESDAY, "past") == (date(2026, 11, 20), date(2026, 9, 3))
    assert read_days("friday, 3 sept", WEDNESDAY, "future") == (date(2026, 11, 27), date(2027, 9, 3))
    assert [read_due(text, WEDNESDAY) for text in ("", "none", "someday", "no date")] == [None] * 4
    assert read_due("by friday", WEDNESDAY) == read_due("due fri", WEDNESDAY) == date(2026, 11, 27)
    assert read_moment(" ", NOW) == NOW
    with pytest.raises(ValidationError):
        read_day("someday", WEDNESDAY, "past")  # "someday" means no due date, not a day


_DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@given(_DAYS, st.integers(0, 6))
def test_a_weekday_is_the_nearest_one_each_way(today, index):
    name = _WEEKDAY_NAMES[index]
    past, future = parse_day(name, today, "past"), parse_day(name, today, "future")
    assert past is not None and future is not None
    assert past.weekday() == future.weekday() == index
    assert 0 <= (today - past).days <= 6 and 0 <= (future - today).days <= 6
    assert parse_day(f"last {name}", today, "future") == today - timedelta(days=(today - past).days or 7)
    assert parse_day(f"next {name}", today, "past") == today + timedelta(days=(future - today).days or 7)


@given(_DAYS, st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)))
def test_a_day_without_a_year_is_the_nearest_one_each_way(today, day):
    phrase = day.strftime("%d %B")
    past, future = parse_day(phrase, today, "past"), parse_day(phrase, today, "future")
    assert past is not None and future is not None
    assert (past.month, past.day) == (future.month, future.day) == (day.month, day.day)
    assert past <= today <= future
    limit = 366 * (8 if (day.month, day.day) == (2, 29) else 1)
    assert (today - past).days < limit and (future - today).days < limit
