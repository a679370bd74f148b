"""At the check-in: after a very low check-in on a hard day, the acknowledgement points to Today's card,
and only when that card is showing."""

from __future__ import annotations

import pytest

from resilience_tui.domain.acknowledge import HARD_DAYS_POINTER
from resilience_tui.services.safety_net import hide_for_a_week, turn_off
from tests.ui.hard_days_helpers import hard_days
from tests.ui.helpers import FIXED_NOW, app_on


def ack_text(app) -> str:
    return " ".join(str(app.screen.query_one("#ack").render()).split())


async def save_checkin(app, pilot, mood: str) -> str:
    await pilot.press("c", mood, "ctrl+s")
    await pilot.pause()
    return ack_text(app)


async def test_a_very_low_check_in_that_makes_the_days_hard_points_to_the_card(data_dir):
    hard_days(data_dir, days=(1, 3))  # two very low days; today's makes three of five
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        text = await save_checkin(app, pilot, "1")
        assert "Saved." in text and HARD_DAYS_POINTER in text
        await pilot.press("t")
        await pilot.pause()
        assert app.screen.query_one("#hard-days").display


async def test_a_very_low_check_in_on_an_otherwise_better_week_says_nothing_more(data_dir):
    hard_days(data_dir, days=(1,))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        text = await save_checkin(app, pilot, "1")
        assert "Saved." in text and HARD_DAYS_POINTER not in text


async def test_a_better_check_in_on_a_hard_day_says_nothing_more(data_dir):
    hard_days(data_dir, days=(0, 1, 3))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        text = await save_checkin(app, pilot, "2")
        assert "Saved." in text and HARD_DAYS_POINTER not in text


@pytest.mark.parametrize("put_away", [lambda store: hide_for_a_week(store, FIXED_NOW.date()), turn_off])
async def test_no_pointer_when_the_card_is_hidden_or_off(data_dir, put_away):
    put_away(hard_days(data_dir, days=(1, 3)))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        text = await save_checkin(app, pilot, "1")
        assert "Saved." in text and HARD_DAYS_POINTER not in text
