"""What a valid data file looks like, per area, and the schema version each area's files carry."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

META_TABLE = "_meta"
RECORDS_TABLE = "_default"


@dataclass(frozen=True)
class Area:
    """One kind of data file. `record_type` ("module:Class") reads a stored record or raises."""

    name: str
    version: int
    required: tuple[str, ...]
    record_type: str | None = None

    def load_record_type(self):
        if self.record_type is None:
            return None
        module, _, name = self.record_type.partition(":")
        return getattr(importlib.import_module(module), name)


_RECORD = ("id", "created_at", "updated_at")

AREAS: dict[str, Area] = {
    area.name: area
    for area in (
        Area("settings", 1, ("key", "value")),
        Area("checkins", 1, (*_RECORD, "mood", "at"), "resilience_tui.domain.checkin:CheckIn"),
        Area("journal", 1, (*_RECORD, "at", "body"), "resilience_tui.domain.journal:JournalEntry"),
        Area("goals", 1, (*_RECORD, "title", "category", "column", "position"), "resilience_tui.domain.goal:Goal"),
        Area("applications", 1, (*_RECORD, "company", "role"), "resilience_tui.domain.application:Application"),
        Area("feedback", 1, (*_RECORD, "status"), "resilience_tui.domain.feedback:FeedbackRequest"),
        Area("reflections", 1, (*_RECORD, "status"), "resilience_tui.domain.reflection:Reflection"),
    )
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


def check_records(area_name: str, tables: dict) -> list | None:
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
    record_type = area.load_record_type()
    if record_type is None:
        return None
    parsed = []
    for doc in docs:
        try:
            parsed.append(record_type.from_dict(doc))
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            raise ShapeError(f"a record cannot be read ({error.__class__.__name__})") from None
    return parsed


def empty_tables(area_name: str) -> dict:
    return {RECORDS_TABLE: {}, META_TABLE: {"1": {"area": area_name, "schema_version": AREAS[area_name].version}}}
