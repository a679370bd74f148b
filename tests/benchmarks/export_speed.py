"""Export and import speed on the demo dataset: html and json export, and importing the json back.

    python tests/benchmarks/export_speed.py [--years 30] [--runs 3]

Each figure comes from a fresh process, as a person would run it, on the demo dataset
(`resilience demo DIR --years N`), and is the median of `--runs` runs:

- html export (`resilience export --format html`, a folder of one page per area): the
  process's time from spawn to exit, and its peak memory (VmHWM, read by the process
  itself as it ends: on Linux `ru_maxrss` of a child starts at its parent's peak).
  Budgets: under 2 s and under 150 MiB.
- json export: the same time (budget 2 s), and the memory the export adds above what the
  process holds with the data read (as the app holds it when it exports), traced by
  tracemalloc: the peak during the export minus the memory just before it, against the
  size of the file, under 2x. The same with the reading of the data counted is printed beside it.
- import of that json export into an empty data folder (`resilience import FILE`):
  the process's time, budget 2 s. With --years given twice or more (`--years 10 --years 30`)
  it also prints the import's time per record at each size: linear when they are close.

Each time is also printed as the process's CPU time (user + system), which a busy shared
machine disturbs far less than the time on the clock. Bytecode is cached as an installed copy has it (PYTHONDONTWRITEBYTECODE is dropped and
PYTHONPYCACHEPREFIX points into the temporary folder). Exit code 0 when every budget is met,
1 when one is missed. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUDGET_S = 2.0
BUDGET_HTML_MIB = 150.0
BUDGET_JSON_RATIO = 2.0

# Runs in the child: the command itself, then the figures this process alone can read, as json.
CHILD = """
import json, resource, sys, tracemalloc
from pathlib import Path
trace = sys.argv[1] == "trace"
args = sys.argv[2:]
found = {}
if trace:
    from resilience_tui.export import writer
    from resilience_tui.export.areas import area_names, each_document
    real = writer.export
    def export(store, *a, **k):
        tracemalloc.start()
        start = tracemalloc.get_traced_memory()[0]
        for area in area_names(store):  # the data read, as the app holds it when it exports
            for _ in each_document(store, area):
                pass
        loaded = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        try:
            return real(store, *a, **k)
        finally:
            peak = tracemalloc.get_traced_memory()[1]
            found.update(added=peak - loaded, with_reading=peak - start)
            tracemalloc.stop()
    writer.export = export
from resilience_tui.cli import main
code = main(args)
status = Path("/proc/self/status").read_text()
hwm = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"code": code, "vmhwm_kib": hwm, "cpu": usage.ru_utime + usage.ru_stime, **found}), file=sys.stderr)
"""


def environment(cache: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(cache)}


def run(args: list[str], env: dict[str, str], *, trace: bool = False) -> tuple[float, dict[str, int]]:
    """Seconds from spawn to exit of `resilience ARGS...`, and what the child reported."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, "trace" if trace else "plain", *args], env=env,
                          capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - start
    report = json.loads(done.stderr.strip().splitlines()[-1])
    if done.returncode or report["code"]:
        raise RuntimeError(f"resilience {' '.join(args)} failed: {done.stderr[-2000:]}")
    return seconds, report


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def bench_years(years: int, work: Path, runs: int, env: dict[str, str]) -> tuple[bool, float, int]:
    """Print the figures for one dataset; (every budget met, median import seconds, records imported)."""
    data = work / f"data-{years}"
    subprocess.run([sys.executable, "-m", "resilience_tui", "demo", str(data), "--years", str(years)], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    html_s, html_mib, json_s, json_added, sizes, import_s = [], [], [], [], [], []
    cpu: dict[str, list[float]] = {"html": [], "json": [], "import": []}
    with_reading = []
    exported = work / f"all-{years}.json"
    for number in range(runs):
        out = work / f"html-{years}-{number}"
        seconds, report = run(["--data-dir", str(data), "export", "--format", "html", "--out", str(out)], env)
        html_s.append(seconds)
        cpu["html"].append(report["cpu"])
        html_mib.append(report["vmhwm_kib"] / 1024)
        target = work / f"json-{years}-{number}.json"
        seconds, report = run(["--data-dir", str(data), "export", "--format", "json", "--out", str(target)], env)
        json_s.append(seconds)
        cpu["json"].append(report["cpu"])
        _, report = run(["--data-dir", str(data), "export", "--format", "json", "--out", str(target) + ".t.json"],
                        env, trace=True)
        json_added.append(report["added"])
        with_reading.append(report["with_reading"])
        sizes.append(target.stat().st_size)
        if number == 0:
            target.replace(exported)
        seconds, report = run(["--data-dir", str(work / f"into-{years}-{number}"), "import", str(exported)], env)
        import_s.append(seconds)
        cpu["import"].append(report["cpu"])
    html_size = sum(path.stat().st_size for path in (work / f"html-{years}-0").iterdir()) / 2**20
    records = sum(len(area["records"]) for area in json.loads(exported.read_bytes())["areas"].values())
    size = statistics.median(sizes)
    added = statistics.median(json_added)
    h_s, h_mib, j_s, i_s = (statistics.median(values) for values in (html_s, html_mib, json_s, import_s))
    h_cpu, j_cpu, i_cpu = (statistics.median(cpu[name]) for name in ("html", "json", "import"))
    checks = [h_s < BUDGET_S, h_mib < BUDGET_HTML_MIB, j_s < BUDGET_S, added < BUDGET_JSON_RATIO * size, i_s < BUDGET_S]
    print(f"{years} years ({records:,} records), median of {runs}; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores (the exit code follows the times on the clock):")
    print(f"  html export    {h_s:6.2f} s (budget {BUDGET_S:.0f} s) {verdict(checks[0])}, cpu {h_cpu:.2f} s {verdict(h_cpu < BUDGET_S)}; peak memory {h_mib:.0f} MiB "
          f"(budget {BUDGET_HTML_MIB:.0f} MiB) {verdict(checks[1])}; {html_size:.1f} MiB of pages")
    print(f"  json export    {j_s:6.2f} s (budget {BUDGET_S:.0f} s) {verdict(checks[2])}, cpu {j_cpu:.2f} s {verdict(j_cpu < BUDGET_S)}; memory added "
          f"{added / 2**20:.1f} MiB for {size / 2**20:.1f} MiB written: {added / size:.2f}x "
          f"(budget {BUDGET_JSON_RATIO:.0f}x) {verdict(checks[3])}; with reading the data "
          f"{statistics.median(with_reading) / size:.2f}x")
    print(f"  json import    {i_s:6.2f} s (budget {BUDGET_S:.0f} s) {verdict(checks[4])}, cpu {i_cpu:.2f} s {verdict(i_cpu < BUDGET_S)}; "
          f"{i_s / records * 1e6:.1f} µs per record")
    return all(checks), i_s, records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, action="append", help="demo years (repeatable; default 30)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ok = True
    per_record = []
    with tempfile.TemporaryDirectory(prefix="resilience-export-bench-") as tmp:
        work = Path(tmp)
        env = environment(work / "pycache")
        for years in args.years or [30]:
            met, seconds, records = bench_years(years, work, args.runs, env)
            ok = ok and met
            per_record.append((years, seconds / records))
    if len(per_record) > 1:
        (small_years, small), (large_years, large) = min(per_record), max(per_record)
        print(f"import time per record, {large_years} years against {small_years}: {large / small:.2f}x "
              "(1.0 is linear; process start-up weighs more on the smaller one)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
