"""The store lock's short first try: busy at once when another process holds it, nothing written."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from resilience_tui.store.errors import LockBusy, StoreBusy
from resilience_tui.store.lock import FileLock, first_lock_within
from resilience_tui.store.store import Store
from tests.faults.procs import hold_lock, release
from tests.store.helpers import make_checkin


def test_a_first_try_gives_up_quickly_when_another_process_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "area.lock"
    holder = hold_lock(path)
    try:
        started = time.monotonic()
        with pytest.raises(LockBusy), first_lock_within(0.05):
            FileLock(path).__enter__()
        assert time.monotonic() - started < 1.0
        with pytest.raises(StoreBusy):  # outside the block: the usual wait, here shortened
            FileLock(path, timeout=0.2).__enter__()
    finally:
        release(holder)
    with first_lock_within(0.0), FileLock(path):
        pass  # free again: taken at once, even without waiting


def test_only_the_first_lock_in_the_block_is_short(tmp_path: Path) -> None:
    first, second = tmp_path / "first.lock", tmp_path / "second.lock"
    held = FileLock(second).__enter__()
    timer = threading.Timer(0.3, held.__exit__, args=(None, None, None))
    timer.start()
    with first_lock_within(0.01), FileLock(first), FileLock(second):
        pass  # the second waited for the other holder to let go instead of giving up
    timer.join()


def test_a_busy_first_try_writes_nothing_and_can_run_again(data_dir: Path) -> None:
    store = Store(data_dir)
    store.checkins.add(make_checkin())
    before = {p: p.read_bytes() for p in (data_dir / "checkins").iterdir()}
    holder = hold_lock(data_dir / ".locks" / "checkins.lock")
    record = make_checkin()
    try:
        with pytest.raises(LockBusy), first_lock_within():
            store.checkins.add(record)
        assert {p: p.read_bytes() for p in (data_dir / "checkins").iterdir()} == before
        assert store.checkins.get(record.id) is None
    finally:
        release(holder)
    with first_lock_within():
        store.checkins.add(record)
    assert Store(data_dir).checkins.count() == 2
