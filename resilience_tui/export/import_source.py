"""Reading a file to import: a plain file of a sane size, parsed, nested no deeper than ours.

Anything else is refused with `ImportRefused` before the data folder is touched:
a folder, a device such as /dev/zero, a named pipe (opening one to read would wait
for a writer), a file over `MAX_IMPORT_BYTES`, and JSON nested deeper than the
parser can follow (about 1,000 levels) or, inside one record or setting, deeper
than `MAX_DEPTH` (such a value could not be saved or read back reliably).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from resilience_tui.export import ImportRefused

# Thirty years of notes export to about 16 MB; a file of many times that is not ours.
MAX_IMPORT_BYTES = 256 * 1_000_000
# Levels inside one record or setting value. Ours use at most three (a goal's steps).
MAX_DEPTH = 32
_CHUNK = 4 * 1024 * 1024
_NOTHING = "Nothing was changed."


def size_words(size: int) -> str:
    """A file size in plain words: "256 MB", "16.4 MB", "812 KB"."""
    if size >= 100_000_000:
        return f"{size / 1_000_000:.0f} MB"
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"


def read_import_file(path: Path, announce: Callable[[int], None] | None = None) -> object:
    """The parsed contents of the file at `path`; `announce(size)` is called before it is read."""
    return parse_json(read_import_bytes(path, announce), str(path))


def read_import_bytes(path: Path, announce: Callable[[int], None] | None = None) -> bytes:
    """The bytes of a plain file, refused with one plain message if it is anything else or too big."""
    try:
        # O_NONBLOCK: a named pipe opens at once (and is then refused) instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ImportRefused(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise ImportRefused(f"{path} is a folder. Give the export file itself. {_NOTHING}") from None
    except OSError as error:
        raise ImportRefused(f"{path} could not be read ({error.strerror or error}). {_NOTHING}") from None
    try:
        mode = os.fstat(fd)
        if stat.S_ISDIR(mode.st_mode):
            raise ImportRefused(f"{path} is a folder. Give the export file itself. {_NOTHING}")
        if not stat.S_ISREG(mode.st_mode):
            raise ImportRefused(f"{path} is not a plain file (it is a device, a pipe or a socket), so it was "
                                f"not imported. Give the export file itself. {_NOTHING}")
        if mode.st_size > MAX_IMPORT_BYTES:
            raise _too_big(path)
        if announce is not None:
            announce(mode.st_size)
        return _read_all(fd, path)
    except OSError as error:
        raise ImportRefused(f"{path} could not be read ({error.strerror or error}). {_NOTHING}") from None
    finally:
        os.close(fd)


def _read_all(fd: int, path: Path) -> bytes:
    """Read to the end, never more than the limit (the file may grow while it is read)."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, _CHUNK)
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > MAX_IMPORT_BYTES:
            raise _too_big(path)
        parts.append(chunk)


def _too_big(path: Path) -> ImportRefused:
    return ImportRefused(f"{path} is larger than {size_words(MAX_IMPORT_BYTES)}, many times what thirty years of "
                         f"notes take, so it was not imported. Check that it is the right file. {_NOTHING}")


def nested_too_deep(source: str) -> ImportRefused:
    return ImportRefused(f"{source} is nested deeper than any file Resilience writes, so it was not imported. "
                         f"It may be damaged, or not an export. {_NOTHING}")


def parse_json(data: bytes, source: str) -> object:
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ImportRefused(f"{source} is not a JSON file (or it is damaged), so it was not imported. {_NOTHING}") from None
    except RecursionError:
        raise nested_too_deep(source) from None
    except MemoryError:
        raise ImportRefused(f"{source} is too big to read in the memory this computer has free. {_NOTHING}") from None


def too_deep(value: object, limit: int = MAX_DEPTH) -> bool:
    """True if lists and objects inside `value` nest more than `limit` levels (one level at a time, no recursion)."""
    level: list[Any] = [value] if isinstance(value, (dict, list)) else []
    depth = 0
    while level:
        if depth > limit:
            return True
        inner: list[Any] = []
        for item in level:
            children = item.values() if isinstance(item, dict) else item
            inner.extend([child for child in children if isinstance(child, (dict, list))])
        level = inner
        depth += 1
    return False
