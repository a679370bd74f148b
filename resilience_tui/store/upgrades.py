"""The steps that bring an area's older file up one schema version, in memory.

Version 0 is a plain TinyDB file with no `_meta` table, as written by TinyDB
itself or by hand: records may lack ids and timestamps, and lists may be
written as comma-separated text. Each step takes the tables without `_meta`
and returns the records table of the next version. The area table
(`store/areas.py`) says which step each area uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from resilience_tui.domain.records import iso, new_id, now_local, parse_iso
from resilience_tui.store.tables import RECORDS_TABLE, Tables

Step = Callable[[Tables], Tables]


def _split(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return list(value or [])


def records_0_to_1(tables: Tables) -> Tables:
    """Any record area: every record gets an id and its timestamps."""
    records = {}
    for doc_id, doc in tables.get(RECORDS_TABLE, {}).items():
        doc = dict(doc)
        doc.setdefault("id", new_id())
        doc.setdefault("created_at", iso(now_local()))
        doc.setdefault("updated_at", doc["created_at"])
        records[doc_id] = doc
    return {RECORDS_TABLE: records}


def checkins_0_to_1(tables: Tables) -> Tables:
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


def goals_0_to_1(tables: Tables) -> Tables:
    """A hand-made goals file: every goal gets an id, timestamps, a column and a place in it."""
    tables = records_0_to_1(tables)
    for index, doc in enumerate(tables[RECORDS_TABLE].values()):
        doc.setdefault("column", "todo")
        doc.setdefault("position", index)
        if isinstance(doc.get("steps"), str):
            doc["steps"] = [{"text": text, "done": False} for text in _split(doc["steps"])]
    return tables


def keyed_0_to_1(tables: Tables) -> Tables:
    """Key/value documents (settings, drafts) need nothing added."""
    return {RECORDS_TABLE: dict(tables.get(RECORDS_TABLE, {}))}
