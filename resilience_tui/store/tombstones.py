"""Tombstones: what a file remembers of the records deleted from it.

A synced folder can bring back an older copy of a file that still holds a record
deleted here. The file keeps, for each deleted record, its id, the revision it
had when it was deleted and the day, so a merge can tell "deleted here" from
"added there" and a deleted record does not come back.

They live in the file's `_meta` document (`{"area", "schema_version", "deleted":
{id: {"revision", "deleted_at"}}}`; settings and drafts
keep removed keys the same way, with the moment of removal). Readers check only `area` and
`schema_version` there and keep the rest as it is, so a file with tombstones
stays at the same schema version and older versions of Resilience still read it.

A record's tombstone is never pruned: a copy can come from a device that was
offline for months, and forgetting a deletion would let the record come back
then. Each is about 80 bytes; a person deletes a few hundred records in years.
Removed settings and drafts are forgotten after a while (see `bury_key`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from resilience_tui.store.revisions import revision_of
from resilience_tui.store.tables import META_TABLE, Tables, meta_of

DELETED = "deleted"
KEEP_KEY_DAYS = 30  # how long a removed setting or draft is remembered (see bury_key)
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


def bury_key(tables: Tables, key: str, when: datetime) -> None:
    """Remember that the key `key` (settings, drafts) was removed at `when`.

    Unlike records, removed keys are forgotten after KEEP_KEY_DAYS: drafts come and go
    with every saved form, the drafts file is written at every autosave, and a draft
    that a months-old copy brings back is a half-typed text, not a deleted record.
    """
    cutoff = when - timedelta(days=KEEP_KEY_DAYS)
    stones = {k: v for k, v in tombstones(tables).items() if _moment(v["deleted_at"]) > cutoff}
    stones[key] = {"revision": 0, "deleted_at": when.isoformat(timespec="seconds")}
    set_tombstones(tables, stones)


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def unbury(tables: Tables, record_id: str) -> None:
    """Forget the deletion of `record_id` (or key): it was put back or set again."""
    stones = tombstones(tables)
    if stones.pop(record_id, None) is not None:
        set_tombstones(tables, stones)


def buried(stone: Tombstone | None, doc: dict[str, Any]) -> bool:
    """True when `doc` is a version of a record that `stone` says was deleted (so it stays deleted).

    A version written after the deletion (a higher revision: edited on another
    device) is not covered by it, so nothing typed there is lost.
    """
    return stone is not None and revision_of(doc) <= revision_of(stone)
