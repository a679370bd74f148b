"""Rolling daily backups: before the first write of a day, the file as it was is copied aside."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from resilience_tui.store.atomic import make_private_dir, write_bytes_atomic
from resilience_tui.store.backup_days import BACKUP_DIR, KEEP_DAYS, in_the_way, is_day, prune
from resilience_tui.store.codec import PLAIN, Codec, home_of
from resilience_tui.store.reading import load_tables

__all__ = ["BACKUP_DIR", "KEEP_DAYS", "Backups"]


class Backups:
    """`warnings` gets one line for each thing found in the way of a backup (the save goes ahead without it)."""

    def __init__(self, root: Path, today: Callable[[], date] = date.today, warnings: list[str] | None = None,
                 codec: Codec = PLAIN) -> None:
        self.root = root
        self.codec = codec  # a copy keeps the bytes as they are: an encrypted file's header still names its home
        self.folder = root / BACKUP_DIR
        self._today = today
        self._done: set[tuple[str, str]] = set()
        self.warnings = warnings if warnings is not None else []
        self._blockers: set[Path] = set()

    def _day_folder(self) -> Path:
        return self.folder / self._today().isoformat()

    def before_write(self, path: Path) -> None:
        """Copy `path` into today's backup folder unless that was done already today."""
        day = self._today().isoformat()
        rel = path.relative_to(self.root).as_posix()
        if (day, rel) in self._done:
            return
        target = self.folder / day / rel
        # Something in the way is skipped (and said once): the save itself matters more than its backup.
        if path.exists() and not self._blocked(target) and not target.exists():
            self._copy(path, target)
            self.prune()
        self._done.add((day, rel))

    def copy_now(self, path: Path, label: str) -> Path | None:
        """An extra copy, e.g. before a migration: `<name>.<label>.json` in today's folder."""
        if not path.exists():
            return None
        rel = path.relative_to(self.root)
        target = self._day_folder() / rel.parent / f"{rel.stem}.{label}{rel.suffix}"
        if self._blocked(target):
            return None
        self._copy(path, target)
        return target

    def _copy(self, source: Path, target: Path) -> None:
        for parent in reversed(target.relative_to(self.root).parents[:-1]):
            make_private_dir(self.root / parent)
        write_bytes_atomic(target, source.read_bytes())

    def _blocked(self, target: Path) -> bool:
        """Whether something of the person's is where `target` or a folder on its way should be.

        A link counts too: nothing is written through one. The first time a blocker is
        found, one warning saying where it is goes to `warnings`.
        """
        found = in_the_way(str(self.root), target.relative_to(self.root).as_posix())
        if found is None:
            return False
        step = Path(found)
        if step not in self._blockers:
            self._blockers.add(step)
            self.warnings.append(blocked_warning(step))
        return True

    def prune(self) -> None:
        """Keep the newest KEEP_DAYS day folders."""
        prune(str(self.folder))

    def candidates(self, path: Path) -> list[Path]:
        """Backups of `path`, newest first."""
        if not self.folder.is_dir():
            return []
        rel = path.relative_to(self.root)
        days = sorted((p for p in self.folder.iterdir() if p.is_dir() and is_day(p.name)), reverse=True)
        return [day / rel for day in days if (day / rel).is_file()]

    def newest_valid(self, path: Path, area: str) -> Path | None:
        for candidate in self.candidates(path):
            try:
                load_tables(self.codec.decode(candidate.read_bytes(), home_of(path.relative_to(self.root).as_posix())), area)
            except (ValueError, OSError):
                continue
            return candidate
        return None


def blocked_warning(step: str | Path) -> str:
    return (f"Today's backup was skipped because {step} is in the way; your changes are saved. "
            "Move it away so that backups start again.")
