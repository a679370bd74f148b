"""The one place every `resilience` command runs: the data folder, the store, and every error as one line.

`run_command(action, args)` resolves the data folder (`--data-dir`, then
RESILIENCE_TUI_DATA_DIR, then the platform's folder), hands the command a
`Context` whose store is opened on first use (so bad usage is refused before
anything is written), and turns whatever goes wrong into one plain line on
stderr and exit code 1. No traceback reaches the person; an error no one expected
leaves a crash report (frames only, no text) in the data folder and names it.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resilience_tui.commands import EXIT_FAILED

if TYPE_CHECKING:
    from resilience_tui.store.keys import Unlocked
    from resilience_tui.store.store import Store

__all__ = ["Context", "describe_os_error", "run_command"]


class Context:
    """What a command gets: its arguments, the data folder, and the store, opened when first asked for."""

    def __init__(self, args: argparse.Namespace, folder: Path) -> None:
        self.args = args
        self.folder = folder
        self._store: Store | None = None
        self.unlocked: Unlocked | None = None  # the keys, once an encrypted folder was opened
        self._reported = 0
        self._warned = 0
        self._noticed = 0

    @property
    def store(self) -> Store:
        """The store on the data folder; opening it creates the folder if needed.

        An encrypted folder asks for the passphrase (or reads --passphrase-file), then merges
        the records the shell sealed into its inbox meanwhile."""
        if self._store is None:
            from resilience_tui.store.codec import is_encrypted
            from resilience_tui.store.store import Store

            codec = None
            if is_encrypted(self.folder):
                codec = self._unlock()
            # A file of a newer version fails the command (reads too), rather than reading as empty;
            # each area opens when the command first uses it.
            self._store = Store(self.folder, force=getattr(self.args, "force", False), newer_reads_fail=True,
                                codec=codec, eager=False)
            if self.unlocked is not None:
                from resilience_tui.services.inbox import merge_inbox

                merge_inbox(self._store, self.unlocked.inbox_private)
        return self._store

    def _unlock(self) -> Any:
        from resilience_tui.commands.secret_input import ask_passphrase
        from resilience_tui.store.keys import read_keys, unlock

        keyfile = read_keys(self.folder)
        self.unlocked = unlock(keyfile, ask_passphrase(self.args))
        return self.unlocked.codec()

    def add_record(self, area: str, record: Any, add: Callable[[Store], Any] | None = None) -> Any:
        """Add one new record: to the store, or, on an encrypted folder not unlocked here, sealed into
        its inbox without the passphrase (merged when it is next unlocked). Returns the stored record,
        or None when it was sealed. `add(store)` adds it another way (a goal goes to the top of its column).

        A command that only adds opts in with this one call instead of `store.<area>.add(record)`."""
        from resilience_tui.store.codec import is_encrypted

        if self._store is None and is_encrypted(self.folder):
            from resilience_tui.store.inbox import seal_record

            seal_record(self.folder, area, record.to_dict())
            return None
        return add(self.store) if add is not None else self.store.repository(area).add(record)

    @property
    def store_opened(self) -> bool:
        return self._store is not None

    def report_problems(self) -> None:
        """Tell the person, on stderr, about damaged files the store set aside, its warnings and merged copies (each once)."""
        from resilience_tui.domain.visible import visible

        if self._store is None:
            return
        for problem in self._store.problems[self._reported:]:
            print(f"resilience: {visible(problem.message)}", file=sys.stderr)
        self._reported = len(self._store.problems)
        for warning in self._store.warnings[self._warned:]:
            print(f"resilience: {visible(warning)}", file=sys.stderr)
        self._warned = len(self._store.warnings)
        for notice in self._store.notices[self._noticed:]:  # conflict copies of a synced folder, merged
            print(f"resilience: {visible(notice)}", file=sys.stderr)
        self._noticed = len(self._store.notices)


def run_command(action: Callable[[Context], int], args: argparse.Namespace) -> int:
    """Run `action` on a fresh `Context`; every failure becomes one line on stderr and EXIT_FAILED."""
    from resilience_tui.paths import data_dir
    from resilience_tui.store.errors import StoreError

    folder: Path | None = None
    try:
        folder = data_dir(args.data_dir)
        return action(Context(args, folder))
    except StoreError as error:
        return _fail(error.message)
    except BrokenPipeError:
        # The reader of our output went away (e.g. `resilience goal list | head`): nothing to say.
        _silence_stdout()
        return EXIT_FAILED
    except OSError as error:
        return _fail(describe_os_error(error, folder))
    except KeyboardInterrupt:
        return _fail("stopped before finishing. Anything already confirmed as saved is kept.")
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        return _fail(_unexpected(error, folder, getattr(args, "command", None)))


def _unexpected(error: Exception, folder: Path | None, command: str | None) -> str:
    """The line for an error no one expected: its type and where its crash report is, never its text
    (the text can quote what the person wrote)."""
    from resilience_tui.store.crash_report import write_crash_report

    report = write_crash_report(folder, error, f"the {command} command" if command else "the app")
    where = f" A report for the developers is at {report}." if report is not None else ""
    return f"something went wrong that should not have ({type(error).__name__}). Your saved data was not changed by it.{where}"


def describe_os_error(error: OSError, folder: Path | None) -> str:
    """An operating-system error in plain words, naming the file or folder it is about."""
    where = Path(os.fsdecode(error.filename)) if error.filename is not None else folder
    about_data_folder = where is None or where == folder
    if where is None:
        place = "the data folder"
    elif where == folder:
        place = f"the data folder {where}"
    else:
        place = str(where)
    code = error.errno
    if isinstance(error, NotADirectoryError) or code == errno.ENOTDIR:
        reason = "part of that path is a file, not a folder"
    elif isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM):
        reason = "this user is not allowed to read or write there. Check its permissions"
    elif isinstance(error, FileExistsError):
        reason = "something is already there"
    elif isinstance(error, FileNotFoundError):
        reason = "it does not exist"
    elif code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        reason = "the disk is full. Free some space, then try again"
    elif code == errno.EROFS:
        reason = "the disk is read-only"
    elif code == errno.ELOOP:
        reason = "it goes through a symbolic link, which Resilience does not follow"
    else:
        reason = (error.strerror or str(error) or type(error).__name__).rstrip(".")
    hint = " You can choose another folder with --data-dir." if about_data_folder else ""
    return f"{place} could not be used: {reason}.{hint}"


def _fail(message: str) -> int:
    from resilience_tui.domain.visible import visible

    text = visible(" ".join(message.split()))  # one line, whatever the message held, no control characters
    print(f"resilience: {text}", file=sys.stderr)
    return EXIT_FAILED


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
