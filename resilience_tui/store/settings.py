"""Small settings kept in `settings.json`: one record per key."""

from __future__ import annotations

from typing import Any

from tinydb import Query

from resilience_tui.domain.records import iso, now_local
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.schema import RECORDS_TABLE
from resilience_tui.store.tiny import records


class SettingsRepository:
    def __init__(self, datafile: DataFile) -> None:
        self.file = datafile

    def get(self, key: str, default: Any = None) -> Any:
        for doc in self.file.tables.get(RECORDS_TABLE, {}).values():
            if doc.get("key") == key:
                return doc.get("value", default)
        return default

    def set(self, key: str, value: Any) -> None:
        if self.get(key, _MISSING) == value:
            return
        doc = {"key": key, "value": value, "updated_at": iso(now_local())}
        with self.file.transaction() as tables:
            records(tables).upsert(doc, Query().key == key)

    def delete(self, key: str) -> None:
        if self.get(key, _MISSING) is _MISSING:
            return
        with self.file.transaction() as tables:
            records(tables).remove(Query().key == key)


_MISSING = object()
