"""Rules of the board: order in a column, moves, undo's placement, weekly resets, Today's glance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from resilience_tui.domain import goal_rules as rules
from resilience_tui.domain.goal import DOING, DONE, TODO, Goal, Step

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)  # a Thursday
EARLIER = NOW - timedelta(days=3)


def goal(title: str, column: str = TODO, position: int = 0, **fields) -> Goal:
    return Goal(title, column=column, position=position, created_at=EARLIER, updated_at=EARLIER, **fields)


def apply(goals: list[Goal], changed: list[Goal]) -> list[Goal]:
    by_id = {g.id: g for g in changed}
    return [by_id.get(g.id, g) for g in goals]


def titles(goals, column=TODO) -> list[str]:
    return [g.title for g in rules.ordered(goals, column)]


def test_order_is_by_position_then_age_then_id():
    a = goal("a", position=2)
    b = goal("b", position=-1)
    c = replace(goal("c", position=2), created_at=EARLIER - timedelta(days=1))
    d = goal("d", column=DOING, position=-5)
    assert titles([a, b, c, d]) == ["b", "c", "a"]
    assert titles([a, b, c, d], DOING) == ["d"]


def test_moving_to_the_next_column_lands_on_top_and_changes_only_that_goal():
    a, b, c = goal("a", position=0), goal("b", position=1), goal("c", DOING, position=0)
    changed = rules.move_to_column([a, b, c], b.id, DOING, NOW)
    assert [g.id for g in changed] == [b.id]
    moved = changed[0]
    assert (moved.column, moved.position, moved.updated_at, moved.finished_at) == (DOING, -1, NOW, None)
    assert titles(apply([a, b, c], changed), DOING) == ["b", "c"]


def test_moving_into_done_records_when_and_moving_out_clears_it():
    a = goal("a", DOING)
    [done] = rules.move_to_column([a], a.id, DONE, NOW)
    assert done.finished_at == NOW
    [back] = rules.move_to_column([done], a.id, DOING, NOW + timedelta(hours=1))
    assert back.finished_at is None and back.column == DOING


def test_no_move_past_the_edges_or_onto_the_same_column():
    a = goal("a")
    assert rules.neighbour_column(TODO, -1) is None and rules.neighbour_column(DONE, 1) is None
    assert rules.neighbour_column(TODO, 1) == DOING and rules.neighbour_column(DONE, -1) == DOING
    assert rules.move_to_column([a], a.id, TODO, NOW) == []
    assert rules.move_to_column([a], "no such id", DONE, NOW) == []


def test_shifting_up_and_down_renumbers_the_column():
    goals = [goal("a", position=-4), goal("b", position=7), goal("c", position=7), goal("d", position=20)]
    goals[2] = replace(goals[2], created_at=EARLIER + timedelta(minutes=1))  # a tie in position: age decides
    b = goals[1]
    changed = rules.shift_within(goals, b.id, -1, NOW)
    goals = apply(goals, changed)
    assert titles(goals) == ["b", "a", "c", "d"]
    assert [g.position for g in rules.ordered(goals, TODO)] == [0, 1, 2, 3]
    assert all(g.updated_at == NOW for g in changed)
    goals = apply(goals, rules.shift_within(goals, b.id, 1, NOW))
    goals = apply(goals, rules.shift_within(goals, b.id, 1, NOW))
    assert titles(goals) == ["a", "c", "b", "d"]
    assert rules.shift_within(goals, goals[0].id, -1, NOW) == []  # "a" is already on top


def test_shifting_with_a_filter_passes_the_next_visible_goal():
    goals = [goal("skills 1", position=0, category="skills"), goal("hidden", position=1),
             goal("skills 2", position=2, category="skills")]
    visible = {g.id for g in goals if g.category == "skills"}
    changed = rules.shift_within(goals, goals[2].id, -1, NOW, visible)
    assert titles(apply(goals, changed)) == ["skills 2", "skills 1", "hidden"]


def test_a_deleted_goal_comes_back_exactly_when_its_place_is_free():
    goals = [goal("a", position=0), goal("b", position=1), goal("c", position=2)]
    b = goals[1]
    index = rules.index_in_column(goals, b)
    rest = [g for g in goals if g.id != b.id]
    assert rules.place_at(rest, b, index, NOW) == [b]  # the very same record, nothing else touched


def test_a_deleted_goal_comes_back_at_its_index_when_others_moved_meanwhile():
    goals = [goal("a", position=0), goal("b", position=1), goal("c", position=2)]
    b = goals[1]
    rest = [g for g in goals if g.id != b.id]
    rest = apply(rest, rules.shift_within(rest, rest[1].id, -1, NOW))  # c moves above a: c=0, a=1
    changed = rules.place_at(rest, b, 1, NOW)
    after = apply(rest, changed) + [g for g in changed if g.id == b.id]
    assert titles(after) == ["c", "b", "a"]
    restored = next(g for g in changed if g.id == b.id)
    assert replace(restored, position=b.position) == b  # only its position changed, not its times


def test_a_weekly_goal_resets_on_monday_and_keeps_its_history():
    sunday_night = datetime(2026, 11, 29, 23, 59, tzinfo=timezone.utc)
    monday = sunday_night + timedelta(minutes=1)
    weekly = goal("three good things", DONE, weekly=True, week_of=date(2026, 11, 23), finished_at=EARLIER,
                  steps=(Step("one", True), Step("two", True)), weeks_done=(date(2026, 11, 23),))
    other = goal("on top", position=0)
    assert rules.roll_weeks([weekly, other], sunday_night) == []
    [fresh] = rules.roll_weeks([weekly, other], monday)
    assert fresh.week_of == date(2026, 11, 30)
    assert fresh.weeks_done == (date(2026, 11, 23),)
    assert [s.done for s in fresh.steps] == [False, False]
    assert (fresh.column, fresh.finished_at) == (TODO, None)
    assert titles([fresh, other]) == ["three good things", "on top"]
    assert rules.roll_weeks([fresh, other], monday + timedelta(days=6)) == []  # the same week: nothing to do


def test_a_week_with_every_step_ticked_counts_even_if_not_moved_to_done():
    weekly = goal("walk", DOING, weekly=True, week_of=date(2026, 11, 16), steps=(Step("mon", True), Step("tue", True)))
    [fresh] = rules.roll_weeks([weekly], NOW)
    assert fresh.weeks_done == (date(2026, 11, 16),)
    assert fresh.column == DOING and fresh.week_of == date(2026, 11, 23)
    unfinished = goal("walk", weekly=True, week_of=date(2026, 11, 16), steps=(Step("mon", True), Step("tue")))
    assert rules.roll_weeks([unfinished], NOW)[0].weeks_done == ()


def test_weeks_skipped_entirely_are_not_counted_and_the_clock_going_back_changes_nothing():
    weekly = goal("walk", weekly=True, week_of=date(2026, 10, 5), steps=(Step("mon"),))
    [fresh] = rules.roll_weeks([weekly], NOW)
    assert fresh.week_of == date(2026, 11, 23) and fresh.weeks_done == ()
    ahead = goal("walk", weekly=True, week_of=date(2026, 12, 7))
    assert rules.roll_weeks([ahead], NOW) == []


def test_finishing_a_weekly_goal_adds_the_week_and_unfinishing_removes_it():
    weekly = goal("walk", DOING, weekly=True, week_of=date(2026, 11, 23))
    [done] = rules.move_to_column([weekly], weekly.id, DONE, NOW)
    assert done.weeks_done == (date(2026, 11, 23),)
    [back] = rules.move_to_column([done], weekly.id, DOING, NOW)
    assert back.weeks_done == ()
    assert rules.weeks_done_words(done) == "weekly · done 1 week"
    assert rules.weeks_done_words(back) == "weekly"


def test_todays_glance():
    goals = [
        goal("overdue", due=date(2026, 11, 25)),
        goal("due sunday", DOING, due=date(2026, 11, 29)),
        goal("due monday", due=date(2026, 11, 30)),  # next week
        goal("weekly", weekly=True, week_of=date(2026, 11, 23)),
        goal("done today", DONE, finished_at=NOW - timedelta(hours=1)),
        goal("done six days ago", DONE, finished_at=datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)),
        goal("done seven days ago", DONE, finished_at=datetime(2026, 11, 19, 22, 0, tzinfo=timezone.utc)),
        goal("done but was due", DONE, due=date(2026, 11, 1), finished_at=EARLIER),
    ]
    view = rules.glance(goals, NOW)
    assert [g.title for g in view.overdue] == ["overdue"]
    assert [g.title for g in view.this_week] == ["due sunday", "weekly"]
    assert [g.title for g in view.finished] == ["done today", "done but was due", "done six days ago"]
    assert view.open_count == 4


def test_the_glance_shows_a_weekly_goal_as_its_new_week():
    weekly = goal("weekly", DONE, weekly=True, week_of=date(2026, 11, 16), finished_at=EARLIER - timedelta(days=7))
    view = rules.glance([weekly], NOW)
    assert [g.title for g in view.this_week] == ["weekly"]
    assert view.this_week[0].column == TODO


def test_progress_counts_ticked_steps():
    assert rules.progress(goal("x", steps=(Step("a", True), Step("b"), Step("c", True)))) == (2, 3)
    assert rules.progress(goal("x")) == (0, 0)
