"""The Reflection screen's home view: the list of worksheets and the line counting them.

What the list shows comes from three files (worksheets, applications, feedback) and the
day; while none of them changed, showing the list again reads and redraws nothing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from resilience_tui.store.store import Store
from resilience_tui.ui.reflection.presenter import row_for
from resilience_tui.ui.reflection.worksheet_list import ReflectionList

if TYPE_CHECKING:
    from resilience_tui.ui.reflection.screen import ReflectionScreen

NONE_YET = ("No worksheets yet, and there's no hurry. When you feel ready, press n to look back at an "
            "interview: what happened, what went well, and one or two small things to take forward.")


def _made_of(store: Store, today: date) -> tuple[object, ...]:
    """What the rows were made of: the day, and the generation (bumped whenever its records change) of each
    file read so far. A file not read yet did not go into a row: a worksheet that needs it changes the worksheets."""
    files = (store.reflections.file, store.applications.file, store.feedback.file)
    return (today, *(file.generation if file.loaded else None for file in files))


def _same(drawn: tuple[object, ...], now: tuple[object, ...]) -> bool:
    return all(was is None or was == is_ for was, is_ in zip(drawn, now, strict=True))


class WorksheetHome:
    def __init__(self, screen: ReflectionScreen) -> None:
        self.screen = screen
        self._drawn: tuple[object, ...] | None = None  # what the list was last drawn from

    def refresh(self, keep: str | None = None) -> None:
        """Show the worksheets, newest first, keeping `keep` (or the one highlighted) highlighted."""
        screen = self.screen
        store = screen.app.store
        listing = screen.query_one(ReflectionList)
        today = screen.app.now().date()
        if self._drawn is not None and _same(self._drawn, _made_of(store, today)):
            if keep is not None and keep != (listing.current.id if listing.current else None):
                listing.show(listing.rows, today, keep)
            return
        reflections = sorted(store.reflections.all(), key=lambda r: r.updated_at, reverse=True)
        listing.show([row_for(store, r) for r in reflections], today, keep)
        self._drawn = _made_of(store, today)  # after the rows: making them may read a file
        listing.display = bool(reflections)
        drafts = sum(not r.is_complete for r in reflections)
        if reflections:
            count = Content(f"{len(reflections)} worksheet{'s' * (len(reflections) != 1)}: {drafts} draft, "
                            f"{len(reflections) - drafts} complete. enter opens one, n starts a new one.")
        else:
            count = Content(NONE_YET)
        update_if_changed(screen.query_one("#rf-count", Static), count)


def update_if_changed(static: Static, content: Content) -> None:
    """Give `static` new words only if they differ (in text or style) from what it shows: no needless redraw."""
    shown = static.content
    if not (isinstance(shown, Content) and shown.plain == content.plain and shown.spans == content.spans):
        static.update(content)
