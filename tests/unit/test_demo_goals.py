"""Demo goals: about sixty a year, across every column and category, deterministic, and telling the story."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from resilience_tui.demo import TODAY_CUTOFF, write_demo
from resilience_tui.domain.day_words import week_end, week_start
from resilience_tui.domain.goal import CATEGORIES, COLUMNS, DONE, validate
from resilience_tui.domain.goal_rules import glance, ordered
from resilience_tui.store.store import Store

TODAY = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def one_year(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-goals") / "data"
    counts = write_demo(folder, 1, today=TODAY)
    return folder, counts, Store(folder).goals.all()


def test_about_sixty_goals_a_year(one_year):
    _, counts, goals = one_year
    assert counts["goals"] == len(goals) == 60


@pytest.mark.parametrize("years, expected", [(3, 180), (12, 600)])
def test_more_years_more_goals_up_to_a_sensible_cap(tmp_path: Path, years: int, expected: int):
    assert write_demo(tmp_path / "d", years, today=TODAY)["goals"] == expected


def test_same_seed_and_day_give_the_same_goals_file(tmp_path: Path):
    write_demo(tmp_path / "a", 1, seed=5, today=TODAY)
    write_demo(tmp_path / "b", 1, seed=5, today=TODAY)
    write_demo(tmp_path / "c", 1, seed=6, today=TODAY)
    a, b, c = ((tmp_path / name / "goals.json").read_bytes() for name in "abc")
    assert a == b and a != c


def test_goals_cover_every_column_and_category(one_year):
    _, _, goals = one_year
    assert {g.column for g in goals} == set(COLUMNS)
    assert {g.category for g in goals} == {c.key for c in CATEGORIES}
    assert 5 <= len(ordered(goals, "todo")) <= 8 and 2 <= len(ordered(goals, "doing")) <= 4
    assert sum(g.weekly for g in goals) >= 2 and any(g.weeks_done for g in goals)
    assert any(g.steps and not all(s.done for s in g.steps) for g in goals if not g.done)


def test_a_couple_due_this_week_and_one_overdue(one_year):
    _, _, goals = one_year
    now = datetime.combine(TODAY, TODAY_CUTOFF).astimezone()
    view = glance(goals, now)
    assert len(view.overdue) == 1
    dated = [g for g in view.this_week if g.due]
    assert len(dated) >= 2 and all(TODAY <= g.due <= week_end(TODAY) for g in dated)
    assert len(view.finished) >= 2


def test_every_goal_is_valid_and_in_the_past(one_year):
    _, _, goals = one_year
    cutoff = datetime.combine(TODAY, TODAY_CUTOFF).astimezone()
    for goal in goals:
        assert validate(goal) == goal
        assert goal.created_at <= goal.updated_at <= cutoff
        assert (goal.finished_at is not None) == (goal.column == DONE)
        if goal.weekly:
            assert goal.week_of == week_start(TODAY)  # nothing to roll over on the first open
    for column in COLUMNS:
        assert [g.position for g in ordered(goals, column)] == list(range(len(ordered(goals, column))))
    done = ordered(goals, DONE)
    assert [g.finished_at for g in done] == sorted((g.finished_at for g in done), reverse=True)
    assert len({g.id for g in goals}) == len(goals)


def test_the_board_follows_the_story_of_the_last_weeks(one_year):
    folder, _, goals = one_year
    checkins = Store(folder).checkins.recent(10**6)
    rejection = next(c for c in checkins if "rejection" in c.tags and c.at.date() == TODAY - timedelta(days=9))
    company = next(t for t in rejection.tags if t != "rejection").replace("-", " ").title()
    feedback = next(g for g in goals if g.title == f"Ask {company} for feedback")
    assert feedback.column == DONE
    assert any(company in g.notes for g in goals if not g.done)  # the skill gap the feedback named
    assert any("[b]" in g.title for g in goals)  # markup-like text exercises safe rendering
