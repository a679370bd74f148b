"""Finding and putting record documents in a TinyDB table held in memory (the `_default` table's dict)."""

from __future__ import annotations

from resilience_tui.store.revisions import Doc


def find_doc(table: dict[str, Doc], record_id: str) -> tuple[str | None, Doc | None]:
    """The table key and document of the record `record_id`, or (None, None)."""
    for key, doc in table.items():
        if doc.get("id") == record_id:
            return key, doc
    return None, None


def put_doc(table: dict[str, Doc], key: str | None, doc: Doc) -> None:
    """Put `doc` at `key` (a new document object, so the replaced one stays as it was), or add it."""
    if key is None:
        key = str(max((int(k) for k in table), default=0) + 1)
    table[key] = doc


class DocIndex:
    """Where each record of a table is, found in one pass: saving many records costs one pass, not one each."""

    def __init__(self, table: dict[str, Doc]) -> None:
        self.table = table
        self._keys = {doc.get("id"): key for key, doc in table.items()}
        self._next = max((int(k) for k in table), default=0) + 1

    def find(self, record_id: str) -> tuple[str | None, Doc | None]:
        key = self._keys.get(record_id)
        return (None, None) if key is None else (key, self.table[key])

    def put(self, key: str | None, doc: Doc) -> None:
        if key is None:
            key = str(self._next)
            self._next += 1
            self._keys[doc.get("id")] = key
        self.table[key] = doc
