"""The person's own editor ($VISUAL or $EDITOR), and the private folder that holds text while it is open there.

Used by the Journal screen and by `resilience write`. The folder lives outside
the data folder (a synced data folder never uploads it): in $XDG_RUNTIME_DIR
when that is set, else the system temporary folder, in a subfolder
`resilience-tui-<uid>` that is ours alone (0700, never a symlink). Files in it
are 0600 and named `<pid>-...`, so files left by a run that crashed are told
apart from those of a run still open, and removed at the next start
(`tidy_after_crash`, in the background) and at the next edit.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_OWNER = re.compile(r"^\.?(\d+)-")


def editor_command() -> list[str] | None:
    """The editor the person chose: $VISUAL first, then $EDITOR (split like a shell would)."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                parts = shlex.split(value)
            except ValueError:
                parts = value.split()
            if parts:
                return parts
    return None


@contextmanager
def interrupts_go_to_the_editor() -> Iterator[None]:
    """ctrl+c and ctrl+\\ in the editor are for the editor: this process waits on (as system(3) does).

    A do-nothing handler rather than SIG_IGN, so the editor itself still gets the default.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {sig: signal.signal(sig, _ignore) for sig in (signal.SIGINT, signal.SIGQUIT)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def _ignore(signum: int, frame: object) -> None:
    """Let the signal pass: it was meant for the editor."""


def private_folder() -> tuple[Path, bool]:
    """The folder for the editor's file, and whether it is a one-off to remove after the edit."""
    base = _base()
    folder = base / f"resilience-tui-{os.getuid()}"
    for _ in range(2):
        created = _make(folder)
        info = os.lstat(folder)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid():
            if stat.S_IMODE(info.st_mode) == 0o700:
                return folder, False
            if created:  # a umask took bits away (or added none we want): set them exactly
                os.chmod(folder, 0o700, follow_symlinks=False)
                return folder, False
        try:
            _remove(folder)  # a symlink, a file, someone else's, or open to others: never use it
        except OSError:
            break
    # What is there cannot be removed (someone else's): a fresh folder of our own instead.
    return Path(tempfile.mkdtemp(prefix=f"resilience-tui-{os.getuid()}-", dir=base)), True


def new_file(folder: Path, text: str, name: str) -> Path:
    """A new 0600 file in `folder` holding `text` (never following a planted link)."""
    fd, path = tempfile.mkstemp(prefix=f"{os.getpid()}-{name}-", suffix=".md", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass", newline="") as handle:
        handle.write(text)
    return Path(path)


def remove_leftovers(folder: Path, keep_live: bool = True) -> None:
    """Remove what a run that is no longer open left behind (swap and backup files too)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = _OWNER.match(entry.name)
        if keep_live and match and _running(int(match.group(1))):
            continue
        try:
            _remove(Path(entry.path))
        except OSError:
            pass


def tidy_after_crash() -> None:
    """At start: remove what runs that are gone left in the private folder. Never makes the folder,
    never follows a link, and leaves the files of runs still open (this one's included) alone."""
    folder = _base() / f"resilience-tui-{os.getuid()}"
    try:
        info = os.lstat(folder)
        entries = list(os.scandir(folder)) if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() else []
    except OSError:
        return
    for entry in entries:
        match = _OWNER.match(entry.name)
        pid = int(match.group(1)) if match else None
        if pid is None or pid == os.getpid() or _running(pid):
            continue  # not named by a run, or a run still open: not for this tidy to judge
        try:
            _remove(Path(entry.path))
        except OSError:
            pass


def remove_own(folder: Path, path: Path) -> None:
    """Remove the edited file and anything the editor made beside it (swap, backup)."""
    stem = path.name.removesuffix(".md")
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if stem in entry.name:
            try:
                _remove(Path(entry.path))
            except OSError:
                pass


def _base() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        return Path(runtime)
    return Path(tempfile.gettempdir())


def _make(folder: Path) -> bool:
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        return False
    return True


def _remove(path: Path) -> None:
    info = os.lstat(path)
    if stat.S_ISDIR(info.st_mode):
        shutil.rmtree(path)  # removes links inside, never what they point to
    else:
        os.unlink(path)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # one edit at a time here: anything of ours is from an edit that went wrong
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
