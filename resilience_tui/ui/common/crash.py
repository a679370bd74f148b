"""What the app does with an error no one expected: close, keep drafts, say one line, leave a report.

Textual's own handling prints a traceback with every frame's local variables once the
app has closed; those locals hold the person's notes. The app hands its errors here
instead: a crash report of frames only goes into the data folder (see
`store.crash_report`), and after the terminal is restored one line says what happened
and where the report is.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.domain.visible import visible
from resilience_tui.store.crash_report import write_crash_report

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp

CLOSED = "something went wrong and Resilience had to close. Everything saved is safe."


def crash_line(report: Path | None) -> str:
    """The one line the person reads once the app has closed."""
    where = f" A report for the developers is at {report}." if report is not None else ""
    return visible(f"resilience: {CLOSED}{where}")


def close_after_crash(app: ResilienceApp, error: Exception) -> None:
    """Record the first unexpected error, write its report and close the app (drafts are kept on the way out)."""
    app._return_code = 1
    if app._exception is None:
        # Kept as Textual keeps it, so `run_test` raises it again and a crashing test still fails.
        app._exception = error
        app._exception_event.set()
    if app.crash_message is None:
        folder = None if app.demo else app.store.root  # the demo's folder is removed on exit
        app.crash_message = crash_line(write_crash_report(folder, error, "the app"))
    app._close_messages_no_wait()


def print_crash_message(app: ResilienceApp) -> None:
    """After the terminal is restored: the one line, and nothing Textual meant to print about the error."""
    message, app.crash_message = app.crash_message, None
    app._exit_renderables.clear()
    if message is not None:
        print(message, file=sys.stderr, flush=True)
