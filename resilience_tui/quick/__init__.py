"""The quick way for the shell's everyday one-liners.

`checkin`, `write`, `win`, `goal add`, `goal list` and `app add`, in their plain forms on a plain
(not encrypted) data folder, run here on the data files' JSON directly, importing little more
than `os`, `json` and `datetime`. The full command line (argparse, pathlib, the domain records
and the store) takes longer to import than such a command takes to run.

Whatever this way cannot be sure of, it leaves alone: an option it does not know, a value that
needs a closer look, a file that is missing, damaged, of another version or encrypted, a sync
service's conflict copy beside it, something in the way of a backup. `run` then returns None
before anything is written, and the full command runs as ever, with its own messages. What
it writes and prints is what the full command writes and prints: tests/quick/ compare the two.
"""

from __future__ import annotations

import sys

from resilience_tui.quick.form import read_form

# Each quick command and its module in resilience_tui/quick/ (run(form) -> exit code).
MODULES = {"checkin": "checkin", "write": "write", "win": "write", "goal add": "goal", "goal list": "goal",
           "app add": "app", "status": "status"}


def run(argv: list[str]) -> int | None:
    """The exit code of the command `argv` names, done the quick way; None when the full command must run."""
    form = read_form(argv)
    if form is None or form.command not in MODULES:
        return None
    from resilience_tui.quick.outcome import NotQuick, Saved

    full = f"resilience_tui.quick.{MODULES[form.command]}"
    __import__(full)
    Saved.done = False
    try:
        return int(sys.modules[full].run(form))
    except NotQuick:
        return None
    except BaseException as error:
        if not Saved.done and isinstance(error, Exception):
            return None  # nothing was written: the full command runs, and says what is wrong if it still is
        return _stopped(error)


def _stopped(error: BaseException) -> int:
    """What the full command does with an error it did not expect, or with ctrl-c."""
    from resilience_tui.commands import EXIT_FAILED
    from resilience_tui.commands.context import _fail, _silence_stdout

    if isinstance(error, BrokenPipeError):
        _silence_stdout()
        return EXIT_FAILED
    if isinstance(error, KeyboardInterrupt):
        return _fail("stopped before finishing. Anything already confirmed as saved is kept.")
    if isinstance(error, Exception):
        return _fail(f"it is saved, but something went wrong while confirming it ({type(error).__name__}).")
    raise error
