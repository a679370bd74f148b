"""The rules of the daily backups that need no more than `os`: where today's copy of a file goes,
what may stand in its way, and how many days are kept. `store/backup.py` and the quick commands
(`quick/`) both follow them."""

from __future__ import annotations

import os
import stat
from datetime import date

KEEP_DAYS = 14
BACKUP_DIR = "backups"


def is_day(name: str) -> bool:
    try:
        date.fromisoformat(name)
    except ValueError:
        return False
    return True


def day_folders(folder: str) -> list[str]:
    """The names of the day folders in the backups folder `folder`, oldest first."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(name for name in names if is_day(name) and os.path.isdir(os.path.join(folder, name)))


def prune(folder: str) -> None:
    """Keep the newest KEEP_DAYS day folders of the backups folder `folder`."""
    days = day_folders(folder)
    if len(days) <= KEEP_DAYS:
        return
    import shutil  # only here: a quick command that saves once need not import it

    for old in days[:-KEEP_DAYS]:
        shutil.rmtree(os.path.join(folder, old), ignore_errors=True)


def in_the_way(root: str, relative: str) -> str | None:
    """What of the person's stands where the backup `relative` (to the data folder `root`) or a folder
    on its way should be, or None. A link counts too: nothing is written through one."""
    parts = relative.split("/")
    step = root
    for index, part in enumerate(parts):
        step = os.path.join(step, part)
        try:
            mode = os.lstat(step).st_mode
        except FileNotFoundError:
            return None  # nothing further down exists either
        expected = stat.S_ISREG(mode) if index == len(parts) - 1 else stat.S_ISDIR(mode)
        if not expected or stat.S_ISLNK(mode):
            return step
    return None
