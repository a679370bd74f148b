"""Journal entries and wins, one TinyDB file per year of their date (`journal/2026.json`).

Searching needs every year, so the repository keeps a search index (lowercase
text per entry, newest first) and rebuilds only the years whose files changed.
"""

from __future__ import annotations

from collections.abc import Callable
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


class JournalRepository(YearlyRepository[JournalEntry]):
    def __init__(self, root: Path, open_file: Callable[[Path, str, str], DataFile]) -> None:
        area = AREAS["journal"]
        super().__init__(root, open_file, area=area.name, noun=area.label, record_type=JournalEntry,
                         moment=lambda e: e.at)
        self._year_index: dict[int, tuple[int, list[Indexed]]] = {}
        self._index: tuple[tuple[tuple[int, int], ...], list[Indexed]] | None = None

    def index(self) -> list[Indexed]:
        """Every entry, newest first, ready for `journal_search.search`. Reads every year once."""
        # Imported here: only the Journal searches, and start-up need not pay for it (~3 ms).
        from resilience_tui.domain.journal_search import build_index

        parts: list[list[Indexed]] = []
        key: list[tuple[int, int]] = []
        for year in self.years():
            records = self._year(year)
            generation = self._files[year].generation
            cached = self._year_index.get(year)
            if cached is None or cached[0] != generation:
                cached = (generation, build_index(records.values()))
                self._year_index[year] = cached
            key.append((year, generation))
            parts.append(cached[1])
        key_tuple = tuple(key)
        if self._index is None or self._index[0] != key_tuple:
            merged = [item for part in parts for item in part]
            # Years are newest first and each part is sorted; a record whose moment sits on
            # the other side of a year boundary (another offset) is rare, so sort to be exact.
            merged.sort(key=lambda item: (item.entry.at, item.entry.created_at, item.entry.id), reverse=True)
            merged = _newest_per_id(merged)
            self._index = (key_tuple, merged)
        return self._index[1]

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
