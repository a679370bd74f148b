"""What Resilience owns in a data folder: the only names it ever changes, in one place.

Ours are the files and folders of the area table (`store/areas.py`), the folders
listed in `OWNED_FOLDERS`, the copies of damaged files it moved aside, and its own
temp files (see `atomic.TEMP_MARK`). A feature that keeps something new in the data
folder adds its folder to `OWNED_FOLDERS`. Everything else in the folder belongs to
the person: its names, contents and modes are never changed, and no symlink is
followed to change anything.

`claim(root)` runs when a store opens: it refuses a folder that holds other files and
nothing of ours (unless forced), makes ours private again, and removes temp files
that a process which has since died left half-written.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from resilience_tui.store.areas import AREAS
from resilience_tui.store.atomic import DIR_MODE, FILE_MODE, OLD_TEMP_MARK, TEMP_MARK, fix_mode, make_private_dir
from resilience_tui.store.errors import StoreError

# Folders whose whole contents are Resilience's. Later features add theirs here.
OWNED_FOLDERS = ("backups", ".locks", "templates", "crash-reports", "inbox", "cache")
# Files of the folder itself that are not an area's: the encryption keys (`store/keys.py`).
OWNED_FILES = ("keys.json",)
# Files an operating system or a sync service puts in any folder: they never make a folder someone else's.
LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".directory", ".stfolder", ".stignore"})

_YEAR_FILE = re.compile(r"\d+\.json")
_TEMP = re.compile(r"\.(?P<base>.+?)(?P<mark>" + re.escape(TEMP_MARK) + "|" + re.escape(OLD_TEMP_MARK)
                   + r")(?P<pid>\d+)-[0-9a-f]+")


class ForeignFolder(StoreError):
    """The data folder holds other files and nothing Resilience made."""

    def __init__(self, root: Path) -> None:
        super().__init__(f"{root} holds other files; choose an empty folder or one Resilience made. "
                         "To use it anyway, add --force.")


def temp_base(name: str) -> str | None:
    """The file a temp file name was written for (`.goals.json.resilience.tmp-12-ab` -> "goals.json"),
    or None if `name` is not named like a temp file."""
    found = _TEMP.fullmatch(name)
    return found.group("base") if found else None


def _is_copy_of(name: str, file_name: str) -> bool:
    """`goals.corrupt-20261130T120000.json` is the moved-aside copy of `goals.json`."""
    stem, dot, suffix = file_name.rpartition(".")
    return bool(dot) and name.startswith(f"{stem}.corrupt-") and name.endswith(f".{suffix}")


def _single_files() -> list[str]:
    return [area.file for area in AREAS.values() if not area.yearly]


def _yearly_folders() -> set[str]:
    return {area.file for area in AREAS.values() if area.yearly}


def _is_data_file(name: str, files: list[str]) -> bool:
    """One of `files`, or the moved-aside copy of one."""
    return name in files or any(_is_copy_of(name, file) for file in files)


def is_ours(name: str) -> bool:
    """Whether an entry named `name` directly in a data folder is one Resilience made (temp files aside)."""
    return (name in OWNED_FOLDERS or name in OWNED_FILES or name in _yearly_folders()
            or _is_data_file(name, _single_files()))


def claim(root: Path, *, force: bool = False) -> None:
    """Open `root` as the data folder: refuse someone else's, then make ours private and tidy.

    Raises ForeignFolder, before anything is changed, when `root` holds other files and
    nothing of ours, unless `force`. A missing or empty folder is made or used as it is.
    """
    names = os.listdir(root) if root.is_dir() else []
    ours = [name for name in names if is_ours(name)]
    if not force and not ours and any(name not in LITTER for name in names):
        raise ForeignFolder(root)
    make_private_dir(root)
    # The folder the person named is the data folder, even when that name is a link to it.
    fix_mode(Path(os.path.realpath(root)), DIR_MODE, folder=True)
    files, yearly = _single_files(), _yearly_folders()
    for name in names:
        path = root / name
        if name in OWNED_FOLDERS:
            _claim_tree(path)
        elif name in yearly:
            _claim_yearly(path)
        elif _is_data_file(name, files) or name in OWNED_FILES:
            fix_mode(path, FILE_MODE)
        elif temp_base(name) in files or temp_base(name) in OWNED_FILES:
            _claim_temp(path)


def _claim_yearly(folder: Path) -> None:
    """A yearly area's folder: the year files, their moved-aside copies and temp files are ours."""
    if not _is_real_dir(folder):
        return
    fix_mode(folder, DIR_MODE, folder=True)
    for name in os.listdir(folder):
        path = folder / name
        copy_of = name.split(".corrupt-")[0] + ".json" if name.endswith(".json") else ""
        if _YEAR_FILE.fullmatch(name) or _YEAR_FILE.fullmatch(copy_of):
            fix_mode(path, FILE_MODE)  # a year's file, or the moved-aside copy of one
        elif _YEAR_FILE.fullmatch(temp_base(name) or ""):
            _claim_temp(path)


def _claim_tree(top: Path) -> None:
    """A folder that is all ours: folders 0700, files 0600, dead writers' temp files removed; links skipped."""
    if not _is_real_dir(top):
        return
    fix_mode(top, DIR_MODE, folder=True)
    for folder, dirnames, filenames in os.walk(top):  # does not descend into links to folders
        base = Path(folder)
        for name in dirnames:
            fix_mode(base / name, DIR_MODE, folder=True)
        for name in filenames:
            if temp_base(name) is not None:
                _claim_temp(base / name)
            else:
                fix_mode(base / name, FILE_MODE)


def _claim_temp(path: Path) -> None:
    """A temp file of ours: removed if the process that wrote it has died, else kept (0600)."""
    found = _TEMP.fullmatch(path.name)
    try:
        regular = stat.S_ISREG(path.lstat().st_mode)
    except FileNotFoundError:
        return
    if found is None or not regular:
        return
    if not _pid_alive(int(found.group("pid"))):
        path.unlink(missing_ok=True)
    else:
        fix_mode(path, FILE_MODE)


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except FileNotFoundError:
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process, or not a process number at all: not ours to judge
    return True
