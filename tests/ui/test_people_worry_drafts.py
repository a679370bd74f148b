"""The people and worry forms keep what is typed: a draft on quitting (as on SIGTERM), offered back
the next time the same form opens, and escape with changes asks before leaving them."""

from __future__ import annotations

from textual.widgets import Input, RadioSet, TextArea

from resilience_tui.store.store import Store
from resilience_tui.ui.people.form import PersonForm
from resilience_tui.ui.worries.forms import LookBackForm, WorryForm
from tests.ui.hard_days_helpers import hard_days
from tests.ui.helpers import app_on, screen_text
from tests.ui.worry_helpers import some_worries

NAME = "Aunt [b]Jo\u202e"
NOTE = "call after 6 🌙 \x1b[31m"


def flat(text: str) -> str:
    return " ".join(text.split())


async def test_a_half_typed_person_is_kept_and_offered_back(data_dir):
    hard_days(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm)
        form.query_one("#person-name", Input).insert_text_at_cursor(NAME)
        form.query_one("#person-note", TextArea).insert(NOTE)
        await pilot.pause()
        app.save_drafts()  # what quitting, SIGTERM and a closed terminal do
    assert Store(data_dir).drafts.get("person:new") == {"name": NAME, "note": NOTE}
    assert Store(data_dir).people.all() == []

    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm)
        assert form.query_one("#person-name", Input).value == NAME
        assert form.query_one("#person-note", TextArea).text == NOTE
        assert "Restored what you typed last time" in flat(screen_text(app))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, PersonForm)
    assert [(p.name, p.note) for p in Store(data_dir).people.all()] == [(NAME, NOTE)]
    assert Store(data_dir).drafts.get("person:new") is None  # saved: the draft is gone


async def test_escape_with_a_worry_typed_asks_first_and_a_second_escape_leaves_it(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("W")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, WorryForm)
        await pilot.press(*"What if nobody replies", "tab", *"friday", "escape")
        await pilot.pause()
        assert isinstance(app.screen, WorryForm)  # not lost on one key
        assert "escape again to leave without them" in flat(screen_text(app))
        app.save_drafts()
        assert Store(data_dir).drafts.get("worry:new") == {"text": "What if nobody replies", "when": "friday"}
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, WorryForm)
    assert Store(data_dir).drafts.get("worry:new") is None  # left on purpose
    assert Store(data_dir).worries.all() == []


async def test_a_worry_typed_is_offered_back_after_quitting(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("W", "n")
        await pilot.pause()
        await pilot.press(*"[red]They will laugh", "tab", *"3d")
        await pilot.pause()
        app.save_drafts()
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("W", "n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, WorryForm)
        assert form.query_one("#worry-text", Input).value == "[red]They will laugh"
        assert form.query_one("#worry-when", Input).value == "3d"
        assert "Restored what you typed last time" in flat(screen_text(app))


async def test_a_look_back_half_answered_is_kept_for_that_worry(data_dir):
    due = some_worries(Store(data_dir))["due"]
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, LookBackForm)
        await pilot.press("enter", "tab", *"Two replies came")
        await pilot.pause()
        app.save_drafts()
    assert Store(data_dir).drafts.get(f"look-back:{due.id}") == {"answer": "no", "line": "Two replies came"}
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, LookBackForm)
        pressed = form.query_one("#look-back-answer", RadioSet).pressed_button
        assert pressed is not None and pressed.id == "answer-no"
        assert form.query_one("#look-back-line", Input).value == "Two replies came"
        await pilot.press("ctrl+s")
        await pilot.pause()
    stored = Store(data_dir).worries.get(due.id)
    assert stored is not None and stored.answer == "no" and stored.what_happened == "Two replies came"
    assert Store(data_dir).drafts.get(f"look-back:{due.id}") is None


async def test_a_person_changed_in_another_window_asks_which_to_keep(data_dir):
    from resilience_tui.ui.common.conflict import ConflictModal
    from resilience_tui.ui.people.modal import PeopleModal
    from tests.ui.hard_days_helpers import people

    store = hard_days(data_dir)
    people(store)
    sam = next(p for p in Store(data_dir).people.all() if p.name == "[bold]Sam")
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PeopleModal)
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm) and form.person is not None and form.person.id == sam.id
        form.query_one("#person-note", TextArea).text = "call on Sundays"
        other = Store(data_dir)  # another window changes the same note meanwhile
        other.people.update(other.people.get(sam.id).edited(note="text only"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConflictModal)
        assert "Nothing has been overwritten" in flat(screen_text(app))
        await pilot.press("escape")  # back to the form, nothing lost
        await pilot.pause()
        assert isinstance(app.screen, PersonForm) and app.screen.query_one("#person-note", TextArea).text == "call on Sundays"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("m")  # keep mine
        await pilot.pause()
        assert isinstance(app.screen, PeopleModal)
    assert Store(data_dir).people.get(sam.id).note == "call on Sundays"
    assert Store(data_dir).drafts.get(f"person:{sam.id}") is None


async def test_a_look_back_answered_in_another_window_asks_which_to_keep(data_dir):
    from resilience_tui.ui.common.conflict import ConflictModal

    due = some_worries(Store(data_dir))["due"]
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, LookBackForm)
        await pilot.press("enter", "tab", *"Nothing came of it")
        other = Store(data_dir)  # answered in another window meanwhile
        other.worries.update(other.worries.get(due.id).edited(answer="yes", what_happened="It did, a little"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConflictModal)
        await pilot.press("o")  # keep the other window's
        await pilot.pause()
        assert not isinstance(app.screen, (ConflictModal, LookBackForm))
    stored = Store(data_dir).worries.get(due.id)
    assert stored is not None and (stored.answer, stored.what_happened) == ("yes", "It did, a little")
    assert Store(data_dir).drafts.get(f"look-back:{due.id}") is None
