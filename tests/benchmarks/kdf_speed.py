"""Encryption costs: Argon2id at the stored figures, a check-in save on an encrypted folder, a sealed shell check-in.

    python tests/benchmarks/kdf_speed.py [--rounds 7] [--saves 200]

Prints each figure with its budget and PASS or MISS:
- unlocking (Argon2id, 64 MiB, the figures `store/keys.py` writes into keys.json): at most 0.5 s;
- one check-in save on an encrypted folder, median: at most 10 ms (and beside it the plain save);
- `resilience checkin` in a fresh process, sealed into the inbox vs plain, median: at most 1.2x.
Exit code 0 when every budget is met, 1 when one is missed. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _line(name: str, value: float, budget: float, unit: str = "s") -> bool:
    ok = value <= budget
    print(f"{name:<46} {value:8.4f} {unit}   budget {budget:g} {unit}   {'PASS' if ok else 'MISS'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()

    from resilience_tui.domain.checkin import CheckIn
    from resilience_tui.domain.records import now_local
    from resilience_tui.store import keys
    from resilience_tui.store.conversion import encrypt_folder
    from resilience_tui.store.store import Store

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"Argon2id figures: {keys.KDF}")
    ok = True
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        unlocked, _ = keys.new_keys("kettle orbit mango window")
        keyfile = unlocked.keyfile
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            keys.unlock(keyfile, "kettle orbit mango window")
            times.append(time.perf_counter() - start)
        ok &= _line("unlock (Argon2id), median", statistics.median(times), 0.5)

        def saves(store: Store) -> float:
            spent = []
            for i in range(args.saves):
                moment = now_local()
                record = CheckIn(mood=1 + i % 5, note=f"note {i}", at=moment, created_at=moment, updated_at=moment)
                start = time.perf_counter()
                store.checkins.add(record)
                spent.append(time.perf_counter() - start)
            return statistics.median(spent) * 1000

        plain = saves(Store(base / "plain"))
        Store(base / "sealed")
        encrypt_folder(base / "sealed", unlocked)
        sealed = saves(Store(base / "sealed", codec=keys.unlock(keys.read_keys(base / "sealed"),
                                                                "kettle orbit mango window").codec()))
        print(f"{'check-in save, plain folder, median':<46} {plain:8.4f} ms")
        ok &= _line("check-in save, encrypted folder, median", sealed, 10, "ms")

        env = {**os.environ, "PYTHONPATH": str(ROOT)}

        def shell(folder: Path) -> float:
            spent = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "resilience_tui", "--data-dir", str(folder), "checkin", "3"],
                               check=True, capture_output=True, env=env)
                spent.append(time.perf_counter() - start)
            return statistics.median(spent)

        shell(base / "plain")  # warm the bytecode cache
        plain_shell, sealed_shell = shell(base / "plain"), shell(base / "sealed")
        print(f"{'shell check-in, plain, median':<46} {plain_shell:8.4f} s")
        print(f"{'shell check-in, sealed into the inbox, median':<46} {sealed_shell:8.4f} s")
        ok &= _line("sealed / plain shell check-in", sealed_shell / plain_shell, 1.2, "x")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
