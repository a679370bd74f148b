"""A worksheet autosaves about a second after typing stops: after `kill -9` the last words typed
before that pause are in the file. SIGTERM, SIGHUP and SIGINT save what was typed even within the second."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from resilience_tui.store.store import Store
from tests.faults.procs import PROJECT, read_line

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

# Types into a new general worksheet, pausing past the autosave delay after each part, and says
# so; the last part is typed without a pause. The app then runs on until it is stopped.
SCRIPT = r"""
import sys
from datetime import datetime, timezone
from pathlib import Path
from resilience_tui.ui.app import make_app

app = make_app(Path(sys.argv[1]), clock=lambda: datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc))
wait = float(sys.argv[2])

async def type_worksheet(pilot):
    await pilot.press("r", "n")
    await pilot.pause()
    await pilot.pause()  # the new worksheet's first field has focus before the first letter
    await pilot.press(*"Panel [bold]", "ctrl+down", "ctrl+down", *"I stayed calm")
    await pilot.pause(wait)
    print("part one", flush=True)
    await pilot.press(*" and kind")
    await pilot.pause(wait)
    print("part two", flush=True)
    await pilot.press(*" NOT YET")
    print("typed", flush=True)  # the app keeps running until it is stopped

app.run(headless=True, auto_pilot=type_worksheet)
print("exited", flush=True)
"""


def start(folder: Path, wait: float) -> subprocess.Popen:
    env = dict(os.environ, TEXTUAL="", PYTHONPATH=str(PROJECT))
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(folder), str(wait)], stdout=subprocess.PIPE,
                            cwd=PROJECT, env=env)


def test_kill9_after_the_autosave_delay_keeps_the_last_words(tmp_path: Path):
    folder = tmp_path / "data"
    proc = start(folder, 1.6)
    try:
        assert read_line(proc, 60) == b"part one\n"
        assert read_line(proc) == b"part two\n"
        assert read_line(proc) == b"typed\n"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    (worksheet,) = Store(folder).reflections.all()
    assert worksheet.stage == "Panel [bold]"
    # Everything typed before the last pause is there; the words typed just before the kill may not be.
    assert worksheet.went_well in ("I stayed calm and kind", "I stayed calm and kind NOT YET")
    assert worksheet.status == "draft" and worksheet.application_id is None


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda s: s.name)
def test_sigterm_and_sighup_save_what_was_typed_within_the_second(tmp_path: Path, sig):
    folder = tmp_path / "data"
    proc = start(folder, 0.0)  # no pause: nothing has been autosaved when the signal comes
    try:
        for line in (b"part one\n", b"part two\n", b"typed\n"):
            assert read_line(proc, 60) == line
        proc.send_signal(sig)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert b"exited" in out
    (worksheet,) = Store(folder).reflections.all()
    assert (worksheet.stage, worksheet.went_well) == ("Panel [bold]", "I stayed calm and kind NOT YET")
