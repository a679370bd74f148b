"""Records of one area kept in a single TinyDB file (goals.json, applications.json, ...).

For areas that stay small (hundreds of records over years). Records are domain
objects with `id`, `to_dict()` and `from_dict()`. Parsed records are cached until
the file changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from tinydb import Query

from resilience_tui.store.areas import AREAS
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.tables import RECORDS_TABLE, StoredRecord
from resilience_tui.store.tiny import records
from resilience_tui.store.tombstones import bury, unbury

if TYPE_CHECKING:
    from resilience_tui.store.areas import Area
    from resilience_tui.store.store import Store

R = TypeVar("R", bound=StoredRecord)


class RecordRepository(Generic[R]):
    def __init__(self, datafile: DataFile, record_type: type[R] | None = None) -> None:
        """`record_type` defaults to the area's own (store/areas.py), imported on first use."""
        self.file = datafile
        self._record_type = record_type
        self._parsed: tuple[int, dict[str, R]] | None = None

    @property
    def record_type(self) -> type[R]:
        if self._record_type is None:
            self._record_type = AREAS[self.file.area].load_record_type()
        return self._record_type

    def _records(self) -> dict[str, R]:
        tables = self.file.tables
        if self._parsed is None or self._parsed[0] != self.file.generation:
            loaded = self.file.parsed_records()
            if loaded is None:
                loaded = [self.record_type.from_dict(doc) for doc in tables.get(RECORDS_TABLE, {}).values()]
            self._parsed = (self.file.generation, {record.id: record for record in loaded})
        return self._parsed[1]

    # -- reading -----------------------------------------------------------
    def all(self) -> list[R]:
        """Every record, in the order they were stored."""
        return list(self._records().values())

    def get(self, record_id: str) -> R | None:
        return self._records().get(record_id)

    def count(self) -> int:
        return len(self._records())

    # -- writing -----------------------------------------------------------
    def add(self, record: R) -> R:
        with self.file.transaction() as tables:
            records(tables).upsert(record.to_dict(), Query().id == record.id)
        return record

    def add_unless(self, record: R, same: Callable[[R], bool]) -> R:
        """Add `record` unless a stored record matches `same`; returns the stored one.

        Checked again under the lock, so two windows adding at once still add one.
        (In that rare race the file is rewritten unchanged, which is harmless.)
        """
        found = next((r for r in self.all() if same(r)), None)
        if found is not None:
            return found
        with self.file.transaction() as tables:
            table = records(tables)
            for doc in table.all():
                existing = self.record_type.from_dict(doc)
                if same(existing):
                    return existing
            table.insert(record.to_dict())
        return record

    def update(self, record: R) -> R:
        if self.get(record.id) is None:
            raise KeyError(record.id)
        return self.add(record)

    def save_many(self, items: Iterable[R]) -> None:
        """Add or update several records in one atomic write (e.g. a reordered column)."""
        items = list(items)
        with self.file.transaction() as tables:
            table = records(tables)
            for record in items:
                table.upsert(record.to_dict(), Query().id == record.id)

    def delete(self, record_id: str) -> R:
        """Remove a record; returns it so that it can be put back with `restore`."""
        old = self.get(record_id)
        if old is None:
            raise KeyError(record_id)
        with self.file.transaction() as tables:
            table = records(tables)
            for doc in table.search(Query().id == record_id):
                bury(tables, doc)
            table.remove(Query().id == record_id)
        return old

    def restore(self, record: R) -> R:
        """Put back a deleted record exactly as it was."""
        with self.file.transaction() as tables:
            table = records(tables)
            if not table.contains(Query().id == record.id):
                table.insert(record.to_dict())
            unbury(tables, record.id)
        return record

    def add_many(self, items: Iterable[R]) -> int:
        """Add records not stored yet, in one write. Returns how many were added."""
        with self.file.transaction() as tables:
            table = records(tables)
            known = {doc.get("id") for doc in table.all()}
            new = {}
            for record in items:
                if record.id not in known:
                    new[record.id] = record.to_dict()
            table.insert_multiple(new.values())
        return len(new)


def open_records(store: Store, area: Area) -> RecordRepository[Any]:
    """The repository of a single-file record area, as the area table names it."""
    return RecordRepository(store.open_file(area.path(store.root), area.name, area.label))
