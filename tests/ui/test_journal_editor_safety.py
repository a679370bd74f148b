"""The external editor when things go wrong, and where its temporary file lives."""

from __future__ import annotations

import asyncio
import json
import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from resilience_tui.store.store import Store
from tests.ui.helpers import app_on, journal_entry, notices

RECORDING_EDITOR = """
import json, os, stat, sys
path = sys.argv[-1]
folder = os.path.dirname(path)
with open(path, encoding="utf-8", newline="") as handle:
    text = handle.read()
with open(path, "w", encoding="utf-8", newline="") as handle:
    handle.write(text + " edited")
st, fst, lst = os.stat(path), os.stat(folder), os.lstat(folder)
with open(sys.argv[1], "w") as out:
    json.dump({"path": path, "mode": stat.S_IMODE(st.st_mode), "uid": st.st_uid,
               "folder_mode": stat.S_IMODE(fst.st_mode), "folder_uid": fst.st_uid,
               "folder_is_link": stat.S_ISLNK(lst.st_mode)}, out)
"""


def private_folder(base: Path) -> Path:
    return base / f"resilience-tui-{os.getuid()}"


@pytest.fixture
def recording_editor(tmp_path, monkeypatch) -> Path:
    script = tmp_path / "recording editor.py"
    script.write_text(RECORDING_EDITOR)
    record = tmp_path / "record.json"
    monkeypatch.setenv("EDITOR", f'{sys.executable} "{script}" "{record}"')
    return record


