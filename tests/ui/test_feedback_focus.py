"""Feedback: a new draft leaves the screen's keys working, escape leaves any field, the header follows the tone."""

from __future__ import annotations

import pytest
from textual.widgets import Select, TextArea

from resilience_tui.store.store import Store
from resilience_tui.ui.feedback.request_list import FeedbackTable
from resilience_tui.ui.feedback.screen import FeedbackScreen
from tests.ui.application_helpers import days_ago, rejection, request, with_profile
from tests.ui.helpers import app_on, screen_text


def screen_name(app) -> str:
    return type(app.screen).__name__


def footer_text(app) -> str:
    return screen_text(app).splitlines()[-1]


@pytest.fixture
def sent_request(data_dir):
    store = Store(data_dir)
    rejected = store.applications.add(rejection(days=20))
    with_profile(store)
    return store.feedback.add(request(rejected, status="sent", sent_on=days_ago(12)))


async def test_after_writing_a_follow_up_the_next_keys_are_screen_keys(data_dir, sent_request):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f", "w")
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#tone", Select)
        body = app.screen.query_one("#body", TextArea).text
        assert body.startswith("Hi Zoë,")
        await pilot.press("r")
        await pilot.pause()
        assert screen_name(app) == "ReflectionScreen"
        await pilot.press("j")
        await pilot.pause()
        assert screen_name(app) == "JournalScreen"
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        assert app.screen.query_one("#body", TextArea).text == body
    [follow_up] = [r for r in Store(data_dir).feedback.all() if r.follow_up_of == sent_request.id]
    assert follow_up.body == body and follow_up.body.startswith("Hi Zoë,")


async def test_a_new_draft_opens_on_the_tone_list(data_dir):
    store = Store(data_dir)
    store.applications.add(rejection())
    with_profile(store)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f", "n", "down", "enter")
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#tone", Select)
        body = app.screen.query_one("#body", TextArea).text
        await pilot.press("y")  # the screen's copy key, not a letter in the email
        await pilot.pause()
        assert app.screen.query_one("#body", TextArea).text == body
        assert app.clipboard == body


@pytest.mark.parametrize("field", ["#tone", "#to", "#subject", "#body"])
async def test_escape_from_any_field_gives_the_keys_back_and_the_footer_says_so(data_dir, sent_request, field):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert "Leave" not in footer_text(app)
        app.screen.query_one(field).focus()
        await pilot.pause()
        if field == "#tone":
            assert "n New" in footer_text(app)  # not a text field: the screen's letter keys still work
        else:
            assert "esc Leave the text" in footer_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen.focused, FeedbackTable)
        assert "Leave" not in footer_text(app)
        await pilot.press("t")
        await pilot.pause()
        assert screen_name(app) == "TodayScreen"
    assert Store(data_dir).feedback.get(sent_request.id) == sent_request


@pytest.mark.parametrize("pick", [("up",), ("down",), ("down", "down")])
async def test_the_header_shows_the_tone_just_picked_at_once(data_dir, monkeypatch, pick):
    from resilience_tui.ui.common.autosave import Autosave

    monkeypatch.setattr(Autosave, "delay", 60.0)  # nothing is saved during the test: the screen alone must say it
    store = Store(data_dir)
    rejected = store.applications.add(rejection())
    with_profile(store)
    store.feedback.add(request(rejected, tone="warm"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert "Draft · Warm ·" in screen_text(app)
        app.screen.query_one("#tone", Select).focus()
        await pilot.press("enter", *pick, "enter")
        await pilot.pause()
        label = {("up",): "Brief", ("down",): "Formal", ("down", "down"): "Follow-up"}[pick]
        assert app.screen.query_one("#tone", Select).value == label.lower().replace("-", "_")
        assert f"Draft · {label} ·" in screen_text(app)
        assert "Warm" not in screen_text(app)


LONG_COMPANY, LONG_ROLE = "Northwind Logistics and Supply Chain Analytics", "Senior Data Visualisation Engineer"


def list_rows_on_screen(app) -> list[str]:
    table = app.screen.query_one(FeedbackTable)
    top = table.region.y
    return screen_text(app).splitlines()[top + 1: top + 1 + table.row_count]


@pytest.fixture
def long_titles(data_dir):
    store = Store(data_dir)
    with_profile(store)
    long = store.applications.add(rejection(LONG_COMPANY, LONG_ROLE, days=5))
    store.feedback.add(request(long))
    short = store.applications.add(rejection("Acme", "Analyst", days=20))
    store.feedback.add(request(short, status="replied", sent_on=days_ago(12), replied_on=days_ago(2)))


async def test_the_about_column_takes_the_room_there_is(data_dir, long_titles):
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        long_row, short_row = list_rows_on_screen(app)
        assert f"{LONG_COMPANY}, {LONG_ROLE}" in long_row and "…" not in long_row
        assert "record the points (p)" in short_row  # every column's words whole
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        long_row, short_row = list_rows_on_screen(app)
        assert len(long_row.rstrip()) <= 80 and "send when ready" in long_row
        about = long_row.split("…")[0].strip()
        assert f"{LONG_COMPANY}, {LONG_ROLE}".startswith(about) and len(about) >= 25
        assert "record the points (p)" in short_row and "Acme, Analyst" in short_row


async def test_the_about_column_grows_when_the_terminal_does(data_dir, long_titles):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert "…" in list_rows_on_screen(app)[0]
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert f"{LONG_COMPANY}, {LONG_ROLE}" in list_rows_on_screen(app)[0]
