"""Contract 1: a save serialises first, writes a temp file beside the target, fsyncs it,
renames it over the target and fsyncs the folder. The target is never truncated in place,
and each file stays a plain TinyDB file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tinydb import TinyDB

from resilience_tui.store import atomic
from resilience_tui.store.store import Store
from tests.store.helpers import content, make_checkin, patch_file_ops, temp_files, year_file


class SaveRecorder:
    """Records the os calls the save path makes, in order, with the path each fd refers to."""

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.fd_paths: dict[int, str] = {}

    def open(self, path, flags, mode=0o777, *args, **kwargs):
        fd = os.open(path, flags, mode, *args, **kwargs)
        self.fd_paths[fd] = os.fspath(path)
        self.events.append(("open", os.fspath(path), flags))
        return fd

    def write(self, fd, data):
        self.events.append(("write", self.fd_paths.get(fd)))
        return os.write(fd, data)

    def fsync(self, fd):
        self.events.append(("fsync", self.fd_paths.get(fd)))
        return os.fsync(fd)

    def close(self, fd):
        self.events.append(("close", self.fd_paths.pop(fd, None)))
        return os.close(fd)

    def replace(self, src, dst):
        self.events.append(("replace", os.fspath(src), os.fspath(dst)))
        return os.replace(src, dst)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        patch_file_ops(monkeypatch, open=self.open, write=self.write, fsync=self.fsync, close=self.close,
                       replace=self.replace)

    def of(self, kind: str) -> list[tuple]:
        return [event for event in self.events if event[0] == kind]


def test_write_bytes_atomic_writes_temp_fsyncs_then_replaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b'{"old": true}')
    witness = tmp_path / "witness"  # a second name for the old inode: shows whether it was written in place
    os.link(target, witness)
    recorder = SaveRecorder()
    recorder.install(monkeypatch)

    atomic.write_bytes_atomic(target, b'{"new": true}')

    assert target.read_bytes() == b'{"new": true}'
    assert witness.read_bytes() == b'{"old": true}', "the old file was changed in place"
    assert target.stat().st_ino != witness.stat().st_ino

    (open_event,) = [e for e in recorder.of("open") if e[1] != str(tmp_path)]
    temp = Path(open_event[1])
    assert temp.parent == target.parent
    assert temp.name.startswith(f".file.json.resilience.tmp-{os.getpid()}-")
    assert open_event[2] & os.O_CREAT and open_event[2] & os.O_EXCL
    assert not open_event[2] & os.O_TRUNC
    assert all(e[1] != str(target) for e in recorder.of("open")), "the target itself was opened"

    kinds = [(e[0], e[1]) for e in recorder.events]
    i_write = kinds.index(("write", str(temp)))
    i_fsync_file = kinds.index(("fsync", str(temp)))
    i_close = kinds.index(("close", str(temp)))
    i_replace = next(i for i, e in enumerate(recorder.events) if e[0] == "replace")
    i_fsync_dir = kinds.index(("fsync", str(tmp_path)))
    assert i_write < i_fsync_file < i_close < i_replace < i_fsync_dir
    assert recorder.events[i_replace][1:] == (str(temp), str(target))
    assert not temp.exists()
    assert temp_files(tmp_path) == []
    assert target.stat().st_mode & 0o777 == 0o600


def test_store_add_goes_through_temp_file_and_fsyncs(store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = make_checkin(0)
    store.checkins.add(first)
    path = year_file(data_dir)
    before = path.read_bytes()
    witness = data_dir / "witness"
    os.link(path, witness)

    recorder = SaveRecorder()
    recorder.install(monkeypatch)
    second = make_checkin(1)
    store.checkins.add(second)

    # Never truncated or written in place: the old inode still holds exactly the old bytes.
    assert witness.read_bytes() == before
    assert path.stat().st_ino != witness.stat().st_ino
    assert all(e[1] != str(path) for e in recorder.of("open"))

    replaces = [e for e in recorder.of("replace") if e[2] == str(path)]
    assert len(replaces) == 1
    temp = Path(replaces[0][1])
    assert temp.parent == path.parent and temp.name.startswith(f".{path.name}.resilience.tmp-")
    fsynced = [e[1] for e in recorder.of("fsync")]
    assert str(temp) in fsynced, "the temp file was not fsynced before the rename"
    assert str(path.parent) in fsynced, "the folder was not fsynced after the rename"
    i_temp_sync = next(i for i, e in enumerate(recorder.events) if e == ("fsync", str(temp)))
    i_replace = recorder.events.index(replaces[0])
    i_dir_sync = max(i for i, e in enumerate(recorder.events) if e == ("fsync", str(path.parent)))
    assert i_temp_sync < i_replace < i_dir_sync
    # Serialised before the temp file was opened: every write to it is one complete JSON document.
    tables = json.loads(path.read_bytes())
    assert sorted(doc["id"] for doc in tables["_default"].values()) == sorted([first.id, second.id])
    assert temp_files(data_dir) == []


def test_files_are_plain_tinydb_files(store: Store, data_dir: Path) -> None:
    checkins = [make_checkin(i) for i in range(3)]
    for checkin in checkins:
        store.checkins.add(checkin)
    store.settings.set("theme", "textual-dark")
    path = year_file(data_dir)
    before = path.read_bytes()

    db = TinyDB(path)
    try:
        docs = db.table("_default").all()
        meta = db.table("_meta").all()
    finally:
        db.close()
    assert [content(dict(doc)) for doc in docs] == [content(c.to_dict()) for c in checkins]
    assert [doc["revision"] for doc in docs] == [1, 1, 1]
    assert [dict(doc) for doc in meta] == [{"area": "checkins", "schema_version": 1}]
    assert path.read_bytes() == before

    settings_db = TinyDB(data_dir / "settings.json")
    try:
        settings_docs = settings_db.table("_default").all()
        settings_meta = settings_db.table("_meta").all()
    finally:
        settings_db.close()
    assert [(d["key"], d["value"]) for d in settings_docs] == [("theme", "textual-dark")]
    assert [dict(doc) for doc in settings_meta] == [{"area": "settings", "schema_version": 1}]


def test_failed_write_removes_temp_and_keeps_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(5, "Input/output error")

    patch_file_ops(monkeypatch, replace=broken_replace)
    with pytest.raises(OSError):
        atomic.write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert temp_files(tmp_path) == []
