"""The inbox: shell adds sealed without the passphrase, merged exactly once when the folder is unlocked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from resilience_tui.services.inbox import inbox_hook, merge_inbox
from resilience_tui.store.inbox import pending, seal_record
from resilience_tui.store.keys import read_keys, unlock
from resilience_tui.store.store import Store
from tests.store.crypt_helpers import PASSPHRASE, encrypt, files_holding, open_encrypted, tiny_kdf  # noqa: F401
from tests.store.helpers import make_checkin

ROOT = Path(__file__).resolve().parents[2]


def test_a_sealed_record_is_unreadable_and_merges_once(data_dir: Path) -> None:
    Store(data_dir).goals.all()
    unlocked, _ = encrypt(data_dir)
    checkin = make_checkin(1, note="SEALED-MARKER in the inbox")
    seal_record(data_dir, "checkins", checkin.to_dict())
    assert len(pending(data_dir)) == 1
    assert files_holding(data_dir, b"SEALED-MARKER") == []
    store = open_encrypted(data_dir)
    assert merge_inbox(store, unlocked.inbox_private).added == 1
    assert pending(data_dir) == []
    assert store.checkins.get(checkin.id) == checkin
    # A crash after the save but before the sealed file went: merging it again adds nothing.
    seal_record(data_dir, "checkins", checkin.to_dict())
    result = merge_inbox(open_encrypted(data_dir), unlocked.inbox_private)
    assert result.added == 0 and pending(data_dir) == []
    assert len(open_encrypted(data_dir).checkins.all()) == 1


def test_an_open_store_picks_up_sealed_records_when_it_refreshes(data_dir: Path) -> None:
    Store(data_dir)
    unlocked, _ = encrypt(data_dir)
    store = open_encrypted(data_dir)
    inbox_hook(store, unlocked.inbox_private)
    assert store.checkins.all() == []
    seal_record(data_dir, "checkins", make_checkin(2).to_dict())
    assert store.refresh() is True
    assert [c.note for c in store.checkins.all()] == ["note number 2"]
    assert store.refresh() is False


def test_a_damaged_sealed_file_is_left_and_counted(data_dir: Path) -> None:
    Store(data_dir)
    unlocked, _ = encrypt(data_dir)
    path = seal_record(data_dir, "checkins", make_checkin(3).to_dict())
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x40
    path.write_bytes(bytes(data))
    result = merge_inbox(open_encrypted(data_dir), unlocked.inbox_private)
    assert (result.added, result.damaged) == (0, 1) and path.exists()


_UNLOCKER = """
import sys
from pathlib import Path
from resilience_tui.services.inbox import merge_inbox
from resilience_tui.store.keys import read_keys, unlock
from resilience_tui.store.store import Store
root = Path(sys.argv[1])
keys = unlock(read_keys(root), sys.argv[2])
print(merge_inbox(Store(root, codec=keys.codec()), keys.inbox_private).added)
"""


def test_two_unlockers_at_once_merge_each_record_once(data_dir: Path) -> None:
    Store(data_dir)
    encrypt(data_dir)
    records = [make_checkin(i) for i in range(40)]
    for record in records:
        seal_record(data_dir, "checkins", record.to_dict())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([sys.executable, "-c", _UNLOCKER, str(data_dir), PASSPHRASE], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    outputs = [run.communicate(timeout=60) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    assert sum(int(out.strip()) for out, _ in outputs) == 40
    stored = open_encrypted(data_dir).checkins.all()
    assert sorted(c.id for c in stored) == sorted(r.id for r in records)  # each once
    assert pending(data_dir) == []
    assert unlock(read_keys(data_dir), PASSPHRASE)
