"""Check-ins grouped by the person's local calendar day, in one pass: the base every Insights section reads.

A day's mean is the mean of its check-ins' moods. `days` is sorted, so a section finds
the days of any stretch with `bisect` instead of walking every check-in again.
The day a moment falls on is taken in `tz` (the computer's zone when None, as
`day_words.local_day` does), so a check-in at 00:30 in summer belongs to that day
in London, not to the one before in UTC.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from resilience_tui.domain.checkin import CheckIn


def day_of(moment: datetime, tz: tzinfo | None = None) -> date:
    """The local calendar day of `moment` in `tz` (None: the computer's zone)."""
    return moment.astimezone(tz).date()


@dataclass(frozen=True, slots=True)
class Day:
    """One day with check-ins (slotted: Insights keeps one for each day of thirty years)."""

    day: date
    count: int
    mean: float
    tags: frozenset[str]
    emotions: frozenset[str]


@dataclass(frozen=True)
class DayBook:
    """Days with check-ins, oldest first; `means[i]` and `counts[i]` belong to `days[i]`."""

    days: tuple[date, ...]
    means: tuple[float, ...]
    counts: tuple[int, ...]
    entries: tuple[Day, ...]

    def span(self, first: date, last: date) -> tuple[int, int]:
        """Indexes [start, stop) of the days from `first` to `last`, both included."""
        return bisect_left(self.days, first), bisect_right(self.days, last)

    def between(self, first: date, last: date) -> Sequence[Day]:
        start, stop = self.span(first, last)
        return self.entries[start:stop]

    def get(self, day: date) -> Day | None:
        index = bisect_left(self.days, day)
        if index < len(self.days) and self.days[index] == day:
            return self.entries[index]
        return None

    @property
    def first_day(self) -> date | None:
        return self.days[0] if self.days else None


def day_book(checkins: Iterable[CheckIn], tz: tzinfo | None = None) -> DayBook:
    """Group check-ins by local day in one pass, then sort the days once."""
    totals: dict[date, list[int]] = {}
    tags: dict[date, set[str]] = {}
    emotions: dict[date, set[str]] = {}
    for checkin in checkins:
        day = checkin.at.astimezone(tz).date()
        entry = totals.get(day)
        if entry is None:
            totals[day] = [checkin.mood, 1]
            tags[day] = set(checkin.tags)
            emotions[day] = set(checkin.emotions)
        else:
            entry[0] += checkin.mood
            entry[1] += 1
            tags[day].update(checkin.tags)
            emotions[day].update(checkin.emotions)
    ordered = sorted(totals)
    # Days share a few hundred sets of tags and feelings among them: one object for each set.
    shared: dict[frozenset[str], frozenset[str]] = {}

    def one(words: set[str]) -> frozenset[str]:
        found = frozenset(words)
        return shared.setdefault(found, found)

    entries = tuple(Day(day, totals[day][1], totals[day][0] / totals[day][1], one(tags[day]), one(emotions[day]))
                    for day in ordered)
    return DayBook(tuple(ordered), tuple(e.mean for e in entries), tuple(e.count for e in entries), entries)


def count_words(count: int, noun: str) -> str:
    """'1 check-in', '3 check-ins'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
