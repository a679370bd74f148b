"""An exclusive lock on a separate lock file, held for one read-modify-write.

`first_lock_within(seconds)` lets a caller try a store action without waiting
long: inside it, the first lock the thread takes waits at most `seconds` and
raises `LockBusy` if another process holds it. Nothing has been written at
that point, so the same action can simply be run again later (the app does so
in a background thread while the screen stays usable). Locks taken after the
first one wait as usual, so an action never stops half-way because of it.
"""

from __future__ import annotations

import _thread  # threading's `local` itself: the shell's quick commands need not import threading
import errno
import os
import stat
import sys
import time

from resilience_tui.store.errors import LockBusy, LockInTheWay, StoreBusy

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy reads the name as it does that one)

if TYPE_CHECKING:
    from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt
else:  # POSIX
    import fcntl

WAIT_SECONDS = 10.0
QUICK_SECONDS = 0.05  # how long a first try waits before the app waits in the background instead

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a pipe put where the lock file goes must not hang the open

_local = _thread._local()


def first_lock_within(seconds: float = QUICK_SECONDS) -> _FirstLockWithin:
    """In this thread, the first lock taken inside the block waits at most `seconds` (then LockBusy)."""
    return _FirstLockWithin(seconds)


class _FirstLockWithin:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.previous: float | None = None

    def __enter__(self) -> None:
        self.previous = getattr(_local, "first_wait", None)
        _local.first_wait = self.seconds

    def __exit__(self, *exc_info: object) -> None:
        _local.first_wait = self.previous


def _first_wait() -> float | None:
    wait: float | None = getattr(_local, "first_wait", None)
    return wait


class FileLock:
    """`with FileLock(path):` blocks other processes (and other FileLocks) on the same path."""

    def __init__(self, path: str | Path, timeout: float = WAIT_SECONDS) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None

    def __enter__(self) -> FileLock:
        fd = _open_lock_file(self.path)
        quick = _first_wait()
        deadline = time.monotonic() + (self.timeout if quick is None else min(quick, self.timeout))
        delay = 0.001
        while True:
            try:
                _lock(fd)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    if quick is not None:
                        raise LockBusy("Another Resilience window is saving; this save waits for it.") from None
                    raise StoreBusy(
                        "Another Resilience window is busy saving. Wait a moment and save again; "
                        "your text is still here."
                    ) from None
                time.sleep(max(0.0, min(delay, deadline - time.monotonic())))
                delay = min(delay * 2, 0.05)
        if quick is not None:
            _local.first_wait = None  # taken: the locks after this one wait as usual
        self._fd = fd
        return self

    def __exit__(self, *exc_info: object) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                _unlock(fd)
            finally:
                os.close(fd)


def _open_lock_file(path: str | Path) -> int:
    """Open (or make, 0600) the lock file itself: never through a link, never a folder or a pipe."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | _NONBLOCK, 0o600)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EISDIR, errno.EMLINK, errno.ENXIO):  # EMLINK: a link, on BSD
            raise LockInTheWay(error.errno, "something is in the way of the lock file", str(path)) from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LockInTheWay(errno.EEXIST, "something is in the way of the lock file", str(path))
    return fd


def _lock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
