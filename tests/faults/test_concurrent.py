"""Contract 3: two processes writing at once lose nothing, and a Store sees (and keeps)
what another process saved."""

from __future__ import annotations

import json
import os
from pathlib import Path

from resilience_tui.store.store import Store
from tests.faults.procs import acknowledged, go, spawn_writer, wait_ready
from tests.store.helpers import make_checkin, stored_docs, stored_ids, temp_files, year_file

# Saves per writer: enough to interleave in the suite; tests/benchmarks/fault_loops.py runs more.
EACH = int(os.environ.get("RESILIENCE_SAVES_EACH", "200"))


def run_writer(folder: Path, label: str, count: int) -> set[str]:
    proc = spawn_writer(folder, label, count=count)
    wait_ready(proc)
    go(proc)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0
    return acknowledged(out)


def test_two_processes_add_at_once_and_lose_nothing(data_dir: Path) -> None:
    # A short pause between saves (as between two people's check-ins) lets the writers take turns;
    # without it one writer tends to win the lock again and again and they barely interleave.
    alpha = spawn_writer(data_dir, "alpha", count=EACH, pause=0.001)
    beta = spawn_writer(data_dir, "beta", count=EACH, pause=0.001)
    try:
        wait_ready(alpha)
        wait_ready(beta)
        go(alpha)
        go(beta)
        out_alpha, _ = alpha.communicate(timeout=90)
        out_beta, _ = beta.communicate(timeout=90)
    finally:
        for proc in (alpha, beta):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert alpha.returncode == 0 and beta.returncode == 0
    ids_alpha, ids_beta = acknowledged(out_alpha), acknowledged(out_beta)
    assert len(ids_alpha) == EACH and len(ids_beta) == EACH
    assert not ids_alpha & ids_beta

    # Both wrote the same year file; every id is in it exactly once.
    path = year_file(data_dir)
    assert sorted(p.name for p in (data_dir / "checkins").iterdir()) == ["2026.json"]
    on_disk = stored_ids(path)
    assert len(on_disk) == 2 * EACH
    assert sorted(on_disk) == sorted(ids_alpha | ids_beta)

    # The writes really interleaved (otherwise this test proved nothing about locking).
    labels = [doc["tags"][0] for doc in stored_docs(path)]
    # A busy machine lets one writer run longer stretches (7 turns in one loaded run), so ask for
    # each writer to come back at least once after the other wrote, not for many turns.
    runs = 1 + sum(1 for a, b in zip(labels, labels[1:], strict=False) if a != b)
    assert runs >= 4, f"the two writers barely overlapped ({runs} runs)"

    fresh = Store(data_dir)
    assert fresh.checkins.count() == 2 * EACH
    assert {c.id for c in fresh.checkins.recent(10**6)} == ids_alpha | ids_beta
    assert fresh.problems == []
    assert temp_files(data_dir) == []


def test_refresh_sees_a_record_another_process_saved(data_dir: Path) -> None:
    mine = Store(data_dir)
    first = make_checkin(0)
    mine.checkins.add(first)
    assert mine.checkins.count() == 1

    (theirs,) = run_writer(data_dir, "other", 1)

    # Kept in memory: nothing re-reads the file behind the caller's back...
    assert mine.checkins.get(theirs) is None
    # ...until refresh(), which notices the file changed on disk.
    assert mine.refresh() is True
    found = mine.checkins.get(theirs)
    assert found is not None and found.tags == ("other",)
    assert mine.checkins.count() == 2
    assert mine.refresh() is False  # nothing changed since


def test_own_add_keeps_the_other_process_record(data_dir: Path) -> None:
    mine = Store(data_dir)
    first = make_checkin(0)
    mine.checkins.add(first)
    assert mine.checkins.count() == 1

    (theirs,) = run_writer(data_dir, "other", 1)

    second = make_checkin(1)
    mine.checkins.add(second)  # no refresh(): the save itself must reload before changing
    path = year_file(data_dir)
    assert sorted(stored_ids(path)) == sorted([first.id, theirs, second.id])
    assert {c.id for c in mine.checkins.recent(10)} == {first.id, theirs, second.id}

    (later,) = run_writer(data_dir, "other", 1)
    mine.checkins.delete(first.id)  # a delete from a stale copy keeps the other's new record
    assert sorted(stored_ids(path)) == sorted([theirs, second.id, later])

    (last,) = run_writer(data_dir, "other", 1)
    mine.settings.set("theme", "nord")  # another file: must not disturb check-ins either
    assert sorted(stored_ids(path)) == sorted([theirs, second.id, later, last])
    assert json.loads((data_dir / "settings.json").read_bytes())["_default"]["1"]["value"] == "nord"
    assert Store(data_dir).checkins.count() == 4
