"""The json export is complete, and importing it brings back every record exactly, once."""

from __future__ import annotations

import json
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_tui.demo import write_demo
from resilience_tui.domain.journal import WIN, JournalEntry
from resilience_tui.export import ImportRefused
from resilience_tui.export.areas import area_names, documents
from resilience_tui.export.files import is_private
from resilience_tui.export.importer import import_file
from resilience_tui.export.json import export_json
from resilience_tui.export.writer import export
from resilience_tui.store.areas import AREAS
from resilience_tui.store.drafts import CHECKIN
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin
from tests.store.test_hostile_text import HOSTILE

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


def everything(store: Store) -> dict[str, list[dict]]:
    """Every document of every area, in a fixed order."""
    return {area: sorted(documents(store, area), key=lambda d: str(d.get("id") or d.get("key")))
            for area in area_names(store)}


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.json"))
            if "backups" not in p.parts}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, Path]:
    """A year of demo data plus settings (a theme and a half-typed draft), and its export."""
    folder = tmp_path_factory.mktemp("src") / "data"
    write_demo(folder, 1, today=date(2026, 11, 26))
    store = Store(folder)
    store.settings.set("theme", "nord")
    store.drafts.set(CHECKIN, {"mood": 2, "note": "half [typed] 😔"})
    path = export(store, "json", areas=None, out=None, folder=folder.parent, now=NOW)[0]
    return folder, path


def test_every_area_there_is_can_be_exported():
    assert set(area_names(Store(Path(tempfile.mkdtemp()) / "d"))) == set(AREAS)


def test_the_export_holds_every_area_with_its_schema_version(demo):
    folder, path = demo
    data = json.loads(path.read_text())
    assert data["format"] == "resilience-export" and data["format_version"] == 1
    store = Store(folder)
    for area in area_names(store):
        assert data["areas"][area]["schema_version"] == AREAS[area].version
        assert len(data["areas"][area]["records"]) == len(documents(store, area))
    assert len(data["areas"]["journal"]["records"]) > 300
    stored_settings = {doc["key"]: doc["value"] for doc in data["areas"]["settings"]["records"]}
    assert stored_settings["theme"] == "nord"
    stored_drafts = {doc["key"]: doc["value"] for doc in data["areas"]["drafts"]["records"]}
    assert stored_drafts[CHECKIN] == {"mood": 2, "note": "half [typed] 😔"}  # drafts are words too
    assert is_private(path)


def test_import_into_an_empty_folder_reproduces_every_record_exactly(demo, tmp_path):
    folder, path = demo
    target = Store(tmp_path / "empty")
    result = import_file(target, path)
    assert result.changed and not any(result.updated.values())
    assert everything(Store(tmp_path / "empty")) == everything(Store(folder))


def test_importing_the_same_file_twice_changes_nothing(demo, tmp_path):
    _, path = demo
    import_file(Store(tmp_path / "d"), path)
    before = files_of(tmp_path / "d")
    again = import_file(Store(tmp_path / "d"), path)
    assert not again.changed
    assert again.summary().startswith("Nothing new")
    assert files_of(tmp_path / "d") == before


def test_merge_keeps_what_is_here_and_takes_newer_edits(tmp_path):
    source, target = Store(tmp_path / "a"), Store(tmp_path / "b")
    shared = source.checkins.add(make_checkin(1, note="original"))
    target.checkins.add(shared)
    only_here = target.checkins.add(make_checkin(2, note="only in b"))
    source.checkins.update(shared.edited(note="edited later in a"))
    stale = make_checkin(3, note="old copy")
    source.checkins.add(stale)
    target.checkins.add(stale.edited(note="newer copy in b"))
    path = tmp_path / "export.json"
    path.write_text(export_json(source, now=NOW))
    result = import_file(target, path)
    assert result.updated["checkins"] == 1 and result.unchanged["checkins"] == 1
    notes = {c.id: c.note for c in Store(tmp_path / "b").checkins.all()}
    assert notes == {shared.id: "edited later in a", only_here.id: "only in b", stale.id: "newer copy in b"}


@pytest.mark.parametrize(
    "content, message",
    [
        (b"not json at all", "is not a JSON file"),
        (b"[]", "is not a Resilience export"),
        (b'{"format": "something-else", "areas": {}}', "is not a Resilience export"),
        (b'{"entries": [{"date": "2025-01-01", "title": "x"}]}', "looks like a jrnl export"),
        (b'{"format": "resilience-export", "format_version": 9, "areas": {}}', "newer version of Resilience"),
        (b'{"format": "resilience-export", "areas": {}}', "does not say which export version"),
        (b'{"format": "resilience-export", "format_version": 1, "areas": {"dreams": {"schema_version": 1, "records": []}}}',
         "'dreams', which this version of Resilience does not know"),
        (b'{"format": "resilience-export", "format_version": 1, "areas": {"checkins": {"schema_version": 7, "records": []}}}',
         "newer version of Resilience"),
        (b'{"format": "resilience-export", "format_version": 1, "areas": {"checkins": {"schema_version": 1, "records": {}}}}',
         "not in the form of an export"),
    ],
)
def test_a_file_of_another_shape_is_refused_and_nothing_is_written(tmp_path, content, message):
    store = Store(tmp_path / "data")
    store.journal.add(JournalEntry(body="mine", at=NOW))
    before = files_of(tmp_path / "data")
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        import_file(Store(tmp_path / "data"), path)
    assert message in refused.value.message
    assert files_of(tmp_path / "data") == before


def test_an_older_schema_is_brought_up_to_date_on_import(tmp_path):
    data = {"format": "resilience-export", "format_version": 1,
            "areas": {"checkins": {"schema_version": 0, "records": [{"mood": 3, "at": "2026-11-01T09:00:00+00:00",
                                                                      "tags": "a, b"}]}}}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data))
    import_file(Store(tmp_path / "d"), path)
    [checkin] = Store(tmp_path / "d").checkins.all()
    assert (checkin.mood, checkin.tags) == (3, ("a", "b")) and checkin.id


texts = st.one_of(st.sampled_from(HOSTILE), st.text(st.characters(exclude_categories=()), max_size=80))


@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=texts, title=texts, tags=st.lists(texts, max_size=3), note=texts)
def test_hostile_text_survives_export_and_import(body, title, tags, note):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = Store(root / "a")
        at = datetime(2026, 5, 1, 10, 0, tzinfo=timezone.utc)
        entry = JournalEntry(body=body, title=title, tags=tuple(tags), at=at, created_at=at, updated_at=at, kind=WIN)
        source.journal.add(entry)
        source.checkins.add(make_checkin(0, note=note, tags=tuple(tags)))
        source.drafts.set(CHECKIN, {"note": note})
        path = export(source, "json", areas=None, out=root / "out.json", folder=root, now=NOW)[0]
        import_file(Store(root / "b"), path)
        target = Store(root / "b")
        assert target.journal.get(entry.id) == entry
        assert target.checkins.all() == source.checkins.all()
        assert target.drafts.get(CHECKIN) == {"note": note}
