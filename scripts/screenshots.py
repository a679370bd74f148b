"""Regenerate screenshots/*.svg from the demo dataset with a fixed clock.

    python scripts/screenshots.py
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from resilience_tui.demo import write_demo
from resilience_tui.ui.app import make_app

os.environ["TZ"] = "UTC"  # the same pictures on every machine
time.tzset()

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
SIZE = (110, 34)

# name -> keys pressed after start-up
SHOTS = {
    "today": [],
    "checkin": ["c"],
    "checkin-saved": ["c", "2", "ctrl+s"],
    "goals": ["g"],
    "applications": ["a", "o", "o", "down"],
    "feedback": ["f"],
    "journal": ["j"],
    "reflection": ["r", "enter", *["ctrl+down"] * 6, "tab", "down"],
    "story-bank": ["r", "s"],
    "insights": ["i"],
    "worries": ["j", "W"],
    "people": ["p"],
    "help": ["question_mark"],
}


async def shoot(name: str, keys: list[str], folder: Path) -> Path:
    app = make_app(folder, clock=lambda: NOW)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()  # Insights computes in a worker
        await pilot.pause(0.3)
        path = OUT / f"{name}.svg"
        path.write_text(app.export_screenshot(title=f"Resilience: {name}"), encoding="utf-8")
    return path


async def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, keys in SHOTS.items():
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp) / "data"
            write_demo(folder, years=1, today=NOW.date())
            print(await shoot(name, keys, folder))


if __name__ == "__main__":
    asyncio.run(main())
