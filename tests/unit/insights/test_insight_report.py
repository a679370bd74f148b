"""Every section for a range from one shared base; switching range reuses it."""

from __future__ import annotations

from datetime import date, timedelta

from resilience_tui.domain.insight_range import ALL, DAYS_30, make_range
from resilience_tui.domain.insight_report import insight_base, insight_report

from .build import LONDON, checkin, daily, entry, rejection

TODAY = date(2026, 1, 5)


def test_a_report_holds_every_section_for_its_range():
    heard = date(2025, 12, 28)
    checkins = daily(heard - timedelta(days=10), [4] * 10) + daily(heard, [2, 3, 4, 4, 4])
    checkins.append(checkin(date(2025, 1, 5), 5))  # a year ago today
    journal = [entry(date(2025, 12, 30), win=True, text="Kind words from a friend")]
    base = insight_base(TODAY, checkins=checkins, journal=journal,
                        applications=[rejection(heard, source="LinkedIn")], tz=LONDON)
    assert base.first_day == date(2019, 1, 1)  # the application's day is the first thing recorded
    report = insight_report(base, make_range(DAYS_30, TODAY), TODAY)
    [item] = report.bounce_back.items
    assert (item.status, item.days) == ("back", 3)  # (3, 4, 4) ends on 31 Dec
    assert report.pixels.span.days == 30 and report.pixels.days_with_checkins == 15
    assert report.steady.month_days == 1 and report.steady.range_days == 15  # 1 Jan, then 10 + 5 days
    assert report.funnel.total == 0  # applied in 2019
    assert [y.day for y in report.on_this_day.years] == [date(2025, 1, 5)]
    everything = insight_report(base, make_range(ALL, TODAY, first_day=base.first_day), TODAY)
    assert everything.funnel.total == 1 and everything.funnel.by_source[0].kind == "job_board"
    assert everything.pixels.span.first == date(2019, 1, 1)
