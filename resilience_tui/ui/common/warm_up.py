"""Getting every screen ready to open while the app is idle, one small step at a time.

A screen's first visit used to pay for importing its code and for Textual reading its
stylesheet and restyling the app (about 20 ms of the second alone). Once the journal's
index is built (ui/journal/search_index.py), each screen not opened yet is imported in
one step and its stylesheet read in the next, with a timer between steps so that keys
pressed meanwhile go first; then every year of check-ins is summed up by day for Insights,
a year a step, without keeping the records of years the store had not read. Only a real run
does this: tests time what a screen does to the tenth of a second, and would meet these
steps at random moments.
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
    """Sum up one year of check-ins by day, newest first, then the next, for every year
    (ui/insights/summaries.py): Insights finds them summed up (about 10 ms a year, each its own step)."""
    from resilience_tui.ui.insights.summaries import summaries_of

    summaries = summaries_of(app.store)
    left = tuple(summaries.stale()) if years is None else years
    if not app.is_running or not app.long_lived.enabled or (years is None and not left):
        return
    app.guard(lambda: summaries.step(left[0] if left else None), notify=False)  # then the years joined
    # A summary is kept as long as the app: out of the collector's way at once, so that its
    # walks do not grow with the years summed up.
    gc.freeze()
    if left:
        app.set_timer(STEP_GAP, partial(warm_checkins, app, left[1:]), name="warm-up")
