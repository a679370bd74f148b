"""Snapshots of Today's hard-days card at 80x24 and 160x48, with the person's people and without, and of My people."""

from __future__ import annotations

import pytest

from resilience_tui.ui.app import make_app
from tests.snapshots.demo import FIXED_NOW, SIZES, size_id
from tests.ui.hard_days_helpers import hard_days, people


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_hard_days_card_with_people(snap_compare, tmp_path, size):
    people(hard_days(tmp_path / "data"))
    assert snap_compare(make_app(tmp_path / "data", clock=lambda: FIXED_NOW), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_hard_days_card_without_people(snap_compare, tmp_path, size):
    hard_days(tmp_path / "data")
    assert snap_compare(make_app(tmp_path / "data", clock=lambda: FIXED_NOW), terminal_size=size)


def test_my_people(snap_compare, tmp_path):
    people(hard_days(tmp_path / "data"))
    assert snap_compare(make_app(tmp_path / "data", clock=lambda: FIXED_NOW), press=["p"], terminal_size=(80, 24))
