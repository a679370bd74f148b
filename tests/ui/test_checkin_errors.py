"""Check-in at 80x24: a refused value is explained next to its field, in view, and in a notification."""

from __future__ import annotations

import pytest

from resilience_tui.store.store import Store
from tests.ui.helpers import app_on, notices, screen_text


async def _refused(pilot, said: str, field_id: str) -> None:
    app = pilot.app
    await pilot.press("ctrl+s")
    await pilot.pause()
    await pilot.pause()
    assert any(said in notice for notice in notices(app))
    app.clear_notifications()
    await pilot.pause()
    form = app.screen.query_one("#checkin-form")
    error = app.screen.query_one(f"#{field_id}-error")
    assert said in str(error.render())
    # Painted inside the part of the form that shows, not above it where it scrolled away.
    assert error.region.height and form.region.contains_region(error.region)
    assert said in screen_text(app)
    assert app.screen.query_one("#form-error").display is False  # not the top of the form


@pytest.mark.parametrize(("when", "said"), [
    ("yesterday 25:00", "is not a time I can read"),
    ("tomorrow 9:00", "can't be in the future"),
    ("[bold]yesterday 25:00[/]", '"[bold]yesterday 25:00[/]" is not a time'),
], ids=["unreadable", "future", "markup"])
async def test_a_refused_time_is_shown_beside_the_when_field(data_dir, when, said):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "4")
        app.screen.query_one("#when").value = when
        await _refused(pilot, said, "when")
        assert app.screen.focused is app.screen.query_one("#when")
        app.screen.query_one("#when").value = "now"
        await pilot.pause()
        assert app.screen.query_one("#when-error").display is False  # gone once the field changes
    assert Store(data_dir).checkins.recent(10) == []


async def test_no_mood_is_shown_beside_the_mood(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab", "tab", "tab", "tab", "tab", "tab")  # down to the bottom of the form
        await _refused(pilot, "Choose a mood first", "mood")
        assert app.screen.focused is app.screen.query_one("#mood")


async def test_a_tag_too_long_is_shown_beside_the_tags(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "3")
        app.screen.query_one("#tags").value = "x" * 200
        await _refused(pilot, "A tag can be up to", "tags")
        assert app.screen.focused is app.screen.query_one("#tags")
