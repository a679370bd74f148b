"""Two windows editing the same goal or journal entry: asked on ctrl+s or on leaving, never while typing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from resilience_tui.domain.goal import Goal
from resilience_tui.store.store import Store
from resilience_tui.ui.common.conflict import ConflictModal
from resilience_tui.ui.goals.form import GoalForm
from resilience_tui.ui.goals.screen import GoalsScreen
from resilience_tui.ui.journal.screen import JournalScreen
from tests.ui.goal_helpers import seed
from tests.ui.helpers import FIXED_NOW, app_on, journal_entry, quick_autosave, screen_text


async def test_a_goal_changed_in_another_window_asks_which_to_keep_on_save(data_dir):
    [goal] = seed(data_dir, Goal("SQL course", "skills", notes="modules 1-3"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "e")
        await pilot.pause()
        assert isinstance(app.screen, GoalForm)
        await pilot.press("end", *" this week")
        other = Store(data_dir)  # another window renames it meanwhile
        other.goals.update(other.goals.get(goal.id).edited(FIXED_NOW, title="SQL course, part two"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConflictModal)
        text = screen_text(app)
        assert "window: the title. Nothing has been overwritten." in text and "Keep both (b)" in text
        await pilot.press("escape")  # back to the form: nothing saved, the text still there
        await pilot.pause()
        assert isinstance(app.screen, GoalForm)
        assert app.screen.query_one("#goal-title").value == "SQL course this week"
        assert [g.title for g in Store(data_dir).goals.all()] == ["SQL course, part two"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
    goals = {g.title: g for g in Store(data_dir).goals.all()}
    assert set(goals) == {"SQL course, part two", "SQL course this week (my copy)"}
    assert goals["SQL course, part two"].id == goal.id and goals["SQL course this week (my copy)"].notes == "modules 1-3"
    assert Store(data_dir).drafts.get(f"goal:{goal.id}") is None


async def test_a_journal_entry_changed_elsewhere_waits_while_typing_and_asks_on_leaving(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    entry = Store(data_dir).journal.add(journal_entry(1, "Talked to Sam."))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*" It helped.")
        await pilot.pause(0.2)  # saved as typed
        assert Store(data_dir).journal.get(entry.id).body == "Talked to Sam. It helped."
        other = Store(data_dir)  # another window changes the text (and stars it) meanwhile
        stored = other.journal.get(entry.id)
        other.journal.update(replace(stored, body="Talked to Sam and Ana.", starred=True,
                                     updated_at=stored.updated_at + timedelta(minutes=1)))
        await pilot.press(*" A lot.")
        await pilot.pause(0.2)  # the autosave meets the conflict: no window, the text stays
        assert isinstance(app.screen, JournalScreen)
        assert "changed in another window" in screen_text(app)
        assert Store(data_dir).journal.get(entry.id).body == "Talked to Sam and Ana."
        await pilot.press("escape")  # leaving the editor asks
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConflictModal)
        assert "the text" in screen_text(app)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen) and app.screen.editing is None
    kept = Store(data_dir).journal.get(entry.id)
    assert (kept.body, kept.starred) == ("Talked to Sam. It helped. A lot.", True)
    assert len(Store(data_dir).journal.all()) == 1


async def test_quitting_before_choosing_keeps_both_versions_of_an_entry(data_dir):
    entry = Store(data_dir).journal.add(journal_entry(1, "Talked to Sam."))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("enter", *" Mine.")
        other = Store(data_dir)
        stored = other.journal.get(entry.id)
        other.journal.update(replace(stored, body="Talked to Sam. Theirs.", updated_at=stored.updated_at + timedelta(minutes=1)))
        await app.action_quit()  # typed, not saved yet, and no one left to ask
    bodies = sorted((e.heading, e.body) for e in Store(data_dir).journal.all())
    assert bodies == [("Talked to Sam. Mine. (my copy)", "Talked to Sam. Mine."),
                      ("Talked to Sam. Theirs.", "Talked to Sam. Theirs.")]
