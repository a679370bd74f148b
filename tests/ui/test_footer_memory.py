"""Widgets of screens long left are let go: memory stays flat over a long session of switches.

Textual's own footer kept every key it had ever shown alive (about 45 more per switch);
the app's footer draws its keys as one line, and nothing else may pile up in its place."""

from __future__ import annotations

import gc

from textual.widget import Widget

from tests.ui.helpers import app_on

KEYS = "tcgafrj"


def widgets_alive() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, Widget))


async def test_switching_screens_does_not_pile_up_widgets(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        for key in KEYS:  # every screen once: each is built and stays
            await pilot.press(key)
            await pilot.pause()
        after_one_round = widgets_alive()
        for key in KEYS * 4:
            await pilot.press(key)
            await pilot.pause()
        after_five_rounds = widgets_alive()
    assert after_five_rounds <= after_one_round + 10, (after_one_round, after_five_rounds)
