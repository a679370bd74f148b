"""Bring an older file up to the current schema, in memory.

Each area's steps are in its entry of the area table (`store/areas.py`); the
steps themselves are in `store/upgrades.py`. An area with no step for version 0
uses `records_0_to_1` (every record gets an id and its timestamps).
"""

from __future__ import annotations

from resilience_tui.store.areas import AREAS
from resilience_tui.store.tables import META_TABLE, RECORDS_TABLE, ShapeError, Tables, meta_of
from resilience_tui.store.upgrades import records_0_to_1


def version_of(tables: Tables) -> int:
    meta = meta_of(tables)
    if meta is None:
        return 0
    version = meta.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ShapeError("its schema version is not a number")
    return version


def migrate(area: str, tables: Tables) -> tuple[Tables, bool]:
    """Return (tables at the current version, whether anything changed)."""
    entry = AREAS[area]
    version = version_of(tables)
    target = entry.version
    if version == target:
        return tables, False
    if version > target:
        raise NewerSchema(version, target)
    if version == 0 and set(tables) - {RECORDS_TABLE}:
        raise ShapeError("it has tables this program does not know")
    while version < target:
        step = entry.migrations.get(version) or (records_0_to_1 if version == 0 else None)
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
