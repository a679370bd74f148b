"""Start-up loads only what the first screen needs: Today reads the records without TinyDB,
which waits for a change that uses it (a new theme is remembered through it)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.records import now_local
from resilience_tui.store.settings_keys import THEME
from resilience_tui.store.store import Store

SCRIPT = """
import asyncio, sys
from pathlib import Path

from resilience_tui.ui.app import make_app


async def main() -> None:
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = type(app.screen).__name__
        text = "\\n".join(strip.text for strip in app.screen._compositor.render_strips())
        print(shown, "tinydb" in sys.modules, "Feeling steadier" in text)
        if sys.argv[2] == "theme":
            app.theme = "nord"
            await pilot.pause()
            print("theme", "tinydb" in sys.modules)


asyncio.run(main())
"""


def run_app(folder: Path, then: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(folder), then], capture_output=True, text=True,
                          timeout=60, check=True)
    return done.stdout.split()


def test_today_is_drawn_from_the_records_without_loading_tinydb(data_dir: Path):
    Store(data_dir).checkins.add(CheckIn(mood=4, at=now_local() - timedelta(minutes=5), note="Feeling steadier"))
    assert run_app(data_dir, "look") == ["TodayScreen", "False", "True"]


def test_a_change_that_uses_it_loads_it(data_dir: Path):
    # The check above can fail: remembering the theme does use TinyDB.
    assert run_app(data_dir, "theme") == ["TodayScreen", "False", "False", "theme", "True"]
    assert Store(data_dir).settings.get(THEME) == "nord"
