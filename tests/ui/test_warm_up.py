"""While the app is idle, every screen's code is imported and its stylesheet read, before its first visit."""

from __future__ import annotations

import inspect
from pathlib import Path

from resilience_tui.ui.registry import SCREENS
from tests.ui.helpers import app_on


def stylesheet_of(name: str) -> str:
    screen_class = SCREENS[name][2].load()
    return str((Path(inspect.getfile(screen_class)).parent / screen_class.CSS_PATH).resolve())


async def test_every_screen_is_ready_before_its_first_visit(data_dir):
    app = app_on(data_dir)
    app.long_lived.enabled = True  # as a real run sets it
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause(3.0)  # start-up, the journal's index, then one screen per two steps
            unread = [name for name in SCREENS if getattr(SCREENS[name][2].load(), "CSS_PATH", None)
                      and not app.stylesheet.has_source(stylesheet_of(name))]
            assert unread == []
            assert app.screen_stack == [app.get_screen("today")]  # ready (built: ui/common/prebuild.py), not opened
    finally:
        import gc

        gc.unfreeze()


async def test_every_year_of_check_ins_is_summed_up_when_idle_and_not_held(data_dir, monkeypatch):
    from datetime import datetime, timezone

    from resilience_tui.domain.checkin import CheckIn
    from resilience_tui.domain.day_book import day_book
    from resilience_tui.store.store import Store
    from resilience_tui.ui.insights.summaries import summaries_of

    store = Store(data_dir)
    for year in range(2010, 2026):  # sixteen years
        store.checkins.add(CheckIn(mood=1 + year % 5, at=datetime(year, 6, 1, 12, tzinfo=timezone.utc)))
    # The screens built ahead read what their visits read (Check-in: its last 500 check-ins, here all
    # sixteen years): this is about the years summed up for Insights alone.
    monkeypatch.setattr("resilience_tui.ui.common.warm_up.prebuild_screens", lambda app: None)
    app = app_on(data_dir)
    app.long_lived.enabled = True
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            summaries = summaries_of(app.store)
            for _ in range(150):  # while idle: within a second or two, longer on a loaded machine
                await pilot.pause(0.1)
                if not summaries.stale():
                    break
            assert summaries.stale() == []  # every year summed up for Insights
            assert summaries._book is not None and summaries._book[1] == day_book(Store(data_dir).checkins.all())
            assert 2019 not in app.store.checkins._parsed  # their records are not held (Today reads this year's)
            assert 2010 not in app.store.checkins._parsed
    finally:
        import gc

        gc.unfreeze()


async def test_tests_do_not_warm_up(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(2.0)
        assert not app.stylesheet.has_source(stylesheet_of("goals"))
