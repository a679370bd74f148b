"""Records of one area kept in a single TinyDB file (goals.json, applications.json, ...).

For areas that stay small (hundreds of records over years). Records are domain
objects with `id`, `to_dict()` and `from_dict()`. Parsed records are cached until
the file changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from resilience_tui.store.areas import AREAS
from resilience_tui.store.conflicts import ConflictChoices, checked
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.docs import DocIndex
from resilience_tui.store.revisions import Doc, stamped
from resilience_tui.store.tables import RECORDS_TABLE, StoredRecord
from resilience_tui.store.tiny import query, records
from resilience_tui.store.tombstones import bury, unbury

if TYPE_CHECKING:
    from resilience_tui.store.areas import Area
    from resilience_tui.store.store import Store

R = TypeVar("R", bound=StoredRecord)


class RecordRepository(ConflictChoices[R], Generic[R]):
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
    # Every write checks, under the lock, the revision each record was read at against the
    # stored one (`conflicts.checked`): a stale save merges or raises EditConflict, never overwrites.
    def _record(self, doc: Doc) -> R:
        return self.record_type.from_dict(doc)

    def _put(self, table: dict[str, Doc], record: R, *, replace: bool = False, index: DocIndex | None = None) -> Doc:
        index = index or DocIndex(table)
        key, stored = index.find(record.id)
        if replace:
            doc = stamped(record.to_dict(), stored)
        else:
            doc = checked(self.file.area, record, stored, [self.file.history], self.record_type)
        index.put(key, doc)
        self.file.history.wrote(stored, doc)
        return doc

    def add(self, record: R) -> R:
        """Add or save `record`; returns it as stored (with its new revision, and any merged edits)."""
        with self.file.transaction() as tables:
            doc = self._put(tables.setdefault(RECORDS_TABLE, {}), record)
        return self._record(doc)

    def save(self, record: R) -> R:
        return self.add(record)

    def add_unless(self, record: R, same: Callable[[R], bool]) -> R:
        """Add `record` unless a stored record matches `same`; returns the stored one.

        Checked again under the lock, so two windows adding at once still add one.
        (In that rare race the file is rewritten unchanged, which is harmless.)
        """
        found = next((r for r in self.all() if same(r)), None)
        if found is not None:
            return found
        with self.file.transaction() as tables:
            table = tables.setdefault(RECORDS_TABLE, {})
            for doc in table.values():
                existing = self.record_type.from_dict(doc)
                if same(existing):
                    return existing
            doc = self._put(table, record)
        return self._record(doc)

    def update(self, record: R) -> R:
        if self.get(record.id) is None:
            raise KeyError(record.id)
        return self.add(record)

    def save_many(self, items: Iterable[R], *, replace: bool = False) -> list[R]:
        """Add or update several records in one atomic write (e.g. a reordered column).

        One conflict writes none of them. `replace` writes them over whatever is stored
        (an import, where the newer edit was already chosen).
        """
        items = list(items)
        with self.file.transaction() as tables:
            table = tables.setdefault(RECORDS_TABLE, {})
            index = DocIndex(table)  # one pass over the table, however many records are saved
            docs = [self._put(table, record, replace=replace, index=index) for record in items]
        return [self._record(doc) for doc in docs]

    def delete(self, record_id: str) -> R:
        """Remove a record; returns it so that it can be put back with `restore`."""
        old = self.get(record_id)
        if old is None:
            raise KeyError(record_id)
        with self.file.transaction() as tables:
            table = records(tables)
            for doc in table.search(query().id == record_id):
                bury(tables, doc)
            table.remove(query().id == record_id)
        return old

    def restore(self, record: R) -> R:
        """Put back a deleted record exactly as it was."""
        with self.file.transaction() as tables:
            table = records(tables)
            if not table.contains(query().id == record.id):
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
