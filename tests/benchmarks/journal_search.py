"""5. Searching the journal on the ten-year dataset (run.py calls `report_journal_search`).

Two figures:
- the search itself: `journal_search.search` over the store's index (every entry
  of every year, newest first) for a set of typical queries; median and slowest
  of the per-query medians. The index is built once per start-up, a year per step
  while the app is idle; the whole build is printed separately.
- typing in the search field: `app.run_test` on a copy of the data, the Journal
  open, one key at a time ("interview", then backspaces); timed from just before
  `pilot.press` until the first frame written after the list took the new
  results (the list repainted). Median.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

from startup_probe import would_write  # noqa: E402  (same folder; run.py puts it on sys.path)

BUDGET_SEARCH_MS = 50.0
QUERIES = ("interview", "acme", "walk river", "#win", "is:win", "is:starred #course", "feedback from:2020 to:2022",
           '"one no is not"', "the", "zzz-nothing-matches")
TYPED = "interview"


def _now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def measure_search(folder: Path, repeats: int) -> dict:
    from resilience_tui.domain.journal_search import parse_query, search
    from resilience_tui.store.store import Store

    store = Store(folder)
    started = _now_ns()
    index = store.journal.index()
    index_ms = (_now_ns() - started) / 1e6
    today = max(item.entry.at for item in index).date()
    per_query = {}
    for text in QUERIES:
        query = parse_query(text, today)
        times = []
        for _ in range(repeats):
            started = _now_ns()
            found = search(index, query)
            times.append((_now_ns() - started) / 1e6)
        per_query[text] = (statistics.median(times), len(found))
    return {"entries": len(index), "index_ms": index_ms, "per_query": per_query}


async def _typing(folder: Path, size: tuple[int, int]) -> list[float]:
    from resilience_tui.ui.app import make_app
    from resilience_tui.ui.journal.entry_list import EntryList

    app = make_app(folder)
    state = {"before": None, "done": None, "at": 0}
    original = app._display

    def display(screen, renderable) -> None:
        original(screen, renderable)
        done = state["done"]
        if done is None or done.is_set() or not would_write(app, renderable):
            return
        if app.screen.query_one(EntryList).entries is not state["before"]:
            state["at"] = _now_ns()
            done.set()

    app._display = display
    found = []
    async with app.run_test(size=size) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await asyncio.sleep(0.3)
        await pilot.press("slash")
        await pilot.pause()
        for key in [*TYPED, *(["backspace"] * len(TYPED))]:
            state["before"] = app.screen.query_one(EntryList).entries
            state["done"] = asyncio.Event()
            started = _now_ns()
            await pilot.press(key)
            await asyncio.wait_for(state["done"].wait(), 10)
            found.append((state["at"] - started) / 1e6)
            await pilot.pause()
            await asyncio.sleep(0.2)  # a person types about five keys a second
    return found


def report_journal_search(folder: Path, report, *, quick: bool, size: tuple[int, int]) -> None:
    """Print section 5 and give its verdicts to `report` (run.py's Report)."""
    result = measure_search(folder, repeats=5 if quick else 20)
    medians = [ms for ms, _ in result["per_query"].values()]
    slowest = max(result["per_query"].items(), key=lambda item: item[1][0])
    print(f"5. Searching the journal: {result['entries']:,} entries, {len(QUERIES)} queries"
          f" (median of {5 if quick else 20} runs each)")
    print(f"   search itself  median {statistics.median(medians):6.2f} ms   (slowest {slowest[1][0]:.2f} ms for"
          f" {slowest[0]!r}, {slowest[1][1]:,} found)   budget < {BUDGET_SEARCH_MS:.0f} ms"
          f" ({slowest[1][0] / BUDGET_SEARCH_MS:.2f} of budget)  "
          f"{report.verdict('journal search', slowest[1][0] < BUDGET_SEARCH_MS)}")
    print(f"   building the index once (every year read and parsed, a year per step while the app is idle):"
          f" {result['index_ms']:.1f} ms")
    typing = asyncio.run(_typing(folder, size))
    med = statistics.median(typing)
    print(f"   typing {TYPED!r} and deleting it in the search field (run_test {size[0]}x{size[1]}),"
          f" key to repainted list: median {med:.1f} ms (max {max(typing):.1f})   budget < {BUDGET_SEARCH_MS:.0f} ms"
          f"  {report.verdict('search as you type', med < BUDGET_SEARCH_MS)}")
    print()
