"""Footer keys of screens long left are let go: memory stays flat over a long session of switches."""

from __future__ import annotations

import gc

from textual.widgets._footer import FooterKey

from tests.ui.helpers import app_on

KEYS = "tcgafrj"


def footer_keys_alive() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, FooterKey))


async def test_switching_screens_does_not_pile_up_footer_keys(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        for key in KEYS:  # every screen once: each has its footer and its last frame
            await pilot.press(key)
            await pilot.pause()
        after_one_round = footer_keys_alive()
        for key in KEYS * 4:
            await pilot.press(key)
            await pilot.pause()
        after_five_rounds = footer_keys_alive()
    # Before, every key ever shown stayed alive: about 45 more per switch.
    assert after_five_rounds <= after_one_round + 10, (after_one_round, after_five_rounds)
