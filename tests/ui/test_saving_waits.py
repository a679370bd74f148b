"""A save that finds another window holding the lock waits in the background; the screen stays usable."""

from __future__ import annotations

import asyncio
from pathlib import Path

from resilience_tui.store.store import Store
from resilience_tui.ui.checkin.screen import CheckinScreen
from resilience_tui.ui.common.saving import SAVING_TITLE
from tests.faults.procs import hold_lock, release
from tests.ui.helpers import app_on, screen_text


def saving_shown(app) -> bool:
    return any(n.title == SAVING_TITLE for n in app._notifications)


async def wait_for(pilot, condition, seconds: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        assert loop.time() < deadline, "timed out"
        await pilot.pause(0.05)


async def test_a_checkin_waits_for_another_window_and_is_stored_once(data_dir: Path) -> None:
    Store(data_dir).checkins.all()  # the folder exists
    holder = hold_lock(data_dir / ".locks" / "checkins.lock")
    try:
        app = app_on(data_dir)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("c", "3", "ctrl+s")
            await pilot.pause(0.2)
            screen = app.screen
            assert isinstance(screen, CheckinScreen)
            assert saving_shown(app)
            assert "Saved." not in screen_text(app)
            assert app.saves.waiting == 1
            await pilot.press("ctrl+s")  # pressed again while waiting: still one check-in
            await pilot.press("t")  # the keys still work
            await pilot.pause(0.1)
            assert app.screen is not screen
            assert Store(data_dir).checkins.count() == 0
            release(holder)
            await wait_for(pilot, lambda: app.saves.waiting == 0)
            await pilot.pause(0.1)
            assert not saving_shown(app)
            await pilot.press("c")
            await pilot.pause()
            assert "Saved." in screen_text(app)
            assert screen._form_values()["mood"] is None  # the form was cleared once it really saved
    finally:
        release(holder)
    stored = Store(data_dir).checkins.all()
    assert [c.mood for c in stored] == [3]


async def test_a_save_that_waits_too_long_is_reported_and_the_checkin_kept(data_dir: Path) -> None:
    Store(data_dir).checkins.all()
    holder = hold_lock(data_dir / ".locks" / "checkins.lock")
    try:
        app = app_on(data_dir)
        async with app.run_test(size=(100, 30)) as pilot:
            app.saves.wait_seconds = 0.3
            await pilot.press("c", "4", "ctrl+s")
            await wait_for(pilot, lambda: app.saves.waiting == 0)
            await pilot.pause(0.1)
            assert any(n.title == "Not saved" and "busy saving" in str(n.message) for n in app._notifications)
            assert "press ctrl+s to try again" in screen_text(app)
            assert app.screen._form_values()["mood"] == 4
            release(holder)
            await pilot.press("ctrl+s")  # and saving again works at once
            await pilot.pause()
            assert "Saved." in screen_text(app)
    finally:
        release(holder)
    assert [c.mood for c in Store(data_dir).checkins.all()] == [4]


async def test_an_uncontended_save_needs_no_thread(data_dir: Path) -> None:
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c", "2", "ctrl+s")
        assert "Saved." in screen_text(app)  # at once, without waiting for a worker
        assert not [worker for worker in app.workers if worker.group == "saves"]
    assert Store(data_dir).checkins.count() == 1


async def test_a_journal_save_waits_for_another_window_without_holding_the_screen(data_dir: Path) -> None:
    from resilience_tui.ui.journal.screen import JournalScreen

    Store(data_dir).journal.all()
    holder = hold_lock(data_dir / ".locks" / "journal.lock")
    try:
        app = app_on(data_dir)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("j", "n", *"typed while another window saves", "ctrl+s")
            await pilot.pause(0.2)
            assert saving_shown(app) and app.saves.waiting == 1
            await pilot.press("!", "!")  # the keys still work: typing goes on while the save waits
            await pilot.pause(0.1)
            assert isinstance(app.screen, JournalScreen)
            assert app.screen.query_one("#editor-body").text == "typed while another window saves!!"
            assert Store(data_dir).journal.count() == 0
            release(holder)
            await wait_for(pilot, lambda: app.saves.waiting == 0)
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: app.saves.waiting == 0)
    finally:
        release(holder)
    assert [e.body for e in Store(data_dir).journal.all()] == ["typed while another window saves!!"]
