"""Contract 5: a full disk or an I/O error leaves the old file intact, no temp file behind,
a plain error, and memory that matches the disk; the next save after the fault works."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from resilience_tui.store.errors import SaveFailed
from resilience_tui.store.store import Store
from tests.store.helpers import Days, make_checkin, patch_file_ops, stored_ids, temp_files, year_file


def _full_disk(fd, data):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _partly_then_full(fd, data):
    """Write a little first, as a disk that fills up half way through would."""
    if len(data) > 10:
        return os.write(fd, bytes(data[:10]))
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _io_error_on_fsync(fd):
    raise OSError(errno.EIO, os.strerror(errno.EIO))


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "fault, words",
    [
        ({"write": _full_disk}, "disk is full"),
        ({"write": _partly_then_full}, "disk is full"),
        ({"fsync": _io_error_on_fsync}, "disk reported an error"),
    ],
    ids=["enospc", "enospc-part-way", "eio-fsync"],
)
def test_failed_save_leaves_old_file_and_memory(data_dir: Path, monkeypatch: pytest.MonkeyPatch, fault, words) -> None:
    store = Store(data_dir)
    old = [make_checkin(i) for i in range(3)]
    for checkin in old:
        store.checkins.add(checkin)
    path = year_file(data_dir)
    before_bytes = path.read_bytes()
    before_files = _snapshot(data_dir)
    before_recent = store.checkins.recent(10)
    assert len(before_recent) == 3

    patch_file_ops(monkeypatch, **fault)
    unsaved = make_checkin(10, note="a note the person is still typing")
    with pytest.raises(SaveFailed) as caught:
        store.checkins.add(unsaved)
    message = caught.value.message
    assert words in message
    assert "check-ins" in message and "Nothing was lost" in message
    assert "Errno" not in message and "Traceback" not in message

    assert path.read_bytes() == before_bytes  # byte-identical
    assert _snapshot(data_dir) == before_files  # nothing else changed either
    assert temp_files(data_dir) == []
    # Memory matches disk: the failed check-in is not there, the old ones are exactly as they were.
    assert store.checkins.recent(10) == before_recent
    assert store.checkins.get(unsaved.id) is None
    assert store.checkins.count() == 3

    # Updates and deletes fail the same way and change nothing.
    with pytest.raises(SaveFailed):
        store.checkins.update(old[0].edited(note="changed"))
    with pytest.raises(SaveFailed):
        store.checkins.delete(old[1].id)
    with pytest.raises(SaveFailed):
        store.settings.set("theme", "nord")
    assert path.read_bytes() == before_bytes
    assert not (data_dir / "settings.json").exists()
    assert temp_files(data_dir) == []
    assert store.checkins.recent(10) == before_recent
    assert store.settings.get("theme") is None

    monkeypatch.undo()
    store.checkins.add(unsaved)  # the same text, saved again once the disk is fine
    assert sorted(stored_ids(path)) == sorted([c.id for c in old] + [unsaved.id])
    assert store.checkins.get(unsaved.id) == unsaved
    assert [c.id for c in Store(data_dir).checkins.recent(10)] == [c.id for c in sorted(old + [unsaved], key=lambda c: c.at, reverse=True)]
    assert temp_files(data_dir) == []


def test_full_disk_during_the_daily_backup(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first save of a day copies the file to backups/ first; a full disk there fails the save cleanly too."""
    days = Days(date(2026, 3, 1))
    old = make_checkin(0)
    Store(data_dir, today=days).checkins.add(old)
    path = year_file(data_dir)
    before = path.read_bytes()
    days.advance()
    store = Store(data_dir, today=days)
    assert store.checkins.count() == 1

    calls: list[int] = []

    def full(fd, data):
        calls.append(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    patch_file_ops(monkeypatch, write=full)
    with pytest.raises(SaveFailed, match="disk is full"):
        store.checkins.add(make_checkin(1))
    assert calls, "the fault was never hit"
    assert path.read_bytes() == before
    assert temp_files(data_dir) == []
    backup = data_dir / "backups" / "2026-03-02" / "checkins" / "2026.json"
    assert not backup.exists()
    assert [c.id for c in store.checkins.recent(5)] == [old.id]

    monkeypatch.undo()
    new = make_checkin(2)
    store.checkins.add(new)
    assert backup.read_bytes() == before  # the backup is taken on the save that worked
    assert sorted(stored_ids(path)) == sorted([old.id, new.id])


def test_failed_first_save_creates_no_file(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(data_dir)
    patch_file_ops(monkeypatch, write=_full_disk)
    with pytest.raises(SaveFailed):
        store.checkins.add(make_checkin(0))
    assert not year_file(data_dir).exists()
    assert temp_files(data_dir) == []
    assert store.checkins.count() == 0
    monkeypatch.undo()
    checkin = make_checkin(0)
    store.checkins.add(checkin)
    assert stored_ids(year_file(data_dir)) == [checkin.id]
