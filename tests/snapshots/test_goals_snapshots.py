"""Snapshots of the Goals board at 80x24 and 160x48, its form and its empty state, on fixed demo data and clock."""

from __future__ import annotations

import pytest

from resilience_tui.ui.app import make_app
from tests.snapshots.demo import FIXED_NOW, SIZES, demo_app, size_id


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_goals_board(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["g"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_goals_board_focus_in_doing(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["g", "right", "down"], terminal_size=size)


def test_goals_board_one_category(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["g", "2"], terminal_size=(80, 24))


def test_goal_form(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["g", "right", "enter"], terminal_size=(80, 24))


def test_goals_empty_board_offers_starters(snap_compare, tmp_path):
    app = make_app(tmp_path / "empty", clock=lambda: FIXED_NOW)
    assert snap_compare(app, press=["g", "down", "space"], terminal_size=(80, 24))
