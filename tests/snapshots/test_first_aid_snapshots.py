"""Snapshots of first aid at 80x24 and 160x48: its first page, the break, and the writing sprint with a fixed clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from resilience_tui.demo import write_demo
from resilience_tui.domain.application import Application
from resilience_tui.store.store import Store
from resilience_tui.ui.app import make_app
from resilience_tui.ui.first_aid.screen import FirstAidScreen
from resilience_tui.ui.first_aid.sprint import WritingSprint
from tests.snapshots.demo import FIXED_NOW, SIZES, size_id

WRITTEN = "The email came at lunch. I read it twice. [bold]Not this time[/] they said, and it stung more than I expected."


class StillClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def _app_with_fresh_rejection(folder):
    """The demo data, and a no heard yesterday: the writing sprint is offered for it."""
    write_demo(folder, years=1, today=FIXED_NOW.date())
    at = FIXED_NOW - timedelta(days=20)
    rejection = Application(company="Northwind Studio", role="Service Designer", stage="final", outcome="rejected",
                            applied_on=at.date(), rejected_on=FIXED_NOW.date() - timedelta(days=1),
                            id="00000000-0000-4000-8000-00000000fa01", created_at=at, updated_at=at)
    Store(folder).applications.add(rejection)
    return make_app(folder, clock=lambda: FIXED_NOW), rejection


def _opened(rejection: Application, clock: StillClock, *keys: str):
    async def run_before(pilot) -> None:
        pilot.app.push_screen(FirstAidScreen(rejection, clock=clock))
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
            await pilot.pause()
    return run_before


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_first_aid(snap_compare, tmp_path, size):
    app, rejection = _app_with_fresh_rejection(tmp_path / "data")
    assert snap_compare(app, run_before=_opened(rejection, StillClock()), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_first_aid_break(snap_compare, tmp_path, size):
    app, rejection = _app_with_fresh_rejection(tmp_path / "data")
    assert snap_compare(app, run_before=_opened(rejection, StillClock(), "b", "enter"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_writing_sprint_intro(snap_compare, tmp_path, size):
    app, rejection = _app_with_fresh_rejection(tmp_path / "data")
    assert snap_compare(app, run_before=_opened(rejection, StillClock(), "w"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_writing_sprint(snap_compare, tmp_path, size):
    app, rejection = _app_with_fresh_rejection(tmp_path / "data")
    clock = StillClock()
    opened = _opened(rejection, clock, "w", "enter")

    async def run_before(pilot) -> None:
        await opened(pilot)
        await pilot.press(*WRITTEN)
        clock.now += 4 * 60  # four minutes in: 11:00 left
        pilot.app.screen.query_one(WritingSprint).tick()
        await pilot.pause()

    assert snap_compare(app, run_before=run_before, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_writing_sprint_choosing(snap_compare, tmp_path, size):
    app, rejection = _app_with_fresh_rejection(tmp_path / "data")
    clock = StillClock()
    opened = _opened(rejection, clock, "w", "enter")

    async def run_before(pilot) -> None:
        await opened(pilot)
        await pilot.press(*WRITTEN)
        clock.now += 15 * 60  # time's up
        pilot.app.screen.query_one(WritingSprint).tick()
        await pilot.press("escape")
        await pilot.pause()

    assert snap_compare(app, run_before=run_before, terminal_size=size)
