"""Contract 6: the data folder is 0700 and every file of Resilience's in it (data, lock, backup,
temp) is 0600, fixed at every start; its temp files of processes that died mid-write are removed
at start. Files the person keeps there are left alone (see test_owned_files.py)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from resilience_tui.store.store import Store
from tests.store.helpers import Days, make_checkin, patch_file_ops, stored_ids, temp_files, year_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _populate(root: Path) -> None:
    days = Days(date(2026, 3, 1))
    store = Store(root, today=days)
    store.checkins.add(make_checkin(0, year=2025))
    store.checkins.add(make_checkin(1))
    store.settings.set("theme", "nord")
    days.advance()
    store2 = Store(root, today=days)
    store2.checkins.add(make_checkin(2))  # first write of the day: backs the file up
    store2.settings.set("theme", "gruvbox")


def _all(root: Path) -> tuple[list[Path], list[Path]]:
    dirs = [root] + sorted(p for p in root.rglob("*") if p.is_dir())
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return dirs, files


def test_folders_0700_and_files_0600(data_dir: Path) -> None:
    _populate(data_dir)
    dirs, files = _all(data_dir)
    names = {p.relative_to(data_dir).as_posix() for p in files}
    # Every kind of file is there: data, lock, backup.
    assert {"checkins/2025.json", "checkins/2026.json", "settings.json", ".locks/checkins.lock", ".locks/settings.lock"} <= names
    assert "backups/2026-03-02/checkins/2026.json" in names
    assert "backups/2026-03-02/settings.json" in names
    assert {p.relative_to(data_dir).as_posix() for p in dirs} >= {".", "checkins", ".locks", "backups", "backups/2026-03-02"}
    assert {p.relative_to(data_dir).as_posix(): oct(_mode(p)) for p in dirs if _mode(p) != 0o700} == {}
    assert {p.relative_to(data_dir).as_posix(): oct(_mode(p)) for p in files if _mode(p) != 0o600} == {}


def test_temp_file_is_created_0600_even_with_a_loose_umask(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(data_dir)
    seen: list[int] = []

    def spy_write(fd, data):
        seen.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return os.write(fd, data)

    old_umask = os.umask(0)
    try:
        patch_file_ops(monkeypatch, write=spy_write)
        store.checkins.add(make_checkin(0))
    finally:
        os.umask(old_umask)
    assert seen and set(seen) == {0o600}
    assert _mode(year_file(data_dir)) == 0o600
    assert _mode(data_dir / "checkins") == 0o700


def test_loosened_modes_are_fixed_at_the_next_start(data_dir: Path) -> None:
    _populate(data_dir)
    dirs, files = _all(data_dir)
    for d in dirs:
        os.chmod(d, 0o755)
    for f in files:
        os.chmod(f, 0o644)
    stray = data_dir / "checkins" / "notes.txt"  # a file the person dropped in: left as it is
    stray.write_text("mine")
    os.chmod(stray, 0o666)
    assert _mode(data_dir) == 0o755 and _mode(year_file(data_dir)) == 0o644

    contents = {p: p.read_bytes() for p in files}
    Store(data_dir)  # opening alone fixes them

    dirs, files = _all(data_dir)
    assert {p.relative_to(data_dir).as_posix(): oct(_mode(p)) for p in dirs if _mode(p) != 0o700} == {}
    assert {p.relative_to(data_dir).as_posix(): oct(_mode(p)) for p in files if _mode(p) != 0o600} == {
        "checkins/notes.txt": oct(0o666)}
    assert {p: p.read_bytes() for p in contents} == contents  # permissions only; contents untouched


def test_new_data_folder_is_created_0700(tmp_path: Path) -> None:
    root = tmp_path / "deep" / "data"
    Store(root)
    assert root.is_dir() and _mode(root) == 0o700


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True)
    pid = int(proc.stdout)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    return pid


def test_temp_file_of_dead_process_removed_live_one_kept(data_dir: Path) -> None:
    checkin = make_checkin(0)
    Store(data_dir).checkins.add(checkin)
    folder = data_dir / "checkins"
    dead = folder / f".2026.json.resilience.tmp-{_dead_pid()}-0a1b2c3d"
    live = folder / f".2026.json.resilience.tmp-{os.getpid()}-deadbeef"
    dead_backup = data_dir / f".settings.json.tmp-{_dead_pid()}-00ff00ff"  # the older form, of a file of ours
    not_ours = folder / ".2026.json.tmp-notapid-1234"  # does not name a pid: not a temp name of ours
    for path in (dead, live, dead_backup, not_ours):
        path.write_bytes(b'{"half": ')
        os.chmod(path, 0o644)

    store = Store(data_dir)
    assert not dead.exists()
    assert not dead_backup.exists()
    assert live.exists() and live.read_bytes() == b'{"half": '  # another writer may still be using it
    assert _mode(live) == 0o600
    assert not_ours.exists() and _mode(not_ours) == 0o644
    assert temp_files(data_dir) == sorted([live, not_ours])
    # The data itself is untouched by the clean-up.
    assert stored_ids(year_file(data_dir)) == [checkin.id]
    assert store.checkins.get(checkin.id) == checkin
