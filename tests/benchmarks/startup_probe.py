"""Start-up probe: run one app until its first screen is painted, report, exit.

    python tests/benchmarks/startup_probe.py bare|app DATA_DIR RESULT_JSON [--headless [--size=120x40]]

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
parent can subtract its own spawn time. Peak memory (VmHWM, see `_maxrss_kib`)
is read at `complete_ns` and again when settled. The screen's text at `complete_ns` is
kept so that the parent can check what was painted. Then the probe ends at once
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
    """Peak resident memory of this process so far, in KiB.

    On Linux this is VmHWM from /proc/self/status, the high-water mark of this
    process's own memory. `ru_maxrss` is not used there: a child spawned by
    fork/vfork + exec starts with the parent's peak in `ru_maxrss` (the kernel
    carries it over exec), so it would report run.py's memory, not the app's.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def covered_spans(renderable, width: int, height: int):
    """(y, x1, x2) spans of the screen that a compositor update paints (x2 exclusive)."""
    spans = getattr(renderable, "spans", None)
    if spans is not None:  # ChopsUpdate: a partial update
        return list(spans)
    region = getattr(renderable, "region", None)
    if region is not None:  # LayoutUpdate: whole lines of a region
        x, y, w, h = region
        return [(row, x, x + w) for row in range(y, y + h)]
    return [(row, 0, width) for row in range(height)]  # anything else: treat as a full frame


class ScreenCover:
    """Which cells of a screen the frames sent so far have painted. (run.py uses it too.)"""

    def __init__(self) -> None:
        self.size: tuple[int, int] | None = None
        self._rows: list[bytearray] = []

    def add(self, renderable, width: int, height: int) -> int:
        """Record one update; returns how many cells it painted."""
        if self.size != (width, height):  # a new size: start again
            self.size = (width, height)
            self._rows = [bytearray(width) for _ in range(height)]
        cells = 0
        for y, x1, x2 in covered_spans(renderable, width, height):
            if 0 <= y < height:
                x1, x2 = max(0, x1), min(width, x2)
                if x2 > x1:
                    self._rows[y][x1:x2] = b"\x01" * (x2 - x1)
                    cells += x2 - x1
        return cells

    @property
    def complete(self) -> bool:
        return bool(self._rows) and all(all(row) for row in self._rows)


def would_write(app, renderable) -> bool:
    """Whether `App._display(screen, renderable)` sends a frame to the terminal now.

    (Headless apps go through the same steps except the final encoding and write.)
    """
    return (
        renderable is not None
        and not app._batch_count
        and app._running
        and not app._closed
        and app._driver is not None
    )


def _screen_text(screen) -> str:
    try:
        return "\n".join(strip.text for strip in screen._compositor.render_strips())
    except Exception as error:  # only a check; never let it spoil the figures
        return f"<could not render the screen text: {error!r}>"


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
        self.frame = ""
        self.cover = ScreenCover()
        self.phases: dict[str, int] = {}
        self.profiler = None
        self.profile_to: str | None = None

    def install(self) -> None:
        app = self.app
        original = app._display

        def display(screen, renderable) -> None:
            writes = would_write(app, renderable)
            original(screen, renderable)
            if writes and self.is_first_screen(screen):
                self._painted(screen, renderable, _now_ns())

        app._display = display

    def _painted(self, screen, renderable, now: int) -> None:
        width, height = screen._compositor.size
        cells = self.cover.add(renderable, width, height)
        self.events.append((now, type(renderable).__name__, cells))
        self.last_ns = now
        self.screen = screen
        if self.first_ns is None:
            self.first_ns = now
        if self.complete_ns is None and self.cover.complete:
            self.complete_ns = now
            if self.profiler is not None:
                self.profiler.disable()
                self.profiler.dump_stats(self.profile_to)
            self.maxrss_complete_kib = _maxrss_kib()
            self.frame = _screen_text(screen)  # what the terminal shows now (after the timestamp)
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
        result = {
            "first_ns": self.first_ns,
            "complete_ns": self.complete_ns,
            "settled_ns": self.last_ns,
            "settled": settled,
            **self.phases,
            "maxrss_complete_kib": self.maxrss_complete_kib,
            "maxrss_settled_kib": _maxrss_kib(),
            "screen": type(self.screen).__name__,
            "size": list(self.cover.size),
            "headless": self.app.is_headless,
            "events": self.events,
            "frame": self.frame,
        }
        with open(self.result_path, "w", encoding="utf-8") as handle:
            json.dump(result, handle)
        os._exit(0)


def main(argv: list[str]) -> None:
    main_ns = _now_ns()
    args = [a for a in argv if not a.startswith("--")]
    headless = "--headless" in argv
    profile_to = next((a.split("=", 1)[1] for a in argv if a.startswith("--profile=")), None)
    size_text = next((a.split("=", 1)[1] for a in argv if a.startswith("--size=")), None)
    if len(args) != 3 or args[0] not in ("bare", "app"):
        sys.exit("usage: startup_probe.py bare|app DATA_DIR RESULT_JSON [--headless [--size=COLSxROWS]] [--profile=PSTATS]")
    size = tuple(int(n) for n in size_text.split("x")) if size_text else None
    mode, data_dir, result_path = args
    profiler = None
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()

    if mode == "bare":
        from textual.app import App, ComposeResult
        from textual.widgets import Footer, Header, Static

        class BareApp(App):
            def compose(self) -> ComposeResult:
                yield Header()
                yield Static(BARE_TEXT)
                yield Footer()

        imported_ns = _now_ns()
        app = BareApp()
        is_first_screen = lambda screen: True  # noqa: E731  its one (default) screen
    else:
        from pathlib import Path

        from resilience_tui.ui.app import make_app
        from resilience_tui.ui.today.screen import TodayScreen

        imported_ns = _now_ns()
        app = make_app(Path(data_dir))
        is_first_screen = lambda screen: isinstance(screen, TodayScreen)  # noqa: E731

    watcher = _PaintWatcher(app, is_first_screen, result_path)
    watcher.phases = {"main_ns": main_ns, "imported_ns": imported_ns, "built_ns": _now_ns()}
    watcher.profiler, watcher.profile_to = profiler, profile_to
    watcher.install()
    app.run(headless=headless, size=size if headless else None)
    # Only reached if the app ended without painting its first screen.
    sys.exit(f"{mode}: the app exited before its first screen was painted")


if __name__ == "__main__":
    main(sys.argv[1:])
