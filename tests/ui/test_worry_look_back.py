"""Worries in the app: Today asks "did it happen?" on the look-back day (w), and the worry view on the Journal (W)."""

from __future__ import annotations

import pytest

from resilience_tui.store.store import Store
from resilience_tui.ui.today.worry_look_back import WorryLookBack
from resilience_tui.ui.worries.forms import LookBackForm, WorryForm
from resilience_tui.ui.worries.view import WorriesModal
from tests.ui.helpers import app_on, screen_text
from tests.ui.worry_helpers import HOSTILE, TODAY, some_worries

SIZES = [(80, 24), (160, 48)]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("size", SIZES)
async def test_today_asks_about_a_worry_on_its_day_and_keeps_the_answer(data_dir, size):
    worries = some_worries(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        section = app.screen.query_one(WorryLookBack)
        assert section.display
        text = flat(str(section.render()))
        assert HOSTILE in text and "Did it happen?" in text  # markup shows as typed
        assert "They will think" not in text  # its day has not come
        assert "Did it happen?" in screen_text(app).splitlines()[-1]  # the key is in the footer
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, LookBackForm)
        assert app.screen.focused is not None and app.screen.focused.id == "look-back-answer"
        await pilot.press("ctrl+s")  # nothing chosen yet: asked kindly, nothing saved
        await pilot.pause()
        assert "Did it happen: no, partly or yes?" in flat(screen_text(app))
        await pilot.press("enter", "tab", *"Got two replies", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, LookBackForm)
        assert not app.screen.query_one(WorryLookBack).display  # nothing else is due
    stored = Store(data_dir).worries.get(worries["due"].id)
    assert stored is not None and stored.answer == "no" and stored.answered_on == TODAY
    assert stored.what_happened == "Got two replies"


async def test_no_section_and_no_key_when_no_worry_is_due(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one(WorryLookBack).display
        assert "Did it happen?" not in screen_text(app)
        await pilot.press("w")
        await pilot.pause()
        assert not isinstance(app.screen, LookBackForm)


@pytest.mark.parametrize("size", SIZES)
async def test_the_worry_view_adds_a_worry_and_shows_the_tally(data_dir, size):
    some_worries(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("W")
        await pilot.pause()
        assert isinstance(app.screen, WorriesModal)
        text = flat(str(app.screen.query_one("#worries-tally").render()))
        assert "Of 2 worries you looked back on, 1 did not happen, 1 partly did." in text
        assert "91% of them did not come true" in text and "a small clinical sample" in text
        assert "Of 2 worries" in flat(screen_text(app))
        assert app.screen.focused is not None and app.screen.focused.id == "worries-list"
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, WorryForm)
        await pilot.press(*"[red]What if", "tab", *"3d", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WorriesModal)
        assert "[red]What if" in screen_text(app)
    added = [w for w in Store(data_dir).worries.all() if w.text == "[red]What if"]
    assert len(added) == 1 and (added[0].look_back_on - TODAY).days == 3 and added[0].answer == ""
