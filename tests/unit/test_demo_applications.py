"""The demo's applications and feedback requests: a realistic funnel that matches the check-ins' story."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from tinydb import TinyDB

from resilience_tui.demo import write_demo
from resilience_tui.domain.application import validate
from resilience_tui.domain.base_rates import base_rates
from resilience_tui.store.store import Store

TODAY = date(2025, 3, 14)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, dict, Store]:
    folder = tmp_path_factory.mktemp("demo") / "data"
    counts = write_demo(folder, 1, today=TODAY)
    return folder, counts, Store(folder)


def test_counts_are_returned(demo):
    _, counts, store = demo
    assert counts["applications"] == store.applications.count() >= 25
    assert counts["feedback requests"] == store.feedback.count() >= 4


def test_every_application_is_valid_and_the_funnel_narrows(demo):
    _, _, store = demo
    applications = store.applications.all()
    for application in applications:
        assert validate(application, TODAY) == application
    reached = [stage.reached for stage in base_rates(applications).stages]
    assert reached == sorted(reached, reverse=True)
    assert reached[0] > 2 * reached[2] and reached[-1] >= 1  # many apply, fewer interview, an offer


def test_the_scripted_final_round_rejection_matches_the_checkins(demo):
    _, _, store = demo
    rejected = [a for a in store.applications.all() if a.rejected_on == TODAY - timedelta(days=9)]
    [focus] = rejected
    assert focus.stage == "final" and "experience" in focus.reason
    [asked] = [r for r in store.feedback.all() if r.application_id == focus.id]
    assert asked.status == "replied" and asked.replied_on == TODAY - timedelta(days=4) and len(asked.points) == 2
    linked = [c for c in store.checkins.all() if c.application_id == focus.id]
    assert any(focus.company in c.note for c in linked)


def test_requests_in_every_status_and_a_follow_up_due(demo):
    _, _, store = demo
    requests = store.feedback.all()
    assert {r.status for r in requests} == {"draft", "sent", "replied", "no_reply"}
    from resilience_tui.services.feedback import follow_ups_due

    assert len(follow_ups_due(store, TODAY)) == 1
    by_id = {a.id: a for a in store.applications.all()}
    assert all(r.application_id in by_id for r in requests)
    assert all(r.follow_up_of in {x.id for x in requests} for r in requests if r.follow_up_of)


def test_files_are_plain_tinydb(demo):
    folder, counts, _ = demo
    with TinyDB(folder / "applications.json") as db:
        assert len(db.all()) == counts["applications"]
    with TinyDB(folder / "feedback.json") as db:
        assert len(db.all()) == counts["feedback requests"]


def test_ten_years_is_a_few_hundred_applications(tmp_path):
    counts = write_demo(tmp_path / "ten", 10, today=TODAY)
    assert 250 <= counts["applications"] <= 500
    assert counts["feedback requests"] >= 40
