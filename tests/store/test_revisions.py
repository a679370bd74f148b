"""Two windows editing the same record: revisions checked under the lock, merges, conflicts and the three choices."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from resilience_tui.domain.goal import Goal, Step
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.store.errors import EditConflict, StoreError
from resilience_tui.store.store import Store

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
LATER = NOW + timedelta(minutes=5)


def stored_goal_docs(data_dir: Path) -> list[dict]:
    return list(json.loads((data_dir / "goals.json").read_text())["_default"].values())


def stored_entry_docs(data_dir: Path, year: int = 2026) -> list[dict]:
    path = data_dir / "journal" / f"{year}.json"
    return list(json.loads(path.read_text())["_default"].values()) if path.exists() else []


def two_windows(data_dir: Path) -> tuple[Store, Store]:
    return Store(data_dir), Store(data_dir)


def a_goal(store: Store) -> Goal:
    return store.goals.add(Goal("Finish the SQL course", notes="modules 1-3", created_at=NOW, updated_at=NOW))


def an_entry(store: Store, at: datetime = NOW) -> JournalEntry:
    return store.journal.add(JournalEntry(body="Talked to Sam about the interview.", at=at, title="",
                                          created_at=NOW, updated_at=NOW))


# -- revisions -----------------------------------------------------------------------------
def test_each_save_gives_the_record_the_next_revision_on_disk(data_dir: Path):
    store = Store(data_dir)
    goal = a_goal(store)
    assert goal.revision == 1 and stored_goal_docs(data_dir)[0]["revision"] == 1
    goal = store.goals.update(goal.edited(LATER, title="Finish the SQL course, part 2"))
    again = store.goals.add(goal.edited(LATER, notes="modules 4-6"))
    [doc] = stored_goal_docs(data_dir)
    assert (goal.revision, again.revision, doc["revision"]) == (2, 3, 3)
    assert len(doc["edits"]) == 3 and len(set(doc["edits"])) == 3
    assert Store(data_dir).goals.get(goal.id).revision == 3


def test_a_record_written_before_revisions_counts_as_revision_zero(data_dir: Path):
    store = Store(data_dir)
    goal = a_goal(store)
    path = data_dir / "goals.json"
    tables = json.loads(path.read_text())
    for doc in tables["_default"].values():
        del doc["revision"], doc["edits"]
    path.write_text(json.dumps(tables))
    old = Store(data_dir).goals.get(goal.id)
    assert old.revision == 0
    assert Store(data_dir).goals.update(old.edited(LATER, title="New title")).revision == 1


@pytest.mark.parametrize("value", [-1, "3", 1.5, True, None])
def test_a_revision_that_is_not_a_whole_number_is_a_damaged_record(value):
    doc = Goal("x", created_at=NOW, updated_at=NOW).to_dict() | {"revision": value}
    with pytest.raises(ValueError):
        Goal.from_dict(doc)


# -- goals: two windows ---------------------------------------------------------------------
def test_two_windows_editing_different_fields_of_a_goal_keep_both_edits(data_dir: Path):
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    seen_by_second = second.goals.get(goal.id)
    first.goals.update(goal.edited(LATER, title="Finish the SQL course this week"))
    saved = second.goals.update(seen_by_second.edited(LATER, notes="modules 1-4", steps=(Step("Joins"),)))
    [doc] = stored_goal_docs(data_dir)
    assert doc["title"] == "Finish the SQL course this week" and doc["notes"] == "modules 1-4"
    assert doc["steps"] == [{"text": "Joins", "done": False}] and doc["revision"] == 3
    assert saved.title == "Finish the SQL course this week" and saved.revision == 3


def test_two_windows_editing_the_same_field_raise_a_conflict_and_overwrite_nothing(data_dir: Path):
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    seen_by_second = second.goals.get(goal.id)
    first.goals.update(goal.edited(LATER, title="Theirs", notes="their notes"))
    before = (data_dir / "goals.json").read_bytes()
    with pytest.raises(EditConflict) as caught:
        second.goals.update(seen_by_second.edited(LATER, title="Mine", notes="my notes", steps=(Step("Joins"),)))
    conflict = caught.value
    assert (data_dir / "goals.json").read_bytes() == before
    assert isinstance(conflict, StoreError) and conflict.area == "goals" and conflict.record_id == goal.id
    assert conflict.fields == ["title", "notes"]
    assert conflict.mine.title == "Mine" and conflict.theirs.title == "Theirs" and conflict.theirs.revision == 2
    assert conflict.message == ("This goal was changed in another window while you were editing it (the title "
                                "and the notes), so it was not saved over. Your changes are still here.")
    assert second.goals.get(goal.id).title == "Theirs"  # the window now sees the stored version


def test_the_same_change_made_in_both_windows_is_no_conflict(data_dir: Path):
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    seen_by_second = second.goals.get(goal.id)
    first.goals.update(goal.edited(LATER, title="Same words"))
    assert second.goals.update(seen_by_second.edited(LATER, title="Same words", notes="x")).notes == "x"
    assert [d["notes"] for d in stored_goal_docs(data_dir)] == ["x"]


def test_two_saves_within_the_same_second_are_still_told_apart(data_dir: Path):
    """Timestamps alone would call these equal: both edits carry the very same updated_at."""
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    seen_by_second = second.goals.get(goal.id)
    first.goals.update(replace(goal, title="Theirs", updated_at=NOW))
    with pytest.raises(EditConflict):
        second.goals.update(replace(seen_by_second, title="Mine", updated_at=NOW))
    assert [d["title"] for d in stored_goal_docs(data_dir)] == ["Theirs"]


def test_one_window_saving_again_from_its_own_older_copy_is_not_a_conflict(data_dir: Path):
    """Within one window the later save is the person's latest word, as before revisions."""
    store = Store(data_dir)
    goal = a_goal(store)
    store.goals.update(goal.edited(LATER, title="First try"))
    saved = store.goals.update(goal.edited(LATER, title="Second try"))
    assert saved.title == "Second try" and [d["title"] for d in stored_goal_docs(data_dir)] == ["Second try"]


