"""Shared fixtures: every test gets its own data folder; none touches the real one."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from resilience_tui.paths import ENV_DATA_DIR


def pytest_collection_finish(session: pytest.Session) -> None:
    """Garbage is collected as usual in the test process: the pause that importing the UI starts
    (ui/collector.py) is for the app's own start-up, and a worker may run no app for a long while.
    tests/ui/test_collector.py checks the pause itself, each case in a fresh interpreter."""
    from resilience_tui.ui import collector

    collector.resume(freeze=False)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    # Keep anything that looks at the home folder (exports, the mail drafts folder) inside the test too.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    # The external editor's private temporary folder is made in here, never in the real runtime folder.
    # It sits beside the test's own folder, so tests that list what was written there see only their files.
    runtime = tmp_path_factory.mktemp("run")
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    # One timezone for every test, so dates and snapshots do not depend on the machine.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    return folder


@pytest.fixture
def store(data_dir: Path):
    from resilience_tui.store.store import Store

    return Store(data_dir)


@pytest.fixture(autouse=True)
def settled_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    """`pilot.pause()` with no delay waits until the screen has settled.

    Screens fill some sections just after their first paint (`call_after_refresh`), so
    one pause can return before that refresh on a busy machine. A second pause lets the
    deferred work run, and keeps what the test reads from depending on the machine's load.
    """
    from textual.pilot import Pilot

    original = Pilot.pause

    async def pause(self: Pilot, delay: float | None = None) -> None:
        await original(self, delay)
        if delay is None:
            await original(self, None)

    monkeypatch.setattr(Pilot, "pause", pause)
