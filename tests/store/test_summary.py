"""A saved summary (store/summary.py): valid only while every file it came from is as the store read it,
private, one of ours, and never kept in plain words in an encrypted folder."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from resilience_tui.domain.goal import Goal
from resilience_tui.store.owned import is_ours
from resilience_tui.store.store import Store
from resilience_tui.store.summary import FOLDER, file_stamps, folder_stamps, read_summary, write_summary
from tests.store.crypt_helpers import PASSPHRASE, encrypt, files_holding, open_encrypted, tiny_kdf  # noqa: F401

KEY = {"day": "2026-11-26"}
BODY = {"goals": ["Stretch every morning", []]}


def save(store: Store) -> None:
    before = folder_stamps(store)
    store.goals.all()  # what the summary is made from
    write_summary(store, "today", KEY, {**before, **file_stamps(store, ("goals",))}, BODY)


def test_a_summary_is_read_back_while_its_files_are_unchanged(data_dir: Path) -> None:
    store = Store(data_dir)
    store.goals.add(Goal("Stretch every morning"))
    save(store)
    fresh = Store(data_dir)
    found = read_summary(fresh, "today", KEY)
    assert found is not None and found[0] == BODY
    assert "goals.json" in found[1]
    assert read_summary(fresh, "today", {"day": "2026-11-27"}) is None  # another key: not this one


def test_a_save_by_another_process_or_this_one_makes_it_stale(data_dir: Path) -> None:
    store = Store(data_dir)
    store.goals.add(Goal("Stretch every morning"))
    save(store)
    Store(data_dir).goals.add(Goal("Write to Sam"))  # another process
    assert read_summary(Store(data_dir), "today", KEY) is None
    save(store)  # made again by a store that holds the old records: its stamps are the old file's
    assert read_summary(Store(data_dir), "today", KEY) is None
    store.refresh()
    save(store)
    assert read_summary(Store(data_dir), "today", KEY) is not None
    store.goals.add(Goal("Call back"))  # this process
    assert read_summary(store, "today", KEY) is None


def test_a_new_name_in_the_folder_makes_it_stale(data_dir: Path) -> None:
    store = Store(data_dir)
    store.goals.add(Goal("Stretch every morning"))
    save(store)
    (data_dir / "goals.sync-conflict-20261126-101010-ABCDEFG.json").write_text("{}", encoding="utf-8")
    assert read_summary(Store(data_dir), "today", KEY) is None


def test_the_summary_is_private_and_one_of_ours(data_dir: Path) -> None:
    store = Store(data_dir)
    save(store)
    path = data_dir / FOLDER / "today.json"
    assert json.loads(path.read_text(encoding="utf-8"))["body"] == BODY
    assert is_ours(FOLDER)
    os.chmod(path, 0o644)
    os.chmod(path.parent, 0o755)
    Store(data_dir)  # every start makes ours private again
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_none_is_kept_in_an_encrypted_folder_and_encrypting_removes_one(data_dir: Path) -> None:
    store = Store(data_dir)
    store.goals.add(Goal("Stretch every morning"))
    save(store)
    assert files_holding(data_dir / FOLDER, b"Stretch every morning")
    encrypt(data_dir)
    assert not (data_dir / FOLDER / "today.json").exists()
    sealed = open_encrypted(data_dir, PASSPHRASE)
    save(sealed)
    assert read_summary(sealed, "today", KEY) is None
    assert files_holding(data_dir, b"Stretch every morning") == []
