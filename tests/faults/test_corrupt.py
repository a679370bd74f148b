"""Contract 4: a file that does not parse or has the wrong shape is never written over.
It is moved aside byte for byte, the person is told where it is in plain words, and the
newest valid backup is offered and can be restored. (A file of a newer schema is left
where it is: tests/store/test_newer_schema.py.)"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from resilience_tui.store.store import Store
from tests.store.helpers import Days, make_checkin, stored_ids, temp_files, year_file

DAY1, DAY2, DAY3 = date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3)


def _valid_file(schema_version: int = 1, area: str = "checkins") -> bytes:
    doc = make_checkin(99).to_dict()
    return json.dumps({"_default": {"1": doc}, "_meta": {"1": {"area": area, "schema_version": schema_version}}}).encode()


CORRUPT_CHECKINS = {
    "empty": b"",
    "whitespace": b"  \n\t ",
    "truncated": _valid_file()[: len(_valid_file()) // 2],
    "binary": bytes(range(256)) + b"\xff\xfe\x00\x00garbage\x89PNG\r\n\x1a\n",
    "json-list": b'[{"mood": 3}, {"mood": 4}]',
    "json-string": b'"just text"',
    "foreign-shape": json.dumps({"_default": {"1": {"name": "Alice", "age": 30}, "2": {"name": "Bob"}}}).encode(),
    "records-not-objects": json.dumps({"_default": {"1": [1, 2, 3]}}).encode(),
    "bad-mood": json.dumps(
        {"_default": {"1": dict(make_checkin(1).to_dict(), mood=9)}, "_meta": {"1": {"area": "checkins", "schema_version": 1}}}
    ).encode(),
    "settings-area": json.dumps(
        {"_default": {"1": {"key": "theme", "value": "nord"}}, "_meta": {"1": {"area": "settings", "schema_version": 1}}}
    ).encode(),
}

REASON_WORDS = {
    "empty": "empty",
    "whitespace": "empty",
    "truncated": "damaged",
    "binary": "damaged",
    "settings-area": "not a checkins file",
}

CORRUPT_NAME = re.compile(r"^2026\.corrupt-\d{8}T\d{6}(-\d+)?\.json$")


def _store_with_backup(root: Path):
    """Day 1 saves A; day 2 saves B, which first backs up the file holding A. Returns (A, B, backup path)."""
    days = Days(DAY1)
    a = make_checkin(1)
    Store(root, today=days).checkins.add(a)
    days.advance()
    b = make_checkin(2)
    Store(root, today=days).checkins.add(b)
    backup = root / "backups" / DAY2.isoformat() / "checkins" / "2026.json"
    assert stored_ids(backup) == [a.id]
    assert sorted(stored_ids(year_file(root))) == sorted([a.id, b.id])
    return a, b, backup


def _plain_words(message: str) -> None:
    for jargon in ("Traceback", "JSONDecodeError", "ShapeError", "KeyError", "Exception", "\n"):
        assert jargon not in message


@pytest.mark.parametrize("case", sorted(CORRUPT_CHECKINS))
def test_corrupt_checkins_file_is_moved_aside_and_backup_restores(data_dir: Path, case: str) -> None:
    a, b, backup = _store_with_backup(data_dir)
    path = year_file(data_dir)
    bad = CORRUPT_CHECKINS[case]
    path.write_bytes(bad)

    store = Store(data_dir, today=lambda: DAY3)
    assert path.read_bytes() == bad  # opening alone touches nothing
    assert store.checkins.count() == 0  # the area starts empty

    assert len(store.problems) == 1
    problem = store.problems[0]
    assert problem.area == "checkins"
    assert problem.path == path
    assert CORRUPT_NAME.match(problem.moved_to.name), problem.moved_to.name
    assert problem.moved_to.parent == path.parent
    assert problem.moved_to.read_bytes() == bad  # byte for byte
    assert not path.exists()  # the original path was not written with something else
    message = problem.message
    assert str(problem.moved_to) in message
    assert "could not be read" in message and "untouched" in message
    if case in REASON_WORDS:
        assert REASON_WORDS[case] in message
    _plain_words(message)
    # The newest valid backup is offered.
    assert problem.backup == backup
    assert problem.backup_day == DAY2.isoformat()
    assert DAY2.isoformat() in message

    # Reading again, refreshing, or opening another Store does not report it twice or write the file.
    assert store.refresh() is False
    assert store.checkins.recent(10) == []
    assert not path.exists()
    assert len(store.problems) == 1

    # Restoring the backup brings A back (B was saved after the backup: it is in the corrupt file only).
    assert store.restore_backup(problem) == 1
    assert store.problems == []
    assert store.checkins.get(a.id) == a
    assert stored_ids(path) == [a.id]
    assert problem.moved_to.read_bytes() == bad
    assert backup.exists()

    # A fresh Store reads the restored file without complaint.
    again = Store(data_dir, today=lambda: DAY3)
    assert [c.id for c in again.checkins.recent(10)] == [a.id]
    assert again.problems == []
    assert temp_files(data_dir) == []


@pytest.mark.parametrize("case", ["empty", "truncated", "bad-mood", "settings-area"])
def test_corrupt_file_without_backup_starts_empty_and_next_save_keeps_it_aside(data_dir: Path, case: str) -> None:
    path = year_file(data_dir)
    path.parent.mkdir(parents=True)
    bad = CORRUPT_CHECKINS[case]
    path.write_bytes(bad)

    store = Store(data_dir)
    assert store.checkins.recent(5) == []
    (problem,) = store.problems
    assert problem.backup is None and problem.backup_day is None
    assert "No earlier backup" in problem.message and str(problem.moved_to) in problem.message
    assert store.restore_backup(problem) == 0

    new = make_checkin(5)
    store.checkins.add(new)
    assert stored_ids(path) == [new.id]  # a new file, not the old one written over
    assert problem.moved_to.read_bytes() == bad
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, problem.moved_to.name])


def test_restore_keeps_records_saved_after_the_move(data_dir: Path) -> None:
    a, _, _ = _store_with_backup(data_dir)
    path = year_file(data_dir)
    path.write_bytes(b"{not json")
    store = Store(data_dir, today=lambda: DAY3)
    assert store.checkins.count() == 0
    (problem,) = store.problems
    c = make_checkin(3)
    store.checkins.add(c)  # saved before the person chose to restore
    assert store.restore_backup(problem) == 1
    assert sorted(stored_ids(path)) == sorted([a.id, c.id])
    assert store.checkins.get(c.id) == c and store.checkins.get(a.id) == a


def test_newest_valid_backup_is_offered_skipping_damaged_ones(data_dir: Path) -> None:
    a, b, older_backup = _store_with_backup(data_dir)  # a good backup in backups/2026-03-02
    # A newer backup day whose copy is damaged: it must be skipped.
    newest = data_dir / "backups" / "2026-03-03" / "checkins" / "2026.json"
    newest.parent.mkdir(parents=True)
    newest.write_bytes(b"{")
    year_file(data_dir).write_bytes(b"\x00\x01")

    store = Store(data_dir, today=lambda: date(2026, 3, 4))
    assert store.checkins.count() == 0
    (problem,) = store.problems
    assert problem.backup == older_backup and problem.backup_day == "2026-03-02"
    assert newest.read_bytes() == b"{"  # backups are never changed either
    assert store.restore_backup(problem) == 1
    assert [c.id for c in store.checkins.recent(5)] == [a.id]


def test_corrupt_settings_file(data_dir: Path) -> None:
    days = Days(DAY1)
    Store(data_dir, today=days).settings.set("theme", "nord")
    days.advance()
    Store(data_dir, today=days).settings.set("theme", "gruvbox")  # backs up the file holding "nord"
    path = data_dir / "settings.json"
    backup = data_dir / "backups" / DAY2.isoformat() / "settings.json"
    assert json.loads(backup.read_bytes())["_default"]["1"]["value"] == "nord"

    bad = b'{"_default": {"1": {"key": "theme", "val'
    path.write_bytes(bad)
    store = Store(data_dir, today=lambda: DAY3)
    assert path.read_bytes() == bad
    assert store.settings.get("theme", "default") == "default"
    (problem,) = store.problems
    assert problem.area == "settings" and problem.label == "settings"
    assert problem.moved_to.parent == data_dir
    assert re.match(r"^settings\.corrupt-\d{8}T\d{6}(-\d+)?\.json$", problem.moved_to.name)
    assert problem.moved_to.read_bytes() == bad
    assert not path.exists()
    assert str(problem.moved_to) in problem.message and "settings" in problem.message
    _plain_words(problem.message)
    assert problem.backup == backup

    assert store.restore_backup(problem) == 1
    assert store.settings.get("theme") == "nord"
    assert Store(data_dir).settings.get("theme") == "nord"
    assert problem.moved_to.read_bytes() == bad


def test_two_corrupt_files_same_second_get_distinct_names(data_dir: Path) -> None:
    path = year_file(data_dir)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"first bad")
    store = Store(data_dir)
    store.checkins.count()
    path.write_bytes(b"second bad")
    assert store.refresh() is True
    moved = sorted(p.moved_to for p in store.problems)
    assert len(moved) == 2 and moved[0] != moved[1]
    assert sorted(p.read_bytes() for p in moved) == [b"first bad", b"second bad"]


def test_first_access_being_a_save_still_moves_the_bad_file_aside(data_dir: Path) -> None:
    path = year_file(data_dir)
    path.parent.mkdir(parents=True)
    bad = CORRUPT_CHECKINS["truncated"]
    path.write_bytes(bad)
    store = Store(data_dir)
    new = make_checkin(7)
    store.checkins.add(new)  # nothing read the file before this save
    (problem,) = store.problems
    assert problem.moved_to.read_bytes() == bad
    assert stored_ids(path) == [new.id]
