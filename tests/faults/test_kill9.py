"""Contract 2: after `kill -9` at any moment, every file parses and holds every acknowledged write.

A writer process adds check-ins in a loop and prints each id only after `add`
returned. The test kills it with SIGKILL after a random (seeded) delay, over and
over on the same folder so the file keeps growing, and after every kill checks
the folder with a fresh Store.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from resilience_tui.store.store import Store
from tests.faults.procs import LINE_TIMEOUT, acknowledged, go, read_line, spawn_writer, wait_ready
from tests.store.helpers import temp_files

# A small count in the suite; tests/benchmarks/fault_loops.py runs a long loop (RESILIENCE_KILLS=500).
KILLS = int(os.environ.get("RESILIENCE_KILLS", "40"))
SEED = 20260301

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def check_every_file_parses(folder: Path) -> int:
    """Every data and backup file is complete JSON in TinyDB shape. Returns how many were checked."""
    checked = 0
    for path in folder.rglob("*.json"):
        if ".tmp-" in path.name:
            continue
        tables = json.loads(path.read_bytes())  # raises if half-written
        assert isinstance(tables, dict) and isinstance(tables.get("_default"), dict), path
        assert tables["_meta"]["1"]["area"] == "checkins", path
        checked += 1
    return checked


def test_kill9_loses_no_acknowledged_checkin(data_dir: Path) -> None:
    rng = random.Random(SEED)
    folder = data_dir
    acked: set[str] = set()
    rounds_with_leftover_temp = 0
    started = time.monotonic()
    pending = spawn_writer(folder, "r0")
    live: list[subprocess.Popen] = [pending]
    try:
        for round_no in range(KILLS):
            proc = pending
            wait_ready(proc)
            go(proc)
            # Start the next writer now, so its interpreter start-up overlaps this round.
            if round_no + 1 < KILLS:
                pending = spawn_writer(folder, f"r{round_no + 1}")
                live.append(pending)

            if rng.random() < 0.1:
                # Early kill: while it opens the store, takes the lock, backs up or writes the first save.
                time.sleep(rng.uniform(0, 0.004))
                output = b""
            else:
                output = read_line(proc)
                assert len(output) == 37, f"writer failed: {output!r}"
                time.sleep(rng.uniform(0, 0.05))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=LINE_TIMEOUT)
            live.remove(proc)
            assert proc.returncode == -signal.SIGKILL, f"round {round_no}: writer ended by itself ({proc.returncode})"
            output += proc.stdout.read()
            proc.stdout.close()
            proc.stdin.close()
            acked |= acknowledged(output)

            if temp_files(folder):
                rounds_with_leftover_temp += 1
            files_checked = check_every_file_parses(folder)
            if acked:
                assert files_checked >= 1

            fresh = Store(folder)
            assert temp_files(folder) == [], f"round {round_no}: a dead writer's temp file was not removed"
            stored = [c.id for c in fresh.checkins.recent(10**9)]
            assert fresh.problems == [], f"round {round_no}: {[p.message for p in fresh.problems]}"
            assert len(stored) == len(set(stored)), f"round {round_no}: a check-in was saved twice"
            missing = acked - set(stored)
            assert not missing, f"round {round_no} (seed {SEED}): {len(missing)} acknowledged check-ins lost"
            # At most one save per kill can have landed without being acknowledged.
            assert len(set(stored) - acked) <= round_no + 1
    finally:
        for proc in live:
            proc.kill()
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                stream.close()

    elapsed = time.monotonic() - started
    assert len(acked) > KILLS, "the writers barely wrote anything; the test proved little"
    # Final state: a Store opened on the folder leaves no temp file behind, and the data is all there.
    final = Store(folder)
    assert temp_files(folder) == []
    assert {c.id for c in final.checkins.recent(10**9)} >= acked
    print(
        f"\nkill -9: {KILLS} kills, {len(acked)} acknowledged check-ins, "
        f"{rounds_with_leftover_temp} kills left a temp file, {elapsed:.1f}s"
    )
