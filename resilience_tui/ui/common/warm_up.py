"""Getting every screen ready to open while the app is idle, one small step at a time.

A screen's first visit used to pay for importing its code and for Textual reading its
stylesheet and restyling the app (about 20 ms of the second alone). Once the journal's
index is built (ui/journal/search_index.py), each screen not opened yet is imported in
one step and its stylesheet read in the next, with a timer between steps so that keys
pressed meanwhile go first. Only a real run does this: tests time what a screen does
to the tenth of a second, and would meet these steps at random moments.
"""

from __future__ import annotations

import inspect
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.ui.registry import SCREENS

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp

STEP_GAP = 0.001  # seconds between two steps (Textual's timers take no 0)


def warm_screens(app: ResilienceApp, names: tuple[str, ...] | None = None) -> None:
    """Import the next screen, then read its stylesheet, then go on to the one after (a screen
    already opened costs nothing: its module is loaded and its stylesheet read)."""
    left = tuple(SCREENS) if names is None else names
    if not left or not app.is_running or not app.long_lived.enabled:  # a real run only, as long_lived
        return
    screen_class = SCREENS[left[0]][2].load()  # type: ignore[attr-defined]  # a LazyScreen
    app.set_timer(STEP_GAP, partial(_read_stylesheet, app, screen_class, left[1:]), name="warm-up")


def _read_stylesheet(app: ResilienceApp, screen_class: type, left: tuple[str, ...]) -> None:
    read_stylesheet(app, screen_class)
    app.set_timer(STEP_GAP, partial(warm_screens, app, left), name="warm-up")


def read_stylesheet(app: ResilienceApp, screen_class: type) -> None:
    """What Textual does when a screen is first shown: read its .tcss and restyle what is mounted."""
    css_path = getattr(screen_class, "CSS_PATH", None)
    if not isinstance(css_path, str) or not app.is_running:
        return
    path = (Path(inspect.getfile(screen_class)).parent / css_path).resolve()
    if app.stylesheet.has_source(str(path)):
        return
    app.stylesheet.read(path)
    app.stylesheet.reparse()
    app.stylesheet.update(app)
