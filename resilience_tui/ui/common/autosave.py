"""Saving as you type: one debounce helper for every editor, and the one door to draft storage.

`Autosave.schedule(values)` records what is on screen and (re)starts a short timer;
when it fires, or on `flush()` (leaving, closing, quitting, SIGTERM), `write(values)`
runs. A write that returns False keeps the values, so the next change or the next
flush tries again. Tests set `Autosave.delay` small instead of waiting.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from textual.message_pump import MessagePump
from textual.notifications import SeverityLevel
from textual.timer import Timer

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

Values = TypeVar("Values")

AUTOSAVE_SECONDS = 1.0


class Autosave(Generic[Values]):
    delay: ClassVar[float] = AUTOSAVE_SECONDS  # read at each change, so a test can set it at any time

    def __init__(self, owner: MessagePump, write: Callable[[Values], bool]) -> None:
        self._owner = owner
        self._write = write
        self._timer: Timer | None = None
        self.pending: Values | None = None  # typed but not written yet

    def schedule(self, values: Values) -> None:
        """Something changed: keep `values` and write them once typing pauses."""
        self.pending = values
        self._stop()
        self._timer = self._owner.set_timer(type(self).delay, self._fire)

    def flush(self) -> bool:
        """Write what is pending now. True when nothing is left unwritten."""
        self._stop()
        values, self.pending = self.pending, None
        if values is None:
            return True
        if self._write(values):
            return True
        if self.pending is None:
            self.pending = values  # kept in memory: tried again on the next change or flush
        return False

    def write_now(self, values: Values) -> bool:
        """Write these values at once (ctrl+s, closing); kept for another try if that fails."""
        self.pending = values
        return self.flush()

    def cancel(self) -> None:
        """Forget what is pending (it was saved another way, or put back)."""
        self._stop()
        self.pending = None

    def _fire(self) -> None:
        self._timer = None
        self.flush()

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None


class Drafts:
    """Where half-typed forms are kept between visits (`drafts.json`). The only UI code that touches them.

    A set of drafts, one per record, lives under `NAME:KEY` (for example `application:new`).

    A draft the disk refuses (full, read-only, busy) is not dropped: it is kept here in
    memory, `get` returns it, and it is written again with the next draft change and
    by `retry()` (the app calls it on quit, SIGTERM and SIGHUP). The person hears about
    it once through `notify`, and once more when it has landed.
    """

    def __init__(self, store: Store, notify: Callable[[str, SeverityLevel], object] | None = None) -> None:
        self._store = store  # the drafts file is opened on first use, not at start-up
        self._notify = notify
        self._waiting: dict[str, object] = {}  # name -> value not written yet (_GONE: a removal)
        self._told = False

    @property
    def waiting(self) -> bool:
        """True while a draft the disk refused is held only in memory."""
        return bool(self._waiting)

    def get(self, name: str) -> object | None:
        if name in self._waiting:
            value = self._waiting[name]
            return None if value is _GONE else value
        return self._store.drafts.get(name)

    def set(self, name: str, value: object) -> None:
        self._change(name, value)

    def delete(self, name: str) -> None:
        if self.get(name) is not None or name in self._waiting:
            self._change(name, _GONE)

    def retry(self) -> bool:
        """Write the drafts still waiting in memory. True when none is left waiting."""
        from resilience_tui.store.errors import StoreError

        try:
            drafts = self._store.drafts
            for name, value in list(self._waiting.items()):
                if value is _GONE:
                    drafts.delete(name)
                else:
                    drafts.set(name, value)
                del self._waiting[name]
        except StoreError as error:
            self._refused(error)
            return False
        if self._told:
            self._told = False
            self._say("Your draft is saved to the data folder now.", "information")
        return True

    def _change(self, name: str, value: object) -> None:
        self._waiting.pop(name, None)
        self._waiting[name] = value  # written with any other draft still waiting
        self.retry()

    def _refused(self, error: Exception) -> None:
        if self._told:
            return  # said once already; saying it at every pause in typing would only nag
        self._told = True
        if _disk_full(error):
            self._say("The disk is full, so your draft is kept in memory for now. "
                      "Free some space: it is saved again when you next type, and when you quit.", "warning")
        else:
            self._say("Your draft could not be written to the data folder, so it is kept in memory for now. "
                      "It is saved again when you next type, and when you quit.", "warning")

    def _say(self, message: str, severity: SeverityLevel) -> None:
        if self._notify is not None:
            self._notify(message, severity)

    # -- a set of drafts under one name, one per record (or "new") -------------------
    def get_in(self, name: str, key: str) -> object | None:
        return self.get(f"{name}:{key}")

    def set_in(self, name: str, key: str, value: object) -> None:
        self.set(f"{name}:{key}", value)

    def delete_in(self, name: str, key: str) -> None:
        """Forget one draft of the set; writes nothing if there was none."""
        self.delete(f"{name}:{key}")


_GONE = object()  # a draft whose removal is waiting to be written


def _disk_full(error: BaseException) -> bool:
    cause = error.__cause__
    return isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
