"""Import checks every record and every setting and draft value; a bad one is left out and counted.

Deeply nested input is refused before anything is written, and an import that a
full disk stops half way says which areas landed; importing again adds only what
is missing.
"""

from __future__ import annotations

import errno
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.export import ImportRefused, ImportStopped
from resilience_tui.export.importer import import_file
from resilience_tui.export.json import export_data
from resilience_tui.store.drafts import CHECKIN
from resilience_tui.store.settings_keys import FOLLOW_UP_DAYS, MY_NAME, THEME
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin, patch_file_ops, temp_files

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
STAMP = "2026-11-26T10:00:00+00:00"


def files_of(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.json"))}


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data))
    return path


def nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


def test_records_that_cannot_be_read_are_left_out_and_counted(tmp_path):
    source = Store(tmp_path / "a")
    good = source.checkins.add(make_checkin(1))
    entry = source.journal.add(JournalEntry(body="kept", at=NOW, created_at=NOW, updated_at=NOW))
    data = export_data(source, now=NOW)
    data["areas"]["checkins"]["records"] += [
        {**make_checkin(2).to_dict(), "mood": 9},  # out of range
        {"id": "only-an-id"},  # fields missing
        {**make_checkin(3).to_dict(), "at": "not a time"},
        "not a record",
    ]
    data["areas"]["goals"]["records"].append({"id": "g", "title": "half a goal"})
    result = import_file(Store(tmp_path / "b"), write(tmp_path / "x.json", data))
    assert result.skipped == {"checkins": 4, "goals": 1}
    assert result.added["checkins"] == 1 and result.added["journal"] == 1
    summary = result.summary()
    assert "4 check-ins and 1 goal could not be read and were left out." in summary
    target = Store(tmp_path / "b")
    assert target.checkins.all() == [good] and target.journal.all() == [entry] and target.goals.all() == []


def test_setting_values_of_the_wrong_type_are_left_out(tmp_path):
    docs = [
        {"key": "theme", "value": 5, "updated_at": STAMP},
        {"key": "follow_up_days", "value": "ten", "updated_at": STAMP},
        {"key": "profile_asked", "value": 1, "updated_at": STAMP},
        {"key": 7, "value": "a key that is not text", "updated_at": STAMP},
        {"key": "my_name", "value": "Sam", "updated_at": STAMP},
    ]
    data = {"format": "resilience-export", "format_version": 1,
            "areas": {"settings": {"schema_version": 1, "records": docs}}}
    result = import_file(Store(tmp_path / "b"), write(tmp_path / "s.json", data))
    assert result.skipped == {"settings": 4} and result.added["settings"] == 1
    target = Store(tmp_path / "b")
    assert target.settings.get(MY_NAME) == "Sam"
    assert target.settings.keys() == ["my_name"]
    assert target.settings.get(THEME) == THEME.default and target.settings.get(FOLLOW_UP_DAYS) == FOLLOW_UP_DAYS.default


@pytest.mark.parametrize("value", [
    "just text",
    {"mood": "x"},
    {"mood": 9},
    {"emotions": 5},
    {"emotions": ["hopeful", 3]},
    {"tags": ["a"]},
    {"note": 12},
    {"when": None, "note": {"a": 1}},
    {"editing_id": {"a": 1}},
    {"application_id": 4},
])
def test_a_malformed_checkin_draft_is_not_imported(tmp_path, value):
    settings = [{"key": "checkin_draft", "value": value, "updated_at": STAMP}]  # where older versions kept it
    drafts = [{"key": CHECKIN, "value": value, "updated_at": STAMP},
              {"key": "application:new", "value": {"company": "Acme"}, "updated_at": STAMP}]
    data = {"format": "resilience-export", "format_version": 1,
            "areas": {"settings": {"schema_version": 1, "records": settings},
                      "drafts": {"schema_version": 1, "records": drafts}}}
    result = import_file(Store(tmp_path / "b"), write(tmp_path / "d.json", data))
    assert result.skipped == {"drafts": 2}
    target = Store(tmp_path / "b")
    assert target.drafts.get(CHECKIN) is None
    assert target.drafts.get("application:new") == {"company": "Acme"}
    assert not target.settings.is_set("checkin_draft")


def test_a_checkin_draft_in_the_form_the_app_writes_is_imported(tmp_path):
    value = {"mood": 3, "energy": None, "emotions": ["hopeful"], "tags": "acme", "note": "half typed",
             "when": "now", "application_id": None, "editing_id": None}
    data = {"format": "resilience-export", "format_version": 1,
            "areas": {"drafts": {"schema_version": 1, "records": [{"key": CHECKIN, "value": value, "updated_at": STAMP}]}}}
    result = import_file(Store(tmp_path / "b"), write(tmp_path / "d.json", data))
    assert result.skipped == {} and Store(tmp_path / "b").drafts.get(CHECKIN) == value


