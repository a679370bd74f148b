"""Import speed: a json export of thirty years of demo data into an empty data folder, then again.

    python tests/benchmarks/import_speed.py [--years 30]

Prints the export's size, the seconds each import took and the peak memory, beside
the budget (DESIGN.md: import of 30 years under 2 s, under 150 MiB). Exit code 0 when
the first import meets the time budget, 1 when it does not. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from resilience_tui.demo import write_demo  # noqa: E402
from resilience_tui.export.importer import import_file  # noqa: E402
from resilience_tui.export.writer import export  # noqa: E402
from resilience_tui.store.store import Store  # noqa: E402

BUDGET_S = 2.0
NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=30)
    years = parser.parse_args().years
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_demo(root / "source", years=years)
        [path] = export(Store(root / "source"), "json", areas=None, out=root / "all.json", folder=root, now=NOW)
        size = path.stat().st_size / 1_000_000
        timings = []
        for label in ("into an empty folder", "again (nothing new)"):
            start = time.perf_counter()
            result = import_file(Store(root / "target"), path)
            timings.append(time.perf_counter() - start)
            print(f"import {years} years ({size:.1f} MB) {label}: {timings[-1]:.2f} s  [{result.summary()[:60]}...]")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        verdict = "PASS" if timings[0] <= BUDGET_S else "MISS"
        print(f"first import {timings[0]:.2f} s, budget {BUDGET_S:.1f} s: {verdict}; "
              f"peak memory of this process (demo and export included) {peak:.0f} MiB")
        return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
