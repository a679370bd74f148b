"""Snapshots of what Insights adds to other screens, at 80x24 and 160x48, on fixed demo data and a fixed clock:
the uneventful day on Check-in, the kind of source on the application form, and bounce-back time on a
recovery path."""

from __future__ import annotations

import pytest

from tests.snapshots.demo import SIZES, demo_app, size_id


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_checkin_uneventful_day_saved(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["c", "o"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_application_form_kind_of_source(snap_compare, tmp_path, size):
    # Editing the first application, scrolled to the kind of source under "Where you found it".
    assert snap_compare(demo_app(tmp_path / "data"), press=["a", "e", "tab", "tab", "tab"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_recovery_path_with_bounce_back(snap_compare, tmp_path, size):
    # The rejections, oldest of the recent ones chosen: back to the usual is known for it.
    assert snap_compare(demo_app(tmp_path / "data"), press=["a", "o", "o", "down", "down"], terminal_size=size)
