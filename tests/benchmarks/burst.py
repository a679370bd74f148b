"""A burst of screen keys: does the app keep up, and does every key go where it should?

    python tests/benchmarks/burst.py [--years 30] [--rounds 20] [--gap-ms 30]

Writes the demo dataset, opens the app on it under `app.run_test` (120x40), lets Today
settle, then sends `t c g a f r j t` `--rounds` times (160 keys), one key every
`--gap-ms` milliseconds, without waiting for the app between keys, as a fast typist's
keys arrive. It prints how long after the last key the last screen (Today) was on
screen, and whether any text field of any screen holds text it did not hold before the
burst (no key may land in a field that `/` did not focus).

Budget: the last screen within 1 s of the last key, and no typed text anywhere.
Exit code 0 when both hold, 1 when not.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _path in (HERE, HERE.parents[1]):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

BUDGET_S = 1.0
SEQUENCE = "tcgafrjt"
SIZE = (120, 40)


def field_texts(app) -> dict[str, str]:
    """Every text field of every screen built so far, by screen and id."""
    from textual.widgets import Input, TextArea

    found = {}
    for screen in [*app.screen_stack, *(app.get_screen(n) for n in app._installed_screens if app.is_screen_installed(n))]:
        for widget in screen.query("*"):
            if isinstance(widget, Input):
                found[f"{type(screen).__name__}#{widget.id}"] = widget.value
            elif isinstance(widget, TextArea):
                found[f"{type(screen).__name__}#{widget.id}"] = widget.text
    return found


async def _burst(folder: Path, rounds: int, gap: float) -> tuple[float, dict[str, tuple[str, str]], str]:
    from textual import events

    from resilience_tui.ui.app import make_app

    app = make_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await asyncio.sleep(1.0)
        for key in SEQUENCE[1:]:  # every screen once, so each exists and its fields can be read
            await pilot.press(key)
            await pilot.pause()
        await asyncio.sleep(1.0)
        before = field_texts(app)
        last = 0.0
        for _ in range(rounds):
            for key in SEQUENCE:
                app.post_message(events.Key(key, key))
                last = time.perf_counter()
                await asyncio.sleep(gap)
        # The burst ends on t: wait until Today is on screen and the app has caught up with its keys.
        while not (type(app.screen).__name__ == "TodayScreen" and app._message_queue.empty()):
            await asyncio.sleep(0.005)
        await pilot.pause()
        shown_after = time.perf_counter() - last
        after = field_texts(app)
        typed = {name: (before.get(name, ""), text) for name, text in after.items() if text != before.get(name, "")}
        return shown_after, typed, type(app.screen).__name__


def run(years: int, rounds: int, gap_ms: float) -> int:
    from resilience_tui.demo import write_demo

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "data"
        write_demo(folder, years=years)
        shown_after, typed, screen = asyncio.run(_burst(folder, rounds, gap_ms / 1000))
    keys = rounds * len(SEQUENCE)
    print(f"Burst of {keys} keys ({' '.join(SEQUENCE)} x {rounds}, one every {gap_ms:.0f} ms) on the {years}-year demo")
    print(f"  last screen ({screen}) shown {shown_after * 1000:.0f} ms after the last key (budget {BUDGET_S * 1000:.0f} ms)")
    if typed:
        for name, (old, new) in typed.items():
            print(f"  text landed in {name}: {old!r} -> {new!r}")
    else:
        print("  no key landed in a text field")
    ok = shown_after <= BUDGET_S and not typed
    print(f"  {'PASS' if ok else 'MISS'}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--gap-ms", type=float, default=30.0)
    args = parser.parse_args(argv)
    return run(args.years, args.rounds, args.gap_ms)


if __name__ == "__main__":
    sys.exit(main())
