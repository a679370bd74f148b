"""A crash in the app closes it with one line and a private crash report: never Textual's
traceback, whose local variables would print the person's notes."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from resilience_tui.store.crash_report import CRASH_FOLDER
from resilience_tui.store.store import Store
from tests.ui.helpers import app_on, checkin

SECRET = "I froze when they asked about the gap year"


class Boom(Exception):
    pass


def show_the_note(note: str) -> None:
    on_screen = f"Note: {note}"
    raise Boom(f"could not show {on_screen}")


async def test_a_crash_prints_one_line_and_writes_a_report_without_the_persons_text(data_dir, capsys):
    Store(data_dir).checkins.add(checkin(2, 2, note=SECRET))
    app = app_on(data_dir)
    with pytest.raises(Boom):  # run_test hands the error on, so a test that crashes still fails
        async with app.run_test(size=(80, 24)) as pilot:
            app.call_later(show_the_note, SECRET)
            await pilot.pause()
    assert app.return_code == 1 and not app.is_running
    out, err = capsys.readouterr()
    assert SECRET not in out + err and "gap year" not in out + err
    assert "Traceback" not in out + err and "Boom" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    found = re.fullmatch(r"resilience: something went wrong and Resilience had to close\. Everything saved is safe\. "
                         r"A report for the developers is at (.+)\.", lines[0])
    assert found, lines[0]
    report = Path(found.group(1))
    assert report.parent == data_dir / CRASH_FOLDER
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    text = report.read_text(encoding="utf-8")
    assert SECRET not in text and "gap year" not in text
    assert "test_crash_report.Boom" in text and "in show_the_note" in text
