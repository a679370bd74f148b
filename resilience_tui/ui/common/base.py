"""Base classes for every screen and window: `self.app` is the Resilience app, typed.

A screen can also be handed work to do once it is showing (`when_shown`): another
screen opens it with data through the app, whether or not it has been mounted yet.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from inspect import isawaitable
from typing import TYPE_CHECKING, TypeVar, cast

from textual import events, on
from textual.screen import ModalScreen, Screen

from resilience_tui.ui import collector

if TYPE_CHECKING:
    from textual import getters
    from textual.widget import Widget

    from resilience_tui.ui.app import ResilienceApp

ResultType = TypeVar("ResultType")
OnShow = Callable[[], "Awaitable[object] | object"]


class ResilienceScreen(Screen[ResultType]):
    """A full screen of the app."""

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self._waiting: list[OnShow] = []
        self._styled_for: tuple | None = None  # what its styles were worked out from, when it was last left

    if TYPE_CHECKING:
        app = getters.app(ResilienceApp)
    else:

        @property
        def app(self) -> ResilienceApp:
            return cast("ResilienceApp", super().app)

    def when_shown(self, work: OnShow) -> None:
        """Run `work` once this screen is showing: at once if it is, else just after it next appears."""
        if self._showing and self.is_mounted:
            self.call_later(work)
        else:
            self._waiting.append(work)

    # These run after the screen's own handlers of the same events (Textual calls each class's).
    # Not a coroutine itself, so a screen's own on_screen_resume may be a plain method: the
    # awaitable returned when there is work waiting is awaited by Textual before it goes on.
    def on_screen_resume(self) -> Awaitable[None] | None:
        self._showing = True
        if collector.paused():
            self.call_after_refresh(self._first_screen_shown)
        waiting, self._waiting = self._waiting, []
        return self._run_waiting(waiting) if waiting else None

    def _first_screen_shown(self) -> None:
        collector.resume(freeze=self.app.long_lived.enabled)

    async def _run_waiting(self, waiting: list[OnShow]) -> None:
        for work in waiting:
            result = work()
            if isawaitable(result):
                await result

    def on_screen_suspend(self) -> None:
        self._showing = False
        self._styled_for = self._styles_key()

    @on(events.Mount)
    def _styled_at_mount(self) -> None:
        # Every widget mounted with the screen was styled as it was mounted: the first showing (start-up's
        # Today, a screen built ahead) need not style them all again unless something changed since.
        if self._styled_for is None:
            self._styled_for = self._styles_key()

    @on(events.ScreenResume)
    def _keep_styles(self, event: events.ScreenResume) -> None:
        if self._styles_current():
            # Textual works out the style of every widget again when a screen comes back
            # (10-20 ms on these screens), in case the stylesheet, the theme or the app's state
            # changed while it was away. Nothing of that changed, nor any record it may draw:
            # its styles are those it was left with, and every change Textual made to its
            # widgets meanwhile (a class, the focus, a widget added) was styled as it was made.
            # Textual 8.2.8 (pinned) reads this flag after this handler (a screen's own handler, then
            # this class's, then Textual's own), as its pop_screen does.
            event.refresh_styles = False

    def restyle_away(self) -> None:
        """Work out every widget's style now, as Textual does when the screen comes back, if what the
        styles depend on changed since it was left (for a screen not showing, built ahead of its visit)."""
        if not self._styles_current():
            self.update_node_styles(animate=False)
            self._styled_for = self._styles_key()

    def _styles_current(self) -> bool:
        """True if nothing its styles depend on changed since the screen was left."""
        left_with, now = self._styled_for, self._styles_key()
        return left_with is not None and left_with[0] is now[0] and left_with[1:] == now[1:]

    def _styles_key(self) -> tuple:
        """What the styles of a screen not showing depend on, beyond its own widgets: the stylesheet's
        rules (a new list whenever it is read or parsed again: compared by identity), the theme, the app's pseudo-classes
        (focus, dark, ansi...), and the records (any save, here or in another window)."""
        app = self.app
        return (app.stylesheet.rules, app._css_update_count, frozenset(app.get_pseudo_classes()),
                app.store.changes())


class ResilienceModal(ModalScreen[ResultType]):
    """A window over a screen."""

    @on(events.DescendantFocus)
    def _dropdown_opened(self, event: events.DescendantFocus) -> None:
        """A dropdown that opens scrolls to the top of its part of the window, so its list opens inside the border."""
        from textual.widgets._select import SelectOverlay  # here: start-up does not load the dropdown

        if isinstance(event.widget, SelectOverlay) and event.widget.parent is not None:
            cast("Widget", event.widget.parent).scroll_visible(top=True, animate=False, immediate=True)

    if TYPE_CHECKING:
        app = getters.app(ResilienceApp)
    else:

        @property
        def app(self) -> ResilienceApp:
            return cast("ResilienceApp", super().app)
