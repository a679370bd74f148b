"""Snapshots of the guesses form on Applications, Today's worry look-back and its form, and the worry view,
at 80x24 and 160x48, on the demo data and the fixed clock."""

from __future__ import annotations

import pytest

from tests.snapshots.demo import SIZES, demo_app, size_id


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_prediction_form(snap_compare, tmp_path, size):
    # The newest application is in progress and has guesses: p opens them to change.
    assert snap_compare(demo_app(tmp_path / "data"), press=["a", "p"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_today_worry_look_back(snap_compare, tmp_path, size):
    # The demo's today is one worry's look-back day: Today shows it, and w opens "did it happen?".
    assert snap_compare(demo_app(tmp_path / "data"), press=["w"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_worry_view(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["j", "W"], terminal_size=size)
