"""What a valid data file looks like, per area (the areas themselves are in `store/areas.py`)."""

from __future__ import annotations

from typing import Any

from resilience_tui.store.areas import AREAS
from resilience_tui.store.tables import (
    META_TABLE,
    RECORDS_TABLE,
    ShapeError,
    Tables,
    meta_of,
)

__all__ = ["check_records", "empty_tables"]


def check_records(area_name: str, tables: Tables) -> list[Any] | None:
    """Raise ShapeError unless every record can be read; returns the records read (or None)."""
    area = AREAS[area_name]
    extra = set(tables) - {META_TABLE, RECORDS_TABLE}
    if extra:
        raise ShapeError(f"it has tables this program does not know ({', '.join(sorted(extra))})")
    meta = meta_of(tables)
    if meta is None or meta.get("area") != area_name:
        raise ShapeError(f"it is not a {area_name} file")
    docs = tables.get(RECORDS_TABLE, {}).values()
    for doc in docs:
        missing = [name for name in area.required if name not in doc]
        if missing:
            raise ShapeError(f"a record is missing {', '.join(missing)}")
        if area.keyed and not isinstance(doc["key"], str):
            raise ShapeError("one of its names is not text")
    record_type = area.load_record_type()
    if record_type is None:
        return None
    parsed = []
    for doc in docs:
        try:
            parsed.append(record_type.from_dict(doc))
        except Exception:  # noqa: BLE001 - any value a record cannot hold (OverflowError, RecursionError, ...)
            raise ShapeError("a record cannot be read (one of its values is out of range or of the wrong kind)") from None
    return parsed


def empty_tables(area_name: str) -> Tables:
    return {RECORDS_TABLE: {}, META_TABLE: {"1": {"area": area_name, "schema_version": AREAS[area_name].version}}}
