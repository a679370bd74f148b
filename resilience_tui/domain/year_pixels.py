"""Year in pixels: one cell per day of a range, the day's mean mood as glyph, words and colour.

Colour never stands alone: each cell has the glyph of its mean (`moods.average_glyph`)
and words for a screen reader or a tooltip. Days a rejection or an offer came are
marked beside the glyph. `pixel_rows` lays a range out as months in rows and days
1-31 in columns, which fits a year into 80 columns (a 9-column label and 31 cells of 2).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import DayBook, count_words
from resilience_tui.domain.day_events import HEARD_BACK, OFFER, DayEvent
from resilience_tui.domain.insight_range import InsightRange
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.moods import average_glyph, average_level, average_words

NO_CHECKIN = "·"  # a day without check-ins
OUTSIDE = " "  # a day outside the range, or past the end of a short month
REJECTION_MARK = "×"
OFFER_MARK = "✓"
NO_MARK = " "
LABEL_WIDTH = 9  # "Jan 2026 "
CELL_WIDTH = 2  # the glyph and its mark
LEGEND = (f"{REJECTION_MARK} heard back about a rejection · {OFFER_MARK} an offer · {NO_CHECKIN} no check-in; "
          "taller bars are better days")
MIN_DAYS = 5  # fewer days with check-ins than this is too few to say much


@dataclass(frozen=True)
class Pixel:
    day: date
    mean: float | None  # None: no check-ins that day
    count: int  # check-ins that day
    rejection: bool
    offer: bool
    future: bool = False  # a day still to come: shown blank, never as "no check-in"

    @property
    def glyph(self) -> str:
        if self.future:
            return OUTSIDE
        return NO_CHECKIN if self.mean is None else average_glyph(self.mean)

    @property
    def mark(self) -> str:
        return REJECTION_MARK if self.rejection else OFFER_MARK if self.offer else NO_MARK

    @property
    def colour(self) -> str | None:
        """The colour of the level the mean reached; None on a day without check-ins."""
        return None if self.mean is None else average_level(self.mean).colour

    @property
    def words(self) -> str:
        """'Tue 03 Mar 2026: between okay and good (3.5 from 2 check-ins); heard back about a rejection'."""
        text = day_label(self.day) + ": "
        if self.future:
            return text + "still to come"
        text += "no check-in" if self.mean is None else (
            f"{average_words(self.mean)} ({self.mean:.1f} from {count_words(self.count, 'check-in')})")
        if self.rejection:
            text += "; heard back about a rejection"
        if self.offer:
            text += "; an offer"
        return text


def day_label(day: date) -> str:
    return day.strftime("%a %d %b %Y")


@dataclass(frozen=True)
class YearPixels:
    span: InsightRange
    pixels: tuple[Pixel, ...]  # one per day of the range, oldest first

    def pixel(self, day: date) -> Pixel | None:
        if day not in self.span:
            return None
        return self.pixels[(day - self.span.first).days]

    @property
    def days_with_checkins(self) -> int:
        return sum(1 for p in self.pixels if p.mean is not None)

    @property
    def words(self) -> str:
        """The section's sentence: how the range went, or that there is too little to say much."""
        days = [p for p in self.pixels if p.mean is not None]
        checkins = sum(p.count for p in days)
        if not days:
            return "No check-ins in this range yet."
        if len(days) < MIN_DAYS:
            return f"{count_words(checkins, 'check-in')} in this range: too few to say much."
        good = sum(1 for p in days if p.mean is not None and p.mean >= 3.5)
        low = sum(1 for p in days if p.mean is not None and p.mean < 2.5)
        return (f"{count_words(len(days), 'day')} with check-ins in this range: {good} good or better, "
                f"{low} low. Each cell is a day; taller bars are better days.")


def year_pixels(book: DayBook, events: Mapping[date, Sequence[DayEvent]], span: InsightRange,
                today: date | None = None) -> YearPixels:
    """One pixel per day of `span`, reading only the days of the range from `book`; days after `today` are `future`."""
    by_day = {entry.day: entry for entry in book.between(span.first, span.last)}
    pixels = []
    for offset in range(span.days):
        day = span.first + timedelta(days=offset)
        entry = by_day.get(day)
        kinds = {event.kind for event in events.get(day, ())}
        pixels.append(Pixel(day, entry.mean if entry else None, entry.count if entry else 0,
                            HEARD_BACK in kinds, OFFER in kinds, today is not None and day > today))
    return YearPixels(span, tuple(pixels))


@dataclass(frozen=True)
class PixelRow:
    """One month of the layout: `cells[i]` is day i+1, None past the month's end or outside the range."""

    year: int
    month: int
    cells: tuple[Pixel | None, ...]  # always 31

    @property
    def label(self) -> str:
        return f"{calendar.month_abbr[self.month]} {self.year}".ljust(LABEL_WIDTH)

    @property
    def text(self) -> str:
        """The row as plain text: label, then a glyph and a mark per day (71 columns)."""
        return self.label + "".join(OUTSIDE * CELL_WIDTH if p is None else p.glyph + p.mark for p in self.cells)


def pixel_rows(pixels: YearPixels) -> tuple[PixelRow, ...]:
    """Months as rows, days 1-31 as columns, oldest month first."""
    rows = []
    year, month = pixels.span.first.year, pixels.span.first.month
    while (year, month) <= (pixels.span.last.year, pixels.span.last.month):
        length = calendar.monthrange(year, month)[1]
        cells = tuple(pixels.pixel(date(year, month, d)) if d <= length else None for d in range(1, 32))
        rows.append(PixelRow(year, month, cells))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(rows)


def header_line() -> str:
    """Day numbers over the columns: every fifth day, so it stays readable at 80 columns."""
    cells = "".join(f"{d:<2}" if d % 5 == 0 or d == 1 else "  " for d in range(1, 32))
    return " " * LABEL_WIDTH + cells


@dataclass(frozen=True)
class DayDetails:
    """What one day holds, for `enter` on the day cursor."""

    day: date
    checkins: tuple[CheckIn, ...]  # oldest first
    entries: tuple[JournalEntry, ...]  # journal entries and wins, oldest first
    events: tuple[DayEvent, ...]

    @property
    def words(self) -> str:
        if not (self.checkins or self.entries or self.events):
            return f"{day_label(self.day)}: nothing recorded."
        parts = [count_words(len(self.checkins), "check-in"), count_words(len(self.entries), "journal entry")
                 .replace("entrys", "entries"), count_words(len(self.events), "event")]
        return f"{day_label(self.day)}: " + ", ".join(parts) + "."


def day_details(day: date, *, checkins: Iterable[CheckIn], entries: Iterable[JournalEntry],
                events: Mapping[date, Sequence[DayEvent]], tz: tzinfo | None = None) -> DayDetails:
    """The check-ins, journal entries and events of one local day.

    Pass the few records near the day (a repository's `between` for that day) rather than
    everything: this filters what it is given.
    """
    found = sorted((c for c in checkins if c.at.astimezone(tz).date() == day), key=lambda c: c.at)
    written = sorted((e for e in entries if e.at.astimezone(tz).date() == day), key=lambda e: e.at)
    return DayDetails(day, tuple(found), tuple(written), tuple(events.get(day, ())))
