"""The check-ins summed up by year for Insights follow every change: a save here, another window's, a command's."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import day_book
from resilience_tui.store.store import Store
from resilience_tui.ui.insights.summaries import CheckinSummaries, summaries_of

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def at(years_ago: int, days: int = 0) -> CheckIn:
    moment = NOW.replace(year=NOW.year - years_ago) - timedelta(days=days)
    return CheckIn(mood=1 + (years_ago + days) % 5, at=moment, tags=("walk",) if days % 3 == 0 else (),
                   created_at=moment, updated_at=moment)


def filled(folder: Path) -> None:
    store = Store(folder)
    store.checkins.add_many([at(years, days) for years in range(4) for days in range(0, 60, 2)])


def truth(folder: Path):
    """The book every record gives, read afresh."""
    return day_book(Store(folder).checkins.all())


def test_years_the_store_had_not_read_are_summed_up_without_being_kept(data_dir) -> None:
    filled(data_dir)
    store = Store(data_dir)
    store.checkins.in_year(2026)
    summaries = CheckinSummaries(store.checkins)
    assert summaries.book() == truth(data_dir) and len(summaries.book().days) == 4 * 30
    kept = {Path(path).name for path, _ in store.revision("checkins")}
    assert kept == {"2026.json"}  # 2023-2025 summed up, their records not held
    assert summaries.stale() == []


def test_a_save_in_this_window_is_summed_up_again(data_dir) -> None:
    filled(data_dir)
    store = Store(data_dir)
    summaries = summaries_of(store)
    before = summaries.book()
    store.checkins.add(at(2, days=1))  # a day of 2024 that had none
    assert summaries.stale() == [2024]
    after = summaries.book()
    assert after != before and after == truth(data_dir) and len(after.days) == len(before.days) + 1
    assert summaries_of(store) is summaries


def test_another_windows_save_to_a_year_not_read_here_is_seen(data_dir) -> None:
    filled(data_dir)
    store = Store(data_dir)
    summaries = summaries_of(store)
    before = summaries.book()
    other = Store(data_dir)
    [old] = [c for c in other.checkins.in_year(2023) if c.at == at(3, days=4).at]
    other.checkins.delete(old.id)
    other.checkins.add(at(3, days=5))
    after = summaries.book()
    assert after == truth(data_dir) and after != before
    assert at(3, days=4).at.date() not in after.days and at(3, days=5).at.date() in after.days


def test_another_windows_save_to_a_year_read_here_is_seen_once_refreshed(data_dir) -> None:
    filled(data_dir)
    store = Store(data_dir)
    store.checkins.in_year(2026)
    summaries = summaries_of(store)
    before = summaries.book()
    Store(data_dir).checkins.add(at(0, days=1))
    assert summaries.book() == before  # what this window holds, until it reads the file again
    assert store.refresh()
    assert summaries.book() == truth(data_dir) and len(summaries.book().days) == len(before.days) + 1


def test_a_checkin_from_the_command_line_is_seen(data_dir) -> None:
    filled(data_dir)
    store = Store(data_dir)
    summaries = summaries_of(store)
    before = summaries.book()
    moment = at(1, days=7).at  # 2025, a day without a check-in
    done = subprocess.run([sys.executable, "-m", "resilience_tui", "--data-dir", str(data_dir), "checkin", "5",
                           "--at", moment.strftime("%Y-%m-%d %H:%M")], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}, check=False)
    assert done.returncode == 0, done.stderr
    after = summaries.book()
    assert after == truth(data_dir) and len(after.days) == len(before.days) + 1
    day = after.get(moment.date())
    assert day is not None and (day.count, day.mean) == (1, 5.0)


def test_a_year_whose_file_is_gone_is_dropped(data_dir) -> None:
    filled(data_dir)
    store = Store(data_dir)
    summaries = summaries_of(store)
    assert len(summaries.book().days) == 4 * 30
    (data_dir / "checkins" / "2023.json").unlink()
    assert summaries.book() == truth(data_dir) and len(summaries.book().days) == 3 * 30
