"""A rejection's recovery path shows its bounce-back once the check-ins show it, on Applications and on Today."""

from __future__ import annotations

from datetime import timedelta

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.services.applications import bounce_back_of
from resilience_tui.store.store import Store
from tests.ui.application_helpers import rejection
from tests.ui.helpers import FIXED_NOW, app_on, screen_text
from tests.ui.test_applications_screen import detail_text

HEARD = FIXED_NOW.date() - timedelta(days=10)


def usual_then(store: Store, after: list[int]) -> None:
    """30 days at "good" before hearing back, then one check-in a day with the moods `after`."""
    moods = {HEARD - timedelta(days=d): 4 for d in range(1, 31)}
    moods |= {HEARD + timedelta(days=i): m for i, m in enumerate(after)}
    store.checkins.add_many(CheckIn(mood=m, at=FIXED_NOW.replace(year=d.year, month=d.month, day=d.day, hour=12))
                            for d, m in moods.items())


async def test_back_to_the_usual_shows_under_the_path_on_applications_and_today(data_dir) -> None:
    store = Store(data_dir)
    usual_then(store, [2, 2, 4, 5, 5])
    store.applications.add(rejection(days=10))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert "Back to your usual in 3 days." in screen_text(app)  # Today
        await pilot.press("a")
        await pilot.pause()
        text = detail_text(app)
        path = text.split("Your recovery path")[1]
        assert "Back to your usual in 3 days." in path.split("In proportion")[0]


async def test_nothing_is_said_while_it_is_not_known(data_dir) -> None:
    store = Store(data_dir)
    usual_then(store, [2, 2, 2, 3])
    store.applications.add(rejection(days=10))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert "Back to your usual" not in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert "Your recovery path" in detail_text(app) and "Back to your usual" not in detail_text(app)


def test_only_the_checkins_around_the_rejection_are_read(data_dir, monkeypatch) -> None:
    store = Store(data_dir)
    usual_then(store, [2, 2, 4, 5, 5])
    heard = store.applications.add(rejection(days=10))
    store.checkins.add(CheckIn(mood=1, at=FIXED_NOW - timedelta(days=800)))  # two years before: never read
    fresh = Store(data_dir)
    asked: list[tuple] = []
    real = fresh.checkins.between
    monkeypatch.setattr(fresh.checkins, "all", lambda: (_ for _ in ()).throw(AssertionError("read everything")))
    monkeypatch.setattr(fresh.checkins, "between", lambda start, end: asked.append((start, end)) or real(start, end))
    found = bounce_back_of(fresh, heard, FIXED_NOW)
    assert found is not None and (found.status, found.days, found.baseline) == ("back", 3, 4.0)
    [(start, end)] = asked
    assert start.date() == HEARD - timedelta(days=30) and end > FIXED_NOW
