"""Snapshots of Insights at 80x24 and 160x48, on fixed demo data and a fixed clock (the app's `clock`, FIXED_NOW).

Each waits until the sections are computed (a thread worker), so the picture never shows them half filled.
"""

from __future__ import annotations

import pytest

from resilience_tui.ui.app import make_app
from tests.snapshots.demo import FIXED_NOW, SIZES, demo_app, size_id


async def insights_open(pilot) -> None:
    """Open Insights and wait for its sections, so the next keys act on a filled screen."""
    await pilot.press("i")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_insights(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), terminal_size=size, run_before=insights_open)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_insights_day_cursor(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["d", "left", "up"], terminal_size=size,
                        run_before=insights_open)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_insights_a_days_records(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["d", "left", "enter"], terminal_size=size,
                        run_before=insights_open)


def test_insights_last_year(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["left_square_bracket"], terminal_size=(160, 48),
                        run_before=insights_open)


def test_insights_everything_lower_down(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["5", "pagedown"], terminal_size=(80, 24),
                        run_before=insights_open)


def test_insights_with_nothing_recorded(snap_compare, tmp_path):
    app = make_app(tmp_path / "empty", clock=lambda: FIXED_NOW)
    assert snap_compare(app, terminal_size=(80, 24), run_before=insights_open)
