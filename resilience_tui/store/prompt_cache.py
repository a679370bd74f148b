"""The line `status --prompt` printed last, kept with what it was made from, so that a prompt drawn
again before anything changed reads one small file instead of the data.

`cache/prompt-line.json` in the data folder holds the line (counts only, never the person's words),
the day it was made for, the version of Resilience that made it, and the stamp of every file the
store opened to make it (stamps.py: inode, modification time and size, or "not there") and of
the folders holding them. An atomic save puts a new file in place, so a save by the app, another
window, a command or a sync service changes a stamp, and a copy added beside a file changes its
folder's. Any difference, a new day, or a file that cannot be read means the line is made again from
the data. Checking needs only `os` and `json`: no store, no records, no dates to parse.

A prompt must never complain about its cache: failing to read or write it is the same as having
none. Problems with the data itself (a damaged file set aside, a warning) are reported on stderr as
ever, and a line made while there were any is not kept, so they are reported again next time.
"""

from __future__ import annotations

import json
import os

from resilience_tui import __version__
from resilience_tui.store.stamps import file_stamp

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: `status --prompt` the quick way uses this module
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

CACHE_FOLDER = "cache"  # shared with the saved summaries of screens (one of the folders the store owns)
CACHE_FILE = "prompt-line.json"
FORMAT = 2


def cache_file(folder: str | Path) -> str:
    """Where the line is kept in the data folder `folder`."""
    return os.path.join(folder, CACHE_FOLDER, CACHE_FILE)


def _stamp(path: str) -> list[int] | None:
    """The file's stamp (stamps.py) as kept in JSON; an error reading it is raised, and means no kept line."""
    found = file_stamp(path)
    return list(found) if found is not None else None


def cached_line(folder: str | Path, day: str) -> str | None:
    """The line kept for `day`, if nothing it was made from has changed since; None otherwise."""
    try:
        with open(cache_file(folder), encoding="utf-8") as kept:
            cache = json.load(kept)
        if (cache["format"], cache["version"], cache["day"]) != (FORMAT, __version__, day):
            return None
        for path, was in cache["files"]:
            if _stamp(path) != was:
                return None
        line = cache["line"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return line if isinstance(line, str) else None


def keep_line(folder: Path, day: str, files: Iterable[Path], line: str) -> None:
    """Keep `line`, made on `day` from `files` (each file the store opened, there or not)."""
    from resilience_tui.store.atomic import make_private_dir, write_bytes_atomic

    target = cache_file(folder)
    paths = {str(path) for path in files}
    paths |= {os.path.dirname(path) for path in paths} | {str(folder)}
    try:
        make_private_dir(os.path.dirname(target))  # first, so that making it is not a change to the data folder
        cache = {"format": FORMAT, "version": __version__, "day": day, "line": line,
                 "files": [[path, _stamp(path)] for path in sorted(paths)]}
        write_bytes_atomic(target, json.dumps(cache, ensure_ascii=True).encode("ascii"))
    except OSError:
        pass  # a read-only or full disk: the next prompt makes the line again


def forget(folder: str | Path) -> None:
    """Remove the kept line (a folder turned encrypted keeps nothing in plain text)."""
    try:
        os.unlink(cache_file(folder))
    except OSError:
        pass
