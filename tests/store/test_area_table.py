"""The area table (`store/areas.py`) drives the store: its files, repositories, checks,
migrations and exports. An area added to the table alone gets all of them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pytest
from tinydb import TinyDB

from resilience_tui.domain.records import new_id
from resilience_tui.export.areas import area_names, count_words, readable_areas, title_of
from resilience_tui.export.importer import import_file
from resilience_tui.export.json import export_data
from resilience_tui.store.areas import AREAS, Area
from resilience_tui.store.store import Store
from resilience_tui.store.tables import RECORDS_TABLE
from tests.unit.test_import_hygiene import modules_after

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Note:
    text: str
    id: str = field(default_factory=new_id)
    created_at: str = "2026-11-26T10:00:00+00:00"
    updated_at: str = "2026-11-26T10:00:00+00:00"

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "created_at": self.created_at, "updated_at": self.updated_at}

    @classmethod
    def from_dict(cls, data: dict) -> Note:
        if not isinstance(data["text"], str):
            raise ValueError("text")
        return cls(data["text"], data["id"], data["created_at"], data["updated_at"])


def _words_to_text(tables: dict) -> dict:
    """Version 1 of the notes kept `words`; version 2 calls it `text`."""
    records = {}
    for doc_id, doc in tables[RECORDS_TABLE].items():
        doc = dict(doc)
        doc["text"] = doc.pop("words")
        records[doc_id] = doc
    return {RECORDS_TABLE: records}


NOTES = Area("notes", 2, ("id", "text"), f"{__name__}:Note", label="notes to self", noun=("note", "notes"),
             title="Notes to self", migrations={1: _words_to_text})


@pytest.fixture
def with_notes(monkeypatch):
    monkeypatch.setitem(AREAS, "notes", NOTES)


def test_every_area_has_a_repository_a_file_and_words(data_dir):
    store = Store(data_dir)
    for name, area in AREAS.items():
        assert area.path(data_dir).parent == data_dir
        assert area.path(data_dir).name == (name if area.yearly else f"{name}.json")
        assert area.title and area.label and area.noun[0] and area.noun[1]
        assert store.repository(name) is store.repository(name)  # one repository per area
        assert title_of(name) == area.title
    assert set(area_names(store)) == set(AREAS)
    assert "settings" not in readable_areas(store) and "drafts" not in readable_areas(store)
    assert count_words("checkins", 1) == "1 check-in" and count_words("journal", 2_000) == "2,000 journal entries"


def test_the_typed_properties_are_the_table_repositories(data_dir):
    store = Store(data_dir)
    for name in ("checkins", "settings", "drafts", "journal", "goals", "applications", "feedback", "reflections"):
        assert getattr(store, name) is store.repository(name)


def test_only_the_eager_areas_are_opened_with_the_store(data_dir):
    store = Store(data_dir)
    assert set(store._repositories) == {name for name, area in AREAS.items() if area.eager} == {"checkins", "settings"}
    store.goals.all()
    assert "goals" in store._repositories and "journal" not in store._repositories


def test_opening_the_store_imports_no_lazy_record_module():
    loaded = modules_after("import resilience_tui.store.store, pathlib, tempfile\n"
                           "resilience_tui.store.store.Store(pathlib.Path(tempfile.mkdtemp()) / 'd')")
    assert "resilience_tui.domain.checkin" in loaded
    assert not {"resilience_tui.domain.goal", "resilience_tui.domain.application",
                "resilience_tui.domain.reflection", "resilience_tui.store.journal"} & loaded


def test_backups_read_files_without_the_data_file_module():
    loaded = modules_after("import resilience_tui.store.backup")
    assert "resilience_tui.store.reading" in loaded and "resilience_tui.store.datafile" not in loaded


def test_each_record_area_saves_into_its_own_file(data_dir):
    store = Store(data_dir)
    for name, area in AREAS.items():
        if area.keyed:
            store.repository(name).merge([{"key": "k", "value": name, "updated_at": "2026-11-26T10:00:00+00:00"}])
            assert area.path(data_dir).is_file()
            assert TinyDB(area.path(data_dir)).table(RECORDS_TABLE).all()[0]["value"] == name
    meta = json.loads((data_dir / "drafts.json").read_text())["_meta"]["1"]
    assert meta == {"area": "drafts", "schema_version": AREAS["drafts"].version}


def test_an_area_added_to_the_table_gets_a_file_a_repository_and_an_export(with_notes, data_dir):
    store = Store(data_dir)
    note = store.repository("notes").add(Note("remember [this]"))
    assert [doc["text"] for doc in TinyDB(data_dir / "notes.json").table(RECORDS_TABLE).all()] == ["remember [this]"]
    assert Store(data_dir).repository("notes").get(note.id) == note
    data = export_data(store, now=NOW)
    assert data["areas"]["notes"] == {"schema_version": 2, "records": [note.to_dict()]}
    assert title_of("notes") == "Notes to self" and count_words("notes", 3) == "3 notes"
    (data_dir.parent / "export.json").write_text(json.dumps(data))
    other = Store(data_dir.parent / "other")
    result = import_file(other, data_dir.parent / "export.json")
    assert result.added["notes"] == 1 and other.repository("notes").all() == [note]


def test_an_added_area_migrates_an_older_file_with_its_own_step(with_notes, data_dir):
    data_dir.mkdir(parents=True)
    old = {"_default": {"1": {"id": "n1", "words": "old words", "created_at": "2026-01-01T10:00:00+00:00",
                              "updated_at": "2026-01-01T10:00:00+00:00"}},
           "_meta": {"1": {"area": "notes", "schema_version": 1}}}
    (data_dir / "notes.json").write_text(json.dumps(old))
    store = Store(data_dir)
    assert [n.text for n in store.repository("notes").all()] == ["old words"]
    on_disk = json.loads((data_dir / "notes.json").read_text())
    assert on_disk["_meta"]["1"]["schema_version"] == 2 and on_disk["_default"]["1"]["text"] == "old words"


def test_a_damaged_file_is_reported_with_the_words_of_its_area(with_notes, data_dir: Path):
    data_dir.mkdir(parents=True)
    (data_dir / "notes.json").write_text("{not json")
    store = Store(data_dir)
    assert store.repository("notes").all() == []
    [problem] = store.problems
    assert problem.area == "notes" and problem.message.startswith("Your notes to self file could not be read")
