"""One TinyDB data file: read once, kept in memory, saved atomically under a lock."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from resilience_tui.store.atomic import FILE_MODE, fix_mode, make_private_dir, write_bytes_atomic
from resilience_tui.store.backup import Backups
from resilience_tui.store.codec import PLAIN, Codec, home_of
from resilience_tui.store.errors import LockInTheWay, StoreError, newer_file, newer_file_message, save_failed
from resilience_tui.store.history import History
from resilience_tui.store.lock import FileLock
from resilience_tui.store.migrations import NewerSchema
from resilience_tui.store.reading import load_tables, read_tables
from resilience_tui.store.schema import check_records, empty_tables
from resilience_tui.store.stamps import file_stamp as _stamp
from resilience_tui.store.sync_conflicts import SyncCopies
from resilience_tui.store.tables import Tables

__all__ = ["DataFile", "Problem", "load_tables", "read_tables"]

_held = threading.local()  # lock files this thread holds, and how deep: one area's year files share one lock


@dataclass(frozen=True)
class Problem:
    """A file that could not be used. It was moved aside, never written over."""

    area: str
    label: str
    path: Path
    moved_to: Path
    reason: str
    backup: Path | None
    backup_day: str | None = None

    @property
    def message(self) -> str:
        text = (
            f"Your {self.label} file could not be read: {self.reason}. "
            f"It has been kept, untouched, at {self.moved_to}. "
        )
        if self.backup is not None:
            text += f"A backup from {self.backup_day} can be restored."
        else:
            text += "No earlier backup was found, so this part starts empty."
        return text


class NewerFileProblem(Problem):  # same fields: no dataclass of its own needed
    """A file written by a newer version. It was not moved: it stays as it is, and the area is read-only."""

    @property
    def message(self) -> str:
        return newer_file_message(self.label)


class DataFile:
    """Holds one file's tables in memory; `transaction()` is the only way to change them."""

    def __init__(self, path: Path, area: str, label: str, root: Path, backups: Backups, problems: list[Problem],
                 sync: SyncCopies | None = None, *, codec: Codec = PLAIN) -> None:
        self.path = path
        self.codec = codec
        self.home = home_of(path.relative_to(root).as_posix())  # what an encrypted file's header must name
        self.area = area
        self.label = label
        self.root = root
        self.backups = backups
        self.problems = problems
        self.generation = 0  # bumped whenever the tables change, so callers can drop derived caches
        self._tables: Tables | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._mutex = threading.RLock()
        self.history = History()  # earlier versions of its records, for merging two windows' edits
        self._parsed: tuple[int, list[Any] | None] | None = None
        self.newer = False  # written by a newer version: read nothing from it, write nothing to it
        self.newer_reads_fail = False  # True: reading it raises NewerFile (set by the store for commands)
        self.sync = sync if sync is not None else SyncCopies(root)

    # -- reading -----------------------------------------------------------
    @property
    def tables(self) -> Tables:
        with self._mutex:
            if self._tables is None:
                self._load()
            assert self._tables is not None
            if self.newer and self.newer_reads_fail:
                raise newer_file(self.label)
            return self._tables

    @property
    def read_stamp(self) -> tuple[int, int, int] | None:
        """The file's (inode, mtime, size) when what is held of it was read or written (None: there was no file)."""
        return self._stamp

    @property
    def loaded(self) -> bool:
        return self._tables is not None

    def refresh(self) -> bool:
        """Reload if another process changed the file since it was read. True if it was reloaded."""
        with self._mutex:
            if self._tables is not None and _stamp(self.path) == self._stamp:
                return False
            self._load()
            return True

    def _load(self) -> None:
        self.newer = False
        self._read()
        if not self.newer:  # a newer version's file is left exactly as it is, copies and all
            self._merge_copies()

    def _read(self) -> None:
        stamp = _stamp(self.path)
        if stamp is None:
            self._set(empty_tables(self.area), None)
            return
        data = self.path.read_bytes()
        try:
            tables, migrated, parsed = read_tables(self.codec.decode(data, self.home), self.area)
        except NewerSchema as error:
            self._newer_file(stamp, error)
            return
        except ValueError as error:
            with self._locked():
                if _stamp(self.path) == stamp:
                    self._move_aside(str(error))
                    self._set(empty_tables(self.area), None)
                    return
            self._read()  # it changed while we looked; read the new version
            return
        self._set(tables, stamp)
        self._parsed = (self.generation, parsed)
        if migrated:
            self.backups.copy_now(self.path, f"before-schema-{tables['_meta']['1']['schema_version']}")
            with self._locked():
                if _stamp(self.path) == stamp:
                    self._write(tables)

    def _merge_copies(self) -> None:
        """Merge the sync services' conflict copies beside this file into it, then put them away."""
        copies = self.sync.copies(self.path)
        if not copies:
            return
        from resilience_tui.store.sync_merge import damaged_notice, merge_tables, merged_notice

        with self._locked():
            if _stamp(self.path) != self._stamp:
                self._read()
            assert self._tables is not None
            tables, merged, both_changed = self._tables, [], 0
            for copy in copies:
                try:
                    theirs, _, _ = read_tables(self.codec.decode(copy.path.read_bytes(), self.home), self.area)
                    outcome = merge_tables(self.area, tables, theirs)
                except FileNotFoundError:
                    continue  # another process merged it and put it away first
                except (ValueError, TypeError, KeyError, AttributeError, OSError, RecursionError, MemoryError) as error:
                    if copy.path not in self.sync.reported:
                        self.sync.reported.add(copy.path)
                        reason = str(error) if isinstance(error, ValueError) else "it is damaged"
                        self.sync.notices.append(damaged_notice(self.label, copy, reason))
                    continue
                tables, both_changed = outcome.tables, both_changed + outcome.both_changed
                merged.append(copy)
            if not merged:
                return
            try:
                parsed = check_records(self.area, tables)
                if tables != self._tables:
                    self._write(tables)
                    self._parsed = (self.generation, parsed)
            except (ValueError, StoreError) as error:  # not written: the copy stays, to be merged next time
                reason = error.message if isinstance(error, StoreError) else f"Your {self.label} could not take it: {error}."
                self.sync.notices.append(f"{reason} A copy of your {self.label} from another device is not merged "
                                         "yet; it is left as it is and will be tried again.")
                return
            for copy in merged:
                try:
                    self.sync.put_away(copy)
                except OSError:
                    pass  # merged already; left beside the file, it is merged again (changing nothing) next time
        self.sync.notices.append(merged_notice(self.label, self.area, merged, both_changed))

    def parsed_records(self) -> list[Any] | None:
        """The records as read when the file was loaded, while the tables are unchanged since."""
        if self._parsed is not None and self._parsed[0] == self.generation:
            return self._parsed[1]
        return None

    def _set(self, tables: Tables, stamp: tuple[int, int, int] | None) -> None:
        if self._tables is not None and tables is not self._tables:
            self.history.replaced(self._tables, tables)
        self._tables = tables
        self._stamp = stamp
        self.generation += 1

    def _newer_file(self, stamp: tuple[int, int, int] | None, error: NewerSchema) -> None:
        """Leave a newer version's file exactly as it is: the area reads as empty and refuses saves."""
        self.newer = True
        self._set(empty_tables(self.area), stamp)
        notice = NewerFileProblem(self.area, self.label, self.path, self.path, str(error), None)
        if notice not in self.problems:
            self.problems.append(notice)

    def _move_aside(self, reason: str) -> None:
        moment = datetime.now().strftime("%Y%m%dT%H%M%S")
        moved = self.path.with_name(f"{self.path.stem}.corrupt-{moment}{self.path.suffix}")
        counter = 1
        while moved.exists() or moved.is_symlink():
            counter += 1
            moved = self.path.with_name(f"{self.path.stem}.corrupt-{moment}-{counter}{self.path.suffix}")
        try:
            os.replace(self.path, moved)  # a link is moved as a link; the file it points to stays as it is
        except FileNotFoundError:
            return  # another process moved it aside first; it reported it there
        fix_mode(moved, FILE_MODE)  # never through a link
        backup = self.backups.newest_valid(self.path, self.area)
        day = backup.relative_to(self.backups.folder).parts[0] if backup else None
        self.problems.append(Problem(self.area, self.label, self.path, moved, reason, backup, day))

    # -- writing -----------------------------------------------------------
    def _lock_path(self) -> Path:
        folder = self.root / ".locks"
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            raise LockInTheWay(errno.EEXIST, "something is in the way of the lock folder", str(folder))
        make_private_dir(folder)
        return folder / f"{self.area}.lock"

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold this file's lock (shared by all the year files of its area) across several transactions."""
        return self._locked()

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Reentrant: a thread holds an area's lock file once, however deep the calls go."""
        with self._mutex:
            held: dict[Path, int] = _held.__dict__.setdefault("depths", {})
            key = self.root / ".locks" / f"{self.area}.lock"
            if held.get(key):
                held[key] += 1
                try:
                    yield
                finally:
                    held[key] -= 1
                return
            try:
                lock = FileLock(self._lock_path()).__enter__()
            except OSError as error:  # the lock file itself could not be made (a full disk)
                raise save_failed(error, f"Your {self.label}") from error
            held[key] = 1
            try:
                yield
            finally:
                held[key] = 0
                lock.__exit__(None, None, None)

    @contextmanager
    def transaction(self) -> Iterator[Tables]:
        """Lock, reload if changed elsewhere, let the caller change the tables, save atomically.

        If the save fails the in-memory tables are dropped and re-read from disk,
        so memory never holds a change the disk does not.
        """
        with self._locked():
            self.refresh()
            if self.newer:
                raise newer_file(self.label)
            try:
                tables = self.tables
                yield tables
                self._write(tables)
            except BaseException:
                self._tables = None
                self.generation += 1
                raise

    def _write(self, tables: Tables) -> None:
        data = json.dumps(tables).encode("ascii")
        try:
            make_private_dir(self.path.parent)
            self.backups.before_write(self.path)
            write_bytes_atomic(self.path, self.codec.encode(data, self.home))
        except OSError as error:
            raise save_failed(error, f"Your {self.label}") from error
        self._set(tables, _stamp(self.path))
