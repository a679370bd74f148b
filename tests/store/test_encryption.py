"""Encryption at rest: files round-trip, are refused when damaged or swapped, and keys behave."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tinydb import TinyDB

from resilience_tui.domain.goal import Goal
from resilience_tui.store.codec import MAGIC, PLAIN, home_of
from resilience_tui.store.conversion import decrypt_folder
from resilience_tui.store.keys import (
    WrongPassphrase,
    read_keys,
    unlock,
    unlock_with_recovery,
    with_passphrase,
    write_keys,
)
from resilience_tui.store.store import Locked, Store
from tests.store.crypt_helpers import PASSPHRASE, encrypt, open_encrypted, tiny_kdf  # noqa: F401
from tests.store.helpers import make_checkin, year_file


def _goal(title: str) -> Goal:
    return Goal(title=title)


def _filled(root: Path) -> tuple[list, list]:
    store = Store(root)
    checkins = [store.checkins.add(make_checkin(i, year=2025 + i % 2)) for i in range(6)]
    goals = [store.goals.add(_goal(f"goal {i}")) for i in range(3)]
    return checkins, goals


def test_records_round_trip_and_every_file_is_sealed(data_dir: Path) -> None:
    checkins, goals = _filled(data_dir)
    encrypt(data_dir)
    for path in (data_dir / "goals.json", year_file(data_dir, 2025), year_file(data_dir, 2026)):
        assert path.read_bytes().startswith(MAGIC)
    store = open_encrypted(data_dir)
    assert sorted(c.id for c in store.checkins.all()) == sorted(c.id for c in checkins)
    assert store.checkins.get(checkins[0].id) == checkins[0]
    assert [g.title for g in sorted(store.goals.all(), key=lambda g: g.title)] == ["goal 0", "goal 1", "goal 2"]
    added = store.goals.add(_goal("after"))
    assert (data_dir / "goals.json").read_bytes().startswith(MAGIC)
    assert open_encrypted(data_dir).goals.get(added.id) == added


def test_an_encrypted_folder_does_not_open_without_its_key(data_dir: Path) -> None:
    _filled(data_dir)
    encrypt(data_dir)
    with pytest.raises(Locked):
        Store(data_dir)
    with pytest.raises(WrongPassphrase):
        unlock(read_keys(data_dir), "not the passphrase")


def test_a_file_in_another_files_place_is_refused_as_damaged(data_dir: Path) -> None:
    _filled(data_dir)
    encrypt(data_dir)
    year_file(data_dir, 2026).write_bytes(year_file(data_dir, 2025).read_bytes())  # 2025 put in 2026's place
    (data_dir / "applications.json").write_bytes((data_dir / "goals.json").read_bytes())
    store = open_encrypted(data_dir)
    assert store.applications.all() == []
    store.checkins.all()
    reasons = {p.area: p.reason for p in store.problems}
    assert "checkins/2025.json, not checkins/2026.json" in reasons["checkins"]
    assert "goals.json, not applications.json" in reasons["applications"]
    assert not (data_dir / "applications.json").exists()  # moved aside, never written over
    assert len(list(data_dir.glob("applications.corrupt-*.json"))) == 1


@pytest.mark.parametrize("where", [0, 6, 20, -1])
def test_one_flipped_bit_is_damaged_and_the_backup_is_offered(data_dir: Path, where: int) -> None:
    _filled(data_dir)
    unlocked, _ = encrypt(data_dir)
    first = Store(data_dir, codec=unlocked.codec(), today=lambda: date(2026, 3, 1))
    first.goals.add(_goal("day one"))
    second = Store(data_dir, codec=unlocked.codec(), today=lambda: date(2026, 3, 2))
    second.goals.add(_goal("day two"))  # the day's first save copies the file as it was into backups/
    path = data_dir / "goals.json"
    data = bytearray(path.read_bytes())
    data[where] ^= 0x01
    path.write_bytes(bytes(data))
    store = Store(data_dir, codec=unlocked.codec(), today=lambda: date(2026, 3, 2))
    assert store.goals.all() == []
    [problem] = store.problems
    assert problem.backup is not None and problem.backup_day == "2026-03-02"
    assert store.restore_backup(problem) == 4  # the backup opens: its header names its home
    assert "day one" in {g.title for g in store.goals.all()}


def test_a_sync_conflict_copy_of_an_encrypted_file_is_merged(data_dir: Path, tmp_path: Path) -> None:
    _filled(data_dir)
    unlocked, _ = encrypt(data_dir)
    other = tmp_path / "other-device"
    Store(other, codec=unlocked.codec()).goals.add(_goal("from the other device"))
    copy = data_dir / "goals (conflicted copy 2026-11-30 120000).json"
    copy.write_bytes((other / "goals.json").read_bytes())
    store = Store(data_dir, codec=unlocked.codec())
    assert "from the other device" in {g.title for g in store.goals.all()}
    assert not copy.exists() and store.notices


def test_passphrase_change_leaves_the_data_files_byte_identical(data_dir: Path) -> None:
    _filled(data_dir)
    unlocked, recovery = encrypt(data_dir)
    before = {p: p.read_bytes() for p in data_dir.rglob("*.json") if p.name != "keys.json"}
    write_keys(data_dir, with_passphrase(unlocked, "a brand new passphrase"))
    assert {p: p.read_bytes() for p in before} == before
    with pytest.raises(WrongPassphrase):
        unlock(read_keys(data_dir), PASSPHRASE)
    assert len(open_encrypted(data_dir, "a brand new passphrase").goals.all()) == 3
    # The recovery key still opens it, and sets a passphrase of its own.
    recovered = unlock_with_recovery(read_keys(data_dir), recovery.lower().replace("-", " "))
    write_keys(data_dir, with_passphrase(recovered, "chosen after forgetting"))
    assert len(open_encrypted(data_dir, "chosen after forgetting").goals.all()) == 3
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery(read_keys(data_dir), "AAAA-" * 7 + "AAAA")


def test_decrypt_brings_back_plain_tinydb_files_with_every_record(data_dir: Path) -> None:
    _filled(data_dir)
    plain = {p.relative_to(data_dir): json.loads(p.read_bytes()) for p in data_dir.rglob("*.json")}
    unlocked, _ = encrypt(data_dir)
    done = decrypt_folder(data_dir, unlocked)
    assert done.left == [] and not (data_dir / "keys.json").exists()
    after = {p.relative_to(data_dir): json.loads(p.read_bytes()) for p in data_dir.rglob("*.json")}
    assert after == plain
    with TinyDB(year_file(data_dir, 2026)) as db:
        assert len(db.all()) == 3
    assert len(Store(data_dir).checkins.all()) == 6


def test_the_home_of_copies_is_the_file_they_copy() -> None:
    assert home_of("goals.json") == "goals.json"
    assert home_of("backups/2026-11-30/checkins/2026.json") == "checkins/2026.json"
    assert home_of("backups/2026-11-30/goals.before-schema-1.json") == "goals.json"
    assert home_of("goals.corrupt-20261130T120000.json") == "goals.json"
    assert home_of("checkins/2026.sync-conflict-20261130-120000-ABCDEFG.json") == "checkins/2026.json"
    assert home_of("backups/merged/goals (conflicted copy 2026-11-30 120000).json") == "goals.json"
    assert home_of("notes.json") == "notes.json"


def test_a_plain_store_meeting_an_encrypted_file_says_so_and_moves_nothing(data_dir: Path) -> None:
    _filled(data_dir)
    plain = Store(data_dir)
    plain.goals.all()
    encrypt(data_dir)
    from resilience_tui.store.codec import EncryptedElsewhere

    with pytest.raises(EncryptedElsewhere):
        plain.refresh()
    assert (data_dir / "goals.json").read_bytes().startswith(MAGIC)
    assert not list(data_dir.glob("*.corrupt-*"))
    assert PLAIN.decode(b"{}", "goals.json") == b"{}"


def test_crash_reports_are_sealed_and_none_is_written_while_locked(data_dir: Path) -> None:
    from resilience_tui.store.crash_report import write_crash_report
    from resilience_tui.store.owned import is_ours

    _filled(data_dir)
    unlocked, _ = encrypt(data_dir)
    assert is_ours("keys.json") and is_ours("inbox")
    try:
        raise RuntimeError("a note the person typed")
    except RuntimeError as error:
        crash = error
    from resilience_tui.store import codec as codec_module

    codec_module.unregister(data_dir)
    assert write_crash_report(data_dir, crash, "a test") is None  # encrypted, and not unlocked here
    open_encrypted(data_dir)
    report = write_crash_report(data_dir, crash, "a test")
    assert report is not None and report.read_bytes().startswith(MAGIC)
    assert b"RuntimeError" in unlocked.codec().decode(report.read_bytes(), "crash-reports")
    decrypt_folder(data_dir, unlocked)
    assert b"RuntimeError" in report.read_bytes()  # written plain again
    plain_report = write_crash_report(data_dir, crash, "a test")
    assert plain_report is not None and plain_report.read_bytes().startswith(b"Resilience crash report")
