"""Pilot tests of the worksheet's fields: every one shows its text, and a box grows as its text grows."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from resilience_tui.ui.reflection.editor import ReflectionEditor
from tests.ui.helpers import app_on, screen_text


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_every_field_shows_a_line_and_a_box_grows_with_its_text(data_dir, size):
    app = app_on(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.press("r", "n")  # a general worksheet: one story, one thought and one action to fill
        await pilot.pause()
        editor = app.screen.query_one(ReflectionEditor)
        fields = list(editor.query(Input)) + list(editor.query(TextArea))
        assert len(fields) == 16
        for field in fields:
            assert field.content_size.height >= 1, f"{field.classes} shows no line of text"

        editor.go_to("stories")
        await pilot.press("tab", "tab", "tab")  # the question, situation and task; then the story's action
        await pilot.pause()
        action = app.screen.focused
        assert isinstance(action, TextArea) and action.has_class("rf-star-action")
        result = editor.query_one(".rf-star-result", TextArea)
        empty_height = action.outer_size.height
        await pilot.press(*"I wrote the plan", "enter", *"I asked", "enter", *"I tested", "enter", *"I fixed",
                          "enter", *"I shipped it")
        await pilot.pause()
        assert action.text.count("\n") == 4
        assert action.outer_size.height > empty_height
        assert action.outer_size.height > result.outer_size.height
        assert action.content_size.height >= 5  # all five lines at once
        text = screen_text(app)
        assert "I wrote the plan" in text and "I shipped it" in text
