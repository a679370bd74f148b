"""The shared text fields: tab keeps what is there, and ctrl+z takes back what a key did."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from resilience_tui.store.store import Store
from resilience_tui.ui.applications.form import ApplicationForm
from resilience_tui.ui.common.fields import Field, TextBox
from tests.ui.application_helpers import application
from tests.ui.helpers import app_on

PASTED = "They went with someone who had shipped a design system. " * 90  # about 5,000 characters


async def _open_form(pilot, app):
    await pilot.press("a", "e")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, ApplicationForm)
    return form


async def test_tab_into_a_filled_field_adds_to_it_and_ctrl_z_takes_the_key_back(data_dir):
    Store(data_dir).applications.add(application(reason=PASTED, outcome="rejected"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _open_form(pilot, app)
        reason = form.query_one("#reason", Input)
        assert reason.value == PASTED
        while app.focused is not reason:  # tab along the form as a person would
            await pilot.press("tab")
        await pilot.press("X")
        assert reason.value == PASTED + "X"  # nothing replaced
        await pilot.press("ctrl+z")
        assert reason.value == PASTED
        await pilot.press("ctrl+y")
        assert reason.value == PASTED + "X"


async def test_every_field_in_the_app_is_a_shared_field(data_dir):
    Store(data_dir).applications.add(application(outcome="rejected"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _open_form(pilot, app)
        assert all(isinstance(w, Field) for w in form.query(Input))
        assert all(isinstance(w, TextBox) for w in form.query(TextArea))


async def test_undo_goes_back_a_word_at_a_time_and_a_paste_in_one_step():
    from textual.app import App, ComposeResult

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield Field(id="f")

    app = One()
    async with app.run_test() as pilot:
        field = app.query_one(Field)
        field.focus()
        await pilot.press(*"hello", "space", *"world")
        assert field.value == "hello world"
        await pilot.press("ctrl+z")
        assert field.value == "hello "
        await pilot.press("ctrl+z", "ctrl+z")
        assert field.value == "" and field.cursor_position == 0
        await pilot.press("ctrl+z")  # nothing left: a bell, no change, no error
        assert field.value == ""
        field.insert_text_at_cursor(PASTED)
        await pilot.press("!")
        await pilot.press("ctrl+z", "ctrl+z")
        assert field.value == ""


async def test_tab_into_a_text_box_starts_at_the_end_of_its_text():
    from textual.app import App, ComposeResult

    class Two(App[None]):
        def compose(self) -> ComposeResult:
            yield Field(id="first")
            yield TextBox("line one\nline two", id="box")

    app = Two()
    async with app.run_test() as pilot:
        app.query_one("#first").focus()
        await pilot.press("tab", "!")
        assert app.query_one(TextBox).text == "line one\nline two!"
        await pilot.press("ctrl+z")
        assert app.query_one(TextBox).text == "line one\nline two"
