"""Something in the way of a backup or a lock file, or a file-size limit, never leaves a save
failing with "try again in a moment": a blocked backup is skipped with one warning and the save
goes ahead; a blocked lock file and a file too large are named in plain words."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.goal import Goal
from resilience_tui.store.errors import SaveFailed, StoreError
from resilience_tui.store.store import Store
from tests.store.helpers import FIXED, Days, make_checkin, patch_file_ops, stored_docs, stored_ids, year_file


def _goal(title: str) -> Goal:
    return Goal(title=title, created_at=FIXED, updated_at=FIXED)


def _next_day_store(data_dir: Path) -> tuple[Store, Days]:
    days = Days(date(2026, 3, 1))
    Store(data_dir, today=days).goals.add(_goal("Walk every morning"))
    days.advance()
    return Store(data_dir, today=days), days


def _titles(path: Path) -> list[str]:
    return sorted(doc["title"] for doc in stored_docs(path))


def test_a_file_where_todays_backup_folder_goes_skips_the_backup_once(data_dir: Path) -> None:
    store, _ = _next_day_store(data_dir)
    blocker = data_dir / "backups" / "2026-03-02"
    blocker.parent.mkdir(exist_ok=True)
    blocker.write_text("mine")

    store.goals.add(_goal("Finish the SQL course"))
    store.settings.set("theme", "nord")
    store.goals.add(_goal("Call Sam"))

    assert _titles(data_dir / "goals.json") == ["Call Sam", "Finish the SQL course", "Walk every morning"]
    assert store.settings.get("theme") == "nord"
    assert blocker.read_text() == "mine"
    [warning] = store.warnings
    assert str(blocker) in warning and "saved" in warning and "\n" not in warning


def test_a_folder_where_a_backup_file_goes_skips_that_backup(data_dir: Path) -> None:
    days = Days(date(2026, 3, 1))
    store = Store(data_dir, today=days)
    store.checkins.add(make_checkin(0))
    days.advance()
    store = Store(data_dir, today=days)
    blocker = data_dir / "backups" / "2026-03-02" / "checkins" / "2026.json"
    blocker.mkdir(parents=True)

    second = make_checkin(1)
    store.checkins.add(second)

    assert second.id in stored_ids(year_file(data_dir))
    assert blocker.is_dir() and list(blocker.iterdir()) == []
    [warning] = store.warnings
    assert str(blocker) in warning


def test_the_cli_prints_the_backup_warning_once_and_saves(data_dir: Path, capsys) -> None:
    Store(data_dir).goals.add(_goal("Walk every morning"))
    blocker = data_dir / "backups" / date.today().isoformat()
    assert not blocker.parent.exists()  # the first save had nothing to back up
    blocker.parent.mkdir()
    blocker.write_text("mine")

    assert main(["goal", "add", "Finish the SQL course"]) == 0

    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("resilience: ") and str(blocker) in err[0]
    assert _titles(data_dir / "goals.json") == ["Finish the SQL course", "Walk every morning"]


@pytest.mark.parametrize("blocker", ["folder", "fifo"])
def test_something_where_the_lock_file_goes_is_named(data_dir: Path, blocker: str) -> None:
    store = Store(data_dir)
    store.goals.add(_goal("Walk every morning"))
    before = (data_dir / "goals.json").read_bytes()
    lock = data_dir / ".locks" / "goals.lock"
    lock.unlink()
    if blocker == "folder":
        lock.mkdir()
    else:
        os.mkfifo(lock)

    with pytest.raises(StoreError) as raised:
        Store(data_dir).goals.add(_goal("Finish the SQL course"))

    message = raised.value.message
    assert f"{lock} is in the way of Resilience's lock file; move it away, then save again" in message
    assert "moment" not in message
    assert (data_dir / "goals.json").read_bytes() == before


def test_a_file_where_the_lock_folder_goes_is_named(data_dir: Path) -> None:
    Store(data_dir).settings.set("theme", "nord")
    locks = data_dir / ".locks"
    for path in locks.iterdir():
        path.unlink()
    locks.rmdir()
    locks.write_text("mine")

    with pytest.raises(StoreError) as raised:
        Store(data_dir).goals.add(_goal("Walk every morning"))

    assert f"{locks} is in the way of Resilience's lock file" in raised.value.message
    assert locks.read_text() == "mine"


def test_a_file_size_limit_is_said_in_plain_words(store: Store, data_dir: Path, monkeypatch) -> None:
    store.goals.add(_goal("Walk every morning"))
    before = (data_dir / "goals.json").read_bytes()

    def too_big(fd, data):
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))

    patch_file_ops(monkeypatch, write=too_big)
    with pytest.raises(SaveFailed) as raised:
        store.goals.add(_goal("Finish the SQL course"))

    message = raised.value.message
    assert "too large" in message and "moment" not in message
    assert (data_dir / "goals.json").read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_a_real_file_size_limit_fails_the_save_with_that_message(data_dir: Path) -> None:
    Store(data_dir).goals.add(_goal("Walk every morning"))
    before = (data_dir / "goals.json").read_bytes()
    script = textwrap.dedent(f"""
        import resource, sys
        from datetime import datetime, timezone
        from resilience_tui.domain.goal import Goal
        from resilience_tui.store.errors import SaveFailed
        from resilience_tui.store.store import Store
        store = Store({str(data_dir)!r})
        store.goals.all()
        resource.setrlimit(resource.RLIMIT_FSIZE, (20000, resource.RLIM_INFINITY))
        at = datetime(2026, 3, 1, tzinfo=timezone.utc)
        try:
            store.goals.add(Goal(title="x" * 500, notes="y" * 30000, created_at=at, updated_at=at))
        except SaveFailed as error:
            print(error.message)
            sys.exit(3)
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 3, done.stderr
    assert "too large" in done.stdout
    assert (data_dir / "goals.json").read_bytes() == before


async def test_the_app_shows_the_backup_warning_once(data_dir: Path) -> None:
    from resilience_tui.ui.app import make_app

    days = Days(date(2026, 3, 1))
    Store(data_dir, today=days).settings.set("theme", "nord")
    days.advance()
    blocker = data_dir / "backups" / "2026-03-02"
    blocker.parent.mkdir(exist_ok=True)
    blocker.write_text("mine")
    app = make_app(data_dir, today=days)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.guard(lambda: app.store.settings.set("theme", "gruvbox"))
        assert app.guard(lambda: app.store.goals.add(_goal("Call Sam")))
        await pilot.pause()
        warnings = [str(n.message) for n in app._notifications if str(blocker) in str(n.message)]
    assert len(warnings) == 1
    assert Store(data_dir).settings.get("theme") == "gruvbox"
