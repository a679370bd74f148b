"""Drafts are words the person typed: the json export carries them as their own area,
an import brings them back, and an export from before drafts had their own file
brings its drafts back out of its settings."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from resilience_tui.export import ExportFailed
from resilience_tui.export.importer import import_file
from resilience_tui.export.writer import choose_areas, export
from resilience_tui.store.drafts import CHECKIN, application_form
from resilience_tui.store.store import Store

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
STAMP = "2026-11-20T09:00:00+00:00"


def test_drafts_go_out_as_their_own_area_and_come_back(tmp_path):
    source = Store(tmp_path / "a")
    source.settings.merge([{"key": "theme", "value": "nord", "updated_at": STAMP}])
    source.drafts.set(CHECKIN, {"mood": 2, "note": "half [typed] 😔\x1b[31m"})
    source.drafts.set(application_form("new"), {"company": "Acme"})
    path = export(source, "json", areas=None, out=tmp_path / "out.json", folder=tmp_path, now=NOW)[0]
    data = json.loads(path.read_text())
    assert data["areas"]["drafts"]["schema_version"] == 1
    assert {d["key"]: d["value"] for d in data["areas"]["drafts"]["records"]} == {
        "checkin": {"mood": 2, "note": "half [typed] 😔\x1b[31m"}, "application:new": {"company": "Acme"}}
    assert [d["key"] for d in data["areas"]["settings"]["records"]] == ["theme"]

    target = Store(tmp_path / "b")
    result = import_file(target, path)
    assert result.added["drafts"] == 2
    again = Store(tmp_path / "b")
    assert again.drafts.get(CHECKIN) == {"mood": 2, "note": "half [typed] 😔\x1b[31m"}
    assert again.drafts.get(application_form("new")) == {"company": "Acme"}
    assert again.drafts.docs() == source.drafts.docs()
    assert not import_file(Store(tmp_path / "b"), path).changed  # the same file twice changes nothing


def test_an_older_export_with_drafts_in_its_settings_brings_them_to_the_drafts(tmp_path):
    docs = [{"key": "theme", "value": "nord", "updated_at": STAMP},
            {"key": "checkin_draft", "value": {"note": "from before"}, "updated_at": STAMP},
            {"key": "application_drafts", "value": {"new": {"company": "Old Co"}}, "updated_at": STAMP}]
    old = {"format": "resilience-export", "format_version": 1, "app_version": "0.2.0", "exported_at": STAMP,
           "areas": {"settings": {"schema_version": 1, "records": docs}}}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    import_file(Store(tmp_path / "b"), path)
    store = Store(tmp_path / "b")
    assert store.drafts.get(CHECKIN) == {"note": "from before"}
    assert store.drafts.get(application_form("new")) == {"company": "Old Co"}
    assert [doc["key"] for doc in store.settings.docs()] == ["theme"]


def test_an_export_of_an_older_folder_moves_its_drafts_first(tmp_path):
    folder = tmp_path / "a"
    Store(folder).settings.merge([{"key": "checkin_draft", "value": {"note": "kept"}, "updated_at": STAMP}])
    path = export(Store(folder), "json", areas=None, out=tmp_path / "out.json", folder=tmp_path, now=NOW)[0]
    areas = json.loads(path.read_text())["areas"]
    assert areas["settings"]["records"] == []
    assert [(d["key"], d["value"]) for d in areas["drafts"]["records"]] == [("checkin", {"note": "kept"})]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_drafts_are_only_exported_as_json(tmp_path: Path, fmt):
    store = Store(tmp_path / "a")
    assert "drafts" not in choose_areas(store, fmt, None)
    with pytest.raises(ExportFailed, match="Drafts are only exported as json"):
        choose_areas(store, fmt, ["drafts"])
    assert choose_areas(store, "json", ["drafts"]) == ["drafts"]
