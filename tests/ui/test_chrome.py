"""The app's chrome: the bar of screens, the footer's keys, help's layout, toasts and dropdowns."""

from __future__ import annotations

from textual.geometry import Region

from resilience_tui.ui.common.help import HelpModal, help_sections
from resilience_tui.ui.registry import SCREENS
from tests.ui.helpers import app_on

KEY_COLUMN = 18  # two spaces, then the key padded to sixteen


async def test_help_keeps_wrapped_descriptions_under_the_description_column(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpModal)
        keys = app.screen.query_one("#help-box").children[0]
        width, height = keys.size
        lines = [strip.text.rstrip() for strip in keys.render_lines(Region(0, 0, width, height))]
        titles = {"Keys   escape closes this"} | {title for title, _ in help_sections(app.BINDINGS, SCREENS.values())}
        continuations = [line for line in lines if line.startswith(" " * KEY_COLUMN)]
        assert continuations, "at 80 columns some descriptions wrap"
        for line in lines:
            if not line or line in titles:
                continue
            key_row = line.startswith("  ") and not line[2].isspace()
            continuation = line.startswith(" " * KEY_COLUMN) and not line[KEY_COLUMN].isspace()
            assert key_row or continuation, line
