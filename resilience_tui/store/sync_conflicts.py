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
damaged one is left where it is and reported. The merging itself is in
`store/sync_merge.py`, imported only when a copy is found (~6 ms saved at start).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from resilience_tui.store.atomic import make_private_dir
from resilience_tui.store.backup import BACKUP_DIR

MERGED_DIR = "merged"  # inside backups/: where merged copies go
# A listing of a folder changed this recently may miss an entry made in the same tick of a coarse
# clock (some file systems keep whole seconds), so it is not kept.
_FRESH_SECONDS = 2.0


def _patterns(stem: str, suffix: str) -> list[tuple[str, re.Pattern[str]]]:
    s, x = re.escape(stem), re.escape(suffix)
    return [
        ("Syncthing", re.compile(rf"{s}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Za-z0-9]+{x}")),
        ("Dropbox", re.compile(rf"{s} \(.+['\u2019]s conflicted copy \d{{4}}-\d{{2}}-\d{{2}}(?: \(\d+\))?\){x}")),
        ("Nextcloud", re.compile(rf"{s} \(conflicted copy (?:.+ )?\d{{4}}-\d{{2}}-\d{{2}} \d{{6}}\){x}")),
        ("ownCloud", re.compile(rf"{s}_conflict-\d{{8}}-\d{{6}}{x}")),
    ]


class Copy:
    """A conflict copy of a data file, and the service that made it."""

    __slots__ = ("path", "service")

    def __init__(self, path: Path, service: str) -> None:
        self.path = path
        self.service = service


class SyncCopies:
    """Finds conflict copies (one listing per folder while it is unchanged) and collects what to tell the person."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.notices: list[str] = []
        self.reported: set[Path] = set()  # damaged copies already reported
        self._listings: dict[Path, tuple[int, list[str]]] = {}

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
        self.forget(copy.path.parent)
        if os.name == "posix":  # readable by the owner alone, set on the file itself (never through a link)
            fd = os.open(target, os.O_RDONLY | os.O_NOFOLLOW)
            try:
                os.fchmod(fd, 0o600)
            finally:
                os.close(fd)
        return target
