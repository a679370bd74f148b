"""The storage fault tests with long loops: many more kill -9 rounds and concurrent saves than the suite runs.

    python tests/benchmarks/fault_loops.py [--kills 500] [--saves 1000]

The suite runs the same tests with small counts so it stays quick; this runs them long,
prints how long each took, and exits non-zero if any failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ["tests/faults/test_kill9.py", "tests/faults/test_concurrent.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500, help="kill -9 rounds (the suite runs 40)")
    parser.add_argument("--saves", type=int, default=1000, help="saves by each of two writers (the suite runs 200)")
    args = parser.parse_args()
    env = {**os.environ, "RESILIENCE_KILLS": str(args.kills), "RESILIENCE_SAVES_EACH": str(args.saves)}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:xdist", "-q", "-rA", *TESTS], cwd=ROOT, env=env)
    print(f"{args.kills} kill -9 rounds and 2 x {args.saves} concurrent saves: "
          f"{'passed' if result.returncode == 0 else 'FAILED'} in {time.monotonic() - started:.1f} s")
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
