"""Screens built off-screen while the app is idle (ui/common/prebuild.py): what the first visit shows is
what is stored, nothing typed is lost, nothing is painted early, and tests build nothing ahead."""

from __future__ import annotations

import asyncio
import gc

import pytest

from resilience_tui.store.drafts import CHECKIN as CHECKIN_DRAFT
from resilience_tui.store.store import Store
from resilience_tui.ui.common.prebuild import BUILT_BEFORE, is_built
from tests.ui.application_helpers import application
from tests.ui.helpers import app_on, journal_entry, screen_text

SIZE = (100, 30)


@pytest.fixture(autouse=True)
def _unfreeze():
    yield
    gc.unfreeze()  # a real run's freezing (long_lived) is on in these tests: let the collector see it all again


async def built_while_idle(app, pilot, longest: float = 20.0) -> None:
    """Wait until the idle work has built every screen and made it ready (or fail)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + longest
    while not all(is_built(app, name) for name in BUILT_BEFORE):
        assert loop.time() < end, [name for name in BUILT_BEFORE if not is_built(app, name)]
        await pilot.pause(0.1)
    await pilot.pause(0.5)  # the last steps: each screen styled, laid out and rendered once


def real_run(app):
    app.long_lived.enabled = True  # as `ResilienceApp.run` sets it
    return app


async def test_every_screen_is_built_off_screen_and_today_stays_on_screen(data_dir):
    store = Store(data_dir)
    store.applications.add(application("Northwind Studio"))
    app = real_run(app_on(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown_before = screen_text(app)
        await built_while_idle(app, pilot)
        assert app.screen_stack == [app.get_screen("today")]
        assert screen_text(app) == shown_before  # nothing of the screens built was painted
        assert is_built(app, "insights")
        for _ in range(100):  # its sections are worked out in a thread
            if app.get_screen("insights").base is not None:
                break
            await pilot.pause(0.1)
        assert app.get_screen("insights").base is not None  # ready before the first visit
        applications = app.get_screen("applications")
        assert "Northwind Studio" in "\n".join(strip.text for strip in applications._compositor.render_strips())
        await pilot.pause(1.2)  # long_lived.SETTLE: what the screens built hold is frozen, once
        freezes = app.long_lived.freezes
        assert freezes > 0
        await pilot.press("a")
        await pilot.pause()
        assert app.screen is applications
        assert "Northwind Studio" in screen_text(app)
        await pilot.pause(1.2)
        assert app.long_lived.freezes == freezes  # its first visit built nothing new


async def test_tests_do_not_build_screens_ahead(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(1.0)
        assert [name for name in BUILT_BEFORE if is_built(app, name)] == []


async def test_what_another_window_saved_after_the_build_shows_on_the_first_visit(data_dir):
    store = Store(data_dir)
    store.applications.add(application("Northwind Studio"))
    store.journal.add(journal_entry(2, "An entry from before"))
    app = real_run(app_on(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await built_while_idle(app, pilot)
        elsewhere = Store(data_dir)  # the command line, or a second window
        elsewhere.applications.add(application("Contoso Labs"))
        elsewhere.journal.add(journal_entry(1, "Written in the other window"))
        await pilot.press("a")
        await pilot.pause()
        assert "Contoso Labs" in screen_text(app)
        assert "Northwind Studio" in screen_text(app)
        await pilot.press("j")
        await pilot.pause()
        assert "Written in the other window" in screen_text(app)


async def test_a_check_in_saved_after_insights_was_built_is_in_its_first_visit(data_dir):
    from datetime import timedelta

    from tests.ui.helpers import FIXED_NOW, checkin

    Store(data_dir).checkins.add(checkin(48, 2))
    app = real_run(app_on(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await built_while_idle(app, pilot)
        insights = app.get_screen("insights")
        for _ in range(100):
            if insights.base is not None:
                break
            await pilot.pause(0.1)
        assert insights.base is not None and insights.base.book.counts[-1] == 1
        Store(data_dir).checkins.add(checkin(0.5, 5))  # the command line, or a second window
        await pilot.press("i")
        for _ in range(100):
            await pilot.pause(0.1)
            base = insights.base
            if base is not None and base.book.days[-1] == (FIXED_NOW - timedelta(hours=0.5)).date():
                break
        assert app.screen is insights
        assert insights.base is not None and list(insights.base.book.counts[-2:]) == [1, 1]
        assert insights.base.book.days[-1] == (FIXED_NOW - timedelta(hours=0.5)).date()


async def test_a_check_in_draft_survives_the_build_and_shows_on_the_first_visit(data_dir):
    Store(data_dir).drafts.set(CHECKIN_DRAFT, {"mood": 2, "note": "typed before the crash", "when": "now"})
    app = real_run(app_on(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await built_while_idle(app, pilot)
        assert Store(data_dir).drafts.get(CHECKIN_DRAFT)["note"] == "typed before the crash"
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.query_one("#note").text == "typed before the crash"
        assert app.screen.query_one("#mood").value == 2
    assert Store(data_dir).drafts.get(CHECKIN_DRAFT)["note"] == "typed before the crash"


async def test_quitting_while_a_screen_is_being_built_closes_cleanly(data_dir):
    from resilience_tui.ui.common import prebuild

    Store(data_dir).drafts.set(CHECKIN_DRAFT, {"mood": 4, "note": "kept", "when": "now"})
    app = real_run(app_on(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        loop = asyncio.get_running_loop()
        end = loop.time() + 20
        while app not in prebuild._building or prebuild._building[app].is_set():  # the first screen built: Check-in, mid-mount
            assert loop.time() < end
            await asyncio.sleep(0.001)
        app.exit()
        await pilot.pause()
    assert app.crash_message is None
    assert not (data_dir / "crash-reports").exists()
    assert Store(data_dir).drafts.get(CHECKIN_DRAFT)["note"] == "kept"
