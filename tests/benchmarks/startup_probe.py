"""Start-up probe: run one app until its first screen is painted, report, exit.

    python tests/benchmarks/startup_probe.py bare|app DATA_DIR RESULT_JSON [--headless]

`run.py` spawns this in a fresh interpreter (normally on a pseudo-terminal, so
Textual uses its real Linux driver and writes real frames) and measures from
just before the spawn to the `complete_ns` this probe reports. Both modes go
through exactly the same code; only the app object differs:

- `bare`: a Textual App composing Header(), Static(...), Footer();
- `app`: `make_app(DATA_DIR)`, whose first screen is Today.

How "painted" is detected: the probe wraps `App._display` on the app instance.
That is the one call through which every frame reaches the terminal (it
encodes the compositor's update and hands it to the driver's writer). A call
counts when it would write: the app is running and not closing, has a driver,
is not inside a batch (Textual drops frames made during `batch_update`), and
has an update to show, for the first screen. The probe adds up which cells of
the screen those frames have covered:

- `first_ns`: the first frame (or part of one) of the first screen;
- `complete_ns`: every cell of the screen has been sent at least once, i.e.
  the whole first screen is on the terminal. This is the start-up figure.
  (A partial update can come first: when Textual drops a full frame made in a
  batch, the next update carries only what changed since.)
- `settled_ns`: the last frame before the screen stayed unchanged for
  QUIET_SECONDS (or MAX_SETTLE_SECONDS passed).

Times are CLOCK_MONOTONIC, one clock for every process on Linux, so the
parent can subtract its own spawn time. `ru_maxrss` (peak memory) is read at
`complete_ns` and again when settled. The text of the settled screen is kept
so that the parent can check what was painted. Then the probe ends at once
with `os._exit`: shutting down is not part of start-up.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time

BARE_TEXT = "Bare reference app: a Header, this Static and a Footer."
QUIET_SECONDS = 0.25
MAX_SETTLE_SECONDS = 3.0


def _now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def _maxrss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _covered_spans(renderable, width: int, height: int):
    """(y, x1, x2) spans of the screen that this update paints (x2 exclusive)."""
    spans = getattr(renderable, "spans", None)
    if spans is not None:  # ChopsUpdate: a partial update
        return list(spans)
    region = getattr(renderable, "region", None)
    if region is not None:  # LayoutUpdate: whole lines of a region
        x, y, w, h = region
        return [(row, x, x + w) for row in range(y, y + h)]
    return [(row, 0, width) for row in range(height)]  # anything else: treat as a full frame


class _PaintWatcher:
    def __init__(self, app, is_first_screen, result_path: str) -> None:
        self.app = app
        self.is_first_screen = is_first_screen
        self.result_path = result_path
        self.events: list[tuple[int, str, int]] = []  # (ns, update type, cells)
        self.first_ns: int | None = None
        self.complete_ns: int | None = None
        self.maxrss_complete_kib: int | None = None
        self.last_ns: int | None = None
        self.screen = None
        self._rows: list[bytearray] = []
        self._size = None

    def install(self) -> None:
        app = self.app
        original = app._display

        def display(screen, renderable) -> None:
            would_write = (
                renderable is not None
                and not app._batch_count
                and app._running
                and not app._closed
                and app._driver is not None
            )
            original(screen, renderable)
            if would_write and self.is_first_screen(screen):
                self._painted(screen, renderable, _now_ns())

        app._display = display

    def _painted(self, screen, renderable, now: int) -> None:
        width, height = screen._compositor.size
        if self._size != (width, height):  # (re)start the cover for this size
            self._size = (width, height)
            self._rows = [bytearray(width) for _ in range(height)]
        cells = 0
        for y, x1, x2 in _covered_spans(renderable, width, height):
            if 0 <= y < height:
                x1, x2 = max(0, x1), min(width, x2)
                if x2 > x1:
                    self._rows[y][x1:x2] = b"\x01" * (x2 - x1)
                    cells += x2 - x1
        self.events.append((now, type(renderable).__name__, cells))
        self.last_ns = now
        self.screen = screen
        if self.first_ns is None:
            self.first_ns = now
        if self.complete_ns is None and all(all(row) for row in self._rows):
            self.complete_ns = now
            self.maxrss_complete_kib = _maxrss_kib()
            asyncio.get_running_loop().create_task(self._settle())

    async def _settle(self) -> None:
        deadline = self.complete_ns + int(MAX_SETTLE_SECONDS * 1e9)
        quiet = int(QUIET_SECONDS * 1e9)
        while True:
            await asyncio.sleep(0.02)
            now = _now_ns()
            if now - self.last_ns >= quiet or now >= deadline:
                break
        self._finish(settled=now - self.last_ns >= quiet)

    def _finish(self, settled: bool) -> None:
        try:
            frame = "\n".join(strip.text for strip in self.screen._compositor.render_strips())
        except Exception as error:  # only a check; never let it spoil the figures
            frame = f"<could not render the screen text: {error!r}>"
        result = {
            "first_ns": self.first_ns,
            "complete_ns": self.complete_ns,
            "settled_ns": self.last_ns,
            "settled": settled,
            "maxrss_complete_kib": self.maxrss_complete_kib,
            "maxrss_settled_kib": _maxrss_kib(),
            "screen": type(self.screen).__name__,
            "size": list(self._size),
            "headless": self.app.is_headless,
            "events": self.events,
            "frame": frame,
        }
        with open(self.result_path, "w", encoding="utf-8") as handle:
            json.dump(result, handle)
        os._exit(0)


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    headless = "--headless" in argv
    if len(args) != 3 or args[0] not in ("bare", "app"):
        sys.exit("usage: startup_probe.py bare|app DATA_DIR RESULT_JSON [--headless]")
    mode, data_dir, result_path = args

    if mode == "bare":
        from textual.app import App, ComposeResult
        from textual.widgets import Footer, Header, Static

        class BareApp(App):
            def compose(self) -> ComposeResult:
                yield Header()
                yield Static(BARE_TEXT)
                yield Footer()

        app = BareApp()
        is_first_screen = lambda screen: True  # noqa: E731  its one (default) screen
    else:
        from pathlib import Path

        from resilience_tui.ui.app import make_app
        from resilience_tui.ui.screens.today import TodayScreen

        app = make_app(Path(data_dir))
        is_first_screen = lambda screen: isinstance(screen, TodayScreen)  # noqa: E731

    _PaintWatcher(app, is_first_screen, result_path).install()
    app.run(headless=headless)
    # Only reached if the app ended without painting its first screen.
    sys.exit(f"{mode}: the app exited before its first screen was painted")


if __name__ == "__main__":
    main(sys.argv[1:])
