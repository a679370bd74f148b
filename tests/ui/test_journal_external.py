"""The journal beyond the screen: $EDITOR round trips, saving on SIGTERM and SIGHUP, export from the palette."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from resilience_tui.store.store import Store
from resilience_tui.ui.journal.external_editor import editor_command
from tests.ui.helpers import app_on, journal_entry, notices

FAKE_EDITOR = """
import sys
path = sys.argv[-1]
with open(path, encoding="utf-8", newline="") as handle:
    text = handle.read()
with open(path, "w", encoding="utf-8", newline="") as handle:
    handle.write(text + "\\nAdded in my editor [bold]🙂")
"""


@pytest.fixture
def fake_editor(tmp_path, monkeypatch) -> Path:
    script = tmp_path / "fake editor.py"
    script.write_text(FAKE_EDITOR)
    monkeypatch.setenv("EDITOR", f'{sys.executable} "{script}"')
    return script


async def test_editor_round_trip_appends_and_saves(data_dir, fake_editor):
    entry = Store(data_dir).journal.add(journal_entry(1, "# Draft\n\nfirst words"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+e")
        await pilot.pause()
        assert app.screen.query_one("#editor-body").text == "# Draft\n\nfirst words\nAdded in my editor [bold]🙂"
        assert "Back from the editor. Your changes are in." in notices(app)
        assert app.screen.focused is app.screen.query_one("#editor-body")
    saved = Store(data_dir).journal.get(entry.id)
    assert saved.body == "# Draft\n\nfirst words\nAdded in my editor [bold]🙂"
    assert saved.created_at == entry.created_at and saved.updated_at > entry.updated_at


async def test_editor_from_the_editor_and_for_a_new_entry(data_dir, fake_editor):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+e")  # an empty journal: a new entry is started for it
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("n", *"typed here first", "ctrl+e")  # ctrl+e from inside the text
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    bodies = sorted(e.body for e in Store(data_dir).journal.all())
    assert bodies == ["\nAdded in my editor [bold]🙂", "typed here first\nAdded in my editor [bold]🙂"]


async def test_without_an_editor_it_says_so_and_stays(data_dir, monkeypatch):
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n", *"my words", "ctrl+e")
        await pilot.pause()
        assert any(n.startswith("No editor is set, so you can keep writing here.") for n in notices(app))
        assert app.screen.query_one("#editor-body").text == "my words"
        assert app.screen.focused is app.screen.query_one("#editor-body")


@pytest.mark.parametrize(
    "command, message",
    [
        ("definitely-not-an-editor-xyz", 'The editor "definitely-not-an-editor-xyz" could not be found'),
        (f"{sys.executable} -c 'import sys; sys.exit(3)'", "stopped with an error, so nothing was changed"),
    ],
)
async def test_an_editor_that_fails_changes_nothing(data_dir, monkeypatch, command, message):
    monkeypatch.setenv("EDITOR", command)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n", *"keep me", "ctrl+e")
        await pilot.pause()
        assert any(message in n for n in notices(app))
        assert app.screen.query_one("#editor-body").text == "keep me"
    assert [e.body for e in Store(data_dir).journal.all()] == ["keep me"]


def test_visual_comes_before_editor(monkeypatch):
    monkeypatch.setenv("EDITOR", "nano")
    monkeypatch.setenv("VISUAL", "code --wait")
    assert editor_command() == ["code", "--wait"]
    monkeypatch.setenv("VISUAL", "  ")
    assert editor_command() == ["nano"]


SIGNAL_SCRIPT = r"""
import sys
from datetime import datetime, timezone
from pathlib import Path
from resilience_tui.ui.app import make_app

app = make_app(Path(sys.argv[1]), clock=lambda: datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc))

async def type_entry(pilot):
    await pilot.press("j", "n", *"written just before the signal")
    await pilot.pause()
    print("typed", flush=True)

app.run(headless=True, auto_pilot=type_entry)
print("exited", flush=True)
"""


def test_sigterm_and_sighup_keep_the_journal_text(tmp_path):
    for sig in (signal.SIGTERM, signal.SIGHUP):
        folder = tmp_path / f"data-{sig.name}"
        proc = subprocess.Popen([sys.executable, "-c", SIGNAL_SCRIPT, str(folder)], stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "TEXTUAL": ""})
        assert proc.stdout.readline().strip() == "typed"
        time.sleep(0.1)
        proc.send_signal(sig)
        out, _ = proc.communicate(timeout=30)
        assert "exited" in out
        assert [e.body for e in Store(folder).journal.all()] == ["written just before the signal"]


async def test_export_from_the_palette_saves_open_text_first(data_dir, tmp_path):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n", *"not saved yet")
        await pilot.press("ctrl+p", *"export everything: json")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert any(n.startswith("Exported to ") for n in notices(app))
        assert app.screen.query_one("#editor-body").text == "not saved yet"
    [path] = list((Path.home() / "resilience-exports").iterdir())
    assert path.parent == Path.home() / "resilience-exports"
    assert path.stat().st_mode & 0o777 == 0o600
    data = json.loads(path.read_text())
    assert [doc["body"] for doc in data["areas"]["journal"]["records"]] == ["not saved yet"]


async def test_the_palette_opens_the_editor_too(data_dir, fake_editor):
    entry = Store(data_dir).journal.add(journal_entry(1, "from the palette"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+p", *"edit in $editor")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.5)
    assert Store(data_dir).journal.get(entry.id).body == "from the palette\nAdded in my editor [bold]🙂"
