"""The journal's search index, built once per start-up while the app is idle, one year per step.

Each step reads and indexes one year's file (about 5 ms at 30 years), on the UI
thread, with a timer between steps so that keys pressed meanwhile go first. Then
a few more steps get the Journal screen ready to open: its modules (Markdown,
TextArea) are imported one per step, and its stylesheet is read. Opening the
Journal then finds the index ready; saves change it entry by entry (store/journal.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp

START_AFTER = 0.8  # seconds after the app mounted: Today has drawn and filled in by then
STEP_GAP = 0.001  # between two steps (Textual's timers take no 0)
SCREEN_MODULE = "resilience_tui.ui.journal.screen"
# Imported one per step (each 5 to 20 ms), the heaviest first, so that no step holds a key back for long.
MODULES = ("markdown_it", "textual.widgets._markdown", "textual.widgets._text_area",
           "resilience_tui.ui.journal.preview", "resilience_tui.ui.journal.editor", SCREEN_MODULE)


def build_when_idle(app: ResilienceApp) -> None:
    app.set_timer(START_AFTER, partial(_step, app), name="journal-index")


def _next(app: ResilienceApp, step: Callable[[ResilienceApp], None]) -> None:
    app.set_timer(STEP_GAP, partial(step, app), name="journal-index")  # whatever came meanwhile runs first


def _step(app: ResilienceApp) -> None:
    from resilience_tui.store.errors import StoreError

    try:
        more = app.store.journal.index_step()
    except (StoreError, OSError):
        return  # the Journal builds what is left when it is opened, and meets the problem there
    _next(app, _step if more else partial(_import, step=0))


def _import(app: ResilienceApp, step: int) -> None:
    importlib.import_module(MODULES[step])
    _next(app, partial(_import, step=step + 1) if step + 1 < len(MODULES) else _read_stylesheet)


def _read_stylesheet(app: ResilienceApp) -> None:
    from resilience_tui.ui.common.warm_up import read_stylesheet, warm_screens  # here: not on start-up's path

    app.long_lived.built("journal index")  # the index lives as long as the app: out of the collector's way too
    read_stylesheet(app, importlib.import_module(SCREEN_MODULE).JournalScreen)
    _next(app, warm_screens)  # then the other screens, the same way
