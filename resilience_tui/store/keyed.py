"""A file of key/value documents (`{"key", "value", "updated_at"}`), one per key.

Settings and drafts are kept this way; each change is one atomic save.
"""

from __future__ import annotations

from typing import Any

from resilience_tui.domain.records import iso, now_local, parse_iso
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.tables import RECORDS_TABLE
from resilience_tui.store.tiny import query, records
from resilience_tui.store.tombstones import bury_key, unbury

Doc = dict[str, Any]
MISSING: Any = object()


class KeyedRepository:
    def __init__(self, datafile: DataFile) -> None:
        self.file = datafile

    def _raw(self, key: str, default: Any = None) -> Any:
        for doc in self.file.tables.get(RECORDS_TABLE, {}).values():
            if doc.get("key") == key:
                return doc.get("value", default)
        return default

    def _contains(self, key: str) -> bool:
        return self._raw(key, MISSING) is not MISSING

    def _store(self, key: str, value: Any) -> None:
        if self._raw(key, MISSING) == value:
            return
        doc = {"key": key, "value": value, "updated_at": iso(now_local())}
        with self.file.transaction() as tables:
            records(tables).upsert(doc, query().key == key)
            unbury(tables, key)

    def _remove(self, key: str) -> None:
        if not self._contains(key):
            return
        with self.file.transaction() as tables:
            records(tables).remove(query().key == key)
            bury_key(tables, key, now_local())  # so a synced folder's older copy does not bring it back

    def keys(self) -> list[str]:
        return [str(doc.get("key")) for doc in self.file.tables.get(RECORDS_TABLE, {}).values()]

    def docs(self) -> list[Doc]:
        """Every document as stored (key, value, updated_at), for a complete export."""
        return [dict(doc) for doc in self.file.tables.get(RECORDS_TABLE, {}).values()]

    def merge(self, docs: list[Doc]) -> int:
        """Take documents from an import: keys not here, or changed here earlier. One write.

        Returns how many changed; importing the same documents again changes nothing.
        """
        current = {doc.get("key"): doc for doc in self.docs()}
        wanted = [doc for doc in docs if doc["key"] not in current or _newer(doc, current[doc["key"]])]
        return self._upsert(wanted)

    def add_missing(self, docs: list[Doc]) -> int:
        """Store the documents whose keys are not here yet, in one write; returns how many."""
        known = set(self.keys())
        wanted = [doc for doc in docs if doc["key"] not in known]
        return self._upsert(wanted)

    def _upsert(self, docs: list[Doc]) -> int:
        """Write these documents by key, all in one save (none when the list is empty); returns how many."""
        if docs:
            with self.file.transaction() as tables:
                table = records(tables)
                for doc in docs:
                    table.upsert(dict(doc), query().key == doc["key"])
                    unbury(tables, doc["key"])
        return len(docs)

    def remove_keys(self, keys: list[str]) -> None:
        """Remove several keys in one write (nothing is written when none is here)."""
        present = [key for key in keys if self._contains(key)]
        if present:
            with self.file.transaction() as tables:
                records(tables).remove(query().key.one_of(present))
                for key in present:
                    bury_key(tables, key, now_local())


def _newer(doc: Doc, than: Doc) -> bool:
    try:
        return parse_iso(str(doc.get("updated_at"))) > parse_iso(str(than.get("updated_at")))
    except ValueError:
        return False
