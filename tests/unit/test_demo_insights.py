"""The demo gives every Insights section something true to show, and stays clear of a run of low days."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_tui.demo import write_demo
from resilience_tui.domain.funnel import source_kinds
from resilience_tui.domain.insight_range import last_days, last_months
from resilience_tui.domain.insight_report import insight_base, insight_report
from resilience_tui.store.store import Store

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("years", [1, 2])
def test_every_section_has_something_to_show(tmp_path, years) -> None:
    write_demo(tmp_path / "d", years, today=TODAY)
    store = Store(tmp_path / "d")
    applications = store.applications.all()
    base = insight_base(TODAY, checkins=store.checkins.all(), journal=store.journal.all(), applications=applications,
                        feedback=store.feedback.all(), goals=store.goals.all())
    report = insight_report(base, last_months(TODAY), TODAY, source_kinds(applications))
    assert len(report.bounce_back.trend_days) >= 3 and report.bounce_back.words.startswith("Your last three:")
    assert any(p.rejection for p in report.pixels.pixels) and report.pixels.days_with_checkins > 300
    assert len(report.better_days.pairings) >= 5
    assert len(report.funnel.by_source) >= 3 and report.funnel.total >= 5
    assert report.steady.month_days >= 10
    [memory, *_] = report.on_this_day.years
    assert memory.day == date(2025, 11, 26) and memory.checkin_count and (memory.wins or memory.entries)
    recent = insight_report(base, last_days(TODAY, 30), TODAY)
    assert recent.bounce_back.items  # the scripted rejection of the last weeks


@pytest.mark.parametrize("years", [1, 3])
def test_the_last_days_are_not_a_run_of_low_ones(tmp_path, years) -> None:
    write_demo(tmp_path / "d", years, today=TODAY)
    base = insight_base(TODAY, checkins=Store(tmp_path / "d").checkins.all())
    means = [day.mean for day in base.book.between(date(2026, 10, 1), TODAY)]
    assert sum(1 for m in means[-5:] if m <= 1.5) < 3
    assert sum(1 for m in means[-10:] if m <= 2.5) < 7
