"""Pilot tests of the Check-in screen: what is stored and what is shown."""

from __future__ import annotations

import pytest

from resilience_tui.store.drafts import CHECKIN as DRAFT_KEY
from resilience_tui.store.store import Store
from resilience_tui.ui.checkin.screen import CheckinScreen
from tests.ui.helpers import FIXED_NOW, app_on, checkin, quick_autosave, screen_text


async def test_three_keys_make_a_checkin(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "3", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)
        text = screen_text(app)
        assert "Saved." in text
    stored = Store(data_dir).checkins.recent(10)
    assert len(stored) == 1
    assert stored[0].mood == 3
    assert stored[0].at == FIXED_NOW
    assert stored[0].energy is None and stored[0].emotions == () and stored[0].note == ""


async def test_full_checkin_with_every_field(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "2")
        await pilot.press("tab", "4")  # energy
        await pilot.press("tab", "space", "down", "space")  # two feelings
        await pilot.press("tab", *"interview acme")
        await pilot.press("tab", *"It stung. [bold]still[/] me")
        await pilot.press("tab")
        when = app.screen.query_one("#when")
        when.value = "yesterday 21:00"
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = Store(data_dir).checkins.recent(10)
    assert len(saved) == 1
    got = saved[0]
    assert (got.mood, got.energy) == (2, 4)
    assert len(got.emotions) == 2
    assert got.tags == ("interview", "acme")
    assert got.note == "It stung. [bold]still[/] me"
    assert got.at.strftime("%Y-%m-%d %H:%M") == "2026-11-25 21:00"


async def test_saving_without_a_mood_explains_and_keeps_the_note(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab", "tab", "tab", *"words I typed")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Choose a mood first" in screen_text(app)
        assert app.screen.query_one("#note").text == "words I typed"
    assert Store(data_dir).checkins.recent(10) == []


@pytest.mark.parametrize(("when", "said"), [
    ("the day after forever", "is not a time I can read"),
    ("tomorrow 9:00", "A check-in can't be in the future: tomorrow at 09:00 hasn't happened yet."),
], ids=["unreadable", "future"])
async def test_a_time_that_cannot_be_kept_is_explained(data_dir, when, said):
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "4")
        app.screen.query_one("#when").value = when
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert said in str(app.screen.query_one("#when-error").render())
    assert Store(data_dir).checkins.recent(10) == []


async def test_markup_in_a_note_shows_as_typed(data_dir):
    store = Store(data_dir)
    store.checkins.add(checkin(1, 3, note="[/] [bold]x"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "[/] [bold]x" in screen_text(app)  # Today
        await pilot.press("c")
        await pilot.pause()
        assert "[/] [bold]x" in screen_text(app)  # history


async def test_edit_an_earlier_checkin(data_dir):
    store = Store(data_dir)
    original = store.checkins.add(checkin(30, 2, note="first words"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        app.screen.query_one("#history-table").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "Editing the check-in" in screen_text(app)
        assert app.screen.query_one("#note").text == "first words"
        await pilot.press("5", "ctrl+s")
        await pilot.pause()
        assert "Updated." in screen_text(app)
    stored = Store(data_dir).checkins.recent(10)
    assert len(stored) == 1
    assert stored[0].id == original.id
    assert stored[0].mood == 5
    assert stored[0].note == "first words"
    assert stored[0].at == original.at
    assert stored[0].created_at == original.created_at


async def test_delete_and_undo(data_dir):
    store = Store(data_dir)
    keep = store.checkins.add(checkin(5, 4, note="keep me"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        app.screen.query_one("#history-table").focus()
        await pilot.press("d")
        await pilot.pause()
        assert Store(data_dir).checkins.recent(10) == []
        await pilot.press("u")
        await pilot.pause()
    assert Store(data_dir).checkins.recent(10) == [keep]


async def test_draft_autosaves_a_second_after_typing_stops(data_dir, monkeypatch):
    quick_autosave(monkeypatch, 1.0)  # longer than any gap between typed keys, even on a loaded machine
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab", "tab", "tab", *"still typing")
        assert Store(data_dir).drafts.get(DRAFT_KEY) is None
        await pilot.pause(1.3)
        assert Store(data_dir).drafts.get(DRAFT_KEY)["note"] == "still typing"


async def test_typed_text_is_kept_as_a_draft_and_restored(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "2", "tab", "tab", "tab", "tab", *"half a thought")
        await pilot.press("escape", "q")  # quitting straight after typing keeps the text
        await pilot.pause()
    app2 = app_on(data_dir)
    async with app2.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert app2.screen.query_one("#note").text == "half a thought"
        assert app2.screen.query_one("#mood").value == 2
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
    store = Store(data_dir)
    assert [c.note for c in store.checkins.recent(5)] == ["half a thought"]
    assert store.drafts.get(DRAFT_KEY) is None


async def test_checkin_saved_elsewhere_shows_when_screen_returns(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "You haven't checked in today" in screen_text(app)
        Store(data_dir).checkins.add(checkin(0.5, 4, note="from the terminal"))
        await pilot.press("c", "t")
        await pilot.pause()
        text = screen_text(app)
        assert "from the terminal" in text
        assert "You haven't checked in today" not in text
