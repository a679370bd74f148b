"""TinyDB over a table dict held in memory; DataFile does the durable writing."""

from __future__ import annotations

from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from resilience_tui.store.tables import RECORDS_TABLE


class _DictStorage(Storage):
    """TinyDB reads and changes this dict in place; nothing touches the disk here."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self._tables = tables

    def read(self) -> dict[str, Any]:
        return self._tables

    def write(self, data: dict[str, Any]) -> None:
        if data is not self._tables:
            self._tables.clear()
            self._tables.update(data)


def records(tables: dict[str, Any]) -> Table:
    """The records table of `tables`, as a TinyDB table."""
    db = TinyDB(storage=_DictStorage, tables=tables)
    return db.table(RECORDS_TABLE, cache_size=0)
