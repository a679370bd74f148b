"""What a valid data file looks like, per area, and the schema versions this program writes."""

from __future__ import annotations

from typing import Callable

META_TABLE = "_meta"
RECORDS_TABLE = "_default"

# The schema version each area's files carry in their `_meta` table.
CURRENT_VERSION: dict[str, int] = {"checkins": 1, "settings": 1}

# Fields a stored record must have, per area; checked after migration.
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "checkins": ("id", "mood", "at", "created_at", "updated_at"),
    "settings": ("key", "value"),
}


class ShapeError(ValueError):
    """The file parsed, but it is not one of ours (or not in a form we understand)."""


def meta_of(tables: dict) -> dict | None:
    meta = tables.get(META_TABLE)
    if not meta:
        return None
    doc = next(iter(meta.values()))
    return doc if isinstance(doc, dict) else None


def check_tinydb_shape(tables: object) -> dict:
    """A TinyDB file is an object of tables, each an object of numeric ids to objects."""
    if not isinstance(tables, dict):
        raise ShapeError("it does not hold a set of tables")
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise ShapeError(f"its table {name!r} is not a table")
        for doc_id, doc in table.items():
            if not (isinstance(doc_id, str) and doc_id.isdigit()) or not isinstance(doc, dict):
                raise ShapeError(f"its table {name!r} holds something that is not a record")
    return tables


def check_records(area: str, tables: dict) -> None:
    extra = set(tables) - {META_TABLE, RECORDS_TABLE}
    if extra:
        raise ShapeError(f"it has tables this program does not know ({', '.join(sorted(extra))})")
    meta = meta_of(tables)
    if meta is None or meta.get("area") != area:
        raise ShapeError(f"it is not a {area} file")
    required = REQUIRED_FIELDS[area]
    for doc in tables.get(RECORDS_TABLE, {}).values():
        missing = [name for name in required if name not in doc]
        if missing:
            raise ShapeError(f"a record is missing {', '.join(missing)}")
    validator = RECORD_VALIDATORS.get(area)
    if validator:
        for doc in tables.get(RECORDS_TABLE, {}).values():
            validator(doc)


def _check_checkin(doc: dict) -> None:
    from resilience_tui.domain.checkin import CheckIn

    try:
        CheckIn.from_dict(doc)
    except (TypeError, ValueError, KeyError) as error:
        raise ShapeError(f"a check-in cannot be read ({error.__class__.__name__})") from None
    if not isinstance(doc["mood"], int) or not 1 <= doc["mood"] <= 5:
        raise ShapeError("a check-in has a mood outside 1 to 5")


RECORD_VALIDATORS: dict[str, Callable[[dict], None]] = {"checkins": _check_checkin}


def empty_tables(area: str) -> dict:
    return {RECORDS_TABLE: {}, META_TABLE: {"1": {"area": area, "schema_version": CURRENT_VERSION[area]}}}
