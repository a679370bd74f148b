"""Building each screen while the app is idle, off-screen, so that its first visit costs what a repeat visit does.

A screen's first visit used to compose and mount every widget, draw its records, lay it
all out and let each widget answer its new size: 150-400 ms of work after the key, at
thirty years of data. Once the warm-up has loaded every screen's code and stylesheet
(ui/common/warm_up.py), each screen not opened yet is built here, one at a time: it is
installed and mounted as a visit would (`App._get_screen`), then sent the same
`ScreenResume` and `ScreenSuspend` a visit and the switch away from it send. So its own
`on_screen_resume` draws its records and gives the focus as on a visit, and Textual lays
it out at the terminal's size, all while it is not the current screen: nothing is
painted, and the first frame stays Today's. When the key comes, the screen is a screen
visited before: it redraws only what changed since (each screen compares the store's
revision, which another window's save or the command line changes too).

A step at a time, with a timer between steps, so a key pressed meanwhile goes first; a
screen the person opens meanwhile is left as it is (their visit builds it). Insights is
built last, once the years of check-ins are summed up (warm_up.py), so its sections are
ready too; a save meanwhile makes it compute them again on the visit, as any change does.
Only a real run does this (as `long_lived`): tests time what screens do and would meet
these steps at random moments.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual import events

from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.registry import SCREENS

if TYPE_CHECKING:
    from textual.screen import Screen

    from resilience_tui.ui.app import ResilienceApp

STEP_GAP = 0.001  # seconds between two steps (Textual's timers take no 0)
SETTLE_GAP = 0.05  # seconds given to a built screen's widgets to answer their new size before the next one
NOT_BUILT = ("today",)  # the first screen
BUILT_BEFORE: tuple[str, ...] = tuple(name for name in SCREENS if name not in NOT_BUILT)
CLOSE_WAIT = 2.0  # seconds the app waits at most, when closing, for the screen being built to be mounted

# The screen being built, until it is mounted and its rehearsal handled: set once it is.
_building: weakref.WeakKeyDictionary[ResilienceApp, asyncio.Event] = weakref.WeakKeyDictionary()
_closing: weakref.WeakSet[ResilienceApp] = weakref.WeakSet()  # apps closing: nothing more is built
_exits: set[asyncio.Task[None]] = set()  # exits waiting for a screen to be built (held until done)


def prebuild_screens(app: ResilienceApp, names: tuple[str, ...] | None = None) -> None:
    """Build the next screen of `names` (every screen but Today) not built yet, then the one after;
    once all are built, make each ready to paint (`_ready`)."""
    left = BUILT_BEFORE if names is None else names
    if not app.is_running or not app.long_lived.enabled or app in _closing:  # a real run only
        return
    while left and is_built(app, left[0]):
        left = left[1:]
    if not left:
        _ready(app, tuple(name for name in BUILT_BEFORE if is_built(app, name)))
        return
    name = left[0]
    screen, mounted = app._get_screen(name)  # installed, composed and mounted as push_screen would, not shown
    built = _building[app] = asyncio.Event()
    app.long_lived.built(name)  # what it holds lives as long as the app: out of the collector's way once settled

    async def rehearse() -> None:
        try:
            await mounted
            if app.is_running and app not in _closing and screen not in app.screen_stack:  # unless opened meanwhile
                rehearse_visit(screen)
                handled = asyncio.Event()
                screen.call_later(handled.set)  # after the screen's handlers of those two events
                await asyncio.wait_for(handled.wait(), CLOSE_WAIT)
        except asyncio.TimeoutError:
            pass  # handled later: the next steps wait for nothing of it
        finally:
            built.set()
        app.set_timer(SETTLE_GAP, partial(_settle, app, screen, left[1:]), name="prebuild")

    app.call_later(rehearse)


def exit_after_build(app: ResilienceApp, exit_app: Callable[[], object]) -> bool:
    """The app is asked to exit: build nothing more and, if a screen is being built, exit once it is
    (at most CLOSE_WAIT seconds later). True if the exit waits for it; False if it can be now."""
    _closing.add(app)
    built = _building.get(app)
    if built is None or built.is_set():
        return False

    async def when_built() -> None:
        try:
            await asyncio.wait_for(built.wait(), CLOSE_WAIT)
        except asyncio.TimeoutError:
            pass
        exit_app()

    task = asyncio.get_running_loop().create_task(when_built())
    _exits.add(task)
    task.add_done_callback(_exits.discard)
    return True


def _settle(app: ResilienceApp, screen: Screen, left: tuple[str, ...], rounds: int = 3) -> None:
    """Once its widgets have answered their size: lay it out again if they asked (a few times at most)."""
    if app in _closing:
        return
    if app.is_running and screen not in app.screen_stack and screen._layout_required and rounds:
        lay_out(app, screen)
        app.set_timer(SETTLE_GAP, partial(_settle, app, screen, left, rounds - 1), name="prebuild")
        return
    app.set_timer(STEP_GAP, partial(prebuild_screens, app, left), name="prebuild")


def _ready(app: ResilienceApp, names: tuple[str, ...]) -> None:
    """Make the next built screen ready to paint, then the one after: styled with the stylesheet as it is
    now (each new kind of widget mounted meanwhile added its rules), laid out, and rendered once."""
    if not names or not app.is_running or app in _closing:
        return
    screen = app.get_screen(names[0])
    if screen not in app.screen_stack and isinstance(screen, ResilienceScreen):
        screen.restyle_away()
        if screen._layout_required:
            lay_out(app, screen)
        render_once(screen)
        prime_updates(screen)
    app.set_timer(STEP_GAP, partial(_ready, app, names[1:]), name="prebuild")


def rehearse_visit(screen: Screen) -> None:
    """What showing the screen and leaving it again does, while it is not the current screen.

    Its handlers run as on a visit (drawing, focus, drafts); Textual's own handler lays it
    out at the app's size, and does not paint it, as it is not the current screen."""
    screen.post_message(events.ScreenResume())
    screen.post_message(events.ScreenSuspend())


def lay_out(app: ResilienceApp, screen: Screen) -> None:
    """Lay out a screen that is not showing, at the app's size, as Textual does when it is showing.

    Textual lays out only the current screen; a layout asked for meanwhile waits for the
    screen's next visit (`_layout_required`), and would be done after its key. Textual 8.2.8
    (pinned): `_refresh_layout` reflows and sends each widget its size (and paints only
    the current screen); the flag is the one its update timer clears after that call."""
    screen._refresh_layout(app.size)
    screen._layout_required = False


def render_once(screen: Screen) -> None:
    """Render every widget of a screen that is not showing, and throw the result away.

    Each widget keeps the lines it rendered until it changes, so the first frame of the
    visit is made from them, as on a repeat visit. Nothing reaches the terminal: only
    `App._display` writes, and this calls the screen's compositor directly (Textual 8.2.8)."""
    screen._compositor.render_update(full=True)


def prime_updates(screen: Screen) -> None:
    """Start the screen's update timer once, while it is not showing.

    Textual paints a screen from a timer of 1/60 s that starts when the screen is first
    refreshed, and whose first tick comes a whole period later: 17 ms more on a first
    visit. Started now, it ticks (doing nothing, as the screen is not current), pauses
    itself, and on the visit ticks at once (Textual 8.2.8's `Screen._update_timer`)."""
    screen._update_timer.resume()


def is_built(app: ResilienceApp, name: str) -> bool:
    """True if the screen has been made and mounted (by a visit or by `prebuild_screens`)."""
    return app.is_screen_installed(name) and not callable(app._installed_screens[name]) and \
        app.get_screen(name).is_running
