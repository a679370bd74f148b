"""Getting every screen ready to open while the app is idle, one small step at a time.

A screen's first visit used to pay for importing its code and for Textual reading its
stylesheet and restyling the app (about 20 ms of the second alone). Once the journal's
index is built (ui/journal/search_index.py), each screen not opened yet is imported in
one step and its stylesheet read in the next, with a timer between steps so that keys
pressed meanwhile go first; then the last ten years of check-ins are read, a year a step
(Insights reads every year: older ones it reads itself, so that thirty years of check-ins
are not all held for a screen that may not be opened). Only a real run does this: tests
time what a screen does to the tenth of a second, and would meet these steps at random moments.
"""

from __future__ import annotations

import gc
import inspect
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.ui.common.prebuild import prebuild_screens
from resilience_tui.ui.registry import SCREENS

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp

STEP_GAP = 0.001  # seconds between two steps (Textual's timers take no 0)
WARM_YEARS = 10  # years of check-ins read while idle, newest first


def warm_screens(app: ResilienceApp, names: tuple[str, ...] | None = None) -> None:
    """Import the next screen, then read its stylesheet, then go on to the one after (a screen
    already opened costs nothing: its module is loaded and its stylesheet read). Then read the
    check-ins' years."""
    left = tuple(SCREENS) if names is None else names
    if not app.is_running or not app.long_lived.enabled:  # a real run only, as long_lived
        return
    if not left:
        prebuild_screens(app)  # then build each screen off-screen (ui/common/prebuild.py)
        warm_checkins(app)
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


def warm_checkins(app: ResilienceApp, years: tuple[int, ...] | None = None) -> None:
    """Read one year of check-ins, newest first, then the next, for the last WARM_YEARS years:
    Insights finds them read (about 8 ms a year, each its own step)."""
    left = tuple(app.store.checkins.years()[:WARM_YEARS]) if years is None else years
    if not left or not app.is_running or not app.long_lived.enabled:
        return
    app.guard(lambda: app.store.checkins.in_year(left[0]), notify=False)
    # A year read is kept as long as the app: out of the collector's way at once, so that its
    # walks do not grow with the years read.
    gc.freeze()
    app.set_timer(STEP_GAP, partial(warm_checkins, app, left[1:]), name="warm-up")
