"""A year of check-ins summed up by day, and years of them joined into one `DayBook`.

Insights reads only what `day_book` keeps of a check-in (its local day, mood, tags and
feelings), so a year's file can be read once, summed up (`summarise`) and let go: thirty
years of summaries hold a few thousand small objects instead of every record. Joining
the years (`joined_book`) gives the very `DayBook` that `day_book` makes from all the
records: a day's mean is its moods' sum over its count, as there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import Day, DayBook, day_book


@dataclass(frozen=True)
class YearSummary:
    """The check-ins of one year's file, by local day: `totals[i]` is the sum of the moods of `book.days[i]`."""

    book: DayBook
    totals: tuple[int, ...]
    ids: frozenset[str]  # the check-ins summed up: one found in two files is counted once (`joined_book`)


def summarise(checkins: Iterable[CheckIn], tz: tzinfo | None = None) -> YearSummary:
    """One pass over a year's check-ins (as `day_book`), keeping each day's sum of moods beside it."""
    records = list(checkins)
    totals: dict[date, int] = {}
    for checkin in records:
        day = checkin.at.astimezone(tz).date()
        totals[day] = totals.get(day, 0) + checkin.mood
    book = day_book(records, tz)
    return YearSummary(book, tuple(totals[day] for day in book.days), frozenset(c.id for c in records))


def joined_book(summaries: Sequence[YearSummary]) -> DayBook | None:
    """The `DayBook` of every check-in of `summaries`, or None when one check-in is in two of them
    (a move between years cut short): then only the records themselves say which copy is newer."""
    ordered = sorted((s for s in summaries if s.book.days), key=lambda s: s.book.days[0])
    if sum(len(s.ids) for s in summaries) != len(frozenset().union(*(s.ids for s in summaries))):
        return None
    if all(a.book.days[-1] < b.book.days[0] for a, b in zip(ordered, ordered[1:], strict=False)):
        return DayBook(tuple(d for s in ordered for d in s.book.days), tuple(m for s in ordered for m in s.book.means),
                       tuple(c for s in ordered for c in s.book.counts),
                       tuple(e for s in ordered for e in s.book.entries))
    return _merged(ordered)


def _merged(summaries: Sequence[YearSummary]) -> DayBook:
    """Years whose days overlap (a file holds its records by their own offset's year, the book goes
    by the local day): days found in several are added together."""
    found: dict[date, tuple[int, int, frozenset[str], frozenset[str]]] = {}
    for summary in summaries:
        for entry, total in zip(summary.book.entries, summary.totals, strict=True):
            seen = found.get(entry.day)
            if seen is None:
                found[entry.day] = (total, entry.count, entry.tags, entry.emotions)
            else:
                found[entry.day] = (seen[0] + total, seen[1] + entry.count, seen[2] | entry.tags,
                                    seen[3] | entry.emotions)
    entries = tuple(Day(day, count, total / count, tags, emotions)
                    for day, (total, count, tags, emotions) in sorted(found.items()))
    return DayBook(tuple(e.day for e in entries), tuple(e.mean for e in entries), tuple(e.count for e in entries),
                   entries)
