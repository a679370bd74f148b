"""A draft the disk refuses (a full disk) stays in memory, is written again on the next change
and on quit, and the person is told once, not at every pause in their typing."""

from __future__ import annotations

import errno

from resilience_tui.store.drafts import CHECKIN as DRAFT_KEY
from resilience_tui.store.store import Store
from resilience_tui.ui.common.autosave import Drafts
from tests.store.helpers import patch_file_ops
from tests.ui.helpers import app_on, notices, quick_autosave, screen_text


def full_disk(monkeypatch) -> None:
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    patch_file_ops(monkeypatch, write=full)


def on_disk(folder, name: str):
    """The draft as a fresh store reads it from the files."""
    return Store(folder).drafts.get(name)


def test_a_refused_draft_is_kept_in_memory_and_written_with_the_next_change(data_dir, monkeypatch):
    told: list[str] = []
    drafts = Drafts(Store(data_dir), notify=lambda message, severity: told.append(f"{severity}: {message}"))
    full_disk(monkeypatch)
    drafts.set_in("goal", "new", {"title": "first"})
    drafts.set(DRAFT_KEY, {"note": "one"})
    drafts.set(DRAFT_KEY, {"note": "one two"})
    assert drafts.get_in("goal", "new") == {"title": "first"}  # reopening the form finds it
    assert drafts.get(DRAFT_KEY) == {"note": "one two"}
    assert on_disk(data_dir, "goal:new") is None and on_disk(data_dir, DRAFT_KEY) is None
    assert len(told) == 1 and told[0].startswith("warning: ") and "disk is full" in told[0]
    assert "kept in memory" in told[0]
    monkeypatch.undo()
    drafts.set(DRAFT_KEY, {"note": "one two three"})  # the next change writes every draft still waiting
    assert on_disk(data_dir, DRAFT_KEY) == {"note": "one two three"}
    assert on_disk(data_dir, "goal:new") == {"title": "first"}
    assert len(told) == 2 and told[1] == "information: Your draft is saved to the data folder now."


def test_a_refused_draft_is_written_by_a_retry_and_a_refused_removal_is_retried_too(data_dir, monkeypatch):
    told: list[str] = []
    drafts = Drafts(Store(data_dir), notify=lambda message, severity: told.append(f"{severity}: {message}"))
    drafts.set(DRAFT_KEY, {"note": "old"})
    full_disk(monkeypatch)
    drafts.delete(DRAFT_KEY)  # the record was saved: its draft goes, even if the disk says no at first
    drafts.set_in("application", "new", {"company": "Acme"})
    assert drafts.get(DRAFT_KEY) is None
    assert drafts.retry() is False  # still full: nothing more is said
    assert len(told) == 1
    monkeypatch.undo()
    assert drafts.retry() is True
    assert on_disk(data_dir, DRAFT_KEY) is None
    assert on_disk(data_dir, "application:new") == {"company": "Acme"}
    assert drafts.retry() is True  # nothing waits any more


async def test_typing_on_a_full_disk_tells_once_and_the_next_change_after_space_saves(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("c", "2", "tab", "tab", "tab", "tab")
        await pilot.pause(0.2)
        with monkeypatch.context() as disk:
            full_disk(disk)
            await pilot.press(*"one")
            await pilot.pause(0.3)
            await pilot.press(*" two")
            await pilot.pause(0.3)
            said = notices(app)
            assert len(said) == 1, said
            assert "kept in memory" in said[0] and "disk is full" in said[0]
            assert on_disk(data_dir, DRAFT_KEY)["note"] == ""  # the draft from before the disk filled
        await pilot.press("!")
        await pilot.pause(0.3)
        assert on_disk(data_dir, DRAFT_KEY)["note"] == "one two!"


async def test_quitting_after_space_is_freed_writes_the_waiting_draft(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        with monkeypatch.context() as disk:
            full_disk(disk)
            await pilot.press("c", "4", "tab", "tab", "tab", "tab", *"kept")
            await pilot.pause(0.3)
            assert on_disk(data_dir, DRAFT_KEY) is None
        await pilot.press("escape", "q")
        await pilot.pause()
    draft = on_disk(data_dir, DRAFT_KEY)
    assert draft["note"] == "kept" and draft["mood"] == 4


async def quit_on_a_full_disk(pilot, monkeypatch, text: str) -> None:
    """Type a check-in note while the disk is full, then press q: the draft is only in memory."""
    full_disk(monkeypatch)
    await pilot.press("c", "4", "tab", "tab", "tab", "tab", *text)
    await pilot.pause(0.3)
    await pilot.press("escape", "q")
    await pilot.pause()


async def test_quitting_while_the_disk_is_still_full_asks_before_a_draft_is_lost(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await quit_on_a_full_disk(pilot, monkeypatch, "still here")
        assert app.is_running  # not gone yet: the draft lives only in memory
        assert "not saved" in screen_text(app) and "disk is full" in screen_text(app)
        await pilot.press("escape")  # stay
        await pilot.pause()
        assert app.is_running
        monkeypatch.undo()
        await pilot.press("q")  # space was freed meanwhile: the draft lands and the app closes
        await pilot.pause()
    assert on_disk(data_dir, DRAFT_KEY)["note"] == "still here"


async def test_quit_anyway_closes_when_the_person_chooses_it(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await quit_on_a_full_disk(pilot, monkeypatch, "gone")
        assert app.is_running  # asked first
        await pilot.press("q")  # a second q: quit anyway
        await pilot.pause()
        assert not app.is_running
