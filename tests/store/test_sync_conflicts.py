"""A data folder in a synced folder: conflict copies beside an area file are merged by id, then put away."""

from __future__ import annotations

import errno
import json
import os
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from resilience_tui.domain.goal import Goal
from resilience_tui.store import sync_conflicts
from resilience_tui.store.revisions import stamped
from resilience_tui.store.store import Store
from resilience_tui.store.sync_merge import COPY_MARK, merge_tables
from resilience_tui.store.tombstones import bury, bury_key, tombstones
from tests.store.helpers import make_checkin, patch_file_ops, stored_docs

AT = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
SYNCTHING = "{stem}.sync-conflict-20261130-120000-ABCDEFG.json"
DROPBOX = "{stem} (Alex's conflicted copy 2026-11-30).json"
NEXTCLOUD = "{stem} (conflicted copy 2026-11-30 120000).json"


def tables(area: str, docs: list[dict], deleted: dict | None = None) -> dict:
    meta: dict = {"area": area, "schema_version": 1}
    if deleted:
        meta["deleted"] = deleted
    return {"_default": {str(n): doc for n, doc in enumerate(docs, 1)}, "_meta": {"1": meta}}


def write(path: Path, content: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content))


def goal(name: str) -> dict:
    return stamped(Goal(name, id=f"id-{name}", created_at=AT, updated_at=AT).to_dict(), None)


def edited(doc: dict, **changes) -> dict:
    return stamped({**doc, **changes}, doc)


def tombstone(doc: dict) -> dict:
    return {doc["id"]: {"revision": doc["revision"], "deleted_at": "2026-11-29"}}


def two_sides(make, area: str) -> tuple[dict, dict, dict]:
    """Ours and theirs grown from one base: every case of a two-device fork, and what the merge must hold."""
    base = {name: make(name) for name in "ABCDEFG"}
    a, b, c, d, e, f, _ = base.values()
    ours = [a, edited(b, **{AREA_TEXT[area]: "B here"}), c, edited(d, **{AREA_TEXT[area]: "D here"}), f, make("new-here")]
    theirs = [a, b, edited(c, **{AREA_TEXT[area]: "C there"}), edited(d, **{AREA_TEXT[area]: "D there"}), e,
              make("new-there")]
    return tables(area, ours, tombstone(e)), tables(area, theirs, tombstone(f)), base


AREA_TEXT = {"goals": "title", "checkins": "note"}


@pytest.mark.parametrize("name", [SYNCTHING, DROPBOX, NEXTCLOUD])
def test_a_goals_copy_merges_with_nothing_lost_or_resurrected(data_dir, name):
    ours, theirs, _ = two_sides(goal, "goals")
    write(data_dir / "goals.json", ours)
    copy = data_dir / name.format(stem="goals")
    write(copy, theirs)

    store = Store(data_dir)
    titles = sorted(g.title for g in store.goals.all())

    assert titles == sorted(["A", "B here", "C there", "D here", f"D there{COPY_MARK}", "new-here", "new-there"])
    # The file on disk holds the merge too, and both deletions are remembered.
    on_disk = stored_docs(data_dir / "goals.json")
    assert sorted(doc["title"] for doc in on_disk) == titles
    assert len({doc["id"] for doc in on_disk}) == len(on_disk)
    meta = json.loads((data_dir / "goals.json").read_text())["_meta"]["1"]
    assert sorted(meta["deleted"]) == ["id-E", "id-F"]
    # The copy is put away, and the person is told once what happened.
    assert not copy.exists()
    assert (data_dir / "backups" / "merged" / copy.name).read_text() == json.dumps(theirs)
    service = {SYNCTHING: "Syncthing", DROPBOX: "Dropbox", NEXTCLOUD: "Nextcloud"}[name]
    assert store.notices == [
        f"Your goals had a copy from another device ({service}). They are merged: 1 goal was changed on both "
        f'devices, so both versions are kept; look for "(from another device)". The copy is kept in backups/merged.'
    ]


