"""Make a folder refuse to be written, even for root: `deny_writes_under(folder)` patches os.mkdir and os.open.

Used in-process (with monkeypatch) and in a subprocess (`python -m tests.cli.deny FOLDER ARGS...`).
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any


def deny_writes_under(folder: str | os.PathLike[str], patch: Any = None) -> None:
    """Creating anything in or under `folder`, or opening a file there for writing, fails with EACCES."""
    blocked = os.path.abspath(folder)
    real_mkdir, real_open = os.mkdir, os.open

    def inside(path: Any) -> bool:
        full = os.path.abspath(os.fsdecode(path))
        return full == blocked or full.startswith(blocked + os.sep)

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if inside(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        real_mkdir(path, *args, **kwargs)

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if inside(path) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    setter = patch.setattr if patch is not None else (lambda target, name, value: setattr(target, name, value))
    setter(os, "mkdir", mkdir)
    setter(os, "open", open_)


if __name__ == "__main__":
    deny_writes_under(Path(sys.argv[1]))
    from resilience_tui.cli import main

    raise SystemExit(main(sys.argv[2:]))
