"""`kill -9` at random points of `encrypt`, many rounds: every folder must open with nothing lost.

    python tests/benchmarks/encrypt_kill_loop.py [--rounds 100] [--checkins 400]

Each round copies one plain folder (check-ins over several years, goals, backups), starts
the conversion in a fresh process, kills it after a random delay, then opens the folder
(with the passphrase if `keys.json` is there) and compares every record id with the
original. Prints how many rounds ended in each state. Exit code 0 when every round
opened with every record, 1 otherwise. Not collected by pytest (the test suite runs 12 rounds).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "kettle orbit mango window"
TINY = {"memory_kib": 64, "iterations": 1, "lanes": 1}
ENCRYPTER = f"""
import sys
from pathlib import Path
from resilience_tui.store import keys
keys.KDF = {TINY!r}
from resilience_tui.store.conversion import encrypt_folder
unlocked, _ = keys.new_keys(sys.argv[2])
print("ready", flush=True)
encrypt_folder(Path(sys.argv[1]), unlocked)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--checkins", type=int, default=400)
    args = parser.parse_args()

    from resilience_tui.domain.checkin import CheckIn
    from resilience_tui.domain.goal import Goal
    from resilience_tui.store.keys import read_keys, unlock
    from resilience_tui.store.store import Store

    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        template = base / "template"
        start = datetime(2020, 1, 1, 9, tzinfo=timezone.utc)
        first = Store(template, today=lambda: date(2026, 3, 1))
        first.checkins.add_many(CheckIn(mood=1 + i % 5, note=f"note {i}", at=start + timedelta(days=5 * i),
                                        created_at=start, updated_at=start) for i in range(args.checkins))
        for i in range(20):
            first.goals.add(Goal(title=f"goal {i}"))
        Store(template, today=lambda: date(2026, 3, 2)).goals.add(Goal(title="day two"))
        opened = Store(template)
        expected = ({c.id for c in opened.checkins.all()}, {g.id for g in opened.goals.all()})
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        rng = random.Random(16)
        outcomes: Counter[str] = Counter()
        failures = 0
        for number in range(args.rounds):
            folder = base / f"round-{number}"
            shutil.copytree(template, folder)
            run = subprocess.Popen([sys.executable, "-c", ENCRYPTER, str(folder), PASSPHRASE],
                                   stdout=subprocess.PIPE, env=env)
            assert run.stdout is not None
            run.stdout.readline()
            time.sleep(rng.uniform(0, 0.05))
            os.kill(run.pid, signal.SIGKILL)
            run.wait()
            encrypted = (folder / "keys.json").exists()
            state = read_keys(folder).state if encrypted else "plain"
            store = Store(folder, codec=unlock(read_keys(folder), PASSPHRASE).codec() if encrypted else None)
            found = ({c.id for c in store.checkins.all()}, {g.id for g in store.goals.all()})
            if found != expected or store.problems:
                failures += 1
                print(f"round {number}: {state}: records differ or a file was damaged")
            outcomes[state] += 1
            shutil.rmtree(folder)
        print(f"{args.rounds} rounds: " + ", ".join(f"{state} {count}" for state, count in sorted(outcomes.items()))
              + f"; {failures} lost or damaged")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
