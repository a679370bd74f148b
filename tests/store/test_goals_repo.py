"""Goals on disk: moves and order survive a restart, undo restores exactly, writes are single and atomic."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from tinydb import TinyDB

import resilience_tui.store.datafile as datafile
from resilience_tui.domain.goal import DOING, DONE, TODO, Goal, Step
from resilience_tui.domain.goal_rules import ordered
from resilience_tui.domain.goal_starters import STARTERS
from resilience_tui.domain.records import ValidationError
from resilience_tui.services import goals as service
from resilience_tui.store.store import Store

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


def titles(store: Store, column: str = TODO) -> list[str]:
    return [g.title for g in ordered(store.goals.all(), column)]


def add(store: Store, *names: str, minutes: int = 0) -> list[Goal]:
    """Add goals so that the first named ends on top."""
    made = []
    for offset, name in enumerate(reversed(names)):
        moment = NOW + timedelta(minutes=minutes + offset)
        made.append(service.add_goal(store, Goal(name, created_at=moment, updated_at=moment), moment))
    return list(reversed(made))


@pytest.fixture
def writes(monkeypatch) -> list[Path]:
    written: list[Path] = []
    real = datafile.write_bytes_atomic

    def counting(path, data):
        written.append(Path(path))
        real(path, data)

    monkeypatch.setattr(datafile, "write_bytes_atomic", counting)
    return written


def test_goals_live_in_a_plain_tinydb_file(store: Store, data_dir: Path):
    add(store, "Walk every morning")
    db = TinyDB(data_dir / "goals.json", access_mode="r")
    try:
        assert [doc["title"] for doc in db.table("_default").all()] == ["Walk every morning"]
        assert db.table("_meta").all() == [{"area": "goals", "schema_version": 1}]
    finally:
        db.close()


def test_new_goals_go_on_top_and_moves_and_order_survive_a_restart(store: Store, data_dir: Path):
    a, b, c = add(store, "a", "b", "c")
    assert titles(store) == ["a", "b", "c"]
    service.step_goal(store, b.id, 1, NOW)
    service.step_goal(store, c.id, 1, NOW)  # c goes on top of Doing
    service.shift_goal(store, b.id, -1, NOW)  # b back above c
    service.step_goal(store, a.id, 1, NOW)
    service.step_goal(store, a.id, 1, NOW)
    again = Store(data_dir)
    assert titles(again, TODO) == []
    assert titles(again, DOING) == ["b", "c"]
    assert titles(again, DONE) == ["a"]
    assert again.goals.get(a.id).finished_at == NOW


def test_every_move_is_one_atomic_write(store: Store, data_dir: Path, writes: list[Path]):
    a, b, c = add(store, "a", "b", "c")
    writes.clear()
    service.step_goal(store, a.id, 1, NOW)
    service.shift_goal(store, c.id, -1, NOW)  # renumbers several goals: still one write
    service.shift_goal(store, c.id, -5, NOW)  # already on top: no write at all
    assert writes == [data_dir / "goals.json", data_dir / "goals.json"]


def test_undo_of_a_delete_restores_the_exact_goal_at_its_place(store: Store, data_dir: Path):
    a, b, c = add(store, "a", "b", "c")
    service.save_goal(store, b.edited(NOW, steps=(Step("one", True), Step("two")), notes="[bold]keep[/]",
                                      due=date(2026, 12, 1)), NOW)
    before = Store(data_dir).goals.get(b.id)
    deleted = service.delete_goal(store, b.id)
    assert deleted.index == 1
    assert titles(Store(data_dir)) == ["a", "c"]
    service.undo_delete(store, deleted, NOW + timedelta(hours=1))
    again = Store(data_dir)
    assert again.goals.get(b.id) == before  # every field, times included
    assert titles(again) == ["a", "b", "c"]


def test_undo_keeps_the_place_even_after_other_moves(store: Store, data_dir: Path):
    a, b, c, d = add(store, "a", "b", "c", "d")
    deleted = service.delete_goal(store, c.id)
    service.shift_goal(store, d.id, -1, NOW)  # a, d, b
    service.undo_delete(store, deleted, NOW)
    again = Store(data_dir)
    assert titles(again) == ["a", "d", "c", "b"]
    restored = again.goals.get(c.id)
    assert (restored.title, restored.created_at, restored.updated_at) == (c.title, c.created_at, c.updated_at)


def test_deleting_a_goal_already_gone_elsewhere_is_harmless(store: Store, data_dir: Path):
    a, b = add(store, "a", "b")
    Store(data_dir).goals.delete(a.id)  # another window
    service.delete_goal(store, a.id)  # this window has not looked again yet: no error, nothing else lost
    assert titles(Store(data_dir)) == ["b"]
    store.refresh()
    assert service.delete_goal(store, a.id) is None


def test_an_edit_of_a_goal_deleted_elsewhere_brings_it_back(store: Store, data_dir: Path):
    [a] = add(store, "a")
    Store(data_dir).goals.delete(a.id)
    service.save_goal(store, a.edited(NOW, title="a, edited"), NOW)
    assert titles(Store(data_dir)) == ["a, edited"]


def test_weekly_goals_roll_over_on_the_store_in_one_write(store: Store, data_dir: Path, writes: list[Path]):
    week1 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    walk = service.add_goal(store, Goal("walk", weekly=True, steps=(Step("mon"), Step("tue"))), week1)
    read = service.add_goal(store, Goal("read", weekly=True), week1)
    assert walk.week_of == date(2026, 11, 23)
    service.move_goal(store, read.id, DONE, week1)
    writes.clear()
    assert service.roll_weeks(store, datetime(2026, 11, 29, 23, 59, tzinfo=timezone.utc)) == 0
    assert service.roll_weeks(store, datetime(2026, 11, 30, 0, 0, tzinfo=timezone.utc)) == 2
    assert writes == [data_dir / "goals.json"]
    again = Store(data_dir)
    assert again.goals.get(read.id).column == TODO
    assert again.goals.get(read.id).weeks_done == (date(2026, 11, 23),)
    assert again.goals.get(walk.id).weeks_done == ()


def test_starters_are_added_in_the_order_shown_in_one_write(store: Store, data_dir: Path, writes: list[Path]):
    add(store, "mine")
    picked = [STARTERS[4], STARTERS[0]]
    service.add_starters(store, picked, NOW)
    assert writes[-1] == data_dir / "goals.json" and len(writes) == 2
    assert titles(Store(data_dir)) == [STARTERS[4].title, STARTERS[0].title, "mine"]
    walk = next(g for g in Store(data_dir).goals.all() if g.title == STARTERS[4].title)
    assert walk.weekly and walk.week_of == date(2026, 11, 23) and len(walk.steps) == 5


def test_a_linked_goal_is_created_exactly_once(store: Store, data_dir: Path):
    first = service.create_linked_goal(store, "Brush up on SQL", "skills", "feedback", "fb-1", now=NOW)
    again = service.create_linked_goal(Store(data_dir), "  brush up on sql ", "skills", "feedback", "fb-1")
    assert again == first
    other_source = service.create_linked_goal(store, "Brush up on SQL", "skills", "reflection", "r-9", now=NOW)
    other_title = service.create_linked_goal(store, "Practise joins", "skills", "feedback", "fb-1", now=NOW,
                                             due=date(2026, 12, 4))
    stored = Store(data_dir).goals.all()
    assert len(stored) == 3
    assert {(g.source.kind, g.source.id, g.title) for g in stored} == {
        ("feedback", "fb-1", "Brush up on SQL"), ("reflection", "r-9", "Brush up on SQL"),
        ("feedback", "fb-1", "Practise joins")}
    assert other_title.due == date(2026, 12, 4) and other_source.id != first.id
    assert titles(Store(data_dir)) == ["Practise joins", "Brush up on SQL", "Brush up on SQL"]


def test_a_linked_goal_checks_again_under_the_lock(store: Store, data_dir: Path):
    """Another window adds the same goal between the quick look and the write: still one goal."""
    stale = Store(data_dir)
    stale.goals.all()  # read while empty
    service.create_linked_goal(store, "Ask for feedback", "job search", "application", "app-1", now=NOW)
    stale.goals._parsed = (stale.goals.file.generation, {})  # as if the first look saw nothing
    service.create_linked_goal(stale, "Ask for feedback", "job search", "application", "app-1", now=NOW)
    assert len(Store(data_dir).goals.all()) == 1


@pytest.mark.parametrize(
    "args, words",
    [(("  ", "skills", "feedback", "x"), "needs a title"), (("x", "hobbies", "feedback", "x"), "not a goal category"),
     (("x", "skills", "email", "x"), "application, a feedback request or a reflection")],
)
def test_a_linked_goal_refuses_bad_input_and_writes_nothing(store: Store, data_dir: Path, args, words):
    with pytest.raises(ValidationError, match=words):
        service.create_linked_goal(store, *args)
    assert not (data_dir / "goals.json").exists()


def test_a_hand_made_goals_file_is_brought_up_to_date(data_dir: Path):
    Store(data_dir)
    (data_dir / "goals.json").write_text(json.dumps({"_default": {
        "1": {"title": "Walk", "category": "wellbeing", "steps": "mon, tue"},
        "2": {"title": "Apply", "category": "job-search", "column": "doing"},
    }}))
    store = Store(data_dir)
    goals = {g.title: g for g in store.goals.all()}
    assert [s.text for s in goals["Walk"].steps] == ["mon", "tue"]
    assert goals["Walk"].column == TODO and goals["Apply"].column == DOING
    assert store.problems == []


def test_a_damaged_goals_file_is_moved_aside_not_written_over(data_dir: Path):
    Store(data_dir)
    path = data_dir / "goals.json"
    good = Store(data_dir)
    add(good, "keep me")
    text = path.read_text().replace('"column": "todo"', '"column": "someday"')
    path.write_text(text)
    store = Store(data_dir)
    assert store.goals.all() == []
    assert len(store.problems) == 1 and "cannot be read" in store.problems[0].reason
    assert store.problems[0].moved_to.read_text() == text
