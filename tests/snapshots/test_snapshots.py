"""Snapshots of every screen at 80x24 and 160x48, on fixed demo data and a fixed clock."""

from __future__ import annotations

import pytest

from resilience_tui.ui.app import make_app
from tests.snapshots.demo import FIXED_NOW, SIZES, demo_app, size_id


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_today(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_checkin(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["c"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_checkin_after_saving(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["c", "2", "ctrl+s"], terminal_size=size)


def test_help(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["question_mark"], terminal_size=(80, 24))


def test_today_empty(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path / "empty", clock=lambda: FIXED_NOW), terminal_size=(80, 24))
