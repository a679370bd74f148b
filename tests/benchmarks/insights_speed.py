"""Insights speed: every section computed over the demo dataset, as the Insights screen's worker will.

    python tests/benchmarks/insights_speed.py [--years 30] [--runs 5] [--data DIR]

Makes the demo dataset (`resilience demo DIR --years N`) unless --data names one, reads it
with the store as the app holds it, then times, each the median of --runs:
- base: grouping check-ins by day, reading the job events, and On this day (once per open);
- each range (30d, 90d, 12m, this year, everything): every section for it (switching range);
- total: the base plus the everything range, the cost of filling the screen the first time from the records;
- summed up: each year's check-ins summed up by day (`day_summary.summarise`, what the app does while idle);
- from summaries: the base from those summaries joined (`joined_book`), as the screen's worker makes it,
  and `summaries total` that plus the everything range (checked to give the same book as the records).
Budget: the total under 400 ms at 30 years. Exit code 0 when met, 1 when missed.
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BUDGET_MS = 400.0


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure(folder: Path, runs: int) -> dict[str, float]:
    from resilience_tui.domain.day_summary import joined_book, summarise
    from resilience_tui.domain.insight_range import ALL, KINDS, make_range
    from resilience_tui.domain.insight_report import insight_base, insight_report
    from resilience_tui.store.store import Store

    store = Store(folder)
    checkins = store.checkins.all()
    journal = store.journal.all()
    applications = store.applications.all()
    feedback = store.feedback.all()
    goals = store.goals.all()
    today = max(c.at for c in checkins).date()
    print(f"records: {len(checkins)} check-ins, {len(journal)} journal entries, {len(applications)} applications")
    times: dict[str, list[float]] = {"base": [], "total": [], **{kind: [] for kind in KINDS},
                                     "summed up": [], "from summaries": [], "summaries total": []}
    years = {year: store.checkins.in_year(year) for year in store.checkins.years()}
    for _ in range(runs):
        started = time.perf_counter()
        base = insight_base(today, checkins=checkins, journal=journal, applications=applications,
                            feedback=feedback, goals=goals)
        times["base"].append(_ms(started))
        for kind in KINDS:
            span = make_range(kind, today, first_day=base.first_day)
            begun = time.perf_counter()
            report = insight_report(base, span, today)
            times[kind].append(_ms(begun))
        # The first fill of the screen: the base, then the widest range (everything).
        times["total"].append(times["base"][-1] + times["all"][-1])
        started = time.perf_counter()
        summaries = [summarise(records) for records in years.values()]
        times["summed up"].append(_ms(started))
        started = time.perf_counter()
        summed = insight_base(today, book=joined_book(summaries), journal=journal, applications=applications,
                              feedback=feedback, goals=goals)
        times["from summaries"].append(_ms(started))
        assert summed.book == base.book and summed.on_this_day == base.on_this_day
        begun = time.perf_counter()
        insight_report(summed, make_range(ALL, today, first_day=summed.first_day), today)
        times["summaries total"].append(times["from summaries"][-1] + _ms(begun))
    print(f"everything: {len(report.bounce_back.items)} rejections, {len(report.pixels.pixels)} days, "
          f"{len(report.better_days.pairings)} pairings")
    return {key: statistics.median(values) for key, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, help="an existing demo data folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.data
        if folder is None:
            folder = Path(tmp) / "demo"
            subprocess.run([sys.executable, "-m", "resilience_tui", "demo", str(folder), "--years", str(args.years)],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        figures = measure(folder, args.runs)
    for key, value in figures.items():
        print(f"{key:>15}: {value:7.1f} ms")
    total = figures["total"]
    print(f"all sections, first fill: {total:.1f} ms (budget {BUDGET_MS:.0f} ms, {total / BUDGET_MS:.2f}x)")
    return 0 if total <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
