"""Crash reports: where an unexpected error happened in the program, never what the person wrote.

`write_crash_report(folder, error, where)` writes `<data folder>/crash-reports/crash-<time>.txt`
(the folder 0700, the file 0600, made new with O_EXCL) and returns its path, or None when it
could not be written (a read-only disk, no data folder yet). A report holds the version,
Python and the platform, the exception's type and, for each frame of its traceback and of
the exceptions chained to it, the file, line, function and source line. It holds no local
variables and no exception message: a message can quote a note, and locals hold records.
"""

from __future__ import annotations

import os
import platform
import traceback
from datetime import datetime
from pathlib import Path

from resilience_tui import __version__
from resilience_tui.store.atomic import FILE_MODE, make_private_dir

__all__ = ["CRASH_FOLDER", "KEEP_REPORTS", "crash_report_text", "write_crash_report"]

CRASH_FOLDER = "crash-reports"
KEEP_REPORTS = 20  # older reports are removed when a new one is written
_MAX_CHAIN = 10


def _type_name(error: BaseException) -> str:
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """The error and those chained to it, oldest first, each with how it follows the one before."""
    found: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(found) < _MAX_CHAIN:
        seen.add(id(current))
        older: BaseException | None = None
        link = ""
        if current.__cause__ is not None:
            older, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            older, link = current.__context__, _CONTEXT
        found.append((current, link))
        current = older
    return found[::-1]


def crash_report_text(error: BaseException, where: str, when: datetime | None = None) -> str:
    """The report for `error`: frames and types only, never a message or a local variable."""
    stamp = (when or datetime.now().astimezone()).isoformat(timespec="seconds")
    lines = [
        "Resilience crash report",
        f"version: {__version__}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"platform: {platform.platform()}",
        f"time: {stamp}",
        f"where: {where}",
        f"exception: {_type_name(error)}",
        "",
        "Only where in the program the error happened is written here: no notes, no messages,",
        "nothing typed, and not the error's own text (it can quote what was typed).",
        "",
    ]
    for number, (current, link) in enumerate(_chain(error)):
        if number:
            lines += ["", link, ""]
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(_type_name(current))
    return "\n".join(lines) + "\n"


def write_crash_report(folder: Path | None, error: BaseException, where: str) -> Path | None:
    """Write the report into `folder/crash-reports/`; its path, or None if it could not be written.

    Never raises: a crash report must not turn one failure into two.
    """
    try:
        if folder is None or not folder.is_dir():
            return None  # no data folder yet: none is made only to hold a report
        from resilience_tui.store.codec import codec_for

        codec = codec_for(folder)
        if codec is None:
            return None  # an encrypted folder nobody unlocked here: nothing is written in it plain
        reports = folder / CRASH_FOLDER
        if reports.is_symlink():
            return None  # never write through a link
        make_private_dir(reports)
        text = crash_report_text(error, where).encode("utf-8", "backslashreplace")
        path = _new_file(reports, codec.encode(text, CRASH_FOLDER))
        _prune(reports, keep=path)
        return path
    except Exception:  # noqa: BLE001 - whatever stops the report, the person still gets their one line
        return None


def _new_file(reports: Path, data: bytes) -> Path:
    base = f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}"  # names sort by time
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for attempt in range(100):
        path = reports / (f"{base}.txt" if attempt == 0 else f"{base}-{attempt + 1}.txt")
        try:
            fd = os.open(path, flags, FILE_MODE)
        except FileExistsError:
            continue
        try:
            if os.name == "posix":
                os.fchmod(fd, FILE_MODE)  # the mode given to open is cut by the umask
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            path.unlink(missing_ok=True)
            raise
        os.close(fd)
        return path
    raise FileExistsError(f"{reports}: no free report name")


def _prune(reports: Path, keep: Path) -> None:
    """Keep the newest reports; only files named as this module names them are removed."""
    ours = sorted(p for p in reports.iterdir() if p.name.startswith("crash-") and p.suffix == ".txt" and p.is_file()
                  and not p.is_symlink())
    for old in ours[: max(0, len(ours) - KEEP_REPORTS)]:
        if old != keep:
            old.unlink(missing_ok=True)
