"""Only what Resilience made is changed: the area files, its own folders and its own temp files.

Files a person keeps in the data folder keep their names, contents and modes; temp files are
recognised by a marker only Resilience uses, and a folder of someone else's is refused."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from resilience_tui.store import atomic, owned
from resilience_tui.store.errors import StoreError
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin, year_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True)
    return int(proc.stdout)


def _put(path: Path, data: bytes, mode: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.chmod(path, mode)
    return path


def test_temp_names_carry_a_marker_only_resilience_uses(tmp_path: Path) -> None:
    temp = atomic.temp_path_for(tmp_path / "goals.json")
    assert temp.parent == tmp_path
    assert temp.name.startswith(f".goals.json.resilience.tmp-{os.getpid()}-")
    assert owned.temp_base(temp.name) == "goals.json"
    assert owned.temp_base(".x.tmp-99999999-ab") == "x"  # the older form, whose base name decides
    assert owned.temp_base("notes.txt") is None


def test_ours_are_fixed_and_the_persons_files_left_alone(data_dir: Path) -> None:
    store = Store(data_dir)
    store.checkins.add(make_checkin(0))
    store.settings.set("theme", "nord")
    for path in (data_dir, data_dir / "checkins", data_dir / ".locks"):
        os.chmod(path, 0o755)
    for path in (year_file(data_dir), data_dir / "settings.json", data_dir / ".locks" / "settings.lock"):
        os.chmod(path, 0o644)
    theirs = {
        _put(data_dir / "sync.sh", b"#!/bin/sh\n", 0o755): 0o755,
        _put(data_dir / "checkins" / "notes.txt", b"mine", 0o666): 0o666,
        _put(data_dir / "papers" / "cv.pdf", b"%PDF", 0o644): 0o644,
        _put(data_dir / "templates" / "warm.md", b"Subject: Hi\n\nHello", 0o644): 0o600,  # templates/ is ours
    }
    os.chmod(data_dir / "papers", 0o755)

    Store(data_dir)

    for path in (data_dir, data_dir / "checkins", data_dir / ".locks", data_dir / "templates"):
        assert _mode(path) == 0o700, path
    for path in (year_file(data_dir), data_dir / "settings.json", data_dir / ".locks" / "settings.lock"):
        assert _mode(path) == 0o600, path
    assert {path: _mode(path) for path in theirs} == theirs
    assert _mode(data_dir / "papers") == 0o755
    assert (data_dir / "sync.sh").read_bytes() == b"#!/bin/sh\n"


def test_only_resilience_temp_files_of_dead_writers_are_removed(data_dir: Path) -> None:
    store = Store(data_dir)
    store.checkins.add(make_checkin(0))
    store.goals  # noqa: B018 - the area is opened, nothing else
    dead = _dead_pid()
    ours = [
        _put(data_dir / "checkins" / f".2026.json.resilience.tmp-{dead}-0a1b2c3d", b"{", 0o644),
        _put(data_dir / f".goals.json.tmp-{dead}-00ff00ff", b"{", 0o644),  # the older form, of an area file
        _put(data_dir / "backups" / "2026-03-01" / f".settings.json.resilience.tmp-{dead}-ab", b"{", 0o644),
    ]
    live = _put(data_dir / f".goals.json.resilience.tmp-{os.getpid()}-deadbeef", b"{", 0o644)
    theirs = [
        _put(data_dir / f".x.tmp-{dead}-ab", b"keep", 0o644),
        _put(data_dir / f".notes.txt.tmp-{dead}-ab", b"keep", 0o755),
        _put(data_dir / "checkins" / f".list.md.tmp-{dead}-ab", b"keep", 0o644),
    ]

    Store(data_dir)

    assert [path for path in ours if path.exists()] == []
    assert live.read_bytes() == b"{" and _mode(live) == 0o600  # another writer may still be using it
    assert {path: (path.read_bytes(), _mode(path)) for path in theirs} == {
        theirs[0]: (b"keep", 0o644), theirs[1]: (b"keep", 0o755), theirs[2]: (b"keep", 0o644)}


def test_a_foreign_folder_is_refused_before_anything_changes(data_dir: Path) -> None:
    script = _put(data_dir / "run.sh", b"#!/bin/sh\n", 0o755)
    os.chmod(data_dir, 0o755)
    with pytest.raises(StoreError) as raised:
        Store(data_dir)
    assert raised.value.message.startswith(
        f"{data_dir} holds other files; choose an empty folder or one Resilience made")
    assert sorted(p.name for p in data_dir.iterdir()) == ["run.sh"]
    assert _mode(data_dir) == 0o755 and _mode(script) == 0o755

    Store(data_dir, force=True).goals.all()
    assert _mode(script) == 0o755


@pytest.mark.parametrize("names", [[], [".DS_Store"], ["goals.json"], ["templates/warm.md"], [".locks/goals.lock"]])
def test_an_empty_folder_or_one_of_ours_is_used(data_dir: Path, names: list[str]) -> None:
    data_dir.mkdir()
    for name in names:
        _put(data_dir / name, b"", 0o644)
    _put(data_dir / "run.sh", b"#!/bin/sh\n", 0o755) if names and names != [".DS_Store"] else None
    store = Store(data_dir)
    assert store.goals.all() == []


def test_in_a_yearly_folder_only_year_files_and_their_copies_are_ours(data_dir: Path) -> None:
    Store(data_dir).checkins.add(make_checkin(0))
    folder = data_dir / "checkins"
    ours = [_put(folder / "2025.json", b"{}", 0o644), _put(folder / "2024.corrupt-20260301T090000.json", b"{", 0o644)]
    theirs = [_put(folder / "2024.corrupt-notes.txt", b"mine", 0o644), _put(folder / "summary.json", b"[]", 0o644)]
    (folder / "2023.json").mkdir()  # a folder named like a year's file is not a file of ours
    os.chmod(folder / "2023.json", 0o755)

    Store(data_dir)

    assert [_mode(path) for path in ours] == [0o600, 0o600]
    assert [_mode(path) for path in theirs] == [0o644, 0o644]
    assert _mode(folder / "2023.json") == 0o755
