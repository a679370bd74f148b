"""Small settings kept in `settings.json`: one record per key."""

from __future__ import annotations

from typing import Any

from tinydb import Query

from resilience_tui.domain.records import iso, now_local, parse_iso
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

    def docs(self) -> list[dict]:
        """Every setting as stored (key, value, updated_at), for a complete export."""
        return [dict(doc) for doc in self.file.tables.get(RECORDS_TABLE, {}).values()]

    def merge(self, docs: list[dict]) -> int:
        """Take settings from an import: keys not set here, or changed here earlier. One write.

        Returns how many changed; importing the same settings again changes nothing.
        """
        current = {doc.get("key"): doc for doc in self.docs()}
        wanted = [doc for doc in docs if doc["key"] not in current or _newer(doc, current[doc["key"]])]
        if wanted:
            with self.file.transaction() as tables:
                table = records(tables)
                for doc in wanted:
                    table.upsert(dict(doc), Query().key == doc["key"])
        return len(wanted)

    def delete(self, key: str) -> None:
        if self.get(key, _MISSING) is _MISSING:
            return
        with self.file.transaction() as tables:
            records(tables).remove(Query().key == key)


_MISSING = object()


def _newer(doc: dict, than: dict) -> bool:
    try:
        return parse_iso(str(doc.get("updated_at"))) > parse_iso(str(than.get("updated_at")))
    except ValueError:
        return False
