"""The journal store: one file per year, a search index rebuilt only for changed years, wins, imports."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from tinydb import TinyDB

from resilience_tui.domain.journal import WIN, JournalEntry
from resilience_tui.domain.journal_search import parse_query, search
from resilience_tui.store.store import Store
from tests.store.helpers import stored_ids

AT = datetime(2026, 3, 1, 21, 0, tzinfo=timezone.utc)


def entry(n: int, *, year: int = 2026, **fields) -> JournalEntry:
    at = fields.pop("at", AT.replace(year=year) + timedelta(hours=n))
    return JournalEntry(body=fields.pop("body", f"entry {n}"), at=at, created_at=at, updated_at=at, **fields)


def test_entries_go_to_the_file_of_their_year_and_read_back_exactly(data_dir):
    store = Store(data_dir)
    old, new = store.journal.add(entry(1, year=2024)), store.journal.add(entry(2, body="[bold] 🙂\r\n"))
    assert stored_ids(data_dir / "journal" / "2024.json") == [old.id]
    assert stored_ids(data_dir / "journal" / "2026.json") == [new.id]
    again = Store(data_dir)
    assert again.journal.get(new.id) == new and again.journal.get(old.id) == old
    assert [e.id for e in again.journal.recent(5)] == [new.id, old.id]
    assert TinyDB(data_dir / "journal" / "2026.json").table("_default").all()[0]["body"] == "[bold] 🙂\r\n"


def test_setting_the_date_back_a_year_moves_the_entry(data_dir):
    store = Store(data_dir)
    first = store.journal.add(entry(1))
    store.journal.update(first.edited(at=AT.replace(year=2025)))
    assert stored_ids(data_dir / "journal" / "2026.json") == []
    assert stored_ids(data_dir / "journal" / "2025.json") == [first.id]


def test_the_index_follows_every_change_and_reuses_unchanged_years(data_dir):
    store = Store(data_dir)
    store.journal.add_many([entry(n, year=2024 + n % 3, body=f"words {n}") for n in range(30)])
    index = store.journal.index()
    assert len(index) == 30
    assert [item.entry.at for item in index] == sorted((item.entry.at for item in index), reverse=True)
    assert store.journal.index() is index  # nothing changed: the same list
    years_before = dict(store.journal._year_index)
    added = store.journal.add(entry(99, body="a sunflower"))
    after = store.journal.index()
    assert after is not index and after[0].entry.id == added.id
    assert store.journal._year_index[2024] is years_before[2024]  # other years were not rebuilt
    assert [e.id for e in search(after, parse_query("sunflower", AT.date()))] == [added.id]
    store.journal.delete(added.id)
    assert search(store.journal.index(), parse_query("sunflower", AT.date())) == []


def test_a_change_from_another_window_is_seen_after_refresh(data_dir):
    mine = Store(data_dir)
    mine.journal.add(entry(1))
    assert len(mine.journal.index()) == 1
    Store(data_dir).journal.add(entry(2, body="from the other window"))
    mine.refresh()
    assert [i.entry.body for i in mine.journal.index()] == ["from the other window", "entry 1"]


def test_recent_wins_read_only_as_many_years_as_needed(data_dir):
    store = Store(data_dir)
    store.journal.add_many([entry(n, year=2020 + n % 5, kind=WIN if n % 2 else "entry") for n in range(50)])
    fresh = Store(data_dir)
    wins = fresh.journal.recent_wins(enough=3)
    assert all(w.kind == WIN for w in wins) and len(wins) >= 3
    assert wins == sorted(wins, key=lambda w: w.at, reverse=True)
    oldest = fresh.journal._files.get(2020)
    assert oldest is None or not oldest.loaded  # the oldest year was never read
    assert len(Store(data_dir).journal.recent_wins(enough=1000)) == 25


def test_records_that_swap_years_both_ways_are_never_lost(data_dir):
    store = Store(data_dir)
    a, b = store.journal.add(entry(1, year=2025)), store.journal.add(entry(2))
    store.journal.save_many([a.edited(at=AT), b.edited(at=AT.replace(year=2025))])
    assert stored_ids(data_dir / "journal" / "2026.json") == [a.id]
    assert stored_ids(data_dir / "journal" / "2025.json") == [b.id]


def test_save_many_adds_replaces_and_moves_with_one_write_per_year(data_dir, monkeypatch):
    store = Store(data_dir)
    kept, moving = store.journal.add(entry(1)), store.journal.add(entry(2))
    import resilience_tui.store.datafile as datafile

    written = []
    real = datafile.write_bytes_atomic
    monkeypatch.setattr(datafile, "write_bytes_atomic", lambda path, data: (written.append(path.name), real(path, data)))
    new = entry(3, year=2025)
    store.journal.save_many([kept.edited(body="changed"), moving.edited(at=AT.replace(year=2025)), new])
    assert sorted(written) == ["2025.json", "2026.json"]
    again = Store(data_dir)
    assert again.journal.get(kept.id).body == "changed"
    assert sorted(stored_ids(data_dir / "journal" / "2025.json")) == sorted([moving.id, new.id])
    assert stored_ids(data_dir / "journal" / "2026.json") == [kept.id]


def test_a_journal_file_of_the_wrong_shape_is_moved_aside(data_dir):
    (data_dir / "journal").mkdir(parents=True)
    path = data_dir / "journal" / "2026.json"
    bad = {"_default": {"1": {"id": "x", "at": "2026-01-01T00:00:00+00:00", "body": 5,
                              "created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00"}},
           "_meta": {"1": {"area": "journal", "schema_version": 1}}}
    path.write_text(json.dumps(bad))
    store = Store(data_dir)
    assert store.journal.index() == []
    assert [p.area for p in store.problems] == ["journal"]
    assert any(".corrupt-" in p.name for p in (data_dir / "journal").iterdir())


@pytest.mark.parametrize("kind", ["entry", "win"])
def test_a_plain_tinydb_journal_file_is_brought_up_to_date(data_dir, kind):
    (data_dir / "journal").mkdir(parents=True)
    path = data_dir / "journal" / "2026.json"
    path.write_text(json.dumps({"_default": {"1": {"at": "2026-02-01T10:00:00+00:00", "body": "hand made", "kind": kind}}}))
    [found] = Store(data_dir).journal.all()
    assert (found.body, found.kind) == ("hand made", kind) and found.id
