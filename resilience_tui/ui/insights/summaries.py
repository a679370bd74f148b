"""The check-ins of every year summed up by day, kept with the stamp of the file they were read from.

Insights needs the check-ins only by day (`domain/day_summary.py`). While the app is idle
(ui/common/warm_up.py) each year's file is read and summed up, a year a step, and the
records of a year the store had not read are let go: thirty years take little memory and
few objects for the collector. A year is summed up again whenever its stamp differs from
the one kept (a save in this window, or another window's or a command's save: the file on
disk, or the store's copy once `Store.refresh` read it again); a year whose file is gone
is dropped. The joined book is kept for the stamps it was made from.
"""

from __future__ import annotations

import threading
import weakref
from datetime import tzinfo
from typing import TYPE_CHECKING

from resilience_tui.domain.day_book import DayBook, day_book
from resilience_tui.domain.day_summary import YearSummary, joined_book, summarise

if TYPE_CHECKING:
    from resilience_tui.store.checkins import CheckinRepository
    from resilience_tui.store.store import Store

Stamp = tuple[int, int, int] | None


class CheckinSummaries:
    def __init__(self, checkins: CheckinRepository, tz: tzinfo | None = None) -> None:
        self.checkins = checkins
        self.tz = tz
        self.lock = threading.Lock()  # the idle steps (UI thread) and Insights' worker share it
        self._years: dict[int, tuple[Stamp, YearSummary]] = {}
        self._book: tuple[tuple[tuple[int, Stamp], ...], DayBook] | None = None

    def stale(self) -> list[int]:
        """Years not summed up yet, or changed since, newest first."""
        return [year for year in self.checkins.years()
                if (kept := self._years.get(year)) is None or kept[0] != self.checkins.year_stamp(year)]

    def stamps(self) -> tuple[tuple[int, Stamp], ...]:
        """Every year's stamp now: differs whenever a year's check-ins do (see `CheckinRepository.year_stamp`)."""
        return tuple((year, self.checkins.year_stamp(year)) for year in self.checkins.years())

    def summary(self, year: int) -> YearSummary:
        """The year's summary, summed up again when its file changed since."""
        with self.lock:
            return self.summary_unlocked(year)

    def summary_unlocked(self, year: int) -> YearSummary:
        """`summary`, for a caller holding `lock`."""
        kept = self._years.get(year)
        if kept is not None and kept[0] == self.checkins.year_stamp(year):
            return kept[1]
        stamp, records = self.checkins.year_records(year)
        summary = summarise(records, self.tz)
        self._years[year] = (stamp, summary)
        return summary

    def step(self, year: int | None) -> None:
        """Sum up `year` (None: join the years into the book), unless Insights' worker is at it:
        a step while idle on the UI thread never waits for the worker."""
        if self.lock.acquire(blocking=False):
            try:
                if year is None:
                    self.book_unlocked()
                else:
                    self.summary_unlocked(year)
            finally:
                self.lock.release()

    def book(self) -> DayBook:
        """Every check-in by day, as `day_book(checkins.all())` gives it."""
        with self.lock:
            return self.book_unlocked()

    def book_unlocked(self) -> DayBook:
        """`book`, for a caller holding `lock`."""
        years = self.checkins.years()
        for gone in set(self._years) - set(years):
            del self._years[gone]
        summaries = [self.summary_unlocked(year) for year in years]
        key = tuple((year, self._years[year][0]) for year in years)
        if self._book is not None and self._book[0] == key:
            return self._book[1]
        book = joined_book(summaries)
        if book is None:  # one check-in in two years' files: the records say which copy is newer
            book = day_book(self.checkins.all(), self.tz)
        self._book = (key, book)
        return book


_KEPT: weakref.WeakKeyDictionary[Store, CheckinSummaries] = weakref.WeakKeyDictionary()


def summaries_of(store: Store) -> CheckinSummaries:
    """The summaries of `store`'s check-ins, made on first use and kept as long as the store."""
    found = _KEPT.get(store)
    if found is None:
        found = _KEPT[store] = CheckinSummaries(store.checkins)
    return found
