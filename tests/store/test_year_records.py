"""A year of check-ins read apart (for Insights' summaries): the store's reading rules, nothing kept in memory."""

from __future__ import annotations

import json
from pathlib import Path

from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin, year_file


def seen(records) -> list[tuple[object, ...]]:
    return sorted((c.at, c.mood, c.note) for c in records)


def held(store: Store) -> set[str]:
    return {Path(path).name for path, _ in store.revision("checkins")}


def test_a_year_not_read_is_read_apart_with_its_stamp(data_dir: Path) -> None:
    writer = Store(data_dir)
    writer.checkins.add_many([make_checkin(i, year=2024) for i in range(3)] + [make_checkin(9, year=2025)])
    store = Store(data_dir)
    stamp, records = store.checkins.year_records(2024)
    assert seen(records) == seen(make_checkin(i, year=2024) for i in range(3))
    assert held(store) == set()  # read, summed up by the caller, let go
    assert stamp is not None and stamp == store.checkins.year_stamp(2024)
    writer.checkins.add(make_checkin(4, year=2024))
    assert store.checkins.year_stamp(2024) != stamp  # another window's save shows on disk


def test_a_year_the_store_holds_gives_its_records_in_memory(data_dir: Path) -> None:
    store = Store(data_dir)
    store.checkins.add(make_checkin(1, year=2025))
    before = store.checkins.year_stamp(2025)
    stamp, records = store.checkins.year_records(2025)
    assert stamp == before and seen(records) == seen([make_checkin(1, year=2025)])
    Store(data_dir).checkins.add(make_checkin(2, year=2025))
    assert store.checkins.year_stamp(2025) == before  # what this window holds, until it reads the file again
    assert store.refresh()
    stamp, records = store.checkins.year_records(2025)
    assert stamp != before and len(records) == 2 and held(store) == {"2025.json"}


def test_a_damaged_year_read_apart_is_moved_aside_and_told(data_dir: Path) -> None:
    path = year_file(data_dir, 2024)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"{not json")
    store = Store(data_dir)
    assert store.checkins.year_records(2024) == (None, [])
    (moved,) = path.parent.glob("2024.corrupt-*.json")
    assert moved.read_bytes() == b"{not json" and not path.exists()
    assert [p.area for p in store.problems] == ["checkins"]


def test_a_newer_versions_year_read_apart_is_left_as_it_is(data_dir: Path) -> None:
    path = year_file(data_dir, 2024)
    path.parent.mkdir(parents=True)
    data = json.dumps({"_default": {"1": make_checkin(1, year=2024).to_dict()},
                       "_meta": {"1": {"area": "checkins", "schema_version": 99}}}).encode()
    path.write_bytes(data)
    store = Store(data_dir)
    assert store.checkins.year_records(2024)[1] == []
    assert path.read_bytes() == data
    assert [p.area for p in store.problems] == ["checkins"]
