"""Bring an older file up to the current schema, in memory.

Version 0 is a plain TinyDB file with no `_meta` table, as written by TinyDB
itself or by hand: records may lack ids and timestamps, and lists may be
written as comma-separated text. Migration fills these in.
"""

from __future__ import annotations

from typing import Callable

from resilience_tui.domain.records import iso, new_id, now_local, parse_iso
from resilience_tui.store.schema import AREAS, META_TABLE, RECORDS_TABLE, ShapeError, meta_of


def version_of(tables: dict) -> int:
    meta = meta_of(tables)
    if meta is None:
        return 0
    version = meta.get("schema_version")
    if not isinstance(version, int) or version < 0:
        raise ShapeError("its schema version is not a number")
    return version


def _split(value) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return list(value or [])


def _records_0_to_1(tables: dict) -> dict:
    """Any record area: every record gets an id and its timestamps."""
    records = {}
    for doc_id, doc in tables.get(RECORDS_TABLE, {}).items():
        doc = dict(doc)
        doc.setdefault("id", new_id())
        doc.setdefault("created_at", iso(now_local()))
        doc.setdefault("updated_at", doc["created_at"])
        records[doc_id] = doc
    return {RECORDS_TABLE: records}


def _checkins_0_to_1(tables: dict) -> dict:
    records = {}
    for doc_id, doc in tables.get(RECORDS_TABLE, {}).items():
        doc = dict(doc)
        doc.setdefault("id", new_id())
        moment = doc.get("at") or doc.get("created_at") or iso(now_local())
        doc["at"] = iso(parse_iso(str(moment)))
        doc.setdefault("created_at", doc["at"])
        doc.setdefault("updated_at", doc["created_at"])
        doc["emotions"] = _split(doc.get("emotions"))
        doc["tags"] = _split(doc.get("tags"))
        doc.setdefault("energy", None)
        doc.setdefault("note", "")
        doc.setdefault("application_id", None)
        records[doc_id] = doc
    return {RECORDS_TABLE: records}


def _goals_0_to_1(tables: dict) -> dict:
    """A hand-made goals file: every goal gets an id, timestamps, a column and a place in it."""
    tables = _records_0_to_1(tables)
    for index, doc in enumerate(tables[RECORDS_TABLE].values()):
        doc.setdefault("column", "todo")
        doc.setdefault("position", index)
        if isinstance(doc.get("steps"), str):
            doc["steps"] = [{"text": text, "done": False} for text in _split(doc["steps"])]
    return tables


def _settings_0_to_1(tables: dict) -> dict:
    return {RECORDS_TABLE: dict(tables.get(RECORDS_TABLE, {}))}


# MIGRATIONS[area][v] turns version v into version v + 1 (without the _meta table).
# An area with no entry for version 0 uses _records_0_to_1.
MIGRATIONS: dict[str, dict[int, Callable[[dict], dict]]] = {
    "checkins": {0: _checkins_0_to_1},
    "goals": {0: _goals_0_to_1},
    "settings": {0: _settings_0_to_1},
}


def migrate(area: str, tables: dict) -> tuple[dict, bool]:
    """Return (tables at the current version, whether anything changed)."""
    version = version_of(tables)
    target = AREAS[area].version
    if version == target:
        return tables, False
    if version > target:
        raise NewerSchema(version, target)
    if version == 0 and set(tables) - {RECORDS_TABLE}:
        raise ShapeError("it has tables this program does not know")
    while version < target:
        step = MIGRATIONS.get(area, {}).get(version) or (_records_0_to_1 if version == 0 else None)
        if step is None:
            raise ShapeError(f"there is no way to update it from version {version}")
        tables = step(tables)
        version += 1
    tables[META_TABLE] = {"1": {"area": area, "schema_version": target}}
    return tables, True


class NewerSchema(ShapeError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"it was written by a newer version of Resilience (schema {found}; this version knows up to {known})"
        )
        self.found = found