@pytest.mark.parametrize("make", [
    lambda: b'{"format": "resilience-export", "areas": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    lambda: json.dumps({"format": "resilience-export", "format_version": 1, "areas": {"drafts": {
        "schema_version": 1, "records": [{"key": "checkin", "value": nested(200), "updated_at": STAMP}]}}}).encode(),
    lambda: json.dumps({"format": "resilience-export", "format_version": 1, "areas": {"checkins": {
        "schema_version": 1, "records": [{**make_checkin(1).to_dict(), "application_id": nested(300)}]}}}).encode(),
], ids=["100000 deep", "a draft 200 deep", "a record field 300 deep"])
def test_deeply_nested_input_is_refused_and_nothing_is_written(tmp_path, make):
    Store(tmp_path / "data").checkins.add(make_checkin(7))
    before = files_of(tmp_path / "data")
    path = tmp_path / "deep.json"
    path.write_bytes(make())
    with pytest.raises(ImportRefused) as refused:
        import_file(Store(tmp_path / "data"), path)
    assert "nested" in refused.value.message and "Nothing was changed" in refused.value.message
    assert "\n" not in refused.value.message
    assert files_of(tmp_path / "data") == before


def full_disk_after(monkeypatch, allowed: int) -> list[bool]:
    """Let `allowed` file writes through, then fail every write as a full disk does, until
    the returned flag is cleared (space freed)."""
    calls: list[int] = []
    full = [True]

    def write(fd: int, data: Any) -> int:
        calls.append(len(data))
        if full[0] and len(calls) > allowed:
            raise OSError(errno.ENOSPC, "No space left on device")
        return os.write(fd, data)

    patch_file_ops(monkeypatch, write=write)
    return full


def a_little_of_everything(folder: Path) -> Store:
    store = Store(folder)
    store.settings.set(THEME, "nord")
    store.checkins.add(make_checkin(1))
    store.checkins.add(make_checkin(2))
    store.journal.add(JournalEntry(body="one", at=NOW, created_at=NOW, updated_at=NOW))
    store.drafts.set(CHECKIN, {"note": "half typed"})
    return store


def test_a_full_disk_half_way_says_which_areas_landed_and_importing_again_adds_the_rest(tmp_path, monkeypatch):
    source = a_little_of_everything(tmp_path / "a")
    path = write(tmp_path / "all.json", export_data(source, now=NOW))
    disk_full = full_disk_after(monkeypatch, allowed=2)  # settings, then the one year of check-ins
    with pytest.raises(ImportStopped) as stopped:
        import_file(Store(tmp_path / "b"), path)
    message = stopped.value.message
    assert message.startswith("Settings and check-ins were imported; journal entries and drafts were not")
    assert "because the disk is full" in message and "adds only what is missing" in message
    assert "\n" not in message
    assert stopped.value.result.landed == ["settings", "checkins"]
    assert temp_files(tmp_path / "b") == []
    disk_full[0] = False  # space was freed
    half = Store(tmp_path / "b")
    assert half.checkins.count() == 2 and half.journal.count() == 0 and half.drafts.get(CHECKIN) is None
    again = import_file(half, path)
    assert again.added["checkins"] == 0 and again.added["journal"] == 1 and again.added["drafts"] == 1
    whole = Store(tmp_path / "b")
    assert sorted(c.id for c in whole.checkins.all()) == sorted(c.id for c in source.checkins.all())
    assert whole.journal.all() == source.journal.all() and whole.drafts.get(CHECKIN) == {"note": "half typed"}
    assert not import_file(whole, path).changed  # and a third time adds nothing


def test_a_full_disk_before_anything_landed_says_nothing_was_imported(tmp_path, monkeypatch):
    source = a_little_of_everything(tmp_path / "a")
    path = write(tmp_path / "all.json", export_data(source, now=NOW))
    full_disk_after(monkeypatch, allowed=0)
    with pytest.raises(ImportStopped) as stopped:
        import_file(Store(tmp_path / "b"), path)
    assert stopped.value.message.startswith("Nothing was imported, because the disk is full.")


def test_an_area_stopped_between_its_year_files_is_named_as_part_imported(tmp_path, monkeypatch):
    source = a_little_of_everything(tmp_path / "a")
    source.checkins.add(make_checkin(3, year=2025))  # check-ins now fill two year files
    path = write(tmp_path / "all.json", export_data(source, now=NOW))
    disk_full = full_disk_after(monkeypatch, allowed=2)  # settings, then one of the two years
    with pytest.raises(ImportStopped) as stopped:
        import_file(Store(tmp_path / "b"), path)
    assert stopped.value.message.startswith(
        "Settings were imported; some of the check-ins, journal entries and drafts were not, because the disk is full.")
    disk_full[0] = False
    import_file(Store(tmp_path / "b"), path)
    assert sorted(c.id for c in Store(tmp_path / "b").checkins.all()) == sorted(c.id for c in source.checkins.all())


@pytest.mark.parametrize("days, kept", [(7, True), (0, False), (31, False), (10**30, False), (True, False)])
def test_follow_up_days_are_imported_only_in_the_range_the_app_offers(tmp_path, days, kept):
    docs = [{"key": "follow_up_days", "value": days, "updated_at": STAMP}]
    data = {"format": "resilience-export", "format_version": 1,
            "areas": {"settings": {"schema_version": 1, "records": docs}}}
    result = import_file(Store(tmp_path / "b"), write(tmp_path / "s.json", data))
    assert Store(tmp_path / "b").settings.is_set(FOLLOW_UP_DAYS) is kept
    assert result.skipped == ({} if kept else {"settings": 1})
