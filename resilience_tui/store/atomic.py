"""Durable, atomic file writes: the old file or the new one, never half of either."""

from __future__ import annotations

import errno
import os
import stat

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the quick commands (quick/) use this module
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import TypeVar

    P = TypeVar("P", str, Path)

# Paths are taken as `str` or `Path` and given back as they came, through os.path alone: importing
# pathlib would cost every quick command a few milliseconds.

FILE_MODE = 0o600
DIR_MODE = 0o700
# A temp file is `.<name>.resilience.tmp-<pid>-<hex>` beside the file it replaces: a marker no other
# program uses, so only Resilience's own leftovers are ever removed. Older versions wrote
# `.<name>.tmp-<pid>-<hex>`; those are recognised only when <name> is one of the data folder's files.
TEMP_MARK = ".resilience.tmp-"
OLD_TEMP_MARK = ".tmp-"


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


def _like(path: P, text: str) -> P:
    """`text` as the same kind of path as `path`."""
    return text if isinstance(path, str) else type(path)(text)


def _parent(path: str | Path) -> str:
    return os.path.dirname(path) or "."


def temp_path_for(path: P) -> P:
    folder, name = os.path.split(path)
    return _like(path, os.path.join(folder, f".{name}{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}"))


def fsync_dir(folder: str | Path) -> None:
    """Make a rename or a new entry in `folder` survive a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = ops.open(folder, os.O_RDONLY)
    try:
        ops.fsync(fd)
    finally:
        ops.close(fd)


def link_target(path: P) -> P:
    """Where a write to `path` lands: `path` itself, or the file a symlink at `path` points to.

    A link to a missing file (or to something that is not a file) raises ELOOP naming `path`:
    nothing is ever created through a link.
    """
    if not os.path.islink(path):
        return path
    target = _like(path, os.path.realpath(path))
    try:
        is_file = stat.S_ISREG(os.lstat(target).st_mode)
    except OSError:
        is_file = False
    if not is_file:
        raise OSError(errno.ELOOP, "a link to a file that is not there", str(path))
    return target


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to a temp file beside `path`, fsync it, rename it over `path`, fsync the folder.

    If `path` is a symlink to a file, that file is replaced the same way (the temp file beside
    it) and the link stays a link. On any error the temp file is removed and the error is
    raised; `path` is untouched.
    """
    write_chunks_atomic(path, (data,))


def write_chunks_atomic(path: str | Path, chunks: Iterable[bytes]) -> None:
    """`write_bytes_atomic` for data made piece by piece: each chunk is written as it comes, so
    the whole never sits in memory. An error while making a chunk (or cancelling) leaves `path`
    untouched and no temp file."""
    path = link_target(os.fspath(path))
    temp = temp_path_for(path)
    fd = ops.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        try:
            for data in chunks:
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
        fsync_dir(_parent(path))
    except OSError:
        # The new file is in place and complete; only the folder entry's flush failed.
        # Reporting "not saved" now would be untrue, so the save stands.
        pass


def make_private_dir(folder: str | Path) -> None:
    """Create `folder` readable by the owner alone, and any missing parents too, whatever the
    umask; parents that already existed keep their permissions."""
    missing = []
    step = os.fspath(folder)
    while not os.path.exists(step) and os.path.dirname(step) != step:
        missing.append(step)
        step = os.path.dirname(step)
    for new in reversed(missing):
        try:
            os.mkdir(new, DIR_MODE)
        except FileExistsError:
            if not os.path.isdir(new):
                raise
            continue  # made meanwhile by someone else: not ours to change
        if os.name == "posix":
            os.chmod(new, DIR_MODE)  # mkdir's mode is cut by the umask
        fsync_dir(_parent(new))
    if not os.path.isdir(folder):
        os.mkdir(folder, DIR_MODE)  # a file is in the way: FileExistsError names it
    fix_mode(folder, DIR_MODE, folder=True)  # never through a link


def fix_mode(path: str | Path, mode: int, *, folder: bool = False) -> None:
    """Set the permission bits of the plain file (or, with `folder`, the folder) at `path` to `mode`,
    never through a symlink.

    It is opened with O_NOFOLLOW and changed through that descriptor, so a link put in its
    place meanwhile is not followed. Anything else at `path` is left alone, and so is what
    this user may not change.
    """
    if os.name != "posix":
        return
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    is_kind = stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)
    if not is_kind or stat.S_IMODE(info.st_mode) == mode:
        return
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except PermissionError:  # a file its owner cannot read (mode 000): a link is never opened for reading
        if os.path.islink(path):
            return
        try:
            os.chmod(path, mode)
        except OSError:
            pass
        return
    except OSError:  # gone, or a link now
        return
    try:
        opened = os.fstat(fd)
        if (opened.st_dev, opened.st_ino) == (info.st_dev, info.st_ino):
            os.fchmod(fd, mode)
    except PermissionError:
        pass  # someone else's file: not ours to change
    finally:
        os.close(fd)
