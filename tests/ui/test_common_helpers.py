"""The shared pieces of the UI: autosave, undo-delete, the typed app call that opens a screen with data,
and the Goals form keeping its half-typed goal as a draft."""

from __future__ import annotations

import subprocess
import sys

from resilience_tui.store.errors import SaveFailed
from resilience_tui.store.store import Store
from resilience_tui.ui.common.autosave import Autosave
from resilience_tui.ui.common.undo import UndoStack
from resilience_tui.ui.goals.form import GoalForm
from tests.ui.helpers import app_on, notices, quick_autosave, screen_text


class FakeTimer:
    def __init__(self) -> None:
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


class FakeOwner:
    def __init__(self) -> None:
        self.timers: list[tuple[float, FakeTimer]] = []

    def set_timer(self, delay: float, callback) -> FakeTimer:
        timer = FakeTimer()
        self.timers.append((delay, timer))
        return timer


def test_autosave_restarts_its_timer_and_a_failed_write_is_tried_again():
    owner, written, results = FakeOwner(), [], [False, True]

    def write(values: str) -> bool:
        written.append(values)
        return results.pop(0)

    autosave: Autosave[str] = Autosave(owner, write)  # type: ignore[arg-type]
    autosave.schedule("a")
    autosave.schedule("ab")
    assert owner.timers[0][1].stopped and not owner.timers[1][1].stopped
    assert owner.timers[1][0] == Autosave.delay == 1.0
    assert autosave.flush() is False  # the write failed: the words are kept
    assert autosave.pending == "ab"
    assert autosave.flush() is True and written == ["ab", "ab"] and autosave.pending is None
    assert autosave.flush() is True and written == ["ab", "ab"]  # nothing pending: nothing written


class FakeApp:
    def __init__(self) -> None:
        self.said: list[str] = []

    def notify(self, message: str, **_: object) -> None:
        self.said.append(message)

    def guard(self, action) -> bool:
        try:
            action()
        except SaveFailed as error:
            self.said.append(f"Not saved: {error.message}")
            return False
        return True


def test_undo_brings_back_the_newest_deletion_and_keeps_one_that_failed():
    app, restored, fail = FakeApp(), [], [True]

    def restore(name: str):
        def run() -> None:
            if fail and fail.pop():
                raise SaveFailed("The disk is full.")
            restored.append(name)
        return run

    stack: UndoStack[str] = UndoStack(lambda: app)  # type: ignore[arg-type, return-value]
    assert stack.undo() is None and app.said[-1] == "There is nothing to undo."
    stack.push("one", restore("one"), deleted="Deleted one", restored="Brought back one")
    stack.push("two", restore("two"), deleted="Deleted two", restored="Brought back two")
    assert app.said[-1] == "Deleted two. Press u to bring it back."
    assert stack.undo() is None and len(stack) == 2 and app.said[-1] == "Not saved: The disk is full."
    assert stack.undo() == "two" and app.said[-1] == "Brought back two."
    assert stack.undo() == "one" and restored == ["two", "one"] and len(stack) == 0


def test_help_does_not_import_the_app_module():
    code = ("import sys, resilience_tui.ui.common.help\n"
            "print('resilience_tui.ui.app' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


async def test_open_checkin_starts_a_checkin_about_the_application_on_a_screen_not_yet_opened(data_dir):
    from tests.ui.application_helpers import rejection

    chosen = Store(data_dir).applications.add(rejection("Acme Health", days=2))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        assert not app.is_screen_installed("checkin") or not app.get_screen("checkin").is_mounted
        app.open_checkin(chosen.id)
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#about").value == chosen.id
        app.open_checkin(chosen.id)  # already showing: done at once, still about it
        await pilot.pause()
        assert app.screen.query_one("#about").value == chosen.id


async def test_the_goal_form_keeps_a_half_typed_goal_and_offers_it_back(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        app.screen.action_new()
        await pilot.pause()
        assert isinstance(app.screen, GoalForm)
        await pilot.press(*"Half a goal")
        await pilot.pause(0.3)
        assert Store(data_dir).drafts.get("goal:new")["title"] == "Half a goal"
        await pilot.press(*" more")
        app.save_drafts()  # what quitting, SIGTERM and SIGHUP do
        assert Store(data_dir).drafts.get("goal:new")["title"] == "Half a goal more"
    again = app_on(data_dir)
    async with again.run_test(size=(100, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        again.screen.action_new()
        await pilot.pause()
        assert again.screen.query_one("#goal-title").value == "Half a goal more"
        assert "Restored what you typed last time." in screen_text(again)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [g.title for g in Store(data_dir).goals.all()] == ["Half a goal more"]
        assert Store(data_dir).drafts.get("goal:new") is None
        assert not any("Not saved" in n for n in notices(again))
