"""Snapshots of every screen at 80x24 and 160x48, on fixed demo data and a fixed clock."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from resilience_tui.demo import write_demo
from resilience_tui.ui.app import make_app

FIXED_NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
SIZES = [(80, 24), (160, 48)]


def demo_app(folder: Path):
    write_demo(folder, years=1, today=FIXED_NOW.date())
    return make_app(folder, clock=lambda: FIXED_NOW)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_today(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_checkin(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["c"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_checkin_after_saving(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["c", "2", "ctrl+s"], terminal_size=size)


def test_help(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["question_mark"], terminal_size=(80, 24))


def test_today_empty(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path / "empty", clock=lambda: FIXED_NOW), terminal_size=(80, 24))
