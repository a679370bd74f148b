"""Symlinks are never followed to change modes, create lock files or delete anything.

A data file that is a link to a valid file is saved through to the link's target (a folder
synced that way keeps working); a link whose target is damaged is moved aside as a link."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from resilience_tui.domain.goal import Goal
from resilience_tui.store.errors import StoreError
from resilience_tui.store.store import Store
from tests.store.helpers import FIXED, stored_docs, temp_files

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX symlinks and permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _goal(title: str) -> Goal:
    return Goal(title=title, created_at=FIXED, updated_at=FIXED)


def _outside_goals(tmp_path: Path, data_dir: Path) -> Path:
    """A valid goals file outside the data folder, with data_dir/goals.json a link to it."""
    elsewhere = tmp_path / "synced"
    elsewhere.mkdir()
    store = Store(tmp_path / "seed")
    store.goals.add(_goal("Walk every morning"))
    target = elsewhere / "goals.json"
    target.write_bytes((tmp_path / "seed" / "goals.json").read_bytes())
    os.chmod(target, 0o644)
    data_dir.mkdir()
    (data_dir / "goals.json").symlink_to(target)
    return target


def test_a_linked_data_file_is_saved_through_to_its_target(tmp_path: Path, data_dir: Path) -> None:
    target = _outside_goals(tmp_path, data_dir)
    link = data_dir / "goals.json"

    store = Store(data_dir)
    assert _mode(target) == 0o644  # opening changes nothing through the link
    assert [goal.title for goal in store.goals.all()] == ["Walk every morning"]
    store.goals.add(_goal("Finish the SQL course"))

    assert link.is_symlink() and os.readlink(link) == str(target)
    assert sorted(doc["title"] for doc in stored_docs(target)) == ["Finish the SQL course", "Walk every morning"]
    assert temp_files(target.parent) == [] and temp_files(data_dir) == []
    assert sorted(goal.title for goal in Store(data_dir).goals.all()) == ["Finish the SQL course", "Walk every morning"]


def test_a_link_to_a_damaged_file_is_moved_aside_as_a_link(tmp_path: Path, data_dir: Path) -> None:
    elsewhere = tmp_path / "synced"
    elsewhere.mkdir()
    target = elsewhere / "goals.json"
    target.write_bytes(b"{not json")
    os.chmod(target, 0o644)
    data_dir.mkdir()
    (data_dir / "goals.json").symlink_to(target)

    store = Store(data_dir)
    assert store.goals.all() == []

    [problem] = store.problems
    assert problem.moved_to.is_symlink() and os.readlink(problem.moved_to) == str(target)
    assert target.read_bytes() == b"{not json" and _mode(target) == 0o644
    assert not (data_dir / "goals.json").exists() and not (data_dir / "goals.json").is_symlink()


def test_a_link_to_a_missing_file_is_not_written_through(tmp_path: Path, data_dir: Path) -> None:
    data_dir.mkdir()
    missing = tmp_path / "elsewhere" / "goals.json"
    missing.parent.mkdir()
    (data_dir / "goals.json").symlink_to(missing)
    store = Store(data_dir)

    with pytest.raises(StoreError) as raised:
        store.goals.add(_goal("Walk every morning"))

    assert str(data_dir / "goals.json") in raised.value.message
    assert not missing.exists() and (data_dir / "goals.json").is_symlink()
    assert list(missing.parent.iterdir()) == []


def test_a_dangling_link_in_the_lock_folder_creates_nothing_outside(tmp_path: Path, data_dir: Path) -> None:
    store = Store(data_dir)
    store.goals.add(_goal("Walk every morning"))
    before = (data_dir / "goals.json").read_bytes()
    outside = tmp_path / "outside.lock"
    lock = data_dir / ".locks" / "goals.lock"
    lock.unlink()
    lock.symlink_to(outside)

    with pytest.raises(StoreError) as raised:
        Store(data_dir).goals.add(_goal("Finish the SQL course"))

    assert not outside.exists()
    assert raised.value.message == (
        f"Your goals could not be saved because {lock} is in the way of Resilience's lock file; "
        "move it away, then save again. Nothing was lost: your earlier data is untouched.")
    assert (data_dir / "goals.json").read_bytes() == before


def test_modes_are_never_fixed_through_a_link(tmp_path: Path, data_dir: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.chmod(elsewhere, 0o755)
    outside_file = elsewhere / "2026.json"
    outside_file.write_text(json.dumps({"_default": {}}))
    os.chmod(outside_file, 0o644)
    Store(data_dir).settings.set("theme", "nord")
    (data_dir / "backups").symlink_to(elsewhere)
    (data_dir / ".locks" / "other.lock").symlink_to(outside_file)

    Store(data_dir)

    assert _mode(elsewhere) == 0o755 and _mode(outside_file) == 0o644


def test_a_data_folder_named_through_a_link_is_still_made_private(tmp_path: Path) -> None:
    real = tmp_path / "synced" / "resilience"
    real.mkdir(parents=True)
    os.chmod(real, 0o755)
    link = tmp_path / "data-link"
    link.symlink_to(real)

    Store(link).goals.add(_goal("Walk every morning"))

    assert link.is_symlink() and _mode(real) == 0o700
    assert [doc["title"] for doc in stored_docs(real / "goals.json")] == ["Walk every morning"]
