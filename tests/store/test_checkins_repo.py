"""The check-in repository: one TinyDB file per year, read once, kept in memory,
and a save rewrites only the one year file it changed."""

from __future__ import annotations

import builtins
import pathlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from resilience_tui.store import datafile
from resilience_tui.store.store import Store
from tests.store.helpers import PLUS_ONE, content, make_checkin, stamp, stored_docs, stored_ids, year_file

UTC = timezone.utc


class DiskLog:
    """Counts reads of files under the data folder and atomic writes done by the store."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
        self.reads: list[Path] = []
        self.writes: list[Path] = []
        real_read_bytes = pathlib.Path.read_bytes
        real_open = builtins.open
        real_write = datafile.write_bytes_atomic
        log = self

        def read_bytes(path):
            if root in Path(path).parents:
                log.reads.append(Path(path))
            return real_read_bytes(path)

        def open_(file, *args, **kwargs):
            if isinstance(file, (str, pathlib.PurePath)) and root in Path(file).parents:
                log.reads.append(Path(file))
            return real_open(file, *args, **kwargs)

        def write(path, data):
            log.writes.append(Path(path))
            return real_write(path, data)

        monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
        monkeypatch.setattr(builtins, "open", open_)
        monkeypatch.setattr(datafile, "write_bytes_atomic", write)

    def clear(self) -> None:
        self.reads.clear()
        self.writes.clear()


def test_add_and_get(store: Store, data_dir: Path) -> None:
    checkin = make_checkin(0, application_id="app-1")
    saved = store.checkins.add(checkin)
    assert saved == checkin and (checkin.revision, saved.revision) == (0, 1)
    assert store.checkins.get(checkin.id) == checkin
    assert store.checkins.get("no-such-id") is None
    assert [content(doc) for doc in stored_docs(year_file(data_dir))] == [content(checkin.to_dict())]
    assert store.checkins.count() == 1
    assert Store(data_dir).checkins.get(checkin.id) == checkin


def test_update_in_the_same_year(store: Store, data_dir: Path) -> None:
    keep, change = make_checkin(0), make_checkin(1)
    store.checkins.add(keep)
    store.checkins.add(change)
    changed = change.edited(mood=5, note="better after a walk", tags=("walk",))
    store.checkins.update(changed)
    assert store.checkins.get(change.id) == changed
    assert store.checkins.get(keep.id) == keep
    docs = {doc["id"]: doc for doc in stored_docs(year_file(data_dir))}
    assert len(docs) == 2
    assert content(docs[change.id]) == content(changed.to_dict()) and docs[change.id]["revision"] == 2
    assert content(docs[keep.id]) == content(keep.to_dict()) and docs[keep.id]["revision"] == 1
    assert Store(data_dir).checkins.get(change.id) == changed


def test_update_moves_between_year_files(store: Store, data_dir: Path) -> None:
    other = make_checkin(0, year=2025)
    moving = make_checkin(1, year=2025)
    store.checkins.add(other)
    store.checkins.add(moving)
    moved = moving.edited(at=datetime(2026, 1, 2, 8, 0, tzinfo=UTC))
    store.checkins.update(moved)
    assert stored_ids(year_file(data_dir, 2025)) == [other.id]
    assert [content(doc) for doc in stored_docs(year_file(data_dir, 2026))] == [content(moved.to_dict())]
    assert store.checkins.get(moving.id) == moved
    assert store.checkins.count() == 2
    assert store.checkins.years() == [2026, 2025]
    fresh = Store(data_dir)
    assert fresh.checkins.get(moving.id) == moved
    assert fresh.checkins.count() == 2

    back = moved.edited(at=datetime(2025, 12, 31, 23, 0, tzinfo=UTC))
    store.checkins.update(back)
    assert stored_ids(year_file(data_dir, 2026)) == []
    assert sorted(stored_ids(year_file(data_dir, 2025))) == sorted([other.id, moving.id])


def test_update_or_delete_of_unknown_id_changes_nothing(store: Store, data_dir: Path) -> None:
    known = make_checkin(0)
    store.checkins.add(known)
    before = year_file(data_dir).read_bytes()
    with pytest.raises(KeyError):
        store.checkins.update(make_checkin(1))
    with pytest.raises(KeyError):
        store.checkins.delete("no-such-id")
    assert year_file(data_dir).read_bytes() == before


def test_delete_and_restore_put_back_the_exact_record(store: Store, data_dir: Path) -> None:
    first, second, third = make_checkin(0), make_checkin(1, note="the one to undo"), make_checkin(2)
    for checkin in (first, second, third):
        store.checkins.add(checkin)
    path = year_file(data_dir)
    original_doc = next(doc for doc in stored_docs(path) if doc["id"] == second.id)

    removed = store.checkins.delete(second.id)
    assert removed == second
    assert store.checkins.get(second.id) is None
    assert sorted(stored_ids(path)) == sorted([first.id, third.id])
    assert store.checkins.count() == 2

    assert store.checkins.restore(removed) == second
    restored_doc = next(doc for doc in stored_docs(path) if doc["id"] == second.id)
    assert content(restored_doc) == content(original_doc)  # same id, same timestamps, same text
    assert store.checkins.get(second.id) == second
    store.checkins.restore(removed)  # restoring twice does not duplicate it
    assert sorted(stored_ids(path)) == sorted([first.id, second.id, third.id])
    assert Store(data_dir).checkins.get(second.id) == second


def test_between_recent_count_years(store: Store, data_dir: Path) -> None:
    moments = [
        datetime(2024, 6, 1, 12, 0, tzinfo=UTC),
        datetime(2025, 12, 31, 23, 30, tzinfo=UTC),
        datetime(2026, 1, 1, 0, 20, tzinfo=PLUS_ONE),  # 2025-12-31 23:20 UTC, filed under 2026
        datetime(2026, 1, 1, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    ]
    checkins = [make_checkin(i, at=moment) for i, moment in enumerate(moments)]
    for checkin in reversed(checkins):
        store.checkins.add(checkin)
    assert store.checkins.years() == [2026, 2025, 2024]
    assert store.checkins.count() == 5
    assert [p.name for p in sorted((data_dir / "checkins").iterdir())] == ["2024.json", "2025.json", "2026.json"]
    assert stored_ids(year_file(data_dir, 2026)) == [checkins[4].id, checkins[3].id, checkins[2].id]

    by_time = [checkins[0], checkins[2], checkins[1], checkins[3], checkins[4]]
    start = datetime(2025, 12, 31, 23, 20, tzinfo=UTC)
    end = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    # Start included, end excluded, oldest first, across year files.
    assert store.checkins.between(start, end) == [checkins[2], checkins[1], checkins[3]]
    assert store.checkins.between(start + timedelta(seconds=1), end + timedelta(seconds=1)) == [
        checkins[1],
        checkins[3],
        checkins[4],
    ]
    assert store.checkins.between(datetime(2020, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC)) == by_time
    assert store.checkins.between(datetime(2020, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC)) == []

    assert store.checkins.recent(2) == [checkins[4], checkins[3]]
    assert store.checkins.recent(100) == by_time[::-1]
    assert store.checkins.recent(0) == []


def test_recent_across_new_year_with_different_offsets(data_dir: Path) -> None:
    """A check-in filed under 2025 (local time) can be newer than one filed under 2026."""
    store = Store(data_dir)
    late_2025 = make_checkin(1, at=datetime(2025, 12, 31, 23, 30, tzinfo=UTC))
    early_2026 = make_checkin(2, at=datetime(2026, 1, 1, 0, 20, tzinfo=PLUS_ONE))  # 23:20 UTC: older
    store.checkins.add(late_2025)
    store.checkins.add(early_2026)
    fresh = Store(data_dir)
    assert fresh.checkins.recent(1) == [late_2025]
    assert fresh.checkins.recent(2) == [late_2025, early_2026]


def test_add_many_writes_each_year_once_and_skips_known_ids(store: Store, data_dir: Path, monkeypatch) -> None:
    existing = make_checkin(0, year=2025)
    store.checkins.add(existing)
    log = DiskLog(monkeypatch, data_dir)
    batch = [make_checkin(i, year=2025) for i in range(1, 6)] + [make_checkin(i, year=2026) for i in range(6, 10)]
    assert store.checkins.add_many(batch + [existing] + batch[:2]) == 9  # how many were new
    assert sorted(log.writes) == [year_file(data_dir, 2025), year_file(data_dir, 2026)]
    assert len(stored_ids(year_file(data_dir, 2025))) == 6  # the known one not added twice
    assert len(stored_ids(year_file(data_dir, 2026))) == 4
    assert store.checkins.count() == 10


def _three_years(root: Path) -> dict[int, list]:
    store = Store(root)
    made = {}
    for year in (2024, 2025, 2026):
        made[year] = [make_checkin(i, year=year) for i in range(3)]
        store.checkins.add_many(made[year])
    return made


def test_records_are_read_once_and_kept_in_memory(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _three_years(data_dir)
    store = Store(data_dir)
    log = DiskLog(monkeypatch, data_dir)

    first = store.checkins.recent(3)
    assert [c.id for c in first] == [c.id for c in reversed(made[2026])]
    assert log.reads == [year_file(data_dir, 2026)]  # only the year needed, read once

    log.clear()
    assert store.checkins.recent(3) == first
    assert log.reads == []  # kept in memory

    assert store.checkins.count() == 9  # now reads the two older years, once each
    assert sorted(log.reads) == [year_file(data_dir, 2024), year_file(data_dir, 2025)]
    log.clear()
    assert store.checkins.count() == 9
    assert store.checkins.recent(9)[-1] == made[2024][0]
    assert store.checkins.get(made[2026][0].id) == made[2026][0]
    assert store.checkins.get(made[2024][2].id) == made[2024][2]
    assert store.checkins.between(datetime(2024, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))[0] == made[2024][0]
    assert log.reads == []

    # A save does not need to re-read the data (only the once-a-day backup copy reads the file).
    store.checkins.add(make_checkin(50))
    assert set(log.reads) <= {year_file(data_dir, 2026)} and len(log.reads) <= 1
    log.clear()
    newest = make_checkin(51)
    store.checkins.add(newest)
    assert store.checkins.recent(1) == [newest]
    assert store.checkins.count() == 11
    assert log.reads == []


def test_a_save_writes_only_the_year_it_changed(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _three_years(data_dir)
    store = Store(data_dir)
    store.checkins.count()  # every year loaded
    before = {year: stamp(year_file(data_dir, year)) for year in (2024, 2025)}
    before_bytes = {year: year_file(data_dir, year).read_bytes() for year in (2024, 2025)}
    log = DiskLog(monkeypatch, data_dir)

    new = make_checkin(20, year=2026)
    store.checkins.add(new)
    store.checkins.update(made[2026][0].edited(note="changed"))
    store.checkins.delete(made[2026][1].id)
    assert log.writes == [year_file(data_dir, 2026)] * 3
    # The other years were not even read for these saves (only 2026, once, for the daily backup).
    assert log.reads == [year_file(data_dir, 2026)]
    assert {year: stamp(year_file(data_dir, year)) for year in (2024, 2025)} == before
    assert {year: year_file(data_dir, year).read_bytes() for year in (2024, 2025)} == before_bytes
    assert new.id in stored_ids(year_file(data_dir, 2026))
