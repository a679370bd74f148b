"""`u` brings back what was just deleted: one stack per screen, the same words everywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp

Record = TypeVar("Record")


@dataclass(frozen=True)
class Deletion(Generic[Record]):
    record: Record
    restore: Callable[[], object]  # puts the record back in the store
    restored: str  # what to say once it is back


class UndoStack(Generic[Record]):
    def __init__(self, app: Callable[[], ResilienceApp]) -> None:
        self._app = app  # looked up when needed: a screen's app is known only once it runs
        self._deleted: list[Deletion[Record]] = []

    def __len__(self) -> int:
        return len(self._deleted)

    def push(self, record: Record, restore: Callable[[], object], *, deleted: str, restored: str) -> None:
        """Remember a record just deleted, and say so: `deleted` is the sentence before "Press u ..."."""
        self._deleted.append(Deletion(record, restore, restored))
        self._app().notify(f"{deleted}. Press u to bring it back.", title="Deleted", markup=False)

    def undo(self) -> Record | None:
        """Bring back the newest deletion; the record when it is back, else None (and the person is told)."""
        app = self._app()
        if not self._deleted:
            app.notify("There is nothing to undo.", markup=False)
            return None
        last = self._deleted[-1]
        if not app.guard(last.restore):
            return None
        self._deleted.pop()
        app.notify(f"{last.restored}.", markup=False)
        return last.record
