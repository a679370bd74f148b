"""Records split into one TinyDB file per year (`checkins/2026.json`), each read only when needed.

A save serialises one year's file, so its cost does not grow with the years of history.
Records are domain objects with `id`, `updated_at`, `to_dict()` and `from_dict()`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Generic, TypeVar

from resilience_tui.store.conflicts import ConflictChoices, checked
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.docs import DocIndex, find_doc, put_doc
from resilience_tui.store.history import History
from resilience_tui.store.revisions import Doc, revision_of, stamped
from resilience_tui.store.stamps import file_stamp
from resilience_tui.store.tables import RECORDS_TABLE, StoredRecord
from resilience_tui.store.tiny import query, records
from resilience_tui.store.tombstones import bury, unbury

R = TypeVar("R", bound=StoredRecord)
_YEAR_FILE = re.compile(r"^(\d{4})\.json$")


class YearlyRepository(ConflictChoices[R], Generic[R]):
    def __init__(
        self,
        root: Path,
        open_file: Callable[[Path, str, str], DataFile],
        *,
        area: str,
        noun: str,
        record_type: type[R],
        moment: Callable[[R], datetime],
        open_apart: Callable[[Path, str, str], DataFile] | None = None,
    ) -> None:
        self.folder = root / area
        self.area = area
        self.noun = noun
        self.record_type = record_type
        self.moment = moment
        self._open_file = open_file
        self._open_apart = open_apart
        self._files: dict[int, DataFile] = {}
        self._parsed: dict[int, tuple[int, dict[str, R]]] = {}
        # Per year, its records in time order (with their moments), for `between`: made again
        # whenever `_year` reads the year again.
        self._ordered: dict[int, tuple[dict[str, R], list[datetime], list[R]]] = {}

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
            self._files[year] = self._open_file(self.folder / f"{year}.json", self.area, f"{self.noun} for {year}")
        return self._files[year]

    def _year(self, year: int) -> dict[str, R]:
        datafile = self._file(year)
        tables = datafile.tables
        cached = self._parsed.get(year)
        if cached is None or cached[0] != datafile.generation:
            loaded = datafile.parsed_records()
            if loaded is None:
                loaded = [self.record_type.from_dict(doc) for doc in tables.get(RECORDS_TABLE, {}).values()]
            cached = (datafile.generation, {record.id: record for record in loaded})
            self._parsed[year] = cached
        return cached[1]

    # -- reading -----------------------------------------------------------
    def in_year(self, year: int) -> list[R]:
        """The records of one year's file (read now if it was not read yet)."""
        return list(self._year(year).values()) if year in self.years() else []

    def year_stamp(self, year: int) -> tuple[int, int, int] | None:
        """What one year's records are now, as `year_records` gives it: the stamp of the file its records in
        memory were read from or written to when it is read, else the file's on disk (so another window's
        or a command's save changes it; `Store.refresh` brings a read file up to date)."""
        datafile = self._files.get(year)
        if datafile is not None and datafile.loaded:
            return datafile.read_stamp
        return file_stamp(self.folder / f"{year}.json")

    def year_records(self, year: int) -> tuple[tuple[int, int, int] | None, list[R]]:
        """One year's records with the `year_stamp` they were read at; a year not read yet is read
        without being kept in memory (when the store can do so)."""
        datafile = self._files.get(year)
        if self._open_apart is None or (datafile is not None and datafile.loaded):
            return self._kept_records(year)
        apart = self._open_apart(self.folder / f"{year}.json", self.area, f"{self.noun} for {year}")
        if apart.loaded:  # the store's own, read meanwhile
            return self._kept_records(year)
        tables = apart.tables
        loaded = apart.parsed_records()
        if loaded is None:
            loaded = [self.record_type.from_dict(doc) for doc in tables.get(RECORDS_TABLE, {}).values()]
        return apart.read_stamp, list({record.id: record for record in loaded}.values())

    def _kept_records(self, year: int) -> tuple[tuple[int, int, int] | None, list[R]]:
        self._year(year)
        # The stamp before the records: a save in between leaves an older stamp (read again next time),
        # never newer records under an older stamp.
        stamp = self._files[year].read_stamp
        return stamp, list(self._year(year).values())

    def get(self, record_id: str) -> R | None:
        found = [r for year in self.years() if (r := self._year(year).get(record_id)) is not None]
        # A move between years writes the new file first, so after a crash one id can
        # be in two files for a moment; the newer edit is the true one.
        return max(found, key=lambda r: r.updated_at) if found else None

    def between(self, start: datetime, end: datetime) -> list[R]:
        """Records with start <= moment < end, oldest first; reads only the years in range."""
        found: list[R] = []
        # A file holds its records' local years; offsets move a moment by less than a day.
        first, last = (start - timedelta(days=1)).year, (end + timedelta(days=1)).year
        for year in self.years():
            if first <= year <= last:
                moments, records = self._in_order(year)
                found.extend(records[bisect_left(moments, start):bisect_left(moments, end)])
        return sorted(_newest_per_id(found), key=self.moment)

    def _in_order(self, year: int) -> tuple[list[datetime], list[R]]:
        """The year's moments and records, oldest first: a stretch of days is found by bisection
        (the Reflection export asks for the check-ins around each of hundreds of worksheets)."""
        by_id = self._year(year)
        cached = self._ordered.get(year)
        if cached is None or cached[0] is not by_id:
            records = sorted(by_id.values(), key=self.moment)
            cached = (by_id, [self.moment(r) for r in records], records)
            self._ordered[year] = cached
        return cached[1], cached[2]

    def recent(self, limit: int) -> list[R]:
        """The newest `limit` records, newest first, reading older years only as needed."""
        if limit <= 0:
            return []
        found: list[R] = []
        for year in self.years():
            found.extend(self._year(year).values())
            if len(found) >= limit:
                found.sort(key=self.moment, reverse=True)
                # Files go by local year, so an older file can hold a moment up to a day past
                # 1 January UTC (offsets); stop only when the newest `limit` are all later than that.
                if self.moment(found[limit - 1]) >= datetime(year, 1, 2, tzinfo=timezone.utc):
                    break
        found = _newest_per_id(found)
        found.sort(key=self.moment, reverse=True)
        return found[:limit]

    def all(self) -> list[R]:
        """Every record of every year, oldest first (reads every year's file)."""
        found = [r for year in self.years() for r in self._year(year).values()]
        return sorted(_newest_per_id(found), key=self.moment)

    def count(self) -> int:
        return len({record_id for year in self.years() for record_id in self._year(year)})

    # -- writing -----------------------------------------------------------
    # Every write checks, under the area's lock, the revision each record was read at against
    # the stored one (`conflicts.checked`): a stale save merges or raises EditConflict.
    def _record(self, doc: Doc) -> R:
        return self.record_type.from_dict(doc)

    def _histories(self) -> list[History]:
        return [datafile.history for datafile in self._files.values()]

    def _stored(self, record_id: str, years: Iterable[int]) -> tuple[int | None, Doc | None]:
        """The stored version of a record among these years' files (under the lock), and its year."""
        found: tuple[int | None, Doc | None] = (None, None)
        for year in dict.fromkeys(years):
            datafile = self._file(year)
            datafile.refresh()
            _, doc = find_doc(datafile.tables.get(RECORDS_TABLE, {}), record_id)
            if doc is not None and (found[1] is None or revision_of(doc) > revision_of(found[1])):
                found = (year, doc)
        return found

    def _save(self, record: R, years: list[int]) -> R:
        """Check `record` against its stored version in `years`, then write it in the year of its moment.

        A record whose moment moved to another year is written there first and only then
        removed from its old year, so a crash between the two leaves it in both (and `get`
        takes the newer), never in neither.
        """
        with self._file(years[0]).locked():
            old_year, stored = self._stored(record.id, years)
            doc = checked(self.area, record, stored, self._histories(), self.record_type)
            result = self._record(doc)
            year = self.moment(result).year
            with self._file(year).transaction() as tables:
                table = tables.setdefault(RECORDS_TABLE, {})
                key, _ = find_doc(table, record.id)
                put_doc(table, key, doc)
            self._file(year).history.wrote(stored, doc)
            if old_year is not None and old_year != year:
                with self._file(old_year).transaction() as tables:
                    records(tables).remove(query().id == record.id)
        return result

    def add(self, record: R) -> R:
        """Add or save `record` in the year of its moment; returns it as stored (new revision, merged edits)."""
        return self._save(record, [self.moment(record).year])

    def update(self, record: R) -> R:
        """Save a changed record; moves it to another year's file if its moment moved there."""
        old = self.get(record.id)
        if old is None:
            raise KeyError(record.id)
        return self._save(record, [self.moment(old).year, self.moment(record).year])

    def save(self, record: R) -> R:
        return self.update(record) if self.get(record.id) is not None else self.add(record)

    def delete(self, record_id: str) -> R:
        """Remove a record; returns it so that it can be put back with `restore`."""
        old = self.get(record_id)
        if old is None:
            raise KeyError(record_id)
        for year in self.years():
            if record_id in self._year(year):
                with self._file(year).transaction() as tables:
                    table = records(tables)
                    for doc in table.search(query().id == record_id):
                        bury(tables, doc)
                    table.remove(query().id == record_id)
        return old

    def restore(self, record: R) -> R:
        """Put back a deleted record exactly as it was (same id and timestamps)."""
        with self._file(self.moment(record).year).transaction() as tables:
            table = records(tables)
            if not table.contains(query().id == record.id):
                table.insert(record.to_dict())
            unbury(tables, record.id)
        return record

    def add_many(self, items: Iterable[R]) -> int:
        """Add many records with one write per year (for the demo and imports).

        Ids already stored, or repeated in `items`, are skipped. Returns how many were added.
        """
        by_year: dict[int, dict[str, R]] = {}
        for record in items:
            by_year.setdefault(self.moment(record).year, {})[record.id] = record
        added = 0
        for year, batch in by_year.items():
            with self._file(year).transaction() as tables:
                table = records(tables)
                known = {doc.get("id") for doc in table.all()}
                new = [r.to_dict() for r in batch.values() if r.id not in known]
                table.insert_multiple(new)
                added += len(new)
        return added

    def save_many(self, items: Iterable[R], *, replace: bool = False) -> list[R]:
        """Add or replace many records with one write per year touched (for imports).

        Each is checked as `update` checks it (one conflict writes none), unless `replace`
        (an import, where the newer edit was already chosen). Records that move to another
        year are written in their new year before any year loses them, as `update` does.
        """
        batch = {record.id: record for record in items}
        if not batch:
            return []
        years = self.years() or [self.moment(next(iter(batch.values()))).year]
        with self._file(years[0]).locked():
            stored: dict[str, tuple[int, Doc]] = {}
            for year in years:
                datafile = self._file(year)
                datafile.refresh()
                for doc in datafile.tables.get(RECORDS_TABLE, {}).values():
                    record_id = doc.get("id")
                    if record_id in batch and (record_id not in stored or revision_of(doc) > revision_of(stored[record_id][1])):
                        stored[record_id] = (year, doc)
            by_year: dict[int, list[Doc]] = {}
            leaving: dict[int, dict[str, int]] = {}  # year -> {id: the year it moves to}
            saved: list[R] = []
            for record_id, record in batch.items():
                old_year, old = stored.get(record_id, (None, None))
                if replace:
                    doc = stamped(record.to_dict(), old)
                else:
                    doc = checked(self.area, record, old, self._histories(), self.record_type)
                saved.append(self._record(doc))
                year = self.moment(saved[-1]).year
                by_year.setdefault(year, []).append(doc)
                if old_year is not None and old_year != year:
                    leaving.setdefault(old_year, {})[record_id] = year
            written: set[int] = set()
            # Years that only receive go first, so the years that lose a record can drop it at once.
            for year in sorted(set(by_year) | set(leaving), key=lambda y: (y in leaving, y)):
                gone = sorted(i for i, to in leaving.get(year, {}).items() if to in written)
                with self._file(year).transaction() as tables:
                    index = DocIndex(tables.setdefault(RECORDS_TABLE, {}))
                    for doc in by_year.get(year, []):
                        key, before = index.find(doc["id"])
                        index.put(key, doc)
                        self._file(year).history.wrote(before, doc)
                    records(tables).remove(query().id.one_of(gone))
                for record_id in gone:
                    del leaving[year][record_id]
                written.add(year)
            for year, rest in leaving.items():  # records that swapped years both ways
                if rest:
                    with self._file(year).transaction() as tables:
                        records(tables).remove(query().id.one_of(sorted(rest)))
        return saved


def _newest_per_id(items: list[R]) -> list[R]:
    newest: dict[str, R] = {}
    for record in items:
        if record.id not in newest or record.updated_at > newest[record.id].updated_at:
            newest[record.id] = record
    return list(newest.values())
