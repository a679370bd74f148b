"""On this day: check-ins, journal entries and wins from the same date in earlier years.

29 February: in a year without one, its memories show on 28 February (the last day of
that February, so they are never skipped for three years); in a leap year they show on
29 February itself, and 28 February shows only its own.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import DayBook, count_words, day_book
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.moods import average_words


def shown_on(day: date, year: int) -> tuple[int, int]:
    """The (month, day) in `year` on which memories of `day` show: 29 Feb moves to 28 Feb in a common year."""
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return 2, 28
    return day.month, day.day


@dataclass(frozen=True)
class YearAgo:
    """What one earlier year holds for this date."""

    day: date  # the earlier day itself (28 or 29 Feb when it moved)
    checkin_count: int
    checkin_mean: float  # the mean mood of those check-ins (0.0 when there are none)
    entries: tuple[JournalEntry, ...]  # journal entries, not wins
    wins: tuple[JournalEntry, ...]

    def years_ago(self, today: date) -> int:
        return today.year - self.day.year

    def words(self, today: date) -> str:
        """'3 years ago (Sat 30 Nov 2023): 2 check-ins, okay on average; a win: "Finished the course".'"""
        ago = self.years_ago(today)
        when = "a year ago" if ago == 1 else f"{ago} years ago"
        parts = []
        if self.checkin_count:
            parts.append(f"{count_words(self.checkin_count, 'check-in')}, {average_words(self.checkin_mean)} on average")
        if self.entries:
            parts.append(count_words(len(self.entries), "journal entry").replace("entrys", "entries"))
        if self.wins:
            parts.append(f"a win: \"{self.wins[0].heading}\"" if len(self.wins) == 1
                         else f"{len(self.wins)} wins")
        return f"{when} ({self.day.strftime('%a %d %b %Y')}): " + "; ".join(parts) + "."


@dataclass(frozen=True)
class OnThisDay:
    today: date
    years: tuple[YearAgo, ...]  # newest year first; only years with something

    @property
    def words(self) -> str:
        if not self.years:
            return "Nothing from this date in earlier years yet."
        return " ".join(item.words(self.today) for item in self.years)


def on_this_day(today: date, *, checkins: Iterable[CheckIn] = (), entries: Iterable[JournalEntry],
                tz: tzinfo | None = None, book: DayBook | None = None) -> OnThisDay:
    """Records from earlier years whose local day shows on `today` (see `shown_on`); one pass over each.
    The check-ins' side comes from `book` when given (`checkins` is then not read): a day's count and mean."""
    entries_on: dict[date, list[JournalEntry]] = {}
    wins_on: dict[date, list[JournalEntry]] = {}
    want = (today.month, today.day)

    # A moment's stored date is at most a day from its local one, so only moments whose stored
    # month and day are near a wanted one are converted: most records are skipped without it.
    near = {(d.month, d.day) for base in _wanted(today) for d in (base - timedelta(days=1), base, base + timedelta(days=1))}

    def matches(day: date) -> bool:
        return day.year < today.year and shown_on(day, today.year) == want

    if book is None:
        book = day_book((c for c in checkins if (c.at.month, c.at.day) in near), tz)
    first = book.first_day
    checkins_on = {} if first is None else {
        found.day: found for year in range(first.year, today.year) for wanted in _wanted(today)
        if (wanted.month, wanted.day) != (2, 29) or calendar.isleap(year)
        if (found := book.get(date(year, wanted.month, wanted.day))) is not None and matches(found.day)}
    for entry in entries:
        if (entry.at.month, entry.at.day) not in near:
            continue
        day = entry.at.astimezone(tz).date()
        if matches(day):
            (wins_on if entry.is_win else entries_on).setdefault(day, []).append(entry)
    days = sorted(set(checkins_on) | set(entries_on) | set(wins_on), reverse=True)
    years = tuple(YearAgo(day, checkins_on[day].count if day in checkins_on else 0,
                          checkins_on[day].mean if day in checkins_on else 0.0,
                          tuple(sorted(entries_on.get(day, []), key=lambda x: x.at)),
                          tuple(sorted(wins_on.get(day, []), key=lambda x: x.at)))
                  for day in days)
    return OnThisDay(today, years)


def _wanted(today: date) -> tuple[date, ...]:
    """Days in a leap year (2000) whose memories show on `today`: 28 Feb also takes 29 Feb in a common year."""
    if (today.month, today.day) == (2, 28) and not calendar.isleap(today.year):
        return date(2000, 2, 28), date(2000, 2, 29)
    return (date(2000, today.month, today.day),)
