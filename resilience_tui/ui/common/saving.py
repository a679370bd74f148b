"""Saves that find the data folder locked by another window wait in a background thread.

`App.guard` first runs a store action on the UI thread, with a short wait for
the lock (`store.lock.first_lock_within`): when nothing else is saving, that is
the whole story, with no thread involved. When another process holds the lock,
`LockBusy` comes back before anything was written, and the action joins this
queue. One thread worker runs the queue in order: it tries each action again
with short waits (so the data file's in-memory lock is never held for long and
the screen can keep reading), up to the usual limit, while a "Saving…" notice
is shown. Then, on the UI thread, it runs the action's continuation (`then`),
or reports the error the way `guard` does.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import CancelledError
from dataclasses import dataclass

from textual.app import App
from textual.notifications import Notification, Notify

from resilience_tui.store.errors import LockBusy, StoreBusy, StoreError
from resilience_tui.store.lock import QUICK_SECONDS, WAIT_SECONDS, first_lock_within

SAVING_TITLE = "Saving…"
SAVING_MESSAGE = "Another Resilience window is saving. Yours is saved as soon as it has finished; you can carry on."
RETRY_PAUSE = 0.05


@dataclass
class PendingSave:
    action: Callable[[], object]
    then: Callable[[], None] | None
    failed: Callable[[StoreError], None] | None


def busy_error() -> StoreBusy:
    return StoreBusy("Another Resilience window is busy saving. Wait a moment and save again; your text is still here.")


class SaveQueue:
    """Store actions waiting for the lock, run in order by one thread worker."""

    def __init__(self, app: App, report: Callable[[StoreError, Callable[[StoreError], None] | None], None],
                 wait_seconds: float = WAIT_SECONDS) -> None:
        self.app = app
        self.report = report  # tells the person a save failed (on the UI thread)
        self.wait_seconds = wait_seconds
        self._pending: deque[PendingSave] = deque()
        self._current: PendingSave | None = None  # the one the worker is trying now
        self._idle = threading.Event()  # set while the worker is not trying a save
        self._idle.set()
        self._mutex = threading.Lock()
        self._running = False
        self.closed = False  # the app is closing: saves run where they are asked for
        self._notice: Notification | None = None

    @property
    def waiting(self) -> int:
        """How many saves are still waiting (none once the app is closing: `close` has run them)."""
        with self._mutex:
            return 0 if self.closed else len(self._pending) + (self._current is not None)

    def add(self, save: PendingSave) -> None:
        with self._mutex:
            self._pending.append(save)
            start, self._running = not self._running, True
        if start:
            self._show_notice()
            self.app.run_worker(self._run, name="save", group="saves", thread=True)

    def close(self) -> None:
        """The app is closing: let the save under way finish, then run the rest here, in order.

        Their continuations are not run (the screens are going); a failure is left
        to the draft savers, which run next and keep what was typed.
        """
        with self._mutex:
            self.closed = True
            rest = list(self._pending)
            self._pending.clear()
        self._idle.wait(self.wait_seconds + 1)
        for save in rest:
            try:
                save.action()
            except StoreError:
                pass

    # -- the worker ----------------------------------------------------------
    def _run(self) -> None:
        try:
            self._run_queue()
        except BaseException:  # a continuation failed: the queue must not stay stuck
            with self._mutex:
                self._running = False
                self._current = None
                self._idle.set()
            raise

    def _run_queue(self) -> None:
        while True:
            with self._mutex:
                if self._closed_now():
                    return
                save = self._current = self._pending.popleft() if self._pending else None
                if save is not None:
                    self._idle.clear()
            if save is None:
                if self._on_ui(self._stop_if_idle) is not False:
                    return  # idle (or the app has stopped)
                continue
            error = self._attempt(save)  # not cut short when the app closes: `close` waits for it
            with self._mutex:
                self._idle.set()
                closed = self._closed_now()
            if closed:
                return
            self._on_ui(self._finish, save, error)  # `waiting` counts it until its continuation has run
            with self._mutex:
                self._current = None

    def _closed_now(self) -> bool:
        """`closed` as it is now: `close` on the UI thread may set it while the worker runs
        (a method, so a check made earlier in the loop is not taken to still hold)."""
        return self.closed

    def _attempt(self, save: PendingSave) -> StoreError | None:
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                with first_lock_within(QUICK_SECONDS):
                    save.action()
                return None
            except LockBusy:
                if time.monotonic() >= deadline:
                    return busy_error()
                time.sleep(RETRY_PAUSE)
            except StoreError as error:
                return error

    def _on_ui(self, callback: Callable[..., object], *args: object) -> object:
        try:
            return self.app.call_from_thread(callback, *args)
        except (RuntimeError, CancelledError):
            return None  # the app has stopped

    # -- on the UI thread ----------------------------------------------------
    def _finish(self, save: PendingSave, error: StoreError | None) -> None:
        if error is not None:
            self.report(error, save.failed)
        elif save.then is not None:
            save.then()

    def _stop_if_idle(self) -> bool:
        """Called by the worker when the queue looks empty; serialised with `add` on the UI thread."""
        with self._mutex:
            if self._pending:
                return False
            self._running = False
        self._hide_notice()
        return True

    def _show_notice(self) -> None:
        self._notice = Notification(SAVING_MESSAGE, SAVING_TITLE, "information", timeout=WAIT_SECONDS + 5, markup=False)
        self.app.post_message(Notify(self._notice))

    def _hide_notice(self) -> None:
        notice, self._notice = self._notice, None
        if notice is not None and notice in self.app._notifications:
            self.app._unnotify(notice)
