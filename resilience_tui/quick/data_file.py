"""One data file, read and added to the quick way: under the store's lock, after today's backup,
with the store's revision marks and atomic write; or not at all (NotQuick), before anything is
written, whenever the file is not exactly as this version of the store writes it."""

from __future__ import annotations

import json
import os
from datetime import date

from resilience_tui.paths import data_dir_text
from resilience_tui.quick.names import KEYS_FILE, LOCKS_DIR, META_TABLE, RECORDS_TABLE, VERSIONS
from resilience_tui.quick.outcome import NotQuick, Saved
from resilience_tui.store.atomic import make_private_dir, write_bytes_atomic
from resilience_tui.store.backup_days import BACKUP_DIR, in_the_way, prune
from resilience_tui.store.docs import put_doc
from resilience_tui.store.lock import FileLock
from resilience_tui.store.revisions import REVISION, Doc, stamped

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["AreaFile", "NotQuick", "data_folder"]


def data_folder(explicit: str | None) -> str:
    """The data folder, when it is an existing plain folder (not a link, not encrypted)."""
    folder = data_dir_text(explicit)
    if os.path.islink(folder) or not os.path.isdir(folder) or os.path.lexists(os.path.join(folder, KEYS_FILE)):
        raise NotQuick
    return folder


class AreaFile:
    """The file `relative` ("goals.json", "checkins/2026.json") of `area` in the data folder `folder`."""

    def __init__(self, folder: str, area: str, relative: str) -> None:
        self.folder = folder
        self.area = area
        self.relative = relative
        self.path = os.path.join(folder, *relative.split("/"))

    def records(self) -> list[Doc]:
        """The file's records as stored, in its order."""
        return list(self._read()[0][RECORDS_TABLE].values())

    def add(self, doc: Doc | Callable[[list[Doc]], Doc]) -> Doc:
        """Add the new record `doc` (a record's `to_dict()`), as the store adds one; returns it as stored.

        `doc` may be a function making it from the file's records as read under the lock (a goal's
        place at the top of its column), so the file is read once."""
        with FileLock(self._lock_path()):
            tables, raw = self._read()
            if callable(doc):
                doc = doc(list(tables[RECORDS_TABLE].values()))
            self._back_up(raw)
            stored = stamped(doc, {REVISION: doc.get(REVISION, 0)})
            put_doc(tables[RECORDS_TABLE], None, stored)
            write_bytes_atomic(self.path, json.dumps(tables).encode("ascii"))
            Saved.done = True
        return stored

    def _read(self) -> tuple[dict[str, dict[str, Doc]], bytes]:
        self._check_path()
        with open(self.path, "rb") as file:
            raw = file.read()
        try:
            tables = json.loads(raw)
        except ValueError:
            raise NotQuick from None
        if not _plain_tables(tables) or len(tables[META_TABLE]) != 1:
            raise NotQuick
        meta = next(iter(tables[META_TABLE].values()))  # its tombstones (store/tombstones.py) are left as they are
        if meta.get("area") != self.area or meta.get("schema_version") != VERSIONS[self.area]:
            raise NotQuick
        return tables, raw

    def _check_path(self) -> None:
        """Every folder on the way a real folder, the file a plain file, no sync conflict copy beside it."""
        step = self.folder
        parts = self.relative.split("/")
        for part in parts[:-1]:
            step = os.path.join(step, part)
            if os.path.islink(step) or not os.path.isdir(step):
                raise NotQuick
        if os.path.islink(self.path) or not os.path.isfile(self.path):
            raise NotQuick
        stem = parts[-1].rsplit(".", 1)[0]
        # A sync service names its conflict copy after the file ("goals.sync-conflict-...json",
        # "goals (conflicted copy ...).json"): anything else so named is left to the store to merge.
        if any(name.startswith(stem) and name != parts[-1] for name in os.listdir(step)):
            raise NotQuick

    def _lock_path(self) -> str:
        folder = os.path.join(self.folder, LOCKS_DIR)
        if os.path.islink(folder) or (os.path.lexists(folder) and not os.path.isdir(folder)):
            raise NotQuick
        make_private_dir(folder)
        return os.path.join(folder, f"{self.area}.lock")

    def _back_up(self, raw: bytes) -> None:
        """Today's backup of the file as it was, unless there is one (store/backup.py does the same)."""
        relative = f"{BACKUP_DIR}/{date.today().isoformat()}/{self.relative}"
        if in_the_way(self.folder, relative) is not None:
            raise NotQuick  # the store saves without it, and says so
        target = os.path.join(self.folder, *relative.split("/"))
        if os.path.exists(target):
            return
        step = self.folder
        for part in relative.split("/")[:-1]:
            step = os.path.join(step, part)
            make_private_dir(step)
        write_bytes_atomic(target, raw)
        prune(os.path.join(self.folder, BACKUP_DIR))


def _plain_tables(tables: object) -> bool:
    """A TinyDB file as the store writes it: its records and `_meta` tables, each of numbered objects
    (store/schema.py sets aside a file with any other table)."""
    if not isinstance(tables, dict) or set(tables) != {RECORDS_TABLE, META_TABLE}:
        return False
    for table in tables.values():
        if not isinstance(table, dict):
            return False
        for key, doc in table.items():
            if not key.isdigit() or not isinstance(doc, dict):
                return False
    return True
