"""Every record, setting and draft of an export checked, one by one, before anything is written.

A record is read with the same rules the store uses when it reads a data file
(`store/migrations.py`, then `store/schema.py`: the area's required fields and its
record class's `from_dict`). A setting of `store/settings_keys.py` must have that
setting's type (and a value the app would keep), and a check-in draft the shape the Check-in form reads
(`domain/checkin_draft.py`). What cannot be read is left out and counted; only a
file whose outline is not ours, or that is nested too deep, is refused whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from resilience_tui.domain.business_days import follow_up_days
from resilience_tui.domain.checkin_draft import is_checkin_draft
from resilience_tui.export import ImportRefused
from resilience_tui.export.areas import DRAFTS, SETTINGS
from resilience_tui.export.import_source import MAX_DEPTH, nested_too_deep, too_deep
from resilience_tui.store.areas import AREAS
from resilience_tui.store.drafts import CHECKIN
from resilience_tui.store.migrations import NewerSchema, migrate
from resilience_tui.store.schema import check_records
from resilience_tui.store.settings_keys import ALL as ALL_SETTINGS
from resilience_tui.store.settings_keys import FOLLOW_UP_DAYS
from resilience_tui.store.tables import META_TABLE, RECORDS_TABLE, ShapeError

_NOTHING = "Nothing was changed."
_TYPED = {setting.key: setting for setting in ALL_SETTINGS}
# Settings with a range as well as a type: the value must be one the app itself would keep.
_IN_RANGE: dict[str, Callable[[Any], bool]] = {FOLLOW_UP_DAYS.key: lambda days: follow_up_days(days) == days}


def check_area(area: str, content: object, source: str) -> tuple[list[Any], int]:
    """(what can be imported, how many items could not be read) of one area of an export.

    Record areas give domain records; keyed areas (settings, drafts) their documents.
    """
    if not isinstance(content, dict) or not isinstance(content.get("records"), list):
        raise ImportRefused(f"The {area} in {source} are not in the form of an export. {_NOTHING}")
    schema = content.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 0:
        raise ImportRefused(f"The {area} in {source} do not say their schema version. {_NOTHING}")
    if schema > AREAS[area].version:
        error = NewerSchema(schema, AREAS[area].version)
        raise ImportRefused(f"The {area} in {source} cannot be imported: {error}. Update Resilience, then import it. {_NOTHING}")
    items = content["records"]
    docs = [doc for doc in items if isinstance(doc, dict)]
    if too_deep(docs, MAX_DEPTH + 1):  # the list itself is one level
        raise nested_too_deep(source)
    if AREAS[area].keyed:
        good = [doc for doc in _migrated(area, docs, schema) if _keyed_ok(area, doc)]
    else:
        good = _records(area, docs, schema)  # the required fields are checked after migrating, as for a file
    return good, len(items) - len(good)


def check_drafts(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The draft documents in a shape their form reads, and how many were left out."""
    good = [doc for doc in docs if _keyed_ok(DRAFTS, doc)]
    return good, len(docs) - len(good)


def _keyed_ok(area: str, doc: dict[str, Any]) -> bool:
    key, value = doc.get("key"), doc.get("value")
    if not isinstance(key, str) or not all(name in doc for name in AREAS[area].required):
        return False
    if area == SETTINGS and key in _TYPED:
        return _TYPED[key].accepts(value) and _IN_RANGE.get(key, _anything)(value)
    if area == DRAFTS and key == CHECKIN:
        return is_checkin_draft(value)
    return True


def _anything(value: object) -> bool:
    return True


def _tables(area: str, docs: list[dict[str, Any]], schema: int) -> dict[str, Any]:
    tables: dict[str, Any] = {RECORDS_TABLE: {str(n): dict(doc) for n, doc in enumerate(docs, start=1)}}
    if schema > 0:  # version 0 is a file from before schema versions: records alone
        tables[META_TABLE] = {"1": {"area": area, "schema_version": schema}}
    return tables


def _migrated(area: str, docs: list[dict[str, Any]], schema: int) -> list[dict[str, Any]]:
    tables, _ = migrate(area, _tables(area, docs, schema))
    return list(tables[RECORDS_TABLE].values())


def _records(area: str, docs: list[dict[str, Any]], schema: int) -> list[Any]:
    """Every record that reads: all at once when they all do, else one by one to find those that do not."""
    try:
        return _read(area, docs, schema)
    except Exception:  # noqa: BLE001 - any failure means some record cannot be read; find which below
        pass
    good = []
    for doc in docs:
        try:
            good.extend(_read(area, [doc], schema))
        except Exception:  # noqa: BLE001 - a record that fails to read in any way is left out and counted
            continue
    return good


def _read(area: str, docs: list[dict[str, Any]], schema: int) -> list[Any]:
    tables, _ = migrate(area, _tables(area, docs, schema))
    parsed = check_records(area, tables)
    if parsed is None:
        raise ShapeError("this area has no record class")
    return parsed
