"""Snapshots of the Reflection screen at 80x24 and 160x48, on fixed demo data and a fixed clock."""

from __future__ import annotations

import pytest

from resilience_tui.ui.app import make_app
from resilience_tui.ui.reflection.worksheet_list import ReflectionList
from tests.snapshots.demo import FIXED_NOW, SIZES, demo_app, size_id


async def reflection_open(pilot) -> None:
    """Open Reflection and wait until its list of worksheets is filled, so the next keys act on it."""
    await pilot.press("r")
    for _ in range(100):
        await pilot.pause()
        lists = pilot.app.screen.query(ReflectionList)
        if lists and lists.first().option_count:
            return
    raise AssertionError("the worksheet list never filled")


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_reflection_list(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["r"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_reflection_editor(snap_compare, tmp_path, size):
    # The draft about the latest rejection, in section 2: the check-ins from around the interview show beside it.
    assert snap_compare(demo_app(tmp_path / "data"), press=["enter", "ctrl+down"], terminal_size=size,
                        run_before=reflection_open)


def test_reflection_thinking_traps(snap_compare, tmp_path):
    keys = ["enter", *["ctrl+down"] * 6, "tab", "down"]
    assert snap_compare(demo_app(tmp_path / "data"), press=keys, terminal_size=(80, 24), run_before=reflection_open)


def test_reflection_actions(snap_compare, tmp_path):
    keys = ["enter", *["ctrl+down"] * 8]
    assert snap_compare(demo_app(tmp_path / "data"), press=keys, terminal_size=(80, 24), run_before=reflection_open)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_reflection_preview(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["r", "p"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_story_bank(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["r", "s"], terminal_size=size)


def test_reflection_empty(snap_compare, tmp_path):
    app = make_app(tmp_path / "empty", clock=lambda: FIXED_NOW)
    assert snap_compare(app, press=["r"], terminal_size=(80, 24))
