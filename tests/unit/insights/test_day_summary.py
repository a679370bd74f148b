"""Years of check-ins summed up by day give the very book, and so the very report, that the records give."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from resilience_tui.demo import write_demo
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.day_summary import joined_book, summarise
from resilience_tui.domain.funnel import source_kinds
from resilience_tui.domain.insight_range import ALL, DAYS_30, KINDS, make_range
from resilience_tui.domain.insight_report import insight_base, insight_report
from resilience_tui.store.store import Store

from .build import LONDON, STAMP, checkin, daily, entry, rejection

TOKYO = ZoneInfo("Asia/Tokyo")


def by_year(checkins: list[CheckIn]) -> dict[int, list[CheckIn]]:
    """As the store files them: by the year of each moment's own date."""
    years: dict[int, list[CheckIn]] = {}
    for item in checkins:
        years.setdefault(item.at.year, []).append(item)
    return years


def test_joined_summaries_are_the_book_of_every_record() -> None:
    checkins = daily(date(2024, 12, 20), [4, 2, None, 5, 3, 1, 4, 4, None, 2, 3, 5, 4, 1, 2, 3, 4])
    checkins += [checkin(date(2024, 12, 25), 1, hour=20, tags=("walk",), emotions=("hopeful",)),
                 checkin(date(2025, 1, 2), 5, hour=8, tags=("friends",))]
    summaries = [summarise(records, LONDON) for records in by_year(checkins).values()]
    assert len(summaries) == 2
    assert joined_book(summaries) == day_book(checkins, LONDON)
    assert joined_book(list(reversed(summaries))) == day_book(checkins, LONDON)
    assert joined_book([]) == day_book([], LONDON)


def test_a_day_split_between_two_files_is_added_together() -> None:
    # 17:00 UTC on 31 Dec 2025 is already 1 Jan 2026 in Tokyo: filed in 2025, it shares its local day
    # with a check-in filed in 2026.
    late = CheckIn(mood=1, at=datetime(2025, 12, 31, 17, 0, tzinfo=timezone.utc), tags=("late",),
                   created_at=STAMP, updated_at=STAMP)
    later = CheckIn(mood=4, at=datetime(2026, 1, 1, 2, 0, tzinfo=timezone.utc), emotions=("calm",),
                    created_at=STAMP, updated_at=STAMP)
    earlier = CheckIn(mood=2, at=datetime(2025, 12, 30, 12, 0, tzinfo=timezone.utc), created_at=STAMP, updated_at=STAMP)
    checkins = [earlier, late, later]
    summaries = [summarise(records, TOKYO) for records in by_year(checkins).values()]
    joined = joined_book(summaries)
    assert joined == day_book(checkins, TOKYO)
    assert joined is not None and joined.get(date(2026, 1, 1)) is not None
    day = joined.get(date(2026, 1, 1))
    assert day is not None and (day.count, day.mean, day.tags, day.emotions) == (2, 2.5, {"late"}, {"calm"})


def test_one_checkin_in_two_files_asks_for_the_records() -> None:
    moved = checkin(date(2025, 6, 1), 3)
    copy = dataclasses.replace(moved, at=moved.at.replace(year=2024))  # a move between years cut short
    assert joined_book([summarise([moved], LONDON), summarise([copy], LONDON)]) is None


def test_the_report_from_summaries_is_the_report_from_records() -> None:
    today = date(2026, 1, 5)
    heard = date(2025, 12, 28)
    checkins = daily(heard - timedelta(days=40), [4, 3, None, 4] * 10) + daily(heard, [2, 3, 4, 4, 4])
    checkins += [checkin(date(2025, 1, 5), 5, tags=("walk",)), checkin(date(2024, 1, 5), 2, hour=9),
                 checkin(date(2024, 1, 5), 3, hour=21)]
    journal = [entry(date(2025, 12, 30), win=True, text="Kind words"), entry(date(2024, 1, 5))]
    applications = [rejection(heard, source="LinkedIn")]
    records = insight_base(today, checkins=checkins, journal=journal, applications=applications, tz=LONDON)
    book = joined_book([summarise(year, LONDON) for year in by_year(checkins).values()])
    summed = insight_base(today, book=book, journal=journal, applications=applications, tz=LONDON)
    assert summed == records
    assert [(y.day, y.checkin_count, y.checkin_mean) for y in summed.on_this_day.years] == [
        (date(2025, 1, 5), 1, 5.0), (date(2024, 1, 5), 2, 2.5)]
    for span in (make_range(DAYS_30, today), make_range(ALL, today, first_day=records.first_day)):
        assert insight_report(summed, span, today) == insight_report(records, span, today)


@pytest.mark.parametrize("years", [2])
def test_a_demo_gives_the_same_report_from_its_years_summed_up(tmp_path, years) -> None:
    today = date(2026, 11, 26)
    write_demo(tmp_path / "d", years, today=today)
    store = Store(tmp_path / "d")
    summaries = [summarise(store.checkins.in_year(year)) for year in store.checkins.years()]
    assert len(summaries) >= years
    others = {"journal": store.journal.all(), "applications": store.applications.all(),
              "feedback": store.feedback.all(), "goals": store.goals.all(), "worries": store.worries.all()}
    records = insight_base(today, checkins=store.checkins.all(), **others)
    summed = insight_base(today, book=joined_book(summaries), **others)
    assert summed.book == records.book and len(summed.book.days) > 300 * years
    assert summed.on_this_day == records.on_this_day and summed.on_this_day.years
    kinds = source_kinds(others["applications"])
    for kind in KINDS:
        span = make_range(kind, today, first_day=records.first_day)
        assert insight_report(summed, span, today, kinds) == insight_report(records, span, today, kinds)
