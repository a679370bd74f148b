"""Rolling daily backups: before the first write of a day, the file as it was is copied aside."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from resilience_tui.store.atomic import make_private_dir, write_bytes_atomic
from resilience_tui.store.reading import load_tables

KEEP_DAYS = 14
BACKUP_DIR = "backups"


class Backups:
    def __init__(self, root: Path, today: Callable[[], date] = date.today) -> None:
        self.root = root
        self.folder = root / BACKUP_DIR
        self._today = today
        self._done: set[tuple[str, str]] = set()

    def _day_folder(self) -> Path:
        return self.folder / self._today().isoformat()

    def before_write(self, path: Path) -> None:
        """Copy `path` into today's backup folder unless that was done already today."""
        day = self._today().isoformat()
        rel = path.relative_to(self.root).as_posix()
        if (day, rel) in self._done:
            return
        target = self.folder / day / rel
        if path.exists() and not target.exists():
            self._copy(path, target)
            self.prune()
        self._done.add((day, rel))

    def copy_now(self, path: Path, label: str) -> Path | None:
        """An extra copy, e.g. before a migration: `<name>.<label>.json` in today's folder."""
        if not path.exists():
            return None
        rel = path.relative_to(self.root)
        target = self._day_folder() / rel.parent / f"{rel.stem}.{label}{rel.suffix}"
        self._copy(path, target)
        return target

    def _copy(self, source: Path, target: Path) -> None:
        for parent in reversed(target.relative_to(self.root).parents[:-1]):
            make_private_dir(self.root / parent)
        write_bytes_atomic(target, source.read_bytes())

    def prune(self) -> None:
        """Keep the newest KEEP_DAYS day folders."""
        if not self.folder.is_dir():
            return
        days = sorted(p for p in self.folder.iterdir() if p.is_dir() and _is_day(p.name))
        for old in days[:-KEEP_DAYS]:
            shutil.rmtree(old, ignore_errors=True)

    def candidates(self, path: Path) -> list[Path]:
        """Backups of `path`, newest first."""
        if not self.folder.is_dir():
            return []
        rel = path.relative_to(self.root)
        days = sorted((p for p in self.folder.iterdir() if p.is_dir() and _is_day(p.name)), reverse=True)
        return [day / rel for day in days if (day / rel).is_file()]

    def newest_valid(self, path: Path, area: str) -> Path | None:
        for candidate in self.candidates(path):
            try:
                load_tables(candidate.read_bytes(), area)
            except (ValueError, OSError):
                continue
            return candidate
        return None


def _is_day(name: str) -> bool:
    try:
        date.fromisoformat(name)
    except ValueError:
        return False
    return True
