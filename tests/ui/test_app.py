"""The app shell: Today, help, palette, theme memory, damaged files, failed saves, signals."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time

from resilience_tui.store.drafts import CHECKIN as DRAFT_KEY
from resilience_tui.store.store import Store
from resilience_tui.ui.common.help import HelpKeys, HelpModal
from resilience_tui.ui.common.problem import ProblemModal
from resilience_tui.ui.today.screen import TodayScreen
from tests.ui.helpers import app_on, checkin, screen_text


async def test_today_shows_checkins_trend_week_and_a_strategy(data_dir):
    store = Store(data_dir)
    store.checkins.add(checkin(2, 2, emotions=("disappointed",), note="Acme said no"))
    store.checkins.add(checkin(26, 4))
    store.checkins.add(checkin(24 * 40, 5))  # outside the 30 days
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        text = screen_text(app)
        assert "Good evening." in text
        assert "16:30  ▂ low · disappointed — Acme said no" in text
        assert "On average: okay (3.0 from 2 check-ins)." in text
        assert "This week: 2 check-ins." in text
        assert "Today's idea: Reflect on the interview" in text
        assert "Press r to open Reflection." in text  # every idea leads to the screen that helps with it


async def test_today_invites_a_first_checkin(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "You haven't checked in today." in text
        assert "No check-ins in this time yet." in text


async def test_help_lists_every_key(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpModal)
        assert "ctrl+p" in screen_text(app)  # the first page is painted
        keys = app.screen.query_one(HelpKeys)  # and the rest is there to scroll to
        text = "\n".join(line.plain for line in keys._lines(keys.size.width))
        for key in ("ctrl+p", "ctrl+s", "1 to 5", "d / delete", "enter / e"):
            assert key in text
        await pilot.press("escape")
        assert isinstance(app.screen, TodayScreen)


async def test_palette_offers_every_screen(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Go to Today" in titles and "Go to Check-in" in titles and "Help: keys" in titles
        await pilot.press("ctrl+p", *"check-in", "enter")
        await pilot.pause()
        assert app.current_screen_name == "checkin"


async def test_theme_is_remembered(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert Store(data_dir).settings.get("theme") == "nord"
    again = app_on(data_dir)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_a_damaged_file_is_reported_and_the_backup_restored(data_dir):
    from datetime import date

    early = Store(data_dir, today=lambda: date(2026, 11, 20))
    kept = early.checkins.add(checkin(30, 3, note="from the backup"))
    early.checkins.add(checkin(29, 4))  # first write of the next day backs the file up
    Store(data_dir, today=lambda: date(2026, 11, 21)).checkins.add(checkin(28, 4))
    path = data_dir / "checkins" / "2026.json"
    path.write_bytes(b'{"_default": {"1": {"mo')
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ProblemModal)
        text = screen_text(app)
        assert "could not be read" in text
        assert "Restore the backup from 2026-11-21" in text
        await pilot.click("#restore")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    moved = [p for p in (data_dir / "checkins").iterdir() if ".corrupt-" in p.name]
    assert len(moved) == 1 and moved[0].read_bytes() == b'{"_default": {"1": {"mo'
    notes = [c.note for c in Store(data_dir).checkins.recent(10)]
    assert kept.note in notes


async def test_a_full_disk_keeps_the_text_on_screen(data_dir, monkeypatch):
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "2", "tab", "tab", "tab", "tab", *"do not lose this")
        import resilience_tui.store.atomic as atomic

        def full(fd, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic.ops, "write", full)
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
        shown = str(app.screen.query_one("#form-error").render())
        assert "disk is full" in shown and "still here" in shown
        assert app.screen.query_one("#note").text == "do not lose this"
        assert app.screen.query_one("#mood").value == 2
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [c.note for c in Store(data_dir).checkins.recent(5)] == ["do not lose this"]
    leftovers = [p.name for p in data_dir.rglob("*") if ".tmp-" in p.name]
    assert leftovers == []


SIGNAL_SCRIPT = r"""
import sys
from datetime import datetime, timezone
from pathlib import Path
from resilience_tui.ui.app import make_app

app = make_app(Path(sys.argv[1]), clock=lambda: datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc))

async def type_note(pilot):
    await pilot.press("c", "4", "tab", "tab", "tab", "tab", *"typed before the signal")
    await pilot.pause()
    print("typed", flush=True)

app.run(headless=True, auto_pilot=type_note)
print("exited", flush=True)
"""


def test_sigterm_sighup_and_sigint_keep_the_draft(data_dir, tmp_path):
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        folder = tmp_path / f"data-{sig.name}"
        proc = subprocess.Popen([sys.executable, "-c", SIGNAL_SCRIPT, str(folder)], stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "TEXTUAL": ""})
        assert proc.stdout.readline().strip() == "typed"
        time.sleep(0.1)
        proc.send_signal(sig)
        out, _ = proc.communicate(timeout=30)
        assert "exited" in out
        draft = Store(folder).drafts.get(DRAFT_KEY)
        assert draft["note"] == "typed before the signal" and draft["mood"] == 4
