"""Journal entries and wins, one TinyDB file per year of their date (`journal/2026.json`).

Searching needs every year, so the repository keeps a search index (lowercase
text per entry, newest first). It is built one year at a time (`index_step`, which
the app runs while it is idle after start-up), rebuilt only for years whose files
changed elsewhere, and changed entry by entry on this repository's own saves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.domain.journal import WIN, JournalEntry
from resilience_tui.store.areas import AREAS
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.yearly import YearlyRepository

if TYPE_CHECKING:
    from resilience_tui.domain.journal_search import Indexed
    from resilience_tui.store.areas import Area
    from resilience_tui.store.store import Store

Generations = dict[int, int]  # year -> its file's generation


class JournalRepository(YearlyRepository[JournalEntry]):
    def __init__(self, root: Path, open_file: Callable[[Path, str, str], DataFile]) -> None:
        area = AREAS["journal"]
        super().__init__(root, open_file, area=area.name, noun=area.label, record_type=JournalEntry,
                         moment=lambda e: e.at)
        self._year_index: dict[int, tuple[int, list[Indexed]]] = {}
        self._index: tuple[Generations, list[Indexed]] | None = None

    # -- the search index ----------------------------------------------------
    def index(self) -> list[Indexed]:
        """Every entry, newest first, ready for `journal_search.search`. Builds only the years not built yet."""
        while self._build_next_year():
            pass
        return self._merged()

    def index_step(self) -> bool:
        """Build one more year of the index (a few milliseconds). True while there is more to do."""
        if self._build_next_year():
            return True
        self._merged()
        return False

    def _generations(self) -> Generations:
        return {year: self._file(year).generation for year in self.years()}

    def _build_next_year(self) -> bool:
        """Build the newest year whose index is missing or out of date. False when none is."""
        # Imported here: only the Journal searches, and start-up need not pay for it (~3 ms).
        from resilience_tui.domain import journal_search

        for year in self.years():
            cached = self._year_index.get(year)
            if cached is None or cached[0] != self._file(year).generation:
                records = self._year(year)  # reading may move a damaged file aside: take the generation after
                self._year_index[year] = (self._files[year].generation, journal_search.build_index(records.values()))
                return True
        return False

    def _merged(self) -> list[Indexed]:
        key = self._generations()
        if any(self._year_index.get(year, (None,))[0] != generation for year, generation in key.items()):
            while self._build_next_year():  # a file appeared or changed since the last step
                pass
            key = self._generations()
        if self._index is None or self._index[0] != key:
            merged = [item for year in key for item in self._year_index[year][1]]
            # Years are newest first and each part is sorted; a record whose moment sits on
            # the other side of a year boundary (another offset) is rare, so sort to be exact.
            merged.sort(key=_order, reverse=True)
            self._index = (key, _newest_per_id(merged))
        return self._index[1]

    @contextmanager
    def _indexed_change(self) -> Iterator[Callable[[str, JournalEntry | None], None]]:
        """Around one save of this repository: change the index by that one entry, not by a year.

        A year is changed in place only when its one write was the only change to its
        file (another window's change in between leaves it to be rebuilt from the file).
        """
        before = self._generations()
        merged_ok = self._index is not None and self._index[0] == before

        def changed(record_id: str, entry: JournalEntry | None) -> None:
            nonlocal merged_ok
            if self._index is None and not self._year_index:
                return  # no index to keep up to date (a shell command adding one entry)
            from resilience_tui.domain.journal_search import index_entry

            after = self._generations()
            item = index_entry(entry) if entry is not None else None
            for year in set(before) | set(after):
                if before.get(year) == after.get(year):
                    continue
                cached = self._year_index.get(year)
                here = item if item is not None and item.entry.at.year == year else None
                if cached is not None and cached[0] == before.get(year) and after.get(year) == cached[0] + 1:
                    self._year_index[year] = (after[year], _replaced(cached[1], record_id, here))
                elif year not in before and here is not None and set(self._year(year)) == {record_id}:
                    self._year_index[year] = (after[year], [here])  # a new year's file holding only this entry
                else:
                    merged_ok = False
            if merged_ok and self._index is not None:
                self._index = (after, _replaced(self._index[1], record_id, item))

        yield changed

    # -- writing, with the index kept up to date -------------------------------
    def _save(self, record: JournalEntry, years: list[int]) -> JournalEntry:
        with self._indexed_change() as changed:
            saved = super()._save(record, years)
            changed(saved.id, saved)
        return saved

    def delete(self, record_id: str) -> JournalEntry:
        with self._indexed_change() as changed:
            old = super().delete(record_id)
            changed(record_id, None)
        return old

    def restore(self, record: JournalEntry) -> JournalEntry:
        with self._indexed_change() as changed:
            super().restore(record)
            changed(record.id, self._year(record.at.year).get(record.id, record))
        return record

    # -- wins ------------------------------------------------------------------
    def recent_wins(self, enough: int = 60) -> list[JournalEntry]:
        """Wins, newest first, reading years from the newest until `enough` are found."""
        found: list[JournalEntry] = []
        for year in self.years():
            found.extend(entry for entry in self._year(year).values() if entry.kind == WIN)
            if len(found) >= enough:
                break
        newest: dict[str, JournalEntry] = {}
        for entry in found:
            if entry.id not in newest or entry.updated_at > newest[entry.id].updated_at:
                newest[entry.id] = entry
        return sorted(newest.values(), key=lambda e: e.at, reverse=True)


def open_journal(store: Store, area: Area) -> JournalRepository:
    return JournalRepository(store.root, store.open_file)


def _order(item: Indexed) -> tuple[datetime, datetime, str]:
    return item.entry.at, item.entry.created_at, item.entry.id


def _replaced(items: list[Indexed], record_id: str, item: Indexed | None) -> list[Indexed]:
    """A copy of `items` (newest first) without `record_id`, and with `item` in its place by date if given."""
    kept = [old for old in items if old.entry.id != record_id]
    if item is not None:
        key = _order(item)
        low, high = 0, len(kept)
        while low < high:
            middle = (low + high) // 2
            if _order(kept[middle]) > key:
                low = middle + 1
            else:
                high = middle
        kept.insert(low, item)
    return kept


def _newest_per_id(items: list[Indexed]) -> list[Indexed]:
    """One item per id (after a crash mid-move an id can be in two years); the newer edit wins."""
    best: dict[str, Indexed] = {}
    for item in items:
        kept = best.get(item.entry.id)
        if kept is None or item.entry.updated_at > kept.entry.updated_at:
            best[item.entry.id] = item
    if len(best) == len(items):
        return items
    return [item for item in items if best[item.entry.id] is item]
