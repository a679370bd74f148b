"""Durable, atomic file writes: the old file or the new one, never half of either."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_MARK = ".tmp-"


class FileOps:
    """The system calls a save makes. Tests replace one of them on `ops` (a full disk,
    a failing rename) so that only the store's save path sees the fault, never `os` itself."""

    open = staticmethod(os.open)
    write = staticmethod(os.write)
    fsync = staticmethod(os.fsync)
    close = staticmethod(os.close)
    replace = staticmethod(os.replace)
    unlink = staticmethod(os.unlink)


ops = FileOps()


def temp_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}")


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new entry in `folder` survive a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = ops.open(folder, os.O_RDONLY)
    try:
        ops.fsync(fd)
    finally:
        ops.close(fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `path`, fsync it, rename it over `path`, fsync the folder.

    On any error the temp file is removed and the error is raised; `path` is untouched.
    """
    temp = temp_path_for(path)
    fd = ops.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        try:
            view = memoryview(data)
            while view:
                written = ops.write(fd, view)
                view = view[written:]
            ops.fsync(fd)
        finally:
            ops.close(fd)
        ops.replace(temp, path)
    except BaseException:
        try:
            ops.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    try:
        fsync_dir(path.parent)
    except OSError:
        # The new file is in place and complete; only the folder entry's flush failed.
        # Reporting "not saved" now would be untrue, so the save stands.
        pass


def make_private_dir(folder: Path) -> None:
    """Create `folder` readable by the owner alone, and any missing parents too, whatever the
    umask; parents that already existed keep their permissions."""
    missing = []
    step = folder
    while not step.exists() and step.parent != step:
        missing.append(step)
        step = step.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not new.is_dir():
                raise
            continue  # made meanwhile by someone else: not ours to change
        if os.name == "posix":
            os.chmod(new, DIR_MODE)  # mkdir's mode is cut by the umask
        fsync_dir(new.parent)
    if not folder.is_dir():
        folder.mkdir(mode=DIR_MODE)  # a file is in the way: FileExistsError names it
    if os.name == "posix" and folder.stat().st_mode & 0o777 != DIR_MODE:
        os.chmod(folder, DIR_MODE)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fix_permissions_and_leftovers(root: Path) -> None:
    """Folders 0700, files 0600, and temp files of processes that died mid-write removed."""
    if not root.is_dir():
        return
    for folder, _dirnames, filenames in os.walk(root):
        base = Path(folder)
        if os.name == "posix" and base.stat().st_mode & 0o777 != DIR_MODE:
            os.chmod(base, DIR_MODE)
        for name in filenames:
            path = base / name
            if TEMP_MARK in name and name.startswith("."):
                pid_text = name.rsplit(TEMP_MARK, 1)[1].split("-", 1)[0]
                if pid_text.isdigit() and not _pid_alive(int(pid_text)):
                    path.unlink(missing_ok=True)
                    continue
            try:
                mode = path.lstat().st_mode
            except FileNotFoundError:
                continue
            if os.name == "posix" and not _is_link(mode) and mode & 0o777 != FILE_MODE:
                os.chmod(path, FILE_MODE)


def _is_link(mode: int) -> bool:
    import stat

    return stat.S_ISLNK(mode)
