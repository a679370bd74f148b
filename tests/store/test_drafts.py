"""Drafts live in drafts.json, keyed by name. Drafts an older version kept in settings.json
move there on first open: drafts written first, then settings cleaned, and an
interruption at any point loses nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resilience_tui.store import drafts as drafts_module
from resilience_tui.store.drafts import CHECKIN, application_form
from resilience_tui.store.errors import SaveFailed
from resilience_tui.store.keyed import KeyedRepository
from resilience_tui.store.settings_keys import THEME
from resilience_tui.store.store import Store

STAMP = "2026-11-20T09:00:00+00:00"
CHECKIN_VALUES = {"mood": 2, "note": "half [typed] 😔", "editing_id": None}
NEW_FORM = {"company": "Half typed", "role": ""}
EDIT_FORM = {"company": "Acme", "role": "Designer"}


def _old_settings(folder: Path) -> None:
    """settings.json as an older version wrote it, drafts among the settings."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = [("theme", "nord"), ("checkin_draft", CHECKIN_VALUES),
            ("application_drafts", {"new": NEW_FORM, "app-1": EDIT_FORM})]
    table = {str(n): {"key": key, "value": value, "updated_at": STAMP} for n, (key, value) in enumerate(docs, 1)}
    (folder / "settings.json").write_text(json.dumps({"_default": table,
                                                      "_meta": {"1": {"area": "settings", "schema_version": 1}}}))


def _keys(path: Path) -> dict:
    return {doc["key"]: doc["value"] for doc in json.loads(path.read_text())["_default"].values()}


def test_a_draft_is_kept_by_name_across_a_restart(data_dir):
    store = Store(data_dir)
    assert store.drafts.get(CHECKIN) is None
    store.drafts.set(CHECKIN, CHECKIN_VALUES)
    store.drafts.set(application_form("new"), NEW_FORM)
    again = Store(data_dir)
    assert again.drafts.get(CHECKIN) == CHECKIN_VALUES and again.drafts.get("application:new") == NEW_FORM
    assert sorted(again.drafts.names()) == ["application:new", "checkin"]
    again.drafts.delete(CHECKIN)
    assert Store(data_dir).drafts.get(CHECKIN) is None
    assert _keys(data_dir / "drafts.json") == {"application:new": NEW_FORM}
    assert not (data_dir / "settings.json").exists()  # drafts never touch the settings


def test_saving_an_unchanged_draft_writes_nothing(data_dir):
    store = Store(data_dir)
    store.drafts.set(CHECKIN, CHECKIN_VALUES)
    before = (data_dir / "drafts.json").stat().st_mtime_ns, (data_dir / "drafts.json").read_bytes()
    store.drafts.set(CHECKIN, dict(CHECKIN_VALUES))
    store.drafts.delete("no such draft")
    assert ((data_dir / "drafts.json").stat().st_mtime_ns, (data_dir / "drafts.json").read_bytes()) == before


def test_drafts_in_the_settings_move_to_their_own_file(data_dir):
    _old_settings(data_dir)
    store = Store(data_dir)
    assert store.drafts.get(CHECKIN) == CHECKIN_VALUES
    assert store.drafts.get(application_form("new")) == NEW_FORM
    assert store.drafts.get(application_form("app-1")) == EDIT_FORM
    assert _keys(data_dir / "drafts.json") == {"checkin": CHECKIN_VALUES, "application:new": NEW_FORM,
                                               "application:app-1": EDIT_FORM}
    assert _keys(data_dir / "settings.json") == {"theme": "nord"}
    assert Store(data_dir).settings.get(THEME) == "nord"


def test_a_second_open_changes_nothing(data_dir):
    _old_settings(data_dir)
    Store(data_dir).drafts.names()
    files = {name: (data_dir / name).read_bytes() for name in ("drafts.json", "settings.json")}
    stamps = {name: (data_dir / name).stat().st_mtime_ns for name in files}
    assert Store(data_dir).drafts.get(CHECKIN) == CHECKIN_VALUES
    assert {name: (data_dir / name).read_bytes() for name in files} == files
    assert {name: (data_dir / name).stat().st_mtime_ns for name in files} == stamps


def test_interrupted_before_the_settings_are_cleaned_nothing_is_lost(data_dir, monkeypatch):
    _old_settings(data_dir)

    def refuse(self, keys):
        raise SaveFailed("Your settings could not be saved because the disk is full.")

    monkeypatch.setattr(KeyedRepository, "remove_keys", refuse)
    store = Store(data_dir)
    assert store.drafts.get(CHECKIN) == CHECKIN_VALUES  # the drafts were written first
    assert set(_keys(data_dir / "settings.json")) == {"theme", "checkin_draft", "application_drafts"}
    store.drafts.set(CHECKIN, {"mood": 4, "note": "typed after the interruption"})
    monkeypatch.undo()
    again = Store(data_dir)
    # The next open finishes the move, and the newer draft is not replaced by the old copy.
    assert again.drafts.get(CHECKIN) == {"mood": 4, "note": "typed after the interruption"}
    assert again.drafts.get(application_form("new")) == NEW_FORM
    assert _keys(data_dir / "settings.json") == {"theme": "nord"}


def test_interrupted_before_the_drafts_are_written_the_settings_keep_them(data_dir, monkeypatch):
    _old_settings(data_dir)
    before = (data_dir / "settings.json").read_bytes()

    def refuse(self, docs):
        raise SaveFailed("Your drafts could not be saved because the disk is full.")

    monkeypatch.setattr(KeyedRepository, "add_missing", refuse)
    store = Store(data_dir)
    assert store.drafts.get(CHECKIN) is None
    assert (data_dir / "settings.json").read_bytes() == before and not (data_dir / "drafts.json").exists()
    monkeypatch.undo()
    assert Store(data_dir).drafts.get(CHECKIN) == CHECKIN_VALUES
    assert _keys(data_dir / "settings.json") == {"theme": "nord"}


@pytest.mark.parametrize("value", [None, "not a dict", ["a", "list"]])
def test_an_odd_application_drafts_value_is_kept_not_dropped(data_dir, value):
    store = Store(data_dir)
    store.settings.merge([{"key": drafts_module.LEGACY_APPLICATIONS, "value": value, "updated_at": STAMP}])
    again = Store(data_dir)
    assert drafts_module.LEGACY_APPLICATIONS in again.drafts.names()
    assert again.drafts.get(drafts_module.LEGACY_APPLICATIONS) == value
    assert not again.settings.is_set(drafts_module.LEGACY_APPLICATIONS)
