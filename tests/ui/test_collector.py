"""No cyclic collection while the app starts (ui/collector.py): paused when the UI is imported, running
again once the first screen is shown, with start-up's objects frozen out of its way in a real run.

Each case runs in a fresh interpreter: the pause belongs to the first import of the UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.store.crypt_helpers import encrypt, tiny_kdf  # noqa: F401 - a fixture

HEADER = """
import asyncio, gc, sys
from pathlib import Path
collections = []
gc.callbacks.append(lambda phase, info: collections.append(info["generation"]) if phase == "start" else None)
freezes = []
_freeze = gc.freeze
gc.freeze = lambda: (freezes.append(len(collections)), _freeze())
"""


def run(script: str, *args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", HEADER + script, *args], capture_output=True, text=True,
                          timeout=60, check=True)
    return done.stdout.split()


def test_importing_the_ui_pauses_collection_and_the_first_screen_resumes_it(data_dir: Path):
    out = run("""
from resilience_tui.ui.app import make_app
from resilience_tui.ui import collector
print(gc.isenabled(), collector.paused())
collections.clear()


async def main() -> None:
    app = make_app(Path(sys.argv[1]))
    frozen = len(freezes)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        # Tests run many apps in one process: nothing more is frozen there.
        print(type(app.screen).__name__, gc.isenabled(), collector.paused(), len(freezes) == frozen)


asyncio.run(main())
print(len(collections))
""", str(data_dir))
    assert out[:6] == ["False", "True", "TodayScreen", "True", "False", "True"]
    assert int(out[6]) > 0  # collection ran again once Today was shown


def test_a_real_run_collects_nothing_until_its_first_screen_then_freezes_what_start_up_made(data_dir: Path):
    out = run("""
import resilience_tui.ui
paused_at = len(collections)
import resilience_tui.ui.app as ui_app
from resilience_tui.ui import collector
from resilience_tui.ui.today.screen import TodayScreen

before_first_screen = []
app = ui_app.make_app(Path(sys.argv[1]))
original = TodayScreen.on_screen_resume


def on_screen_resume(self):
    before_first_screen.append(len(collections) - paused_at)
    return original(self)


TodayScreen.on_screen_resume = on_screen_resume


def look() -> None:
    # make_app froze what was imported; the first screen froze what start-up made, before any collection.
    print(before_first_screen[0], gc.isenabled(), collector.paused(), freezes[1:2] == [paused_at])
    app.exit()


app.call_later(lambda: app.set_timer(0.5, look))
app.run(headless=True, size=(100, 30))
""", str(data_dir))
    assert out == ["0", "True", "False", "True"]


def test_a_pause_chosen_elsewhere_is_left_alone(data_dir: Path):
    out = run("""
gc.disable()
from resilience_tui.ui.app import make_app
from resilience_tui.ui import collector


async def main() -> None:
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print(gc.isenabled(), collector.paused())


asyncio.run(main())
""", str(data_dir))
    assert out == ["False", "False"]


def test_the_passphrase_window_resumes_it_while_waiting_for_the_passphrase(data_dir: Path):
    encrypt(data_dir)  # with tiny key-making figures (the tiny_kdf fixture, used here automatically)
    out = run("""
from resilience_tui.store.keys import read_keys
from resilience_tui.ui import collector
from resilience_tui.ui.unlock.passphrase_app import PassphraseApp

print(gc.isenabled())


async def main() -> None:
    app = PassphraseApp(Path(sys.argv[1]), read_keys(Path(sys.argv[1])))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(gc.isenabled(), collector.paused())


asyncio.run(main())
""", str(data_dir))
    assert out == ["False", "True", "False"]
