"""Check-in at 80x24: long notes in the history are shortened between words, with "…"."""

from __future__ import annotations

from resilience_tui.store.store import Store
from tests.ui.helpers import app_on, checkin, screen_text

NOTE = "Spoke to Sam about the final round and what I would do differently next time around the table"


def _row(text: str) -> str:
    return next(line for line in text.splitlines() if "Spoke to" in line)


async def test_a_long_note_in_the_history_is_cut_between_words_with_an_ellipsis(data_dir):
    Store(data_dir).checkins.add(checkin(1, 2, emotions=("hopeful",), note=NOTE))
    for size in ((80, 24), (160, 48)):
        async with app_on(data_dir).run_test(size=size) as pilot:
            app = pilot.app
            await pilot.press("c")
            await pilot.pause()
            row = _row(screen_text(app))
            shown = row[row.index("hopeful"):].rstrip(" ▁▂▃▄▅▆▇█│┃▌▐")
            assert shown.endswith("…"), (size, row)
            kept = shown[:-1].removeprefix("hopeful · ")
            assert NOTE.startswith(kept) and NOTE[len(kept)] == " ", (size, row)
