"""What a screen builds on its first visit is moved out of the collector's way once, when the app settles."""

from __future__ import annotations

import gc

from resilience_tui.ui.common import long_lived
from tests.ui.helpers import app_on


async def test_each_screen_is_frozen_once_after_its_first_visit(data_dir, monkeypatch):
    monkeypatch.setattr(long_lived, "SETTLE", 0.05)
    # Not the screens built ahead while idle (tests/ui/test_prebuild.py): here each is built by its visit.
    monkeypatch.setattr("resilience_tui.ui.common.warm_up.prebuild_screens", lambda app: None)
    app = app_on(data_dir)
    app.long_lived.enabled = True  # as a real run sets it
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause(1.5)  # Today, then the journal's search index, built while idle
            assert app.long_lived.freezes == 2
            assert gc.get_freeze_count() > 0
            await pilot.press("g")
            await pilot.pause(0.3)
            assert app.long_lived.freezes == 3
            for key in "tgtg":  # visits again: nothing new to freeze
                await pilot.press(key)
                await pilot.pause(0.1)
            await pilot.pause(0.3)
            assert app.long_lived.freezes == 3
    finally:
        gc.unfreeze()  # the test process goes on building apps


async def test_tests_and_other_embedders_never_freeze(data_dir, monkeypatch):
    monkeypatch.setattr(long_lived, "SETTLE", 0.05)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause(0.3)
        assert app.long_lived.freezes == 0
