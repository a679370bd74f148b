"""The worksheet highlighted in the list: rendered beside it on a large terminal, in one line on a small one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static

from resilience_tui.domain.reflection import sections_with_content
from resilience_tui.services import reflections as service
from resilience_tui.ui.reflection.home import update_if_changed
from resilience_tui.ui.reflection.preview import ReflectionGlance
from resilience_tui.ui.reflection.progress import progress_words
from resilience_tui.ui.reflection.worksheet_list import ReflectionList

if TYPE_CHECKING:
    from datetime import datetime

    from resilience_tui.ui.reflection.screen import ReflectionScreen

GLANCE_DELAY = 0.12


class ListGlance:
    def __init__(self, screen: ReflectionScreen, summary: Static) -> None:
        self.screen = screen
        self.summary = summary
        self._timer: Timer | None = None
        self._shown: tuple[str, datetime] | None = None  # the worksheet (id, updated_at) shown beside the list

    def forget(self) -> None:
        """Draw the next glance afresh (another window changed something)."""
        self._shown = None

    def show(self, at_once: bool = False) -> None:
        screen = self.screen
        current = screen.query_one(ReflectionList).current
        if current is None:
            if self._shown is not None:
                screen.query_one(ReflectionGlance).show(None)
                self._shown = None
            update_if_changed(self.summary, Content(""))
            return
        if screen.has_class("-wide"):
            if self._timer is not None:
                self._timer.stop()
                self._timer = None
            if at_once or (current.id, current.updated_at) == self._shown:
                self._render()  # (nothing to do when it is the worksheet shown already: no timer to wait for)
            else:  # rendering a whole worksheet takes a moment: not for every row the cursor passes
                self._timer = screen.set_timer(GLANCE_DELAY, self._render)
        filled = sections_with_content(current, bool(service.received_feedback(screen.app.store, current)[1]))
        update_if_changed(self.summary, Content.assemble((f"{current.status_words.capitalize()}: ", "bold"),
                                                         progress_words(filled), (".  p preview · x export", "dim")))

    def _render(self) -> None:
        self._timer = None
        screen = self.screen
        current = screen.query_one(ReflectionList).current
        if current is not None and (current.id, current.updated_at) != self._shown:
            self._shown = (current.id, current.updated_at)
            screen.query_one(ReflectionGlance).show(service.as_markdown(screen.app.store, current, screen.app.now()))
