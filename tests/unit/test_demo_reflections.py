"""Demo worksheets: both states, with stories and thinking traps, linked to demo applications and goals."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from resilience_tui.demo import write_demo
from resilience_tui.domain.reflection import SECTION_KEYS, sections_with_content, validate
from resilience_tui.domain.thinking_traps import TRAP_KEYS
from resilience_tui.store.store import Store

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def one_year(tmp_path_factory) -> tuple[dict, Store]:
    folder = tmp_path_factory.mktemp("demo") / "data"
    counts = write_demo(folder, 1, today=TODAY)
    return counts, Store(folder)


def test_worksheets_in_both_states_with_stories_and_traps(one_year):
    counts, store = one_year
    worksheets = store.reflections.all()
    assert counts["reflections"] == len(worksheets) >= 8
    assert {r.status for r in worksheets} == {"draft", "complete"}
    assert all(r.stories and r.thoughts for r in worksheets)
    assert {trap for r in worksheets for t in r.thoughts for trap in t.traps} >= set(TRAP_KEYS[:6])
    assert any(r.application_id is None for r in worksheets)  # a general look back too
    for r in worksheets:
        assert validate(r) == r
        assert r.created_at.date() < TODAY and r.updated_at >= r.created_at
        assert r.is_complete == (r.completed_at is not None)
        if r.is_complete:
            assert r.went_well.strip()  # what complete asks for


def test_worksheets_are_about_demo_interviews_that_ended_in_a_no(one_year):
    _, store = one_year
    applications = {a.id: a for a in store.applications.all()}
    linked = [r for r in store.reflections.all() if r.application_id]
    assert linked
    for r in linked:
        application = applications[r.application_id]
        assert application.is_rejection and application.stage != "applied"
        assert r.created_at.date() > application.rejected_on
        assert r.stage == application.stage_words


def test_the_latest_interview_rejection_has_a_draft_under_way_with_actions_on_the_board(one_year):
    _, store = one_year
    applications = {a.id: a for a in store.applications.all()}
    recent = [r for r in store.reflections.all()
              if r.application_id and (TODAY - applications[r.application_id].rejected_on).days <= 30]
    assert len(recent) == 1
    (current,) = recent
    assert not current.is_complete
    # Section 5 is still to do; section 8 shows the feedback from the request.
    assert set(SECTION_KEYS) - set(sections_with_content(current)) == {"gaps", "feedback"}
    goals = {g.id: g for g in store.goals.all()}
    linked = [a for a in current.actions if a.goal_id]
    assert linked and all(goals[a.goal_id].title == a.text for a in linked)
    assert any(not a.goal_id for a in current.actions)


def test_some_story_questions_repeat_so_the_bank_gathers_answers(one_year):
    _, store = one_year
    questions = [s.question for r in store.reflections.all() for s in r.stories]
    assert len(set(questions)) < len(questions)


def test_same_seed_and_day_give_the_same_worksheets(tmp_path: Path):
    write_demo(tmp_path / "a", 1, seed=5, today=TODAY)
    write_demo(tmp_path / "b", 1, seed=5, today=TODAY)
    a, b = (tmp_path / "a" / "reflections.json").read_bytes(), (tmp_path / "b" / "reflections.json").read_bytes()
    assert a == b


def test_ten_years_is_about_the_size_the_benchmarks_expect(tmp_path: Path):
    counts = write_demo(tmp_path / "ten", 10, today=TODAY)
    assert 100 <= counts["reflections"] <= 200
    assert max(r.created_at.date() for r in Store(tmp_path / "ten").reflections.all()) < TODAY
    assert min(r.created_at.date() for r in Store(tmp_path / "ten").reflections.all()) > TODAY - timedelta(days=3650)
