"""Bring a json export back in: check all of it first, then merge by id.

A record whose id is not here is added; one that is here is replaced only when
the imported copy was changed later (`updated_at`), so importing the same file
twice changes nothing. Older schema versions are brought up to date the way a
data file is (`store/migrations.py`). Anything not in our shape, a newer
version, or an area this version does not know, is refused before anything is
written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from resilience_tui.export import CancelCheck, Cancelled, ImportRefused, Progress, Steps
from resilience_tui.export.areas import DRAFTS, SETTINGS, area_names, count_words, repository, title_of
from resilience_tui.export.json import FORMAT, FORMAT_VERSION
from resilience_tui.store.areas import AREAS
from resilience_tui.store.drafts import legacy_to_drafts
from resilience_tui.store.migrations import migrate
from resilience_tui.store.schema import check_records
from resilience_tui.store.tables import META_TABLE, RECORDS_TABLE, ShapeError

if TYPE_CHECKING:
    from resilience_tui.domain.records import StoredRecord
    from resilience_tui.store.store import Store

# {area: its records (of the area's record class), or for settings the setting documents}
Read: TypeAlias = dict[str, list[Any]]
_R = TypeVar("_R", bound="StoredRecord")


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    not_imported: list[str] = field(default_factory=list)  # areas left out because the import was cancelled
    cancelled: bool = False

    @property
    def landed(self) -> list[str]:
        """The areas merged in (all of them, unless the import was cancelled)."""
        return list(self.unchanged)

    def cancelled_summary(self) -> str:
        """What a cancelled import did, area by area."""
        if not self.landed:
            return "Cancelled before anything was imported. Nothing was changed."
        landed = ", ".join(title_of(area) for area in self.landed)
        left = ", ".join(title_of(area) for area in self.not_imported)
        text = f"Cancelled. These areas were imported in full: {landed} ({self.summary()})"
        return text + (f" Not imported: {left}." if left else "")

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())

    def summary(self) -> str:
        parts = []
        for area, count in self.added.items():
            if count:
                parts.append(f"{count_words(area, count)} added")
            if self.updated.get(area):
                parts.append(f"{count_words(area, self.updated[area])} updated")
        if not parts:
            return "Nothing new: everything in it is already here."
        kept = sum(self.unchanged.values())
        return ", ".join(parts) + (f"; {kept:,} already here and left as they are." if kept else ".")


def read_json_file(path: Path) -> object:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise ImportRefused(f"{path} is a folder. Give the export file itself.") from None
    except OSError as error:
        raise ImportRefused(f"{path} could not be read ({error.strerror or error}).") from None
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ImportRefused(f"{path} is not a JSON file (or it is damaged), so it was not imported. Nothing was changed.") from None


def looks_like_jrnl(data: object) -> bool:
    entries = data.get("entries") if isinstance(data, dict) else None
    return isinstance(entries, list) and all(isinstance(e, dict) and "date" in e and "title" in e for e in entries[:20])


def check_export(data: object, store: Store, source: str, steps: Steps | None = None) -> Read:
    """Every area of the export, checked and read: {area: [records or setting documents]}."""
    nothing = "Nothing was changed."
    if looks_like_jrnl(data):
        raise ImportRefused(f"{source} looks like a jrnl export. Import it with: resilience import --from jrnl {source}")
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("areas"), dict):
        raise ImportRefused(f"{source} is not a Resilience export (resilience export --format json makes one). {nothing}")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused(f"{source} does not say which export version it is, so it was not imported. {nothing}")
    if version > FORMAT_VERSION:
        raise ImportRefused(f"{source} was made by a newer version of Resilience. Update Resilience, then import it. {nothing}")
    known = area_names(store)
    read: Read = {}
    for area, content in data["areas"].items():
        if area not in known:
            raise ImportRefused(
                f"{source} holds {area!r}, which this version of Resilience does not know. "
                f"Update Resilience, then import it. {nothing}"
            )
        if steps is not None:
            steps.start(f"Reading {title_of(area)}")
        read[area] = _check_area(area, content, source)
        if steps is not None:
            steps.finish()
    return read


def _check_area(area: str, content: object, source: str) -> list[Any]:
    nothing = "Nothing was changed."
    if not isinstance(content, dict) or not isinstance(content.get("records"), list):
        raise ImportRefused(f"The {area} in {source} are not in the form of an export. {nothing}")
    schema = content.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ImportRefused(f"The {area} in {source} do not say their schema version. {nothing}")
    docs = content["records"]
    if not all(isinstance(doc, dict) for doc in docs):
        raise ImportRefused(f"The {area} in {source} hold something that is not a record. {nothing}")
    tables = {RECORDS_TABLE: {str(n): dict(doc) for n, doc in enumerate(docs, start=1)}}
    if schema > 0:  # version 0 is a file from before schema versions: records alone
        tables[META_TABLE] = {"1": {"area": area, "schema_version": schema}}
    try:
        tables, _ = migrate(area, tables)
        check_records(area, tables)
    except ShapeError as error:
        raise ImportRefused(f"The {area} in {source} cannot be imported: {error}. {nothing}") from None
    docs = list(tables[RECORDS_TABLE].values())
    if AREAS[area].keyed:
        if not all(isinstance(doc.get("key"), str) for doc in docs):
            raise ImportRefused(f"The {area} in {source} have a key that is not text. {nothing}")
        return docs
    record_type = AREAS[area].load_record_type()
    return [record_type.from_dict(doc) for doc in docs]  # check_records has read each one already


def merge(store: Store, read: Read, steps: Steps | None = None) -> ImportResult:
    """Write what `check_export` read. Records merge by id; settings and drafts by key.

    Drafts that an older export carries among its settings go to the drafts.
    With `steps`, a cancel between areas stops it: the areas merged so far stay,
    and the result lists the rest as not imported.
    """
    result = ImportResult()
    read = dict(read)
    if SETTINGS in read:
        read[SETTINGS], legacy = legacy_to_drafts(read[SETTINGS])
        if legacy:
            read[DRAFTS] = read.get(DRAFTS, []) + legacy
    for area, items in read.items():
        if steps is not None:
            try:
                steps.start(f"Adding {title_of(area)}")
            except Cancelled:
                result.cancelled = True
                result.not_imported = [name for name in read if name not in result.unchanged]
                return result
            steps.finish()
        target = repository(store, area)
        if AREAS[area].keyed:
            changed = target.merge(items)
            result.added[area], result.unchanged[area] = changed, len(items) - changed
            continue
        new: list[StoredRecord] = []
        newer: list[StoredRecord] = []
        same = 0
        for record in _last_per_id(items):
            existing = target.get(record.id)
            if existing is None:
                new.append(record)
            elif record.updated_at > existing.updated_at:
                newer.append(record)
            else:
                same += 1
        if new or newer:
            target.save_many(new + newer, replace=True)  # the newer edit wins, whatever revision is stored
        result.added[area], result.updated[area], result.unchanged[area] = len(new), len(newer), same
    return result


def import_file(store: Store, path: Path, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> ImportResult:
    """Check the whole file, then merge it area by area. A cancel while reading changes nothing (Cancelled)."""
    data = read_json_file(path)
    areas = data.get("areas") if isinstance(data, dict) else None
    steps = Steps(2 * len(areas) if isinstance(areas, dict) else 0, progress, cancelled)
    read = check_export(data, store, str(path), steps)
    return merge(store, read, steps)


def _last_per_id(items: list[_R]) -> list[_R]:
    newest: dict[str, _R] = {}
    for record in items:
        if record.id not in newest or record.updated_at > newest[record.id].updated_at:
            newest[record.id] = record
    return list(newest.values())
