"""Every screen, first and repeat visit, on years of demo data.

    python tests/benchmarks/screens.py [--years 30] [--rounds 5]

Writes the demo dataset into a temporary folder and opens the app on it under
`app.run_test` (120x40), doing what a real run does when idle (the journal's index,
every screen's code and stylesheet, freezing what lives long). Once that is done, it presses each screen's key in turn
(`c g a f r j t`), `--rounds` times; the first round is every screen's first visit.
Each key reaches the app as a terminal's would: the driver posts it, and nothing else
runs (`pilot.press` waits twice for 20 ms of quiet, then sends a message to every
widget of the screen and waits for their answers: about 60 ms of its own, spent
after the key, which the idle figure would count; `--via-pilot` times it that way,
to compare). For each press it times, from just before the key:

- painted: until every cell of the new screen has been sent to the driver (encoded as a
  terminal would need it: the same watcher as run.py's switching figure);
- idle: until the app has had nothing to do for 20 ms (its message queues empty and no
  timer due), minus those 20 ms: when the CPU is free again.

Budgets: painted within 50 ms and idle within 60 ms, for every screen, first and repeat
visit. Exit code 0 when all are met, 1 when one is not.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _path in (HERE, HERE.parents[1]):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from run import _SwitchWatcher, now_ns  # noqa: E402  (same folder)
from textual import events  # noqa: E402

BUDGET_PAINTED_MS = 50.0
BUDGET_IDLE_MS = 60.0
QUIET_MS = 20.0
SETTLED_S = 0.5  # before the first key: the app's work when idle is done once it is this long without
SIZE = (120, 40)
KEYS = "cgafrjt"


@dataclass
class Visit:
    key: str
    screen: str
    first: bool
    painted_ms: float
    idle_ms: float


async def _until_idle(app, started_ns: int) -> float:
    """Milliseconds from the key until the app last did something, once it has been quiet for QUIET_MS."""
    loop = asyncio.get_running_loop()
    last_busy = now_ns()
    while (now_ns() - last_busy) / 1e6 < QUIET_MS:
        busy_before = time.process_time()
        await asyncio.sleep(0.002)
        # The process used CPU in those 2 ms (beyond the sleep itself): the app is still working.
        if time.process_time() - busy_before > 0.0015 or _queued(app) or loop._ready:  # type: ignore[attr-defined]
            last_busy = now_ns()
    return (last_busy - started_ns) / 1e6


async def _settled(quiet_s: float, longest_s: float = 30.0) -> None:
    """Return once the process has used next to no CPU for `quiet_s` seconds (or after `longest_s`)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + longest_s
    quiet_since = loop.time()
    while loop.time() < end and loop.time() - quiet_since < quiet_s:
        busy_before = time.process_time()
        await asyncio.sleep(0.05)
        if time.process_time() - busy_before > 0.005:
            quiet_since = loop.time()


def _send_key(app, key: str) -> None:
    """The key as a terminal's driver hands it to the app: posted from outside, nothing awaited."""
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)


def _screen_class(app, name: str) -> type | None:
    """The class of the screen a key opens, if its module is loaded (the warm-up loads each one); else None."""
    from resilience_tui.ui.registry import SCREENS

    if app.is_screen_installed(name):
        return type(app.get_screen(name))
    factory = SCREENS[name][2]
    return factory.load() if factory.path.partition(":")[0] in sys.modules else None


def _queued(app) -> bool:
    nodes = [app, app.screen, *app.screen.walk_children()]
    return any(node._message_queue.qsize() for node in nodes)


async def _visits(folder: Path, rounds: int, via_pilot: bool = False) -> list[Visit]:
    from resilience_tui.ui.app import make_app
    from resilience_tui.ui.registry import SCREENS

    app = make_app(folder)
    app.long_lived.enabled = True  # as `resilience` runs it: idle warm-up and freezing (run_test leaves them off)
    by_key = {key: name for name, (key, _, _) in SCREENS.items()}
    watcher = _SwitchWatcher(app)
    visits: list[Visit] = []
    seen = {"today"}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await asyncio.sleep(3.0)  # Today settles, and what the app does once when idle (index, warm-up)
        await _settled(SETTLED_S)  # on a loaded machine that takes longer: wait until it is done
        for _ in range(rounds):
            for key in KEYS:
                name = by_key[key]
                target = _screen_class(app, name)
                watcher.done.clear()
                watcher.cover = type(watcher.cover)()
                watcher.target = target
                before = app.screen
                started = now_ns()
                if via_pilot:
                    await pilot.press(key)
                else:
                    _send_key(app, key)
                if target is None:  # its module was not loaded: the screen's class exists only now
                    while app.screen is before:
                        await asyncio.sleep(0.0005)
                    watcher.target = type(app.screen)
                await asyncio.wait_for(watcher.done.wait(), 20)
                painted = (watcher.complete_ns - started) / 1e6
                idle = await _until_idle(app, started)
                visits.append(Visit(key, name, name not in seen, painted, max(idle, painted)))
                seen.add(name)
                await asyncio.sleep(0.05)
    return visits


def run(years: int, rounds: int, via_pilot: bool = False) -> int:
    from resilience_tui.demo import write_demo

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "data"
        write_demo(folder, years=years)
        visits = asyncio.run(_visits(folder, rounds, via_pilot))
    how = "pilot.press" if via_pilot else "keys posted by the driver"
    print(f"Screens on the {years}-year demo, {SIZE[0]}x{SIZE[1]}, {rounds} rounds of {' '.join(KEYS)} ({how})")
    print(f"  {'screen':14} {'first: painted':>15} {'idle':>7}   {'repeat (median): painted':>25} {'idle':>7}")
    ok = True
    for name in dict.fromkeys(v.screen for v in visits):
        first = [v for v in visits if v.screen == name and v.first]
        repeat = [v for v in visits if v.screen == name and not v.first]
        cells = []
        for group in (first, repeat):
            if group:
                painted = statistics.median(v.painted_ms for v in group)
                idle = statistics.median(v.idle_ms for v in group)
                worst_painted = max(v.painted_ms for v in group)
                worst_idle = max(v.idle_ms for v in group)
                ok &= worst_painted <= BUDGET_PAINTED_MS and worst_idle <= BUDGET_IDLE_MS
                cells.append(f"{painted:7.1f} ms (max {worst_painted:6.1f}) {idle:6.1f} (max {worst_idle:6.1f})")
            else:
                cells.append(" " * 40)
        print(f"  {name:14} {cells[0]}   {cells[1]}")
    print(f"  budgets: painted {BUDGET_PAINTED_MS:.0f} ms, idle {BUDGET_IDLE_MS:.0f} ms, every visit: {'PASS' if ok else 'MISS'}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--via-pilot", action="store_true", help="press each key with pilot.press (its waits counted)")
    args = parser.parse_args(argv)
    return run(args.years, args.rounds, args.via_pilot)


if __name__ == "__main__":
    sys.exit(main())
