"""The hard-days rule on hand-built moods: thresholds at their edges, a day's mean, days without check-ins,
month and year ends, and the hidden-for-a-week and turned-off states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import pytest

from resilience_tui.domain.safety_net import (
    STATUS_LINE,
    card_showing,
    day_means,
    hard_days,
    hidden_until,
    is_hidden,
    moods_of,
    status_line,
)

TODAY = date(2026, 11, 26)


def days_back(today: date, moods_by_day: dict[int, list[int]]) -> list[tuple[date, int]]:
    """{days before today: [moods of that day]} as (day, mood) pairs."""
    return [(today - timedelta(days=back), mood) for back, moods in moods_by_day.items() for mood in moods]


def test_three_very_low_days_of_the_last_five_are_hard_two_are_not():
    assert hard_days(days_back(TODAY, {0: [1], 2: [1], 4: [1]}), TODAY)
    assert not hard_days(days_back(TODAY, {0: [1], 2: [1]}), TODAY)


def test_the_five_days_end_today_and_include_it():
    assert hard_days(days_back(TODAY, {0: [1], 1: [1], 2: [1]}), TODAY)
    # The fifth day back is the sixth calendar day: outside the five.
    assert not hard_days(days_back(TODAY, {1: [1], 2: [1], 5: [1]}), TODAY)
    assert hard_days(days_back(TODAY, {1: [1], 2: [1], 4: [1]}), TODAY)


def test_a_days_mean_decides_and_1_5_is_still_very_low():
    edge = {0: [1, 2], 1: [1, 2], 2: [1, 2]}  # means of exactly 1.5
    assert hard_days(days_back(TODAY, edge), TODAY)
    above = {0: [1, 2], 1: [1, 2], 2: [1, 1, 3]}  # 1.67 on one day: only two very low days
    assert not hard_days(days_back(TODAY, above), TODAY)
    assert day_means(days_back(TODAY, {0: [1, 1, 3]}))[TODAY] == pytest.approx(5 / 3)


def test_one_good_check_in_lifts_a_day_out_of_very_low():
    assert not hard_days(days_back(TODAY, {0: [1, 5], 1: [1], 2: [1]}), TODAY)


def test_seven_low_days_of_ten_are_hard_six_are_not():
    seven = {back: [2] for back in (0, 1, 3, 4, 6, 7, 9)}
    assert hard_days(days_back(TODAY, seven), TODAY)
    six = {back: [2] for back in (0, 1, 3, 4, 6, 7)}
    assert not hard_days(days_back(TODAY, six), TODAY)
    # The tenth day back is outside the ten days ending today.
    assert not hard_days(days_back(TODAY, {**six, 10: [2]}), TODAY)


def test_2_5_is_still_low_and_very_low_days_count_as_low():
    edge = {back: [2, 3] for back in range(7)}  # means of exactly 2.5
    assert hard_days(days_back(TODAY, edge), TODAY)
    above = {back: [2, 3] for back in range(6)} | {6: [2, 3, 3]}
    assert not hard_days(days_back(TODAY, above), TODAY)
    mixed = {0: [1], 2: [2], 3: [1], 5: [2], 6: [2], 7: [2], 9: [2]}  # two very low (of five) and five low
    assert hard_days(days_back(TODAY, mixed), TODAY)


def test_days_without_a_check_in_are_not_low():
    assert not hard_days([], TODAY)
    assert not hard_days(days_back(TODAY, {0: [1], 9: [1]}), TODAY)
    # Nine days of silence and one very low day: one day, not a hard run.
    assert not hard_days(days_back(TODAY, {5: [1]}), TODAY)


def test_check_ins_after_today_are_not_counted():
    assert not hard_days(days_back(TODAY, {-1: [1], -2: [1], 0: [1]}), TODAY)


@pytest.mark.parametrize("today", [date(2026, 12, 1), date(2027, 1, 2), date(2024, 3, 1), date(2027, 1, 1)])
def test_across_month_and_year_ends(today):
    assert hard_days(days_back(today, {0: [1], 2: [1], 4: [1]}), today)
    assert not hard_days(days_back(today, {0: [1], 2: [1], 5: [1]}), today)
    assert hard_days(days_back(today, {back: [2] for back in (0, 1, 2, 3, 5, 7, 9)}), today)
    assert not hard_days(days_back(today, {back: [2] for back in (0, 1, 2, 3, 5, 7, 10)}), today)


def test_a_leap_day_is_one_of_the_five():
    today = date(2024, 3, 2)  # 2 Mar, 1 Mar, 29 Feb, 28 Feb, 27 Feb
    assert hard_days([(date(2024, 2, 27), 1), (date(2024, 2, 29), 1), (today, 1)], today)
    assert not hard_days([(date(2024, 2, 26), 1), (date(2024, 2, 29), 1), (today, 1)], today)


@dataclass(frozen=True)
class Noted:
    at: datetime
    mood: int
    note: str


class Unreadable:
    """A check-in whose text cannot be read: the rule must not try."""

    def __init__(self, at: datetime, mood: int) -> None:
        self.at, self.mood = at, mood

    def __getattr__(self, name: str):
        raise AssertionError(f"the rule read {name}")


def test_only_the_day_and_mood_of_a_check_in_are_read():
    at = datetime(2026, 11, 26, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert moods_of([Unreadable(at, 1)]) == [(date(2026, 11, 26), 1)]  # the day in the check-in's own time
    hopeless = Noted(at, 5, "a note full of the worst words there are")
    assert not hard_days(moods_of([hopeless] * 3), at.date())


def test_hidden_for_a_week_from_the_day_it_was_hidden():
    assert hidden_until("2026-11-26") == date(2026, 12, 3)
    assert is_hidden("2026-11-26", date(2026, 11, 26))
    assert is_hidden("2026-11-26", date(2026, 12, 2))
    assert not is_hidden("2026-11-26", date(2026, 12, 3))
    assert is_hidden("2026-12-28", date(2027, 1, 3)) and not is_hidden("2026-12-28", date(2027, 1, 4))


@pytest.mark.parametrize("hidden_on", ["", "soon", "2026-13-01", "2026-11-27", "9999-12-31"])
def test_a_day_that_is_not_one_or_is_after_today_hides_nothing(hidden_on):
    assert not is_hidden(hidden_on, TODAY)


def test_the_card_shows_only_when_hard_and_neither_hidden_nor_off():
    hard = days_back(TODAY, {0: [1], 1: [1], 2: [1]})
    assert card_showing(hard, TODAY)
    assert not card_showing(hard, TODAY, off=True)
    assert not card_showing(hard, TODAY, hidden_on="2026-11-24")
    assert card_showing(hard, TODAY, hidden_on="2026-11-19")  # a week has passed
    assert not card_showing(days_back(TODAY, {0: [1]}), TODAY)


def test_the_status_line_is_one_line_when_showing_and_none_otherwise():
    hard = days_back(TODAY, {0: [1], 1: [1], 2: [1]})
    line = status_line(hard, TODAY)
    assert line == STATUS_LINE and "\n" not in line and len(line) <= 80
    assert status_line(hard, TODAY, off=True) is None
    assert status_line(hard, TODAY, hidden_on=TODAY.isoformat()) is None
    assert status_line([], TODAY) is None
