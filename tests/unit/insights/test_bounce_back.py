"""Bounce-back time: the baseline before hearing back, windows of 3 days with check-ins after, gaps, edges."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from resilience_tui.domain.bounce_back import (
    BACK,
    NOT_ENOUGH,
    NOT_YET,
    bounce_back,
    bounce_back_for,
    bounce_backs,
    trend_chart,
    trend_words,
)
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.insight_range import calendar_year, last_days

from .build import LONDON, STAMP, checkin, daily, rejection

HEARD = date(2026, 3, 20)
TODAY = date(2026, 6, 1)


def usual(days: int = 5, mood: int = 4, before: date = HEARD) -> list[CheckIn]:
    """`days` check-ins of `mood` on the days just before `before`."""
    return [checkin(before - timedelta(days=i), mood) for i in range(1, days + 1)]


def test_back_after_gaps_counts_calendar_days_to_the_windows_last_day():
    after = [checkin(HEARD, 1), checkin(HEARD + timedelta(days=2), 2), checkin(HEARD + timedelta(days=4), 4),
             checkin(HEARD + timedelta(days=7), 5)]
    result = bounce_back(rejection(HEARD), HEARD, day_book(usual() + after, LONDON), TODAY)
    # windows: (1, 2, 4) -> 2.33, then (2, 4, 5) -> 3.67 >= 4 - 0.5
    assert result.status == BACK
    assert (result.baseline, result.baseline_days) == (4.0, 5)
    assert (result.days, result.back_on) == (7, HEARD + timedelta(days=7))
    assert (result.lowest, result.lowest_on) == (1.0, HEARD)
    assert result.words == "back to your usual in 7 days"


def test_a_window_at_exactly_the_baseline_minus_half_counts_as_back():
    # day means 3, 4 and 3.5 (two check-ins of 3 and 4): exactly 3.5 against a baseline of 4
    after = [checkin(HEARD, 3), checkin(HEARD + timedelta(days=1), 4),
             checkin(HEARD + timedelta(days=2), 3, hour=9), checkin(HEARD + timedelta(days=2), 4, hour=20)]
    result = bounce_back(rejection(HEARD), HEARD, day_book(usual() + after, LONDON), TODAY)
    assert (result.status, result.days) == (BACK, 2)


def test_a_window_just_under_the_line_is_not_back():
    after = daily(HEARD, [3, 4, 3])  # 3.33 against 3.5
    result = bounce_back(rejection(HEARD), HEARD, day_book(usual() + after, LONDON), TODAY)
    assert result.status == NOT_YET and result.days is None
    assert (result.lowest, result.lowest_on) == (3.0, HEARD)
    assert "not back to your usual yet" in result.words


def test_above_the_baseline_counts_as_back_and_needs_three_days_with_check_ins():
    after = daily(HEARD, [5, 5])
    assert bounce_back(rejection(HEARD), HEARD, day_book(usual() + after, LONDON), TODAY).status == NOT_YET
    after = daily(HEARD, [5, 5, 5])
    result = bounce_back(rejection(HEARD), HEARD, day_book(usual() + after, LONDON), TODAY)
    assert (result.status, result.days) == (BACK, 2)


def test_no_day_before_hearing_back_is_in_a_window():
    # with the days before counted, (4, 4, 4) would end on the day after hearing back
    after = daily(HEARD, [4, 4, 1, 1, 4, 4, 4])
    result = bounce_back(rejection(HEARD), HEARD, day_book(usual() + after, LONDON), TODAY)
    assert (result.status, result.days) == (BACK, 6)
    assert (result.lowest, result.lowest_on) == (1.0, HEARD + timedelta(days=2))


def test_a_check_in_on_the_day_of_hearing_back_is_not_in_the_baseline():
    early = checkin(HEARD, 1, hour=8)  # before the news came, but on that day
    result = bounce_back(rejection(HEARD), HEARD, day_book(usual(mood=4) + [early], LONDON), TODAY)
    assert result.baseline == 4.0 and result.baseline_days == 5
    assert result.lowest == 1.0


def test_the_baseline_needs_five_days_in_the_thirty_before():
    four = bounce_back(rejection(HEARD), HEARD, day_book(usual(days=4) + daily(HEARD, [4, 4, 4]), LONDON), TODAY)
    assert (four.status, four.baseline, four.baseline_days) == (NOT_ENOUGH, None, 4)
    assert "not enough check-ins" in four.words and "4 of the 5" in four.words
    five = bounce_back(rejection(HEARD), HEARD, day_book(usual(days=5) + daily(HEARD, [4, 4, 4]), LONDON), TODAY)
    assert five.status == BACK


def test_the_baseline_reaches_back_exactly_thirty_days():
    edge = [checkin(HEARD - timedelta(days=30), 2)] + usual(days=4)
    assert bounce_back(rejection(HEARD), HEARD, day_book(edge, LONDON), TODAY).baseline_days == 5
    outside = [checkin(HEARD - timedelta(days=31), 2)] + usual(days=4)
    assert bounce_back(rejection(HEARD), HEARD, day_book(outside, LONDON), TODAY).status == NOT_ENOUGH


def test_the_baseline_is_the_mean_of_daily_means_not_of_check_ins():
    # one day of three 1s and four days of a single 5: daily means 1, 5, 5, 5, 5 -> 4.2 (per check-in it would be 3.3)
    busy = [checkin(HEARD - timedelta(days=1), 1, hour=h) for h in (9, 12, 18)]
    result = bounce_back(rejection(HEARD), HEARD,
                         day_book(busy + usual(days=4, mood=5, before=HEARD - timedelta(days=1)), LONDON), TODAY)
    assert result.baseline is not None and abs(result.baseline - 4.2) < 1e-9


def test_a_rejection_with_no_check_ins_before_it():
    result = bounce_back(rejection(HEARD), HEARD, day_book(daily(HEARD, [2, 5, 5, 5]), LONDON), TODAY)
    assert (result.status, result.baseline_days, result.days) == (NOT_ENOUGH, 0, None)
    assert (result.lowest, result.lowest_on) == (2.0, HEARD)  # the low point is still known


def test_no_check_ins_since_hearing_back():
    result = bounce_back(rejection(HEARD), HEARD, day_book(usual(), LONDON), TODAY)
    assert result.status == NOT_YET and result.lowest is None
    assert result.lowest_words == "no check-ins since hearing back"


def test_not_yet_reads_only_up_to_today():
    later = daily(TODAY + timedelta(days=1), [5, 5, 5])  # clock trouble: days still to come
    result = bounce_back(rejection(HEARD), HEARD, day_book(usual() + daily(HEARD, [2, 2]) + later, LONDON), TODAY)
    assert result.status == NOT_YET and result.lowest == 2.0


def test_two_rejections_in_one_week_each_have_their_own_baseline():
    first, second = date(2026, 3, 16), date(2026, 3, 20)
    records = usual(days=10, mood=4, before=first) + daily(first, [2, 2, 2, 2, 3, 4, 4, 4])
    book = day_book(records, LONDON)
    a = bounce_back(rejection(first, company="A"), first, book, TODAY)
    b = bounce_back(rejection(second, company="B"), second, book, TODAY)
    # first: baseline 4 -> (2, 3, 4) = 3.0 on 21 Mar is not back, (3, 4, 4) = 3.67 on 22 Mar is
    assert (a.baseline, a.days, a.back_on, a.lowest) == (4.0, 6, date(2026, 3, 22), 2.0)
    # second: its 30 days hold the four low days after the first: (10*4 + 4*2) / 14 = 3.43
    assert b.baseline is not None and abs(b.baseline - 48 / 14) < 1e-9 and b.baseline_days == 14
    # from 20 Mar: (3, 4, 4) = 3.67 >= 2.7 on 22 Mar
    assert (b.days, b.lowest) == (2, 3.0)


def test_days_are_calendar_days_across_the_clocks_going_forward():
    heard = date(2026, 3, 28)  # London springs forward in the night to Sun 29 Mar
    records = usual(before=heard) + [checkin(heard, 2), checkin(date(2026, 3, 29), 4, hour=0),
                                     checkin(date(2026, 3, 30), 5), checkin(date(2026, 3, 31), 5)]
    result = bounce_back(rejection(heard), heard, day_book(records, LONDON), TODAY)
    # (2, 4, 5) = 3.67 on 30 Mar
    assert (result.status, result.days) == (BACK, 2)


def test_a_check_in_stored_in_utc_counts_on_its_london_day():
    # 23:30 UTC on 24 Oct 2026 is 00:30 on 25 Oct in London (summer time still on)
    late = CheckIn(mood=1, at=datetime(2026, 10, 24, 23, 30, tzinfo=timezone.utc), created_at=STAMP, updated_at=STAMP)
    book = day_book([late], LONDON)
    assert book.days == (date(2026, 10, 25),)
    assert day_book([late], timezone.utc).days == (date(2026, 10, 24),)


def test_bounce_backs_keeps_the_rejections_heard_in_the_range_oldest_first():
    records = usual(days=20, before=date(2026, 3, 1)) + daily(date(2026, 3, 1), [4] * 40)
    applications = [rejection(date(2026, 3, 10), company="Late"), rejection(date(2026, 3, 1), company="Early"),
                    rejection(None, company="No date"), rejection(date(2025, 12, 1), company="Last year")]
    result = bounce_backs(applications, day_book(records, LONDON), calendar_year(2026, TODAY), TODAY)
    assert [item.title for item in result.items] == ["Early, Designer", "Late, Designer"]
    assert result.undated == 1
    assert result.trend_days == (2, 2)
    assert bounce_backs(applications, day_book(records, LONDON), last_days(date(2026, 3, 5), 30),
                        date(2026, 3, 5)).trend_days == (2,)


def test_trend_words():
    assert trend_words([20, 12, 7, 4], 4) == "Your last three: 12, 7, 4 days. Each time a little sooner. Usually about 12 days."
    assert trend_words([3, 8], 2) == "Your last two: 3, 8 days. Some take longer; that is part of it, not a sign of anything wrong."
    assert trend_words([5, 5], 3) == "Your last two: 5, 5 days."
    assert trend_words([1], 1) == "After your one rejection with check-ins around it, you were back to your usual in 1 day."
    assert trend_words([], 0) == "No rejections in this range."
    assert trend_words([], 2).startswith("2 rejections in this range, and not yet enough check-ins")


def test_trend_chart_scales_bars_and_says_the_number():
    lines = trend_chart([12, 6, 0], width=12)
    assert lines == ("████████████ 12 days", "██████ 6 days", "▏ 0 days")
    assert trend_chart([]) == ()


def test_bounce_back_for_reads_the_day_of_hearing_back_from_the_application():
    book = day_book(usual() + daily(HEARD, [4, 4, 4]), LONDON)
    found = bounce_back_for(rejection(HEARD), book, TODAY)
    assert found is not None and (found.heard_back, found.days) == (HEARD, 2)
    assert bounce_back_for(rejection(None), book, TODAY) is None
    assert bounce_back_for(rejection(TODAY + timedelta(days=1)), book, TODAY) is None


def test_undated_rejections_are_named_not_hidden():
    result = bounce_backs([rejection(None), rejection(None)], day_book([], LONDON), calendar_year(2026, TODAY), TODAY)
    assert result.undated_words == ("2 rejections without the day you heard back are not counted; "
                                    "add the day on the application to include it.")
    assert bounce_backs([], day_book([], LONDON), calendar_year(2026, TODAY), TODAY).undated_words == ""
