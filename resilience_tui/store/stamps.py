"""A file's stamp: its inode, modification time in nanoseconds and size, or None when there is no file.

Every save is atomic (a new file renamed into place), so any save, by this process, another
window, a command or a sync service, gives the file a new stamp. The store compares stamps to
know when to read a file again; the saved summaries (`summary.py`, `prompt_cache.py`) keep them
to know when they are stale. Only `os` is imported: the shell prompt checks stamps without the store.
"""

from __future__ import annotations

import os

Stamp = tuple[int, int, int]


def file_stamp(path: str | os.PathLike[str]) -> Stamp | None:
    """(inode, mtime_ns, size) of `path` (a folder too), or None when nothing is there. Other errors
    (a file in the way of a folder, no permission) are raised."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return (found.st_ino, found.st_mtime_ns, found.st_size)
