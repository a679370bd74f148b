"""The uneventful day on Check-in: one key saves an "okay" check-in tagged uneventful, acknowledged as any other."""

from __future__ import annotations

import pytest

from resilience_tui.domain.uneventful import UNEVENTFUL_TAG, uneventful_checkin
from resilience_tui.store.drafts import CHECKIN as DRAFT_KEY
from resilience_tui.store.store import Store
from tests.ui.helpers import FIXED_NOW, app_on, screen_text


def test_an_uneventful_checkin_is_okay_and_tagged() -> None:
    made = uneventful_checkin(FIXED_NOW)
    assert (made.mood, made.tags, made.at, made.note, made.energy) == (3, (UNEVENTFUL_TAG,), FIXED_NOW, "", None)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_one_key_saves_it_and_says_so(data_dir, size) -> None:
    app = app_on(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.press("c")
        assert "o Uneventful day" in screen_text(app).splitlines()[-1]  # in the footer
        await pilot.press("o")
        await pilot.pause()
        await pilot.pause()
        text = screen_text(app)
        assert "Saved." in text and "26 Nov 2026 18:30  ▄ okay" in text  # the acknowledgement, and the new row
    [saved] = Store(data_dir).checkins.all()
    assert (saved.mood, saved.tags, saved.at) == (3, ("uneventful",), FIXED_NOW)


async def test_what_is_typed_in_the_form_stays(data_dir) -> None:
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "tab", "tab", "tab", "tab", *"half a thought")
        await pilot.press("escape")  # back to the mood, off the note
        await pilot.press("o")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#note").text == "half a thought"
        assert "Saved." in screen_text(app)
        app.screen.save_draft()
        assert app.drafts.get(DRAFT_KEY)["note"] == "half a thought"
    assert [c.tags for c in Store(data_dir).checkins.all()] == [("uneventful",)]


async def test_the_key_types_an_o_in_a_text_field(data_dir) -> None:
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab", "tab", *"foo")
        assert app.screen.query_one("#tags").value == "foo"
    assert Store(data_dir).checkins.all() == []


async def test_help_lists_the_key(data_dir) -> None:
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("c", "question_mark")
        await pilot.pause()
        assert "Save an uneventful day: an okay check-in tagged uneventful" in screen_text(app)
