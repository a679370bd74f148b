"""No cyclic garbage collection while the app starts.

Importing Textual and building the first screen make some 60,000 objects the collector
tracks, nearly all of which live as long as the app. While they pile up, Python's cyclic
collector walks the young ones again and again: about a hundred collections, some
15 ms of start-up, which find next to no garbage. So the collector is paused when
the UI is first imported (`ui/__init__.py`) and runs again as soon as the first
screen is on the terminal (`ResilienceScreen`), or when the app ends. In a real run,
everything alive then is first moved out of its way (`gc.freeze()`), so that later
collections walk only what is new.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop cyclic collection until `resume`, if it is running (a choice made elsewhere is left alone)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def paused() -> bool:
    return _paused


def resume(*, freeze: bool) -> None:
    """Collect again, if `pause` stopped it. `freeze`: first move everything alive out of the collector's view
    (a real run, where what start-up made lives as long as the app; tests run many apps in one process)."""
    global _paused
    if not _paused:
        return
    _paused = False
    if freeze:
        gc.freeze()
    gc.enable()
