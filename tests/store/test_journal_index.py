"""The journal's search index: built a year per step, and changed entry by entry on each save."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from resilience_tui.domain import journal_search
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.journal_search import parse_query, search
from resilience_tui.store.store import Store

AT = datetime(2026, 3, 1, 21, 0, tzinfo=timezone.utc)


def entry(n: int, *, year: int = 2026, **fields) -> JournalEntry:
    at = fields.pop("at", AT.replace(year=year) + timedelta(hours=n))
    return JournalEntry(body=fields.pop("body", f"entry {n}"), at=at, created_at=at, updated_at=at, **fields)


@pytest.fixture
def builds(monkeypatch):
    """How many times a year's index was built from its file."""
    calls: list[int] = []
    real = journal_search.build_index

    def counted(entries):
        calls.append(1)
        return real(entries)

    monkeypatch.setattr(journal_search, "build_index", counted)
    return calls


def found(store: Store, words: str) -> list[str]:
    return [e.id for e in search(store.journal.index(), parse_query(words, AT.date()))]


def as_fresh(store: Store, data_dir) -> None:
    """The index equals one built from the files by a new store."""
    fresh = Store(data_dir).journal.index()
    assert [(i.entry, i.haystack) for i in store.journal.index()] == [(i.entry, i.haystack) for i in fresh]


def test_index_steps_build_one_year_each_then_nothing(data_dir, builds):
    Store(data_dir).journal.add_many([entry(n, year=2020 + n % 5) for n in range(20)])
    store = Store(data_dir)
    steps = 0
    while store.journal.index_step():
        steps += 1
        assert len(builds) == steps
    assert len(builds) == 5
    index = store.journal.index()
    assert len(index) == 20 and len(builds) == 5
    assert not store.journal.index_step() and store.journal.index() is index


def test_add_edit_delete_and_undo_change_the_index_without_rebuilding_a_year(data_dir, builds):
    store = Store(data_dir)
    store.journal.add_many([entry(n, year=2024 + n % 3, body=f"words {n}") for n in range(30)])
    store.journal.index()
    built = len(builds)

    added = store.journal.add(entry(99, year=2025, body="a sunflower"))
    assert found(store, "sunflower") == [added.id]
    edited = store.journal.update(added.edited(body="a daisy"))
    assert found(store, "sunflower") == [] and found(store, "daisy") == [edited.id]
    moved = store.journal.update(edited.edited(at=AT.replace(year=2024)))  # to another year's file
    assert found(store, "daisy") == [moved.id]
    newer = store.journal.add(entry(5, year=2030, body="a new year"))  # a year with no file yet
    assert found(store, "new year") == [newer.id]
    store.journal.delete(moved.id)
    assert found(store, "daisy") == []
    store.journal.restore(moved)
    assert found(store, "daisy") == [moved.id]
    assert len(builds) == built  # no year was built again
    as_fresh(store, data_dir)


def test_a_change_in_another_window_rebuilds_only_that_year(data_dir, builds):
    store = Store(data_dir)
    store.journal.add_many([entry(n, year=2024 + n % 3) for n in range(30)])
    store.journal.index()
    other = Store(data_dir)
    theirs = other.journal.add(entry(50, year=2025, body="from elsewhere"))
    built = len(builds)
    store.refresh()
    assert found(store, "elsewhere") == [theirs.id]
    assert len(builds) == built + 1
    # A save here after one from elsewhere that was not read yet: that year is built again from its file.
    other.journal.add(entry(51, year=2026, body="second elsewhere"))
    mine = store.journal.add(entry(52, year=2026, body="mine"))
    assert found(store, "mine") == [mine.id] and len(found(store, "elsewhere")) == 2
    as_fresh(store, data_dir)
