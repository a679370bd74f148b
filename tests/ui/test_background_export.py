"""Export and import from the palette run in a worker: the screen stays usable and the work can be cancelled."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.export import Cancelled
from resilience_tui.export.writer import export
from resilience_tui.store.store import Store
from resilience_tui.ui.common.background import ProgressModal
from resilience_tui.ui.journal.screen import JournalScreen
from tests.ui.helpers import app_on, notices

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


async def wait_for(pilot, condition, seconds: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        assert loop.time() < deadline, "timed out"
        await pilot.pause(0.05)


async def palette(pilot, command: str) -> None:
    await pilot.press("ctrl+p", *command)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause(0.1)


def exports() -> list[Path]:
    folder = Path.home() / "resilience-exports"
    return sorted(folder.rglob("*")) if folder.exists() else []


async def test_the_screen_answers_keys_while_an_export_runs(data_dir, monkeypatch):
    release = threading.Event()
    ui_thread = threading.get_ident()
    threads: list[int] = []

    def slow_export(store, fmt, *, progress=None, cancelled=None, **kwargs):
        threads.append(threading.get_ident())
        progress("Writing Check-ins", 0, 2)
        assert release.wait(10)
        progress("Writing Journal", 1, 2)
        return [Path.home() / "resilience-exports" / "fake.html"]

    monkeypatch.setattr("resilience_tui.export.writer.export", slow_export)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await palette(pilot, "export everything: html")
        assert isinstance(app.screen, ProgressModal)
        await wait_for(pilot, lambda: "Writing Check-ins" in str(app.screen.query_one("#progress-step").render()))
        await pilot.press("j")  # handled while the export is still running: the journal opens
        await pilot.pause(0.1)
        assert isinstance(app.screen, JournalScreen)
        assert not notices(app) or not any(n.startswith("Exported") for n in notices(app))
        release.set()
        await wait_for(pilot, lambda: any(n.startswith("Exported to ") for n in notices(app)))
        assert isinstance(app.screen, JournalScreen)
    assert threads and threads[0] != ui_thread


async def test_escape_cancels_an_export_and_leaves_no_file(data_dir, monkeypatch):
    from resilience_tui.export import markdown

    store = Store(data_dir)
    store.journal.add(JournalEntry(body="Kept.", at=NOW, created_at=NOW, updated_at=NOW))
    real = markdown.area_markdown
    started = threading.Event()

    def slow_area(store, area, now):
        started.set()
        time.sleep(0.3)
        return real(store, area, now)

    monkeypatch.setattr(markdown, "area_markdown", slow_area)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await palette(pilot, "export everything: markdown")
        await wait_for(pilot, started.is_set)
        await wait_for(pilot, lambda: isinstance(app.screen, ProgressModal))  # escape goes to the progress window
        await pilot.press("escape")
        await wait_for(pilot, lambda: any("Export cancelled" in n for n in notices(app)))
        assert not isinstance(app.screen, ProgressModal)
        # The thread stops at its next check (after the area it is writing): nothing is left running.
        await wait_for(pilot, lambda: not [w for w in app.workers if w.group == "background" and w.is_running])
    assert exports() == []


async def test_the_cancel_button_stops_a_long_export(data_dir, monkeypatch):
    steps: list[str] = []

    def endless_export(store, fmt, *, progress=None, cancelled=None, **kwargs):
        for n in range(3000):  # about a minute: only the cancel ends it within the test
            if cancelled():
                raise Cancelled()
            steps.append(f"area {n}")
            progress(f"Writing area {n}", n, 3000)
            time.sleep(0.02)
        return [Path.home() / "never.json"]

    monkeypatch.setattr("resilience_tui.export.writer.export", endless_export)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await palette(pilot, "export everything: json")
        await wait_for(pilot, lambda: len(steps) >= 3 and isinstance(app.screen, ProgressModal))
        await pilot.pause()
        await pilot.click("#progress-cancel")
        await wait_for(pilot, lambda: any("Export cancelled" in n for n in notices(app)))
        assert len(steps) < 3000


async def test_import_from_the_palette(data_dir, tmp_path):
    source = Store(tmp_path / "elsewhere")
    source.journal.add(JournalEntry(body="Written on the other computer.", at=NOW, created_at=NOW, updated_at=NOW))
    [file] = export(source, "json", areas=None, out=tmp_path / "backup.json", folder=tmp_path, now=NOW)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await palette(pilot, "import a file")
        field = app.screen.query_one("#import-path")
        field.value = str(tmp_path / "missing.json")
        await pilot.press("enter")
        await pilot.pause()
        assert "There is no file at" in str(app.screen.query_one("#import-error").render())
        field.value = str(file)
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(n.startswith("Imported backup.json") for n in notices(app)))
        assert any("1 journal entry added" in n for n in notices(app))
    assert [e.body for e in Store(data_dir).journal.all()] == ["Written on the other computer."]