@pytest.mark.parametrize("name", [SYNCTHING, DROPBOX])
def test_a_year_file_copy_of_checkins_merges_the_same_way(data_dir, name):
    def checkin(name: str) -> dict:
        return stamped(replace(make_checkin(ord(name[0])), id=f"id-{name}", note=name).to_dict(), None)

    ours, theirs, _ = two_sides(checkin, "checkins")
    write(data_dir / "checkins" / "2026.json", ours)
    copy = data_dir / "checkins" / name.format(stem="2026")
    write(copy, theirs)

    store = Store(data_dir)
    notes = sorted(c.note for c in store.checkins.all())

    assert notes == sorted(["A", "B here", "C there", "D here", f"D there{COPY_MARK}", "new-here", "new-there"])
    assert sorted(doc["note"] for doc in stored_docs(data_dir / "checkins" / "2026.json")) == notes
    assert not copy.exists() and (data_dir / "backups" / "merged" / "checkins" / copy.name).is_file()
    assert store.notices[0].startswith("Your check-ins for 2026 had a copy from another device")
    assert "1 check-in was changed on both devices" in store.notices[0]


def test_a_record_edited_there_after_it_was_deleted_here_comes_back(data_dir):
    kept = goal("kept")
    write(data_dir / "goals.json", tables("goals", [], tombstone(kept)))
    write(data_dir / SYNCTHING.format(stem="goals"), tables("goals", [edited(kept, title="kept, edited there")]))

    assert [g.title for g in Store(data_dir).goals.all()] == ["kept, edited there"]
    assert "deleted" not in json.loads((data_dir / "goals.json").read_text())["_meta"]["1"]


def test_merged_copies_are_private_and_never_overwrite_an_earlier_one(data_dir):
    name = DROPBOX.format(stem="goals")
    write(data_dir / "goals.json", tables("goals", [goal("A")]))
    write(data_dir / name, tables("goals", [goal("B")]))
    Store(data_dir).goals.all()
    write(data_dir / name, tables("goals", [goal("C")]))
    os.chmod(data_dir / name, 0o644)

    store = Store(data_dir)

    assert sorted(g.title for g in store.goals.all()) == ["A", "B", "C"]
    merged = data_dir / "backups" / "merged"
    assert {p.name for p in merged.iterdir()} == {name, "goals (Alex's conflicted copy 2026-11-30)-2.json"}
    assert [doc["title"] for doc in stored_docs(merged / name)] == ["B"]
    assert merged.stat().st_mode & 0o777 == 0o700
    assert {p.stat().st_mode & 0o777 for p in merged.iterdir()} == {0o600}


def test_merging_the_same_copy_again_adds_nothing(data_dir):
    ours, theirs, _ = two_sides(goal, "goals")
    write(data_dir / "goals.json", ours)
    for _ in range(2):  # a copy that comes back (or that could not be put away) is merged again
        write(data_dir / SYNCTHING.format(stem="goals"), theirs)
        store = Store(data_dir)
        assert len(store.goals.all()) == 7


def test_a_second_version_deleted_here_does_not_come_back_with_the_same_copy(data_dir):
    ours, theirs, _ = two_sides(goal, "goals")
    write(data_dir / "goals.json", ours)
    write(data_dir / SYNCTHING.format(stem="goals"), theirs)
    store = Store(data_dir)
    [second] = [g for g in store.goals.all() if g.title.endswith(COPY_MARK)]
    store.goals.delete(second.id)

    write(data_dir / SYNCTHING.format(stem="goals"), theirs)
    titles = [g.title for g in Store(data_dir).goals.all()]

    assert len(titles) == 6 and not any(t.endswith(COPY_MARK) for t in titles)


