"""Snapshots of the Journal (list and preview, editor, wins) and of Today after a low check-in."""

from __future__ import annotations

from datetime import timedelta

import pytest

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.store.store import Store
from tests.snapshots.demo import FIXED_NOW, SIZES, demo_app, size_id


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_journal(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["j"], terminal_size=size)


def test_journal_editor(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["j", "down", "e"], terminal_size=(80, 24))


def test_journal_wins(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["j", "v"], terminal_size=(160, 48))


def test_today_after_a_low_check_in(snap_compare, tmp_path):
    app = demo_app(tmp_path / "data")
    at = FIXED_NOW - timedelta(hours=1)
    Store(tmp_path / "data").checkins.add(CheckIn(mood=2, at=at, created_at=at, updated_at=at, note="A hard one."))
    assert snap_compare(app, terminal_size=(80, 24))