def test_a_merge_when_the_base_version_is_unknown_counts_every_difference_as_a_conflict(data_dir: Path):
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    first.goals.update(goal.edited(LATER, notes="their notes"))
    # A third window that never saw revision 1 offers an edit based on it.
    with pytest.raises(EditConflict) as caught:
        second.goals.update(goal.edited(LATER, title="Mine"))
    assert caught.value.fields == ["title", "notes"]


def test_a_goal_deleted_in_another_window_and_saved_here_comes_back_as_saved(data_dir: Path):
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    seen_by_second = second.goals.get(goal.id)
    first.goals.delete(goal.id)
    saved = second.goals.add(seen_by_second.edited(LATER, notes="still wanted"))
    assert [(d["id"], d["notes"]) for d in stored_goal_docs(data_dir)] == [(goal.id, "still wanted")]
    assert saved.revision == 2


def test_a_reordered_column_saved_from_a_stale_window_merges_the_positions(data_dir: Path):
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    other = first.goals.add(Goal("Walk", position=1, created_at=NOW, updated_at=NOW))
    stale = {g.id: g for g in second.goals.all()}
    first.goals.update(goal.edited(LATER, title="Renamed"))
    second.goals.save_many([replace(stale[goal.id], position=5), replace(stale[other.id], position=4)])
    docs = {d["id"]: d for d in stored_goal_docs(data_dir)}
    assert (docs[goal.id]["title"], docs[goal.id]["position"], docs[other.id]["position"]) == ("Renamed", 5, 4)


# -- journal entries: two windows ------------------------------------------------------------
def test_two_windows_editing_different_fields_of_an_entry_keep_both_edits(data_dir: Path):
    first, second = two_windows(data_dir)
    entry = an_entry(first)
    seen_by_second = second.journal.get(entry.id)
    first.journal.update(replace(entry, body="Talked to Sam. It helped.", updated_at=LATER))
    second.journal.update(replace(seen_by_second, starred=True, tags=("sam",), updated_at=LATER))
    [doc] = stored_entry_docs(data_dir)
    assert (doc["body"], doc["starred"], doc["tags"], doc["revision"]) == ("Talked to Sam. It helped.", True, ["sam"], 3)


def test_two_windows_editing_the_text_of_an_entry_raise_a_conflict_and_overwrite_nothing(data_dir: Path):
    first, second = two_windows(data_dir)
    entry = an_entry(first)
    seen_by_second = second.journal.get(entry.id)
    first.journal.update(replace(entry, body="Their text", updated_at=LATER))
    before = (data_dir / "journal" / "2026.json").read_bytes()
    with pytest.raises(EditConflict) as caught:
        second.journal.update(replace(seen_by_second, body="My text", updated_at=NOW))
    assert (data_dir / "journal" / "2026.json").read_bytes() == before
    assert caught.value.fields == ["body"] and caught.value.area == "journal"
    assert "This journal entry was changed in another window" in caught.value.message
    assert "(the text)" in caught.value.message


def test_an_entry_moved_to_another_year_elsewhere_merges_into_that_year(data_dir: Path):
    first, second = two_windows(data_dir)
    entry = an_entry(first)
    seen_by_second = second.journal.get(entry.id)
    first.journal.update(replace(entry, at=datetime(2025, 12, 31, 20, 0, tzinfo=timezone.utc), updated_at=LATER))
    second.journal.update(replace(seen_by_second, title="New title", updated_at=LATER))
    assert stored_entry_docs(data_dir, 2026) == []
    [doc] = stored_entry_docs(data_dir, 2025)
    assert (doc["title"], doc["at"], doc["revision"]) == ("New title", "2025-12-31T20:00:00+00:00", 3)


