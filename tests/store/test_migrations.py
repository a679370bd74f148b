"""Contract 7: every file carries a schema version in `_meta`; an older file is migrated in
memory, after a backup, and lands in one atomic write. A current file is never rewritten."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from tinydb import TinyDB

from resilience_tui.store import atomic, backup, datafile
from resilience_tui.store.store import Store
from tests.store.helpers import patch_file_ops, stamp, year_file

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store" / "checkins-v0.json"
TODAY = date(2026, 3, 5)
KNOWN_ID = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"


class WriteLog:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.writes: list[Path] = []
        self.replaces: list[tuple[str, str]] = []
        real = atomic.write_bytes_atomic

        def logged(path, data):
            self.writes.append(Path(path))
            return real(path, data)

        def replace(src, dst):
            self.replaces.append((os.fspath(src), os.fspath(dst)))
            return os.replace(src, dst)

        monkeypatch.setattr(datafile, "write_bytes_atomic", logged)
        monkeypatch.setattr(backup, "write_bytes_atomic", logged)
        patch_file_ops(monkeypatch, replace=replace)


def _install_fixture(root: Path) -> Path:
    path = year_file(root, 2025)
    path.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURE, path)
    return path


def test_fixture_is_a_plain_version_0_tinydb_file() -> None:
    tables = json.loads(FIXTURE.read_bytes())
    assert set(tables) == {"_default"}
    docs = list(tables["_default"].values())
    assert any("id" not in doc for doc in docs)
    assert any(doc.get("emotions") == "anxious, hopeful" for doc in docs)
    db = TinyDB(FIXTURE, access_mode="r")
    try:
        assert len(db.all()) == 3
    finally:
        db.close()


def test_open_migrates_once_atomically_after_a_backup(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = FIXTURE.read_bytes()
    path = _install_fixture(data_dir)
    witness = data_dir / "witness"
    os.link(path, witness)
    log = WriteLog(monkeypatch)

    store = Store(data_dir, today=lambda: TODAY)
    assert path.read_bytes() == original and log.writes == []  # opening alone reads nothing
    checkins = store.checkins.recent(10)
    assert len(checkins) == 3
    assert store.problems == []

    # One write of the data file, through a temp file and a rename; never in place.
    assert [w for w in log.writes if w == path] == [path]
    (rename,) = [r for r in log.replaces if r[1] == str(path)]
    assert Path(rename[0]).parent == path.parent and Path(rename[0]).name.startswith(".2025.json.resilience.tmp-")
    assert witness.read_bytes() == original
    assert path.stat().st_ino != witness.stat().st_ino

    # A backup of the file exactly as it was, taken before the migrated file was written.
    kept = data_dir / "backups" / TODAY.isoformat() / "checkins" / "2025.before-schema-1.json"
    assert kept.read_bytes() == original
    assert log.writes.index(kept) < log.writes.index(path)
    assert kept.stat().st_mode & 0o777 == 0o600

    tables = json.loads(path.read_bytes())
    assert tables["_meta"] == {"1": {"area": "checkins", "schema_version": 1}}
    docs = tables["_default"]
    assert sorted(docs) == ["1", "2", "3"]  # TinyDB doc ids kept
    first, second, third = docs["1"], docs["2"], docs["3"]
    # Ids filled in as uuid4; an existing id kept.
    for doc in (first, third):
        assert uuid.UUID(doc["id"]).version == 4 and str(uuid.UUID(doc["id"])) == doc["id"]
    assert first["id"] != third["id"]
    assert second["id"] == KNOWN_ID
    # Timestamps filled in from the moment of the check-in; existing ones kept.
    assert first["created_at"] == first["updated_at"] == first["at"] == "2025-03-01T09:15:00+01:00"
    assert third["created_at"] == third["updated_at"] == "2025-03-03T20:00:00+01:00"
    assert (second["created_at"], second["updated_at"]) == ("2025-03-02T18:41:00+01:00", "2025-03-02T19:00:00+01:00")
    for doc in docs.values():
        datetime.fromisoformat(doc["created_at"])
    # Comma-separated text split into lists.
    assert first["emotions"] == ["anxious", "hopeful"]
    assert first["tags"] == ["interview", "acme"]
    assert second["emotions"] == ["calm"] and second["tags"] == []
    assert third["emotions"] == [] and third["tags"] == []
    assert third["energy"] is None and second["energy"] == 3
    # Text kept exactly.
    assert first["note"] == "Heard back from Acme. Not this time."

    by_id = {c.id: c for c in checkins}
    assert by_id[first["id"]].emotions == ("anxious", "hopeful")
    assert by_id[KNOWN_ID].note == "Walked by the river."

    # Still a plain TinyDB file.
    db = TinyDB(path, access_mode="r")
    try:
        assert sorted(d["id"] for d in db.table("_default").all()) == sorted(d["id"] for d in docs.values())
    finally:
        db.close()


def test_second_open_does_not_write_again(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _install_fixture(data_dir)
    first_ids = sorted(c.id for c in Store(data_dir, today=lambda: TODAY).checkins.recent(10))
    migrated = path.read_bytes()
    before = stamp(path)

    log = WriteLog(monkeypatch)
    again = Store(data_dir, today=lambda: TODAY)
    assert sorted(c.id for c in again.checkins.recent(10)) == first_ids  # ids stable, not re-generated
    assert again.refresh() is False
    assert log.writes == [] and log.replaces == []
    assert stamp(path) == before
    assert path.read_bytes() == migrated


def test_settings_file_without_meta_is_migrated(data_dir: Path) -> None:
    path = data_dir / "settings.json"
    data_dir.mkdir(parents=True, exist_ok=True)
    original = json.dumps({"_default": {"1": {"key": "theme", "value": "nord"}}}).encode()
    path.write_bytes(original)
    store = Store(data_dir, today=lambda: TODAY)
    assert store.settings.get("theme") == "nord"
    tables = json.loads(path.read_bytes())
    assert tables["_meta"] == {"1": {"area": "settings", "schema_version": 1}}
    assert (data_dir / "backups" / TODAY.isoformat() / "settings.before-schema-1.json").read_bytes() == original
