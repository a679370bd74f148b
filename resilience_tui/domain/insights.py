"""Small summaries of check-ins for the Today screen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.moods import average_glyph, average_words

NO_DATA_GLYPH = "·"


@dataclass(frozen=True)
class MoodTrend:
    days: tuple[date, ...]
    averages: tuple[float | None, ...]  # one per day, None where there was no check-in
    count: int
    average: float | None

    @property
    def words(self) -> str:
        if self.average is None:
            return "No check-ins in this time yet."
        plural = "check-in" if self.count == 1 else "check-ins"
        return f"On average: {average_words(self.average)} ({self.average:.1f} from {self.count} {plural})."


def mood_trend(checkins: Iterable[CheckIn], today: date, days: int = 30) -> MoodTrend:
    """Average mood for each of the last `days` days, ending with `today`."""
    first = today - timedelta(days=days - 1)
    by_day: dict[date, list[int]] = {}
    for checkin in checkins:
        day = checkin.at.date()
        if first <= day <= today:
            by_day.setdefault(day, []).append(checkin.mood)
    dates = tuple(first + timedelta(days=offset) for offset in range(days))
    averages = tuple(sum(by_day[d]) / len(by_day[d]) if d in by_day else None for d in dates)
    moods = [mood for values in by_day.values() for mood in values]
    average = sum(moods) / len(moods) if moods else None
    return MoodTrend(dates, averages, len(moods), average)


def glyph_for(average: float | None) -> str:
    """The glyph of a day's average: the same half step its words say (`average_words`)."""
    if average is None:
        return NO_DATA_GLYPH
    return average_glyph(average)


def sparkline(averages: Sequence[float | None]) -> str:
    """One glyph per day, the same glyphs the mood levels use."""
    return "".join(glyph_for(value) for value in averages)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def count_this_week(checkins: Iterable[CheckIn], today: date) -> int:
    start = week_start(today)
    return sum(1 for c in checkins if start <= c.at.date() <= today)


def day_bounds(day: date, tz: tzinfo | None) -> tuple[datetime, datetime]:
    start = datetime.combine(day, datetime.min.time()).replace(tzinfo=tz)
    return start, start + timedelta(days=1)


def greeting(moment: datetime) -> str:
    hour = moment.hour
    if hour < 5:
        return "Still up? Be gentle with yourself tonight."
    if hour < 12:
        return "Good morning."
    if hour < 18:
        return "Good afternoon."
    return "Good evening."


@dataclass(frozen=True)
class DaySummary:
    day: date
    count: int
    average: float | None
    emotions: tuple[str, ...]  # the most named feelings of the day, most frequent first


def recent_days(checkins: Iterable[CheckIn], today: date, days: int = 7) -> list[DaySummary]:
    """One summary per day for the last `days` days before today, newest first."""
    by_day: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        by_day.setdefault(checkin.at.date(), []).append(checkin)
    summaries = []
    for offset in range(1, days + 1):
        day = today - timedelta(days=offset)
        items = by_day.get(day, [])
        counts: dict[str, int] = {}
        for item in items:
            for word in item.emotions:
                counts[word] = counts.get(word, 0) + 1
        top = tuple(sorted(counts, key=lambda w: (-counts[w], w))[:3])
        average = sum(c.mood for c in items) / len(items) if items else None
        summaries.append(DaySummary(day, len(items), average, top))
    return summaries