async def edit_once(data_dir: Path) -> str:
    Store(data_dir).journal.add(journal_entry(1, "words"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+e")
        await pilot.pause()
        text: str = app.screen.query_one("#editor-body").text
    return text


@pytest.mark.parametrize(
    "command, message",
    [
        ("definitely-not-an-editor-xyz", 'The editor "definitely-not-an-editor-xyz" could not be found'),
        ("false", 'The editor "false" stopped with an error, so nothing was changed'),
        (f"{sys.executable} -c 'import os, signal; os.kill(os.getpid(), signal.SIGKILL)'",
         "was stopped before it finished, so nothing was changed"),
    ],
)
async def test_a_failing_editor_is_explained_and_the_app_stays_usable(data_dir, monkeypatch, command, message):
    monkeypatch.setenv("EDITOR", command)
    entry = Store(data_dir).journal.add(journal_entry(1, "keep me as I am"))
    app = app_on(data_dir)

    async def drive() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("j", "enter", "ctrl+e")
            await pilot.pause()
            assert any(message in n for n in notices(app)), notices(app)
            assert app.screen.query_one("#editor-body").text == "keep me as I am"
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("t")
            await pilot.pause()
            assert type(app.screen).__name__ == "TodayScreen"

    await asyncio.wait_for(drive(), timeout=20)
    assert Store(data_dir).journal.get(entry.id).body == "keep me as I am"


@pytest.mark.parametrize("command", ["definitely-not-an-editor-xyz", "false"])
async def test_the_terminal_is_always_given_back_to_the_app(data_dir, monkeypatch, command):
    """With a real terminal the app steps aside for the editor; whatever the editor does, it comes back."""
    from textual.drivers.headless_driver import HeadlessDriver

    handovers: list[str] = []
    monkeypatch.setattr(HeadlessDriver, "can_suspend", property(lambda self: True), raising=False)
    monkeypatch.setattr(HeadlessDriver, "suspend_application_mode", lambda self: handovers.append("to the editor"),
                        raising=False)
    monkeypatch.setattr(HeadlessDriver, "resume_application_mode", lambda self: handovers.append("back"), raising=False)
    monkeypatch.setenv("EDITOR", command)
    Store(data_dir).journal.add(journal_entry(1, "keep me"))
    app = app_on(data_dir)

    async def drive() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("j", "enter", "ctrl+e")
            await pilot.pause()
            assert app.screen.query_one("#editor-body").text == "keep me"
            await pilot.press("escape", "t")
            await pilot.pause()
            assert type(app.screen).__name__ == "TodayScreen"

    await asyncio.wait_for(drive(), timeout=20)
    assert handovers in ([], ["to the editor", "back"])


async def test_the_temporary_file_is_private_and_outside_the_data_folder(data_dir, recording_editor):
    assert await edit_once(data_dir) == "words edited"
    seen = json.loads(recording_editor.read_text())
    path = Path(seen["path"])
    folder = private_folder(Path(os.environ["XDG_RUNTIME_DIR"]))
    assert path.parent == folder
    assert data_dir.resolve() not in path.resolve().parents
    assert (seen["mode"], seen["folder_mode"]) == (0o600, 0o700)
    assert seen["uid"] == seen["folder_uid"] == os.getuid() and not seen["folder_is_link"]
    assert not path.exists()
    assert list(folder.iterdir()) == []


async def test_without_a_runtime_folder_the_system_temp_folder_is_used(data_dir, recording_editor, tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    assert await edit_once(data_dir) == "words edited"
    seen = json.loads(recording_editor.read_text())
    assert Path(seen["path"]).parent == private_folder(system_tmp)
    assert (seen["mode"], seen["folder_mode"]) == (0o600, 0o700)


async def test_leftovers_from_a_crash_are_removed_at_the_next_edit(data_dir, recording_editor):
    folder = private_folder(Path(os.environ["XDG_RUNTIME_DIR"]))
    folder.mkdir(mode=0o700)
    leftover = folder / "journal-entry-99999999-abc.md"
    leftover.write_text("an old private draft")
    assert await edit_once(data_dir) == "words edited"
    assert not leftover.exists()
    assert list(folder.iterdir()) == []


async def test_a_folder_with_the_wrong_mode_is_made_private(data_dir, recording_editor):
    folder = private_folder(Path(os.environ["XDG_RUNTIME_DIR"]))
    folder.mkdir()
    folder.chmod(0o777)
    assert await edit_once(data_dir) == "words edited"
    seen = json.loads(recording_editor.read_text())
    assert seen["folder_mode"] == 0o700 and stat.S_IMODE(folder.stat().st_mode) == 0o700


async def test_a_symlink_at_the_private_folder_is_never_followed(data_dir, recording_editor, tmp_path):
    elsewhere = tmp_path / "somebody-elses"
    elsewhere.mkdir(mode=0o755)
    folder = private_folder(Path(os.environ["XDG_RUNTIME_DIR"]))
    folder.symlink_to(elsewhere, target_is_directory=True)
    assert await edit_once(data_dir) == "words edited"
    seen = json.loads(recording_editor.read_text())
    assert not seen["folder_is_link"] and seen["folder_mode"] == 0o700
    assert elsewhere not in Path(seen["path"]).resolve().parents
    assert list(elsewhere.iterdir()) == []


async def test_a_file_of_a_run_still_open_is_left_alone(data_dir, recording_editor):
    folder = private_folder(Path(os.environ["XDG_RUNTIME_DIR"]))
    folder.mkdir(mode=0o700)
    in_use = folder / f"{os.getppid()}-journal-entry-abc.md"
    in_use.write_text("open in another window")
    assert await edit_once(data_dir) == "words edited"
    assert in_use.read_text() == "open in another window"


async def test_leftovers_from_a_crash_are_removed_at_the_next_start(data_dir):
    folder = private_folder(Path(os.environ["XDG_RUNTIME_DIR"]))
    folder.mkdir(mode=0o700)
    crashed = folder / "99999999-journal-entry-abc.md"  # a run that is gone
    crashed.write_text("an old private draft")
    open_elsewhere = folder / "1-journal-entry-def.md"  # pid 1 is always running: another window's edit
    open_elsewhere.write_text("being edited in another window")
    app = app_on(data_dir)
    async with app.run_test() as pilot:
        for _ in range(40):
            await pilot.pause(0.05)
            if not crashed.exists():
                break
    assert not crashed.exists()
    assert open_elsewhere.read_text() == "being edited in another window"
