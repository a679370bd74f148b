"""Contract 8: before the first write of a day the file as it was is copied to backups/<day>/;
later writes that day leave that copy alone; the newest 14 day folders are kept."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from resilience_tui.store.backup import KEEP_DAYS
from resilience_tui.store.store import Store
from tests.store.helpers import Days, make_checkin, stamp, stored_ids, year_file

START = date(2026, 3, 1)


def _backup(root: Path, day: date, rel: str = "checkins/2026.json") -> Path:
    return root / "backups" / day.isoformat() / rel


def test_first_write_of_a_day_copies_the_previous_content(data_dir: Path) -> None:
    days = Days(START)
    store = Store(data_dir, today=days)
    a = make_checkin(0)
    store.checkins.add(a)
    # Nothing to back up before the very first save.
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").rglob("*.json"))

    path = year_file(data_dir)
    day1_content = path.read_bytes()
    days.advance()
    b = make_checkin(1)
    store.checkins.add(b)  # same Store, new day
    backup = _backup(data_dir, days())
    assert backup.read_bytes() == day1_content
    assert stored_ids(backup) == [a.id]
    assert sorted(stored_ids(path)) == sorted([a.id, b.id])

    # A second and third write the same day, even from another Store, leave the backup alone.
    backup_stamp = stamp(backup)
    store.checkins.add(make_checkin(2))
    Store(data_dir, today=days).checkins.add(make_checkin(3))
    assert backup.read_bytes() == day1_content
    assert stamp(backup) == backup_stamp
    assert len(stored_ids(path)) == 4

    # The next day's backup holds the content at the end of day 2.
    day2_content = path.read_bytes()
    days.advance()
    store.checkins.delete(a.id)
    assert _backup(data_dir, days()).read_bytes() == day2_content
    assert _backup(data_dir, days() - timedelta(days=1)).read_bytes() == day1_content


def test_only_changed_files_are_backed_up(data_dir: Path) -> None:
    days = Days(START)
    store = Store(data_dir, today=days)
    store.checkins.add(make_checkin(0, year=2025))
    store.checkins.add(make_checkin(1, year=2026))
    store.settings.set("theme", "nord")
    days.advance()
    store.checkins.add(make_checkin(2, year=2026))
    day_folder = data_dir / "backups" / days().isoformat()
    assert sorted(p.relative_to(day_folder).as_posix() for p in day_folder.rglob("*") if p.is_file()) == [
        "checkins/2026.json"
    ]
    store.settings.set("theme", "gruvbox")
    assert sorted(p.relative_to(day_folder).as_posix() for p in day_folder.rglob("*") if p.is_file()) == [
        "checkins/2026.json",
        "settings.json",
    ]


def test_twenty_days_keep_the_newest_fourteen(data_dir: Path) -> None:
    days = Days(START)
    store = Store(data_dir, today=days)
    store.checkins.add(make_checkin(0))  # day 0: creates the file, nothing to back up yet
    contents: dict[date, bytes] = {}
    for i in range(1, 21):
        day = days.advance()
        contents[day] = year_file(data_dir).read_bytes()
        # A fresh Store on some days, the same one on others: both must back up once a day.
        target = Store(data_dir, today=days) if i % 2 else store
        target.checkins.add(make_checkin(i))
        target.checkins.add(make_checkin(100 + i))

    folders = sorted(p.name for p in (data_dir / "backups").iterdir())
    expected_days = [START + timedelta(days=i) for i in range(21 - KEEP_DAYS, 21)]
    assert KEEP_DAYS == 14
    assert folders == [d.isoformat() for d in expected_days]
    for day in expected_days:
        # Each kept copy is the file as it was before that day's first save.
        assert _backup(data_dir, day).read_bytes() == contents[day]
    assert len(stored_ids(year_file(data_dir))) == 41