def test_a_year_move_here_checks_the_version_in_the_old_year(data_dir: Path):
    first, second = two_windows(data_dir)
    entry = an_entry(first)
    seen_by_second = second.journal.get(entry.id)
    first.journal.update(replace(entry, body="Their text", updated_at=LATER))
    with pytest.raises(EditConflict):
        second.journal.update(replace(seen_by_second, body="My text",
                                      at=datetime(2025, 6, 1, 9, 0, tzinfo=timezone.utc), updated_at=LATER))
    assert stored_entry_docs(data_dir, 2025) == []
    assert [d["body"] for d in stored_entry_docs(data_dir)] == ["Their text"]


# -- the three choices -----------------------------------------------------------------------
def goal_conflict(data_dir: Path) -> tuple[Store, EditConflict]:
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    seen_by_second = second.goals.get(goal.id)
    first.goals.update(goal.edited(LATER, title="Theirs"))
    with pytest.raises(EditConflict) as caught:
        second.goals.update(seen_by_second.edited(LATER, title="Mine", notes="my notes"))
    return second, caught.value


def test_keep_mine_writes_my_version_over_the_other(data_dir: Path):
    store, conflict = goal_conflict(data_dir)
    kept = store.goals.keep_mine(conflict)
    [doc] = stored_goal_docs(data_dir)
    assert (doc["title"], doc["notes"], doc["revision"]) == ("Mine", "my notes", 3)
    assert kept.title == "Mine" and kept.revision == 3


def test_keep_mine_is_refused_again_when_the_other_window_saved_once_more(data_dir: Path):
    store, conflict = goal_conflict(data_dir)
    other = Store(data_dir)
    other.goals.update(other.goals.get(conflict.record_id).edited(LATER, title="Theirs again"))
    with pytest.raises(EditConflict):
        store.goals.keep_mine(conflict)
    assert [d["title"] for d in stored_goal_docs(data_dir)] == ["Theirs again"]


def test_keep_theirs_writes_nothing_and_gives_the_stored_version(data_dir: Path):
    store, conflict = goal_conflict(data_dir)
    before = (data_dir / "goals.json").read_bytes()
    kept = store.goals.keep_theirs(conflict)
    assert kept.title == "Theirs" and kept.revision == 2
    assert (data_dir / "goals.json").read_bytes() == before


def test_keep_both_keeps_theirs_and_adds_mine_as_a_marked_copy(data_dir: Path):
    store, conflict = goal_conflict(data_dir)
    copy = store.goals.keep_both(conflict)
    docs = {d["id"]: d for d in stored_goal_docs(data_dir)}
    assert docs[conflict.record_id]["title"] == "Theirs"
    assert copy.id != conflict.record_id and docs[copy.id]["title"] == "Mine (my copy)"
    assert docs[copy.id]["notes"] == "my notes" and docs[copy.id]["revision"] == 1


def test_keep_both_for_an_untitled_entry_marks_its_first_line(data_dir: Path):
    first, second = two_windows(data_dir)
    entry = an_entry(first)
    seen_by_second = second.journal.get(entry.id)
    first.journal.update(replace(entry, body="Their text", updated_at=LATER))
    with pytest.raises(EditConflict) as caught:
        second.journal.update(replace(seen_by_second, body="# A good day\nMy text", updated_at=LATER))
    copy = second.journal.keep_both(caught.value)
    docs = {d["id"]: d for d in stored_entry_docs(data_dir)}
    assert docs[entry.id]["body"] == "Their text"
    assert (docs[copy.id]["title"], docs[copy.id]["body"]) == ("A good day (my copy)", "# A good day\nMy text")


def test_keep_mine_for_an_entry_writes_it_over_the_other(data_dir: Path):
    first, second = two_windows(data_dir)
    entry = an_entry(first)
    seen_by_second = second.journal.get(entry.id)
    first.journal.update(replace(entry, body="Their text", updated_at=LATER))
    with pytest.raises(EditConflict) as caught:
        second.journal.update(replace(seen_by_second, body="My text", updated_at=LATER))
    assert second.journal.keep_mine(caught.value).body == "My text"
    assert [d["body"] for d in stored_entry_docs(data_dir)] == ["My text"]


def test_keep_mine_still_keeps_what_the_other_window_changed_elsewhere(data_dir: Path):
    first, second = two_windows(data_dir)
    goal = a_goal(first)
    seen_by_second = second.goals.get(goal.id)
    first.goals.update(goal.edited(LATER, title="Theirs", steps=(Step("Their step"),)))
    with pytest.raises(EditConflict) as caught:
        second.goals.update(seen_by_second.edited(LATER, title="Mine", notes="my notes"))
    second.goals.keep_mine(caught.value)
    [doc] = stored_goal_docs(data_dir)
    assert (doc["title"], doc["notes"], doc["steps"]) == ("Mine", "my notes", [{"text": "Their step", "done": False}])