def test_a_full_disk_while_merging_leaves_both_files_and_the_copy_is_merged_later(data_dir, monkeypatch):
    write(data_dir / "goals.json", tables("goals", [goal("A")]))
    before = (data_dir / "goals.json").read_bytes()
    copy = data_dir / SYNCTHING.format(stem="goals")
    write(copy, tables("goals", [goal("B")]))

    disk_full = [True]
    real_write = os.write

    def write_unless_full(fd, data):
        if disk_full[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    patch_file_ops(monkeypatch, write=write_unless_full)
    store = Store(data_dir)
    assert [g.title for g in store.goals.all()] == ["A"]  # memory holds only what the disk holds
    assert (data_dir / "goals.json").read_bytes() == before and copy.is_file()
    [notice] = store.notices
    assert "the disk is full" in notice and "is not merged yet; it is left as it is and will be tried again" in notice

    disk_full[0] = False
    assert sorted(g.title for g in Store(data_dir).goals.all()) == ["A", "B"]
    assert not copy.exists()


def test_a_damaged_copy_is_left_alone_and_reported(data_dir):
    write(data_dir / "goals.json", tables("goals", [goal("A")]))
    before = (data_dir / "goals.json").read_bytes()
    copy = data_dir / SYNCTHING.format(stem="goals")
    copy.write_text('{"_default": {"1": {"id": "x", "tit')

    store = Store(data_dir)

    assert [g.title for g in store.goals.all()] == ["A"]
    assert (data_dir / "goals.json").read_bytes() == before
    assert copy.read_text() == '{"_default": {"1": {"id": "x", "tit'
    assert not (data_dir / "backups" / "merged").exists()
    assert store.notices == [
        "A copy of your goals from another device (Syncthing) could not be read: it is damaged (it is not "
        f"complete, valid JSON). It was not merged and is left as it is at {copy}."
    ]


def test_a_copy_another_process_merged_first_is_not_reported(data_dir):
    write(data_dir / "goals.json", tables("goals", [goal("A")]))
    write(data_dir / SYNCTHING.format(stem="goals"), tables("goals", [goal("B")]))
    late = Store(data_dir)
    seen = late.sync.copies(data_dir / "goals.json")  # listed just before the other process took the lock
    first = Store(data_dir)
    assert len(first.goals.all()) == 2
    late.sync.copies = lambda path: seen  # type: ignore[method-assign]

    assert sorted(g.title for g in late.goals.all()) == ["A", "B"]
    assert late.notices == []


def test_settings_copies_keep_the_later_value_of_each_key(data_dir):
    def doc(key: str, value: str, minutes: int) -> dict:
        return {"key": key, "value": value, "updated_at": (AT + timedelta(minutes=minutes)).isoformat()}

    write(data_dir / "settings.json", tables("settings", [doc("theme", "ours", 5), doc("name", "ours", 1)]))
    write(data_dir / NEXTCLOUD.format(stem="settings"),
          tables("settings", [doc("theme", "theirs", 1), doc("name", "theirs", 5), doc("extra", "theirs", 0)]))

    assert Store(data_dir).settings.get("name") == "theirs"

    values = {d["key"]: d["value"] for d in stored_docs(data_dir / "settings.json")}
    assert values == {"theme": "ours", "name": "theirs", "extra": "theirs"}


def test_a_draft_removed_here_stays_removed_unless_it_changed_there_since(store, data_dir):
    store.drafts.set("journal", {"body": "old"})
    store.drafts.set("reflection", {"who": "old"})
    before = json.loads((data_dir / "drafts.json").read_text())
    store.drafts.delete("journal")
    store.drafts.delete("reflection")
    later = (datetime.now(timezone.utc) + timedelta(minutes=5)).isoformat()
    for doc in before["_default"].values():
        if doc["key"] == "reflection":
            doc.update(value={"who": "typed there later"}, updated_at=later)
    write(data_dir / SYNCTHING.format(stem="drafts"), before)

    drafts = Store(data_dir).drafts
    assert (drafts.get("journal"), drafts.get("reflection")) == (None, {"who": "typed there later"})


def test_removed_keys_are_remembered_for_a_month_and_records_for_good(data_dir):
    content = tables("drafts", [], {"old": {"revision": 0, "deleted_at": "2026-01-01T10:00:00+00:00"},
                                    "recent": {"revision": 0, "deleted_at": "2026-11-20T10:00:00+00:00"}})
    bury_key(content, "now", datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc))
    assert sorted(tombstones(content)) == ["now", "recent"]

    records = tables("goals", [], {"old": {"revision": 3, "deleted_at": "2020-01-01"}})
    bury(records, goal("new"))
    assert sorted(tombstones(records)) == ["id-new", "old"]


def test_other_names_are_not_taken_for_copies(data_dir):
    write(data_dir / "goals.json", tables("goals", [goal("A")]))
    for name in ("goals 2.json", "goals.sync-conflict-notadate.json", "applications (conflicted copy 2026-11-30 120000)"):
        write(data_dir / name, tables("goals", [goal("B")]))

    assert [g.title for g in Store(data_dir).goals.all()] == ["A"]
    assert (data_dir / "goals 2.json").is_file() and not (data_dir / "backups" / "merged").exists()


