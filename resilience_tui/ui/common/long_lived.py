"""Keeping what lives as long as the app out of the garbage collector's way.

Python's cyclic collector now and then walks every object it tracks: with years of data
and seven screens built, that walk froze the app for a few hundred milliseconds. What a
screen builds the first time it opens (its widgets, the records it shows) lives as long
as the app. So once the app has settled after a screen's first visit, everything alive is
moved to the collector's permanent generation (`gc.freeze()`), and later walks cover only
what is new. A few times per run at most: one per screen, then never again.

Only a real run does this (`enabled` is set by `ResilienceApp.run`): tests build many apps
in one process, and freezing there would keep every earlier app alive.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.timer import Timer

    from resilience_tui.ui.app import ResilienceApp

SETTLE = 1.0  # seconds after a screen's first visit, when its building is done


class LongLived:
    def __init__(self, app: ResilienceApp) -> None:
        self.app = app
        self.enabled = False
        self.freezes = 0
        self._built: set[str] = set()
        self._timer: Timer | None = None

    def built(self, name: str) -> None:
        """A screen is shown; the first time, freeze once the app has settled after it."""
        if not self.enabled or name in self._built:
            return
        self._built.add(name)
        if self._timer is not None:
            self._timer.stop()  # another first visit came quickly: one freeze after both
        self._timer = self.app.set_timer(SETTLE, self.freeze)

    def freeze(self) -> None:
        self._timer = None
        gc.collect(1)  # the young generations only (a few ms): garbage just made is not kept for ever
        gc.freeze()
        self.freezes += 1
