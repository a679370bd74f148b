"""Conflict copies a sync service leaves beside a data file, and how they are merged back.

When a data folder lives in a synced folder and two devices change one file
before they meet, the service keeps one version under the file's name and the
other as a "conflict copy" beside it:

- Syncthing: `goals.sync-conflict-20261130-120000-ABCDEFG.json`
- Dropbox: `goals (Alex's conflicted copy 2026-11-30).json`, `... 2026-11-30 (1)).json`
- Nextcloud: `goals (conflicted copy 2026-11-30 120000).json`; older ownCloud
  clients: `goals_conflict-20261130-120000.json`

iCloud Drive names its copy `goals 2.json`. That is also what a person gets by
copying a file by hand, and nothing in it says which device it came from, so it
is not taken for a conflict copy (the README says so).

Copies are looked for only beside the files of the area table (and beside each
year file of a yearly area), when a file is read or re-read: one directory
listing per folder, kept while the folder is unchanged, so a folder with no
copies costs no file reads. A copy is read with the same reader as the file; a
damaged one is left where it is and reported. Records are merged by id with the
revision rule of `store/revisions.py` and the tombstones of `store/tombstones.py`.
"""

from __future__ import annotations

import json
import os
import re
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resilience_tui.domain.records import parse_iso
from resilience_tui.store.areas import AREAS
from resilience_tui.store.atomic import make_private_dir
from resilience_tui.store.backup import BACKUP_DIR
from resilience_tui.store.revisions import descends_from, stamped
from resilience_tui.store.tables import META_TABLE, RECORDS_TABLE, Tables, meta_of
from resilience_tui.store.tombstones import buried, set_tombstones, tombstones

MERGED_DIR = "merged"  # inside backups/: where merged copies go
COPY_MARK = " (from another device)"
# A listing of a folder changed this recently may miss an entry made in the same tick of a coarse
# clock (some file systems keep whole seconds), so it is not kept.
_FRESH_SECONDS = 2.0
_COPY_ID = uuid.UUID("6f1d3c52-8a9e-4c61-9f0e-2b7d5c3a1e84")  # names the second version of a record

Doc = dict[str, Any]


def _patterns(stem: str, suffix: str) -> list[tuple[str, re.Pattern[str]]]:
    s, x = re.escape(stem), re.escape(suffix)
    return [
        ("Syncthing", re.compile(rf"{s}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Za-z0-9]+{x}")),
        ("Dropbox", re.compile(rf"{s} \(.+['\u2019]s conflicted copy \d{{4}}-\d{{2}}-\d{{2}}(?: \(\d+\))?\){x}")),
        ("Nextcloud", re.compile(rf"{s} \(conflicted copy (?:.+ )?\d{{4}}-\d{{2}}-\d{{2}} \d{{6}}\){x}")),
        ("ownCloud", re.compile(rf"{s}_conflict-\d{{8}}-\d{{6}}{x}")),
    ]


@dataclass(frozen=True)
class Copy:
    """A conflict copy of a data file, and the service that made it."""

    path: Path
    service: str


@dataclass
class SyncCopies:
    """Finds conflict copies (one listing per folder while it is unchanged) and collects what to tell the person."""

    root: Path
    notices: list[str] = field(default_factory=list)
    reported: set[Path] = field(default_factory=set)  # damaged copies already reported
    _listings: dict[Path, tuple[int, list[str]]] = field(default_factory=dict)

    def copies(self, path: Path) -> list[Copy]:
        """The conflict copies beside `path`, oldest name first."""
        names = self._names(path.parent)
        if not names:
            return []
        found = []
        patterns = _patterns(path.stem, path.suffix)
        for name in names:
            for service, pattern in patterns:
                if pattern.fullmatch(name):
                    found.append(Copy(path.with_name(name), service))
                    break
        return found

    def _names(self, folder: Path) -> list[str]:
        """Names in `folder` that could be a conflict copy (they all say "conflict")."""
        try:
            stamp = os.stat(folder).st_mtime_ns
        except OSError:
            return []
        kept = self._listings.get(folder)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        try:
            with os.scandir(folder) as entries:
                names = sorted(e.name for e in entries if "conflict" in e.name and e.is_file(follow_symlinks=False))
        except OSError:
            return []
        if time.time_ns() - stamp > _FRESH_SECONDS * 1e9:
            self._listings[folder] = (stamp, names)
        return names

    def forget(self, folder: Path) -> None:
        self._listings.pop(folder, None)

    def put_away(self, copy: Copy) -> Path:
        """Move a merged copy into `backups/merged/` (same place relative to the data folder), 0600.

        Never over an earlier one: a second copy of the same name gets `-2`, `-3`, ...
        """
        relative = copy.path.relative_to(self.root)
        folder = self.root / BACKUP_DIR / MERGED_DIR / relative.parent
        make_private_dir(folder)
        target = folder / relative.name
        counter = 1
        while os.path.lexists(target):
            counter += 1
            target = folder / f"{copy.path.stem}-{counter}{copy.path.suffix}"
        os.replace(copy.path, target)
        if os.name == "posix":
            os.chmod(target, 0o600, follow_symlinks=False)
        self.forget(copy.path.parent)
        return target


@dataclass(frozen=True)
class Merged:
    tables: Tables
    both_changed: int  # records changed on both sides, kept twice


def merge_tables(area: str, ours: Tables, theirs: Tables) -> Merged:
    """`ours` and `theirs` (a conflict copy) as one file's tables; neither is changed."""
    if AREAS[area].keyed:
        docs = _merge_keyed(_docs(ours), _docs(theirs))
        return Merged(_with_records(ours, docs), 0)
    our_dead, their_dead = tombstones(ours), tombstones(theirs)
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


def _merge_keyed(ours: list[Doc], theirs: list[Doc]) -> list[Doc]:
    """Per key, the later `updated_at` wins (ours when they are equal or cannot be read)."""
    result: dict[Any, Doc] = {}
    for doc in ours:
        result.setdefault(doc.get("key"), doc)
    for doc in theirs:
        key = doc.get("key")
        if key not in result or _later(doc, result[key]):
            result[key] = doc
    return list(result.values())


def _later(doc: Doc, than: Doc) -> bool:
    try:
        return parse_iso(str(doc.get("updated_at"))) > parse_iso(str(than.get("updated_at")))
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
