"""The data folder: opens it safely and hands out one repository per area."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path

from resilience_tui.store.atomic import fix_permissions_and_leftovers, make_private_dir
from resilience_tui.store.backup import Backups
from resilience_tui.store.checkins import CheckinRepository
from resilience_tui.store.datafile import DataFile, Problem, load_tables
from resilience_tui.store.records import RecordRepository
from resilience_tui.store.schema import RECORDS_TABLE
from resilience_tui.store.settings import SettingsRepository


class Store:
    """Everything the app keeps. Open with `Store(folder)`; files are read when first needed."""

    def __init__(self, root: Path, today=date.today) -> None:
        self.root = Path(root)
        make_private_dir(self.root)
        fix_permissions_and_leftovers(self.root)
        self.backups = Backups(self.root, today=today)
        self.problems: list[Problem] = []
        self._files: dict[Path, DataFile] = {}
        self.checkins = CheckinRepository(self.root, self.open_file)
        self.settings = SettingsRepository(self.open_file(self.root / "settings.json", "settings", "settings"))

    # The other areas are set up on first use, so opening the app pays only for what
    # the first screen shows (their record modules cost ~20 ms to import together).
    @cached_property
    def journal(self):
        from resilience_tui.store.journal import JournalRepository

        return JournalRepository(self.root, self.open_file)

    @cached_property
    def goals(self) -> RecordRepository:
        return RecordRepository(self.open_file(self.root / "goals.json", "goals", "goals"))

    @cached_property
    def applications(self) -> RecordRepository:
        return RecordRepository(self.open_file(self.root / "applications.json", "applications", "applications"))

    @cached_property
    def feedback(self) -> RecordRepository:
        return RecordRepository(self.open_file(self.root / "feedback.json", "feedback", "feedback requests"))

    @cached_property
    def reflections(self) -> RecordRepository:
        return RecordRepository(
            self.open_file(self.root / "reflections.json", "reflections", "reflection worksheets"))

    def open_file(self, path: Path, area: str, label: str) -> DataFile:
        if path not in self._files:
            self._files[path] = DataFile(path, area, label, self.root, self.backups, self.problems)
        return self._files[path]

    def refresh(self) -> bool:
        """Re-read any loaded file another process changed. True if anything was re-read."""
        changed = False
        for datafile in list(self._files.values()):
            if datafile.loaded and datafile.refresh():
                changed = True
        return changed

    def restore_backup(self, problem: Problem) -> int:
        """Bring back the records of the problem's backup that are not in the file now.

        Merging (rather than copying over) keeps anything saved since the file was
        moved aside. Returns how many records came back.
        """
        if problem.backup is None:
            return 0
        backup_tables, _ = load_tables(problem.backup.read_bytes(), problem.area)
        datafile = self.open_file(problem.path, problem.area, problem.label)
        with datafile.transaction() as tables:
            current = tables.setdefault(RECORDS_TABLE, {})
            known = {doc.get("id") or doc.get("key") for doc in current.values()}
            next_id = max((int(k) for k in current), default=0) + 1
            added = 0
            for doc in backup_tables.get(RECORDS_TABLE, {}).values():
                if (doc.get("id") or doc.get("key")) not in known:
                    current[str(next_id)] = doc
                    next_id += 1
                    added += 1
        if problem in self.problems:
            self.problems.remove(problem)
        return added
