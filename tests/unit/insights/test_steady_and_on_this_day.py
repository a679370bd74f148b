"""Steady days (never a streak), and On this day, 29 February included."""

from __future__ import annotations

from datetime import date, datetime, timezone

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.insight_range import calendar_year, last_days
from resilience_tui.domain.on_this_day import on_this_day, shown_on
from resilience_tui.domain.steady import steady

from .build import LONDON, STAMP, checkin, daily, entry


def test_steady_counts_days_this_month_and_in_the_range():
    today = date(2026, 1, 3)
    records = daily(date(2025, 12, 20), [3, None, 3, 3, None, 3, 3, 3, 3, 3, None, None, 3, 3])  # to 2 Jan
    records += [checkin(date(2026, 1, 2), 1, hour=20, tags=("uneventful",))]  # a second check-in that day
    result = steady(day_book(records, LONDON), last_days(today, 30), today)
    assert (result.month_days, result.month_so_far) == (2, 3)
    assert (result.range_days, result.range_checkins, result.range_length) == (10, 11, 30)
    assert result.words == "You checked in on 2 days this month, and on 10 days in this range."
    for word in ("streak", "missed", "row"):
        assert word not in result.words


def test_steady_of_a_year_still_to_finish_counts_days_up_to_today():
    today = date(2026, 2, 10)
    result = steady(day_book(daily(date(2026, 1, 1), [3] * 3), LONDON), calendar_year(2026, today), today)
    assert (result.range_days, result.range_length, result.month_days) == (3, 41, 0)
    assert result.words == "You checked in on 0 days this month, and on 3 days in this range."


def test_steady_with_nothing_says_so_without_guilt():
    today = date(2026, 2, 10)
    assert steady(day_book([], LONDON), last_days(today, 30), today).words.startswith("No check-ins here yet.")


def test_on_this_day_finds_earlier_years_newest_first():
    today = date(2026, 6, 15)
    checkins = [checkin(date(2024, 6, 15), 4), checkin(date(2024, 6, 15), 2, hour=20), checkin(date(2025, 6, 14), 5),
                checkin(date(2026, 6, 15), 1)]
    entries = [entry(date(2023, 6, 15), win=True, text="Passed the exam"), entry(date(2023, 6, 15)),
               entry(date(2025, 6, 16))]
    result = on_this_day(today, checkins=checkins, entries=entries, tz=LONDON)
    assert [y.day for y in result.years] == [date(2024, 6, 15), date(2023, 6, 15)]
    assert (result.years[0].checkin_count, result.years[0].checkin_mean) == (2, 3.0)
    assert (len(result.years[1].entries), len(result.years[1].wins)) == (1, 1)
    assert result.years[0].words(today) == "2 years ago (Sat 15 Jun 2024): 2 check-ins, okay on average."
    assert result.years[1].words(today) == '3 years ago (Thu 15 Jun 2023): 1 journal entry; a win: "Passed the exam".'


def test_on_this_day_uses_the_local_day():
    # 23:30 UTC on 14 Jun is 00:30 on 15 Jun in London
    late = CheckIn(mood=3, at=datetime(2025, 6, 14, 23, 30, tzinfo=timezone.utc), created_at=STAMP, updated_at=STAMP)
    assert [y.day for y in on_this_day(date(2026, 6, 15), checkins=[late], entries=[], tz=LONDON).years] == [date(2025, 6, 15)]
    assert on_this_day(date(2026, 6, 14), checkins=[late], entries=[], tz=LONDON).years == ()


def test_29_february_shows_on_28_february_in_a_common_year():
    records = [checkin(date(2024, 2, 29), 4), checkin(date(2024, 2, 28), 2), checkin(date(2025, 2, 28), 3)]
    common = on_this_day(date(2026, 2, 28), checkins=records, entries=[], tz=LONDON)
    assert [y.day for y in common.years] == [date(2025, 2, 28), date(2024, 2, 29), date(2024, 2, 28)]
    leap = on_this_day(date(2028, 2, 29), checkins=records, entries=[], tz=LONDON)
    assert [y.day for y in leap.years] == [date(2024, 2, 29)]
    leap_28 = on_this_day(date(2028, 2, 28), checkins=records, entries=[], tz=LONDON)
    assert [y.day for y in leap_28.years] == [date(2025, 2, 28), date(2024, 2, 28)]
    assert on_this_day(date(2026, 3, 1), checkins=records, entries=[], tz=LONDON).years == ()
    assert shown_on(date(2024, 2, 29), 2026) == (2, 28) and shown_on(date(2024, 2, 29), 2028) == (2, 29)


def test_on_this_day_with_nothing():
    assert on_this_day(date(2026, 1, 1), checkins=[], entries=[]).words == "Nothing from this date in earlier years yet."