def test_delete_leaves_a_tombstone_that_restore_removes_and_tinydb_still_reads(store, data_dir):
    kept, gone = store.goals.add(Goal("kept")), store.goals.add(Goal("gone"))
    store.goals.delete(gone.id)

    meta = json.loads((data_dir / "goals.json").read_text())["_meta"]["1"]
    assert meta["deleted"] == {gone.id: {"revision": 1, "deleted_at": datetime.now().date().isoformat()}}
    with TinyDB(data_dir / "goals.json") as db:
        assert [doc["title"] for doc in db.all()] == ["kept"]
    assert [g.id for g in Store(data_dir).goals.all()] == [kept.id]

    store.goals.restore(gone)
    assert "deleted" not in json.loads((data_dir / "goals.json").read_text())["_meta"]["1"]


def test_a_deleted_checkin_is_tombstoned_in_its_year_file(store, data_dir):
    checkin = store.checkins.add(make_checkin(1))
    store.checkins.delete(checkin.id)
    meta = json.loads((data_dir / "checkins" / "2026.json").read_text())["_meta"]["1"]
    assert list(meta["deleted"]) == [checkin.id]
    store.checkins.restore(checkin)
    assert "deleted" not in json.loads((data_dir / "checkins" / "2026.json").read_text())["_meta"]["1"]


def test_a_folder_with_no_copies_costs_one_listing_and_no_extra_reads(data_dir, monkeypatch):
    write(data_dir / "goals.json", tables("goals", [goal("A")]))
    for year in (2024, 2025, 2026):
        write(data_dir / "checkins" / f"{year}.json", tables("checkins", []))
    old = datetime.now().timestamp() - 60  # folders not changed in the last moments keep their listing
    for folder in (data_dir, data_dir / "checkins"):
        os.utime(folder, (old, old))
    listed: list[str] = []
    read: list[str] = []
    real_scandir, real_read = os.scandir, Path.read_bytes

    def scandir(path):
        if sys._getframe(1).f_code.co_filename == sync_conflicts.__file__:  # the listings made to find copies
            listed.append(str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real_read(self))

    store = Store(data_dir)
    store.checkins.all()
    store.goals.all()

    assert sorted(listed) == sorted([str(data_dir), str(data_dir / "checkins")])
    assert sorted(read) == ["2024.json", "2025.json", "2026.json", "goals.json"]


# What each side did to a record of the common base: nothing, an edit, or a delete.
_SIDE = st.sampled_from(["keep", "edit", "delete"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_SIDE, _SIDE), max_size=8), st.integers(0, 2), st.integers(0, 2))
def test_any_fork_merges_with_no_edit_lost_and_no_deletion_undone(fates, added_here, added_there):
    ours_docs, theirs_docs, our_dead, their_dead = [], [], {}, {}
    expected: list[str] = []  # titles the merge must hold (a version of both sides' edits may carry the mark)
    for n, (here, there) in enumerate(fates):
        base = goal(f"r{n}")
        for fate, side, dead, word in ((here, ours_docs, our_dead, "here"), (there, theirs_docs, their_dead, "there")):
            if fate == "edit":
                side.append(edited(base, title=f"r{n} {word}"))
            elif fate == "keep":
                side.append(base)
            else:
                dead.update(tombstone(base))
        if here == there == "keep":
            expected.append(f"r{n}")
        expected += [f"r{n} {word}" for fate, word in ((here, "here"), (there, "there")) if fate == "edit"]
    ours_docs += [goal(f"new here {i}") for i in range(added_here)]
    theirs_docs += [goal(f"new there {i}") for i in range(added_there)]
    expected += [f"new here {i}" for i in range(added_here)] + [f"new there {i}" for i in range(added_there)]

    merged = merge_tables("goals", tables("goals", ours_docs, our_dead), tables("goals", theirs_docs, their_dead))
    titles = sorted(doc["title"].removesuffix(COPY_MARK) for doc in merged.tables["_default"].values())

    assert titles == sorted(expected)
    assert len({doc["id"] for doc in merged.tables["_default"].values()}) == len(titles)
    again = merge_tables("goals", merged.tables, tables("goals", theirs_docs, their_dead))
    assert again.tables["_default"] == merged.tables["_default"] and again.both_changed == 0
