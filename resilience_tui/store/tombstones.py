"""Tombstones: what a file remembers of the records deleted from it.

A synced folder can bring back an older copy of a file that still holds a record
deleted here. The file keeps, for each deleted record, its id, the revision it
had when it was deleted and the day, so a merge can tell "deleted here" from
"added there" and a deleted record does not come back.

They live in the file's `_meta` document (`{"area", "schema_version", "deleted":
{id: {"revision", "deleted_at"}}}`). Readers check only `area` and
`schema_version` there and keep the rest as it is, so a file with tombstones
stays at the same schema version and older versions of Resilience still read it.

None are pruned: a copy can come from a device that was offline for months, and
forgetting a deletion would let the record come back then. Each is about 80
bytes; a person deletes a few hundred records in years.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from resilience_tui.store.revisions import revision_of
from resilience_tui.store.tables import META_TABLE, Tables, meta_of

DELETED = "deleted"
Tombstone = dict[str, Any]  # {"revision": int, "deleted_at": "YYYY-MM-DD"}


def tombstones(tables: Tables) -> dict[str, Tombstone]:
    """The tombstones of `tables` that are well formed (anything else in their place is ignored)."""
    meta = meta_of(tables)
    found = meta.get(DELETED) if meta is not None else None
    if not isinstance(found, dict):
        return {}
    return {
        record_id: {"revision": revision_of(stone), "deleted_at": str(stone.get("deleted_at", ""))}
        for record_id, stone in found.items()
        if isinstance(record_id, str) and isinstance(stone, dict)
    }


def set_tombstones(tables: Tables, stones: dict[str, Tombstone]) -> None:
    """Store `stones` in the `_meta` document of `tables` (leaving out the key when there are none)."""
    meta = meta_of(tables)
    if meta is None:
        return  # not a file of ours; the reader refuses it before any write
    meta = dict(meta)
    if stones:
        meta[DELETED] = {record_id: stones[record_id] for record_id in sorted(stones)}
    else:
        meta.pop(DELETED, None)
    tables[META_TABLE] = {next(iter(tables[META_TABLE])): meta}


def bury(tables: Tables, doc: dict[str, Any], today: date | None = None) -> None:
    """Remember that the record `doc` (as it was stored) is deleted from `tables`."""
    record_id = doc.get("id")
    if not isinstance(record_id, str):
        return
    stones = tombstones(tables)
    stones[record_id] = {"revision": revision_of(doc), "deleted_at": (today or date.today()).isoformat()}
    set_tombstones(tables, stones)


def unbury(tables: Tables, record_id: str) -> None:
    """Forget the deletion of `record_id` (it was put back)."""
    stones = tombstones(tables)
    if stones.pop(record_id, None) is not None:
        set_tombstones(tables, stones)


def buried(stone: Tombstone | None, doc: dict[str, Any]) -> bool:
    """True when `doc` is a version of a record that `stone` says was deleted (so it stays deleted).

    A version written after the deletion (a higher revision: edited on another
    device) is not covered by it, so nothing typed there is lost.
    """
    return stone is not None and revision_of(doc) <= revision_of(stone)
