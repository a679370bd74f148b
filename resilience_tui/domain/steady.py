"""Steady, not streaks: how many days the person checked in, this month and in the range.

Never a streak, never "you missed": a count of days that happened. An "uneventful day"
check-in counts like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from resilience_tui.domain.day_book import DayBook, count_words
from resilience_tui.domain.insight_range import InsightRange


@dataclass(frozen=True)
class Steady:
    month_days: int  # days with check-ins this month, up to today
    month_so_far: int  # days of this month so far, today included
    range_days: int  # days with check-ins in the range
    range_checkins: int
    range_length: int  # calendar days in the range up to today

    @property
    def words(self) -> str:
        """'You checked in on 12 days this month, and 40 days in this range.' Said only as what happened."""
        if self.range_days == 0 and self.month_days == 0:
            return "No check-ins here yet. Whenever you want, a check-in takes three keys."
        month = f"You checked in on {count_words(self.month_days, 'day')} this month"
        return f"{month}, and on {count_words(self.range_days, 'day')} in this range."


def steady(book: DayBook, span: InsightRange, today: date) -> Steady:
    first_of_month = today.replace(day=1)
    start, stop = book.span(first_of_month, today)
    last = min(span.last, today)
    range_start, range_stop = book.span(span.first, last)
    length = max(0, (last - span.first).days + 1)
    return Steady(stop - start, today.day, range_stop - range_start, sum(book.counts[range_start:range_stop]), length)
