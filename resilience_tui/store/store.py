"""The data folder: opens it safely and hands out one repository per area.

The areas, their files and how each repository is opened come from the area table
(`store/areas.py`). Areas marked `eager` (check-ins and settings, which the first
screen needs) are set up with the store; the others on first use, so opening the
app pays only for what the first screen shows (their record modules cost ~20 ms
to import together).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resilience_tui.store.areas import AREAS
from resilience_tui.store.backup import Backups
from resilience_tui.store.codec import PLAIN, Codec, home_of, is_encrypted, register
from resilience_tui.store.datafile import DataFile, Problem, load_tables
from resilience_tui.store.errors import StoreError
from resilience_tui.store.owned import claim
from resilience_tui.store.sync_conflicts import SyncCopies
from resilience_tui.store.tables import RECORDS_TABLE

if TYPE_CHECKING:
    from resilience_tui.domain.application import Application
    from resilience_tui.domain.feedback import FeedbackRequest
    from resilience_tui.domain.goal import Goal
    from resilience_tui.domain.person import Person
    from resilience_tui.domain.reflection import Reflection
    from resilience_tui.domain.worry import Worry
    from resilience_tui.store.checkins import CheckinRepository
    from resilience_tui.store.drafts import DraftsRepository
    from resilience_tui.store.journal import JournalRepository
    from resilience_tui.store.records import RecordRepository
    from resilience_tui.store.settings import SettingsRepository


class Locked(StoreError):
    """The folder is encrypted and no key was given."""

    def __init__(self) -> None:
        super().__init__("Your data is encrypted: it opens with your passphrase.")


class Store:
    """Everything the app keeps. Open with `Store(folder)`; files are read when first needed."""

    def __init__(self, root: Path, today: Callable[[], date] = date.today, *, force: bool = False,
                 newer_reads_fail: bool = False, codec: Codec | None = None, eager: bool = True) -> None:
        """`force` opens a folder that holds other files and nothing of Resilience's (see `owned.claim`).

        `newer_reads_fail`: reading an area whose file a newer version wrote raises NewerFile
        (for commands, which then fail with that one line). Otherwise the area reads as empty,
        and `problems` tells the person; either way a save to it raises NewerFile.

        `codec`: how files are kept at rest (`store/codec.py`); an encrypted folder needs the one its
        key opens (Locked otherwise).

        `eager`: open the areas the app's first screen needs now (check-ins and settings); a command
        passes False, and each area opens when it is first used."""
        self.root = Path(root)
        if codec is None:
            if is_encrypted(self.root):
                raise Locked()
            codec = PLAIN
        self.codec = codec
        self.newer_reads_fail = newer_reads_fail
        claim(self.root, force=force)
        self.warnings: list[str] = []  # said once to the person: a skipped backup, for instance
        self.backups = Backups(self.root, today=today, warnings=self.warnings, codec=codec)
        if codec.encrypted:
            register(self.root, codec)  # crash reports written meanwhile are sealed too
        # Called by `refresh` (the app's inbox of sealed shell records, for instance); each returns True if it changed anything.
        self.refresh_hooks: list[Callable[[], bool]] = []
        self.problems: list[Problem] = []
        self.sync = SyncCopies(self.root)
        self.notices = self.sync.notices  # merged sync copies, one line each, to tell the person once
        self._files: dict[Path, DataFile] = {}
        self._repositories: dict[str, Any] = {}
        for area in AREAS.values():
            if eager and area.eager:
                self.repository(area.name)

    def use_codec(self, codec: Codec) -> None:
        """Keep files another way from now on (the app turning encryption on); what is in memory stays."""
        self.codec = self.backups.codec = codec
        for datafile in self._files.values():
            datafile.codec = codec
        register(self.root, codec)

    def repository(self, name: str) -> Any:
        """The repository of area `name` (opened on first use); KeyError for an unknown area."""
        found = self._repositories.get(name)
        if found is None:
            found = self._repositories[name] = AREAS[name].open(self)
        return found

    # Typed shortcuts to the areas the app and the commands use.
    @property
    def checkins(self) -> CheckinRepository:
        return self.repository("checkins")  # type: ignore[no-any-return]

    @property
    def settings(self) -> SettingsRepository:
        return self.repository("settings")  # type: ignore[no-any-return]

    @property
    def drafts(self) -> DraftsRepository:
        return self.repository("drafts")  # type: ignore[no-any-return]

    @property
    def journal(self) -> JournalRepository:
        return self.repository("journal")  # type: ignore[no-any-return]

    @property
    def goals(self) -> RecordRepository[Goal]:
        return self.repository("goals")  # type: ignore[no-any-return]

    @property
    def applications(self) -> RecordRepository[Application]:
        return self.repository("applications")  # type: ignore[no-any-return]

    @property
    def feedback(self) -> RecordRepository[FeedbackRequest]:
        return self.repository("feedback")  # type: ignore[no-any-return]

    @property
    def reflections(self) -> RecordRepository[Reflection]:
        return self.repository("reflections")  # type: ignore[no-any-return]

    @property
    def people(self) -> RecordRepository[Person]:
        return self.repository("people")  # type: ignore[no-any-return]

    @property
    def worries(self) -> RecordRepository[Worry]:
        return self.repository("worries")  # type: ignore[no-any-return]

    def open_file(self, path: Path, area: str, label: str) -> DataFile:
        if path not in self._files:
            self._files[path] = DataFile(path, area, label, self.root, self.backups, self.problems, self.sync,
                                         codec=self.codec)
            self._files[path].newer_reads_fail = self.newer_reads_fail
        return self._files[path]

    def files_opened(self) -> tuple[Path, ...]:
        """Every data file this store has opened so far, read or looked for and not there."""
        return tuple(self._files)

    def open_apart(self, path: Path, area: str, label: str) -> DataFile:
        """The file as `open_file` gives it once it is read; otherwise one read as the store reads it
        (damage, migrations, conflict copies alike) but not kept: dropped, it holds nothing in memory."""
        kept = self._files.get(path)
        if kept is not None and kept.loaded:
            return kept
        apart = DataFile(path, area, label, self.root, self.backups, self.problems, self.sync, codec=self.codec)
        apart.newer_reads_fail = self.newer_reads_fail
        return apart

    def revision(self, *areas: str) -> tuple[tuple[str, int], ...]:
        """What the store holds of `areas` (every area when none is named) now: changes whenever one of
        their files is written, re-read after another window wrote it, or read for the first time.
        Screens compare it to skip redrawing what has not changed."""
        return tuple((str(path), datafile.generation) for path, datafile in self._files.items()
                     if not areas or datafile.area in areas)

    def read_stamps(self, *areas: str) -> dict[Path, tuple[int, int, int] | None]:
        """The stamp each loaded file of `areas` (every area when none is named) had when what the store
        holds of it was read or written (None: there was no file)."""
        return {path: datafile.read_stamp for path, datafile in self._files.items()
                if datafile.loaded and (not areas or datafile.area in areas)}

    def changes(self) -> int:
        """A number that grows whenever a file already read changes: a save, or another window's save re-read.

        Screens compare it with the one they were drawn at, to skip drawing again what did not change.
        Reading a file for the first time leaves it as it was: nothing drawn before came from that file.
        For a screen that reads many areas (Applications' recovery paths, Feedback); one that reads a
        few names them to `revision`, and is not redrawn for a save elsewhere."""
        return sum(max(datafile.generation - 1, 0) for datafile in self._files.values())

    def refresh(self) -> bool:
        """Re-read any loaded file another process changed. True if anything was re-read."""
        changed = False
        for datafile in list(self._files.values()):
            if datafile.loaded and datafile.refresh():
                changed = True
        for hook in self.refresh_hooks:
            changed = hook() or changed
        return changed

    def restore_backup(self, problem: Problem) -> int:
        """Bring back the records of the problem's backup that are not in the file now.

        Merging (rather than copying over) keeps anything saved since the file was
        moved aside. Returns how many records came back.
        """
        if problem.backup is None:
            return 0
        home = home_of(problem.path.relative_to(self.root).as_posix())
        backup_tables, _ = load_tables(self.codec.decode(problem.backup.read_bytes(), home), problem.area)
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
