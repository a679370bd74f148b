"""Insights ranges: inclusive days, labels, years stepped with [ and ], and the --range words."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_tui.domain.insight_range import (
    ALL,
    DAYS_30,
    MONTHS_12,
    YEAR,
    calendar_year,
    everything,
    last_days,
    last_months,
    make_range,
    parse_range,
    step_year,
)


def test_last_30_days_ends_today_and_holds_30_days_across_new_year():
    span = last_days(date(2026, 1, 10), 30)
    assert (span.first, span.last, span.days) == (date(2025, 12, 12), date(2026, 1, 10), 30)
    assert date(2025, 12, 31) in span and date(2025, 12, 11) not in span and date(2026, 1, 11) not in span
    assert span.kind == DAYS_30 and span.label == "last 30 days"


def test_last_12_months_starts_the_day_after_a_year_ago():
    span = last_months(date(2026, 3, 1), 12)
    assert (span.first, span.last, span.kind) == (date(2025, 3, 2), date(2026, 3, 1), MONTHS_12)
    assert span.days == 365
    assert last_months(date(2024, 3, 1)).days == 366  # the year holds 29 Feb 2024


def test_twelve_months_from_29_february():
    span = last_months(date(2024, 2, 29))
    assert span.first == date(2023, 3, 1)


def test_calendar_year_is_1_january_to_31_december():
    span = calendar_year(2024, date(2026, 5, 5))
    assert (span.first, span.last, span.days, span.label, span.year) == (
        date(2024, 1, 1), date(2024, 12, 31), 366, "2024", 2024)
    assert calendar_year(2026, date(2026, 5, 5)).label == "2026 (this year)"


def test_stepping_years_goes_back_and_stops_at_this_year():
    today = date(2026, 1, 2)
    this = calendar_year(2026, today)
    back = step_year(this, -1, today)
    assert (back.first, back.last) == (date(2025, 1, 1), date(2025, 12, 31))
    assert step_year(back, +1, today) == this
    assert step_year(this, +1, today) == this


def test_stepping_from_a_rolling_range_starts_at_the_year_it_ends_in():
    today = date(2026, 1, 2)
    rolling = last_days(today, 30)  # 4 Dec 2025 to 2 Jan 2026
    assert step_year(rolling, -1, today).year == 2026
    assert step_year(rolling, +1, today).year == 2026  # never past this year
    earlier = calendar_year(2020, today)
    assert step_year(earlier, -1, today).year == 2019


def test_everything_starts_at_the_first_record_or_today():
    today = date(2026, 6, 1)
    assert everything(date(2001, 2, 3), today).first == date(2001, 2, 3)
    assert everything(None, today).days == 1


def test_make_range_and_parse_range_agree():
    today = date(2026, 6, 1)
    assert parse_range("90d", today).days == 90
    assert parse_range(" 12M ", today) == make_range(MONTHS_12, today)
    assert parse_range("2025", today).kind == YEAR
    assert parse_range("all", today, date(2020, 1, 1)) == make_range(ALL, today, first_day=date(2020, 1, 1))


@pytest.mark.parametrize("text", ["7d", "2027", "20255", "year", ""])
def test_parse_range_refuses_what_it_cannot_read(text):
    with pytest.raises(ValueError):
        parse_range(text, date(2026, 6, 1))


def test_a_range_needs_a_day():
    with pytest.raises(ValueError):
        last_days(date(2026, 1, 1), 0)
