"""TinyDB over a table dict held in memory; DataFile does the durable writing.

TinyDB is imported on the first write, not on start-up: reading a file needs none of it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from resilience_tui.store.tables import RECORDS_TABLE

if TYPE_CHECKING:
    from tinydb import Query, TinyDB
    from tinydb.storages import Storage
    from tinydb.table import Table


@cache
def _database() -> tuple[type[TinyDB], type[Storage]]:
    """TinyDB's database class, and a storage that reads and changes one dict in place (nothing touches the disk)."""
    from tinydb import TinyDB
    from tinydb.storages import Storage

    class DictStorage(Storage):
        def __init__(self, tables: dict[str, Any]) -> None:
            self._tables = tables

        def read(self) -> dict[str, Any]:
            return self._tables

        def write(self, data: dict[str, Any]) -> None:
            if data is not self._tables:
                self._tables.clear()
                self._tables.update(data)

    return TinyDB, DictStorage


def records(tables: dict[str, Any]) -> Table:
    """The records table of `tables`, as a TinyDB table."""
    database, storage = _database()
    return database(storage=storage, tables=tables).table(RECORDS_TABLE, cache_size=0)


def query() -> Query:
    """A new TinyDB query, as `tinydb.Query()`."""
    from tinydb import Query

    return Query()
