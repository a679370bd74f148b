"""Check-ins, one TinyDB file per year (`checkins/2026.json`), read only when a year is needed."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from tinydb import Query

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.schema import RECORDS_TABLE
from resilience_tui.store.tiny import records

_YEAR_FILE = re.compile(r"^(\d{4})\.json$")


class CheckinRepository:
    def __init__(self, root: Path, open_file: Callable[[Path, str, str], DataFile]) -> None:
        self.folder = root / "checkins"
        self._open_file = open_file
        self._files: dict[int, DataFile] = {}
        self._parsed: dict[int, tuple[int, dict[str, CheckIn]]] = {}

    # -- files -------------------------------------------------------------
    def years(self) -> list[int]:
        """Years that have a file on disk (or in memory), newest first."""
        found = set(self._files)
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                match = _YEAR_FILE.match(path.name)
                if match:
                    found.add(int(match.group(1)))
        return sorted(found, reverse=True)

    def _file(self, year: int) -> DataFile:
        if year not in self._files:
            self._files[year] = self._open_file(self.folder / f"{year}.json", "checkins", f"check-ins for {year}")
        return self._files[year]

    def loaded_files(self) -> Iterable[DataFile]:
        return self._files.values()

    def _year(self, year: int) -> dict[str, CheckIn]:
        datafile = self._file(year)
        tables = datafile.tables
        cached = self._parsed.get(year)
        if cached is None or cached[0] != datafile.generation:
            parsed = {}
            for doc in tables.get(RECORDS_TABLE, {}).values():
                checkin = CheckIn.from_dict(doc)
                parsed[checkin.id] = checkin
            cached = (datafile.generation, parsed)
            self._parsed[year] = cached
        return cached[1]

    # -- reading -----------------------------------------------------------
    def get(self, checkin_id: str) -> CheckIn | None:
        found = [c for year in self.years() if (c := self._year(year).get(checkin_id)) is not None]
        # A move between years writes the new file first, so after a crash one id can
        # be in two files for a moment; the newer edit is the true one.
        return max(found, key=lambda c: c.updated_at) if found else None

    def between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with start <= at < end, oldest first; reads only the years in range."""
        found = []
        for year in self.years():
            if start.year - 1 <= year <= end.year + 1:  # a year boundary may shift with the offset
                found.extend(c for c in self._year(year).values() if start <= c.at < end)
        return sorted(_newest_per_id(found), key=lambda c: c.at)

    def recent(self, limit: int) -> list[CheckIn]:
        """The newest `limit` check-ins, newest first, reading older years only as needed."""
        if limit <= 0:
            return []
        found: list[CheckIn] = []
        for year in self.years():
            found.extend(self._year(year).values())
            if len(found) >= limit:
                found.sort(key=lambda c: c.at, reverse=True)
                # Files go by local year, so an older file can hold a moment up to a day past
                # 1 January UTC (offsets); stop only when the newest `limit` are all later than that.
                if found[limit - 1].at >= datetime(year, 1, 2, tzinfo=timezone.utc):
                    break
        found.sort(key=lambda c: c.at, reverse=True)
        return found[:limit]

    def count(self) -> int:
        return sum(len(self._year(year)) for year in self.years())

    # -- writing -----------------------------------------------------------
    def add(self, checkin: CheckIn) -> CheckIn:
        with self._file(checkin.at.year).transaction() as tables:
            # upsert: saving the same check-in twice (a retry) never makes two records
            records(tables).upsert(checkin.to_dict(), Query().id == checkin.id)
        return checkin

    def update(self, checkin: CheckIn) -> CheckIn:
        """Save a changed check-in; moves it to another year's file if its time moved there."""
        old = self.get(checkin.id)
        if old is None:
            raise KeyError(checkin.id)
        new_year, old_year = checkin.at.year, old.at.year
        with self._file(new_year).transaction() as tables:
            table = records(tables)
            if not table.update(checkin.to_dict(), Query().id == checkin.id):
                table.insert(checkin.to_dict())
        if old_year != new_year:
            with self._file(old_year).transaction() as tables:
                records(tables).remove(Query().id == checkin.id)
        return checkin

    def delete(self, checkin_id: str) -> CheckIn:
        """Remove a check-in; returns it so that it can be put back with `restore`."""
        old = self.get(checkin_id)
        if old is None:
            raise KeyError(checkin_id)
        with self._file(old.at.year).transaction() as tables:
            records(tables).remove(Query().id == checkin_id)
        return old

    def restore(self, checkin: CheckIn) -> CheckIn:
        """Put back a deleted check-in exactly as it was (same id and timestamps)."""
        with self._file(checkin.at.year).transaction() as tables:
            table = records(tables)
            if not table.contains(Query().id == checkin.id):
                table.insert(checkin.to_dict())
        return checkin

    def add_many(self, checkins: Iterable[CheckIn]) -> int:
        """Add many check-ins with one write per year (for the demo and imports).

        Ids already stored, or repeated in `checkins`, are skipped. Returns how many were added.
        """
        by_year: dict[int, dict[str, CheckIn]] = {}
        for checkin in checkins:
            by_year.setdefault(checkin.at.year, {})[checkin.id] = checkin
        added = 0
        for year, items in by_year.items():
            with self._file(year).transaction() as tables:
                table = records(tables)
                known = {doc.get("id") for doc in table.all()}
                new = [c.to_dict() for c in items.values() if c.id not in known]
                table.insert_multiple(new)
                added += len(new)
        return added


def _newest_per_id(checkins: list[CheckIn]) -> list[CheckIn]:
    newest: dict[str, CheckIn] = {}
    for checkin in checkins:
        if checkin.id not in newest or checkin.updated_at > newest[checkin.id].updated_at:
            newest[checkin.id] = checkin
    return list(newest.values())
