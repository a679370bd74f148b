"""Merging a sync service's conflict copy into the file it is a copy of (see `store/sync_conflicts.py`).

Per record id: the same on both sides is kept once; a version that grew out of
the other (`store/revisions.py`) replaces it; versions changed on both sides are
both kept, theirs as a new record marked in the area's main text field; a record
on one side only is kept unless the other side's tombstone (`store/tombstones.py`)
covers it. Tombstones of both sides are united. Settings and drafts, which have
keys rather than records, keep the later `updated_at` of each key.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from resilience_tui.domain.records import parse_iso
from resilience_tui.store.areas import AREAS
from resilience_tui.store.backup import BACKUP_DIR
from resilience_tui.store.revisions import descends_from, stamped
from resilience_tui.store.sync_conflicts import MERGED_DIR, Copy
from resilience_tui.store.tables import META_TABLE, RECORDS_TABLE, Tables, meta_of
from resilience_tui.store.tombstones import buried, set_tombstones, tombstones

COPY_MARK = " (from another device)"
_COPY_ID = uuid.UUID("6f1d3c52-8a9e-4c61-9f0e-2b7d5c3a1e84")  # names the second version of a record

Doc = dict[str, Any]


@dataclass(frozen=True)
class Merged:
    tables: Tables
    both_changed: int  # records changed on both sides, kept twice


def merge_tables(area: str, ours: Tables, theirs: Tables) -> Merged:
    """`ours` and `theirs` (a conflict copy) as one file's tables; neither is changed."""
    our_dead, their_dead = tombstones(ours), tombstones(theirs)
    if AREAS[area].keyed:
        kept = _merge_keyed(_docs(ours), _docs(theirs), our_dead, their_dead)
        merged = _with_records(ours, kept)
        alive = {doc.get("key") for doc in kept}
        stones = {**their_dead, **our_dead}
        for key, stone in their_dead.items():
            if key in our_dead and _after(stone["deleted_at"], our_dead[key]["deleted_at"]):
                stones[key] = stone
        set_tombstones(merged, {k: v for k, v in stones.items() if k not in alive})
        return Merged(merged, 0)
    their_docs = {doc["id"]: doc for doc in _docs(theirs) if isinstance(doc.get("id"), str)}
    result: dict[object, Doc] = {}
    extra: list[Doc] = []
    for doc in _docs(ours):
        record_id = doc.get("id")
        if not isinstance(record_id, str):
            result[object()] = doc  # not a record this merge can match; kept as it is
            continue
        if record_id in result:
            continue
        other = their_docs.get(record_id)
        if other is None:
            if not buried(their_dead.get(record_id), doc):
                result[record_id] = doc
        elif other == doc or (descends_from(doc, other) and not descends_from(other, doc)):
            result[record_id] = doc
        elif descends_from(other, doc) and not descends_from(doc, other):
            result[record_id] = other
        else:  # changed on both sides: ours stays, theirs is kept beside it as a copy
            result[record_id] = doc
            extra.append(other)
    our_ids = {doc.get("id") for doc in _docs(ours) if isinstance(doc.get("id"), str)}
    for record_id, doc in their_docs.items():
        if record_id not in our_ids and not buried(our_dead.get(record_id), doc):
            result[record_id] = doc
    both_changed = 0
    for doc in extra:
        second = _second_version(area, doc)
        # A copy merged before (and not put away) is not kept twice, nor brought back once deleted.
        if second["id"] not in result and second["id"] not in our_dead:
            result[second["id"]] = second
            both_changed += 1
    merged = _with_records(ours, list(result.values()))
    stones = {**their_dead, **our_dead}
    for record_id, stone in their_dead.items():
        if record_id in our_dead and stone["revision"] > our_dead[record_id]["revision"]:
            stones[record_id] = stone
    set_tombstones(merged, {k: v for k, v in stones.items() if k not in result})
    return Merged(merged, both_changed)


def _docs(tables: Tables) -> list[Doc]:
    return list(tables.get(RECORDS_TABLE, {}).values())


def _with_records(base: Tables, docs: list[Doc]) -> Tables:
    meta = meta_of(base)
    return {RECORDS_TABLE: {str(n): doc for n, doc in enumerate(docs, 1)}, META_TABLE: {"1": dict(meta or {})}}


def _second_version(area: str, doc: Doc) -> Doc:
    """Their version of a record changed on both sides, as a record of its own, marked for the person."""
    seed = json.dumps(doc, sort_keys=True, default=str)
    second = dict(doc)
    second["id"] = str(uuid.uuid5(_COPY_ID, seed))
    name = AREAS[area].main_text
    value = second.get(name)
    if name and isinstance(value, str) and not value.endswith(COPY_MARK):
        second[name] = f"{value}{COPY_MARK}" if value else COPY_MARK.strip()
    return stamped(second, None)


def _kept(doc: Doc, other_keys: set[Any], other_dead: dict[str, Any]) -> bool:
    """False when the other side removed this key and it was not set again after that."""
    key = doc.get("key")
    stone = other_dead.get(key) if isinstance(key, str) else None
    return key in other_keys or stone is None or _after(doc.get("updated_at"), stone["deleted_at"])


def _merge_keyed(ours: list[Doc], theirs: list[Doc], our_dead: dict[str, Any], their_dead: dict[str, Any]) -> list[Doc]:
    """Per key, the later `updated_at` wins (ours when they are equal or cannot be read).

    A key removed on one side stays removed unless the other side set it after that.
    """
    result: dict[Any, Doc] = {}
    their_keys, our_keys = {doc.get("key") for doc in theirs}, {doc.get("key") for doc in ours}
    for doc in ours:
        if _kept(doc, their_keys, their_dead):
            result.setdefault(doc.get("key"), doc)
    for doc in theirs:
        key = doc.get("key")
        if _kept(doc, our_keys, our_dead) and (key not in result or _after(doc.get("updated_at"), result[key].get("updated_at"))):
            result[key] = doc
    return list(result.values())


def _after(moment: object, than: object) -> bool:
    """True when the ISO 8601 moment `moment` is later than `than` (False when either cannot be read)."""
    try:
        return parse_iso(str(moment)) > parse_iso(str(than))
    except (ValueError, TypeError, OverflowError):
        return False


def merged_notice(label: str, area: str, copies: list[Copy], both_changed: int) -> str:
    """One line for the person about the copies merged into one file."""
    services = ", ".join(dict.fromkeys(copy.service for copy in copies))
    what = "a copy" if len(copies) == 1 else f"{len(copies)} copies"
    text = f"Your {label} had {what} from another device ({services}). They are merged"
    if both_changed:
        words = AREAS[area].count_words(both_changed)
        verb = "was" if both_changed == 1 else "were"
        text += (f": {words} {verb} changed on both devices, so both versions are kept; "
                 f'look for "{COPY_MARK.strip()}".')
    else:
        text += " and nothing was lost."
    return text + f" The copy is kept in {BACKUP_DIR}/{MERGED_DIR}."


def damaged_notice(label: str, copy: Copy, reason: str) -> str:
    return (f"A copy of your {label} from another device ({copy.service}) could not be read: {reason}. "
            f"It was not merged and is left as it is at {copy.path}.")
