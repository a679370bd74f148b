"""Snapshots of the Applications and Feedback screens at 80x24 and 160x48, on fixed demo data and a fixed clock."""

from __future__ import annotations

import pytest

from tests.snapshots.demo import SIZES, demo_app, size_id


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_applications(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["a"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_applications_rejections_with_recovery_path(snap_compare, tmp_path, size):
    # "o" twice shows the rejections; the newest has its recovery path.
    assert snap_compare(demo_app(tmp_path / "data"), press=["a", "o", "o", "down"], terminal_size=size)


def test_application_form(snap_compare, tmp_path):
    assert snap_compare(demo_app(tmp_path / "data"), press=["a", "e"], terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_feedback(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["f"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_feedback_reply_with_points(snap_compare, tmp_path, size):
    assert snap_compare(demo_app(tmp_path / "data"), press=["f", "down"], terminal_size=size)
