"""SIGTERM, SIGHUP and SIGINT end the app at any moment, start-up included, and so does
closing its terminal window (the kernel sends SIGHUP).

The handlers are Python's own (`signal.signal`), set just before the app's loop starts, so
there is no gap between "the app is starting" and "the app listens". A signal asks the app
to save what is typed and exit. If the app has not ended within `GRACE` seconds of a signal,
or of starting to shut down (a terminal that has closed can leave Textual's output queue
full, and its shutdown waiting on it for ever), the process ends itself, after putting the
terminal back as it found it.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))
GRACE = 1.2  # seconds; the whole ending stays well inside two
RESTORE_WAIT = 0.2  # seconds to put the terminal back before ending regardless
RESET = "\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1003l\x1b[?1006l\x1b[?2004l"  # main screen, cursor, mouse and paste off


class Ending:
    """Turns the first ending signal into a clean exit, and a late one into a quick one."""

    def __init__(self, loop_of: Callable[[], Any], terminate: Callable[[], None]) -> None:
        self._loop_of = loop_of  # the app's running event loop, or None before it starts
        self._terminate = terminate  # saves what is typed and asks the app to exit
        self.caught: int | None = None  # the first signal caught, if any
        self._asked = False  # whether the app's loop was asked to end
        self._before: dict[int, Any] = {}
        self._armed = False
        self._finished = threading.Event()  # set once the app's run() has returned
        self._terminal = _terminal_state()

    def install(self) -> None:
        """From the main thread, before the app runs: from here on, every ending signal is heard."""
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in SIGNALS:
            try:
                self._before[sig] = signal.signal(sig, self._caught)
            except (OSError, ValueError):  # a platform that does not allow it
                continue

    def uninstall(self) -> None:
        """The app has ended: the handlers from before it ran come back."""
        self._finished.set()
        for sig, handler in self._before.items():
            signal.signal(sig, handler)
        self._before.clear()

    def started(self) -> None:
        """The app is mounted: a signal that came before its loop could hear it is acted on now."""
        if self.caught is not None and not self._asked:
            self._asked = True
            self._terminate()

    def _caught(self, signum: int, frame: FrameType | None) -> None:
        first = self.caught is None
        if first:
            self.caught = signum
            self._arm(128 + signum)
        loop = self._loop_of()
        if loop is not None and not self._asked:
            try:
                loop.call_soon_threadsafe(self._terminate)
                self._asked = True
            except RuntimeError:  # the loop has just closed: the app is on its way out
                pass

    def closing(self) -> None:
        """The app is shutting down: if that does not finish in time (a terminal that has gone
        away leaves Textual's output queue full), the process ends itself."""
        self._arm(0 if self.caught is None else 128 + self.caught)

    def _arm(self, code: int) -> None:
        if self._armed:
            return
        self._armed = True
        threading.Thread(target=self._last_resort, args=(code,), name="ending", daemon=True).start()

    def _last_resort(self, code: int) -> None:
        if self._finished.wait(GRACE):
            return  # the app ended in time
        # A terminal that has gone can block even this, so it gets a moment and no more.
        putting_back = threading.Thread(target=_restore, args=(self._terminal,), name="ending-terminal", daemon=True)
        putting_back.start()
        putting_back.join(RESTORE_WAIT)
        os._exit(code)


def _terminal_state() -> list[Any] | None:
    """The terminal's settings before the app changes them, to put back if the app cannot."""
    try:
        import termios

        return termios.tcgetattr(sys.__stdin__.fileno()) if sys.__stdin__ and sys.__stdin__.isatty() else None
    except (ImportError, OSError, ValueError):
        return None


def _restore(state: list[Any] | None) -> None:
    try:
        if sys.__stdout__ is not None and sys.__stdout__.isatty():
            os.write(sys.__stdout__.fileno(), RESET.encode())
        if state is not None and sys.__stdin__ is not None:
            import termios

            termios.tcsetattr(sys.__stdin__.fileno(), termios.TCSANOW, state)
    except (ImportError, OSError, ValueError):
        pass  # the terminal has gone: nothing to put back
