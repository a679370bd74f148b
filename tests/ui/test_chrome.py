"""The app's chrome: the bar of screens, the footer's keys, help's layout, toasts and dropdowns."""

from __future__ import annotations

from textual.geometry import Region

from resilience_tui.store.store import Store
from resilience_tui.ui.common.help import HelpModal, help_sections, secondary_sections
from resilience_tui.ui.registry import SCREENS
from tests.ui.application_helpers import application, days_ago
from tests.ui.helpers import app_on, screen_text

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
        sections = help_sections(app.BINDINGS, SCREENS.values()) + secondary_sections()
        titles = {"Keys   escape closes this"} | {title for title, _ in sections}
        continuations = [line for line in lines if line.startswith(" " * KEY_COLUMN)]
        assert continuations, "at 80 columns some descriptions wrap"
        for line in lines:
            if not line or line in titles:
                continue
            key_row = line.startswith("  ") and not line[2].isspace()
            continuation = line.startswith(" " * KEY_COLUMN) and not line[KEY_COLUMN].isspace()
            assert key_row or continuation, line


async def test_one_toast_at_a_time_and_never_over_the_list(data_dir):
    from textual.widgets import DataTable
    from textual.widgets._toast import Toast

    store = Store(data_dir)
    for n in range(12):
        store.applications.add(application(company=f"Company {n}", role="Engineer", applied_on=days_ago(n)))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert app.focused is table
        app.notify("Saved Company 1, Engineer.")
        await pilot.pause()
        app.notify("Saved Company 1, Engineer.")
        app.notify("Saved Company 2, Engineer.")
        await pilot.pause()
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 1
        assert "Company 2" in str(toasts[0].render())
        rows = Region(table.region.x, table.region.y, table.region.width, min(table.region.height, table.row_count + 1))
        assert not toasts[0].region.overlaps(rows)
        assert toasts[0].region.width <= 40
        footer_top = app.size.height - 1
        assert toasts[0].region.bottom <= footer_top
        # a warning is another kind of notice: it shows beside the information, not instead of it
        app.notify("Backup skipped: the disk is full.", severity="warning")
        await pilot.pause()
        await pilot.pause()
        assert len(app.screen.query(Toast)) == 2


async def test_every_screen_shows_the_bar_of_screens_and_help_and_quit_at_80_columns(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        for name, (key, title, _) in SCREENS.items():
            await pilot.press("escape", key)
            await pilot.pause()
            assert app.current_screen_name == name
            lines = screen_text(app).splitlines()
            bar, footer = lines[0], lines[-1]
            # Every name fits at 80 columns, each shown by its initial, which is its key.
            for other_key, other_title, _ in SCREENS.values():
                assert other_title in bar and other_title[0].lower() == other_key, (name, bar)
            assert bar.count("▸") == 1 and f"▸{title}" in bar, bar
            assert "? Help" in footer and "q Quit" in footer, (name, footer)
            # the keys that switch screens live in the bar, not the footer
            assert "j Journal" not in footer and "t Today" not in footer, footer


async def test_a_wide_bar_shows_each_key_beside_its_name(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        bar = screen_text(app).splitlines()[0]
        for key, title, _ in SCREENS.values():
            assert f"{key} {title}" in bar, bar
        assert "▸g Goals" in bar


async def test_screen_keys_still_switch_and_help_lists_them(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        assert app.current_screen_name == "journal"
        await pilot.press("escape", "g")
        await pilot.pause()
        assert app.current_screen_name == "goals"
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        for key, title, _ in SCREENS.values():
            assert f"{key:<16}Open {title}" in text


async def test_dropdowns_in_a_dialog_open_inside_its_border(data_dir):
    from textual.geometry import Spacing
    from textual.widgets import Select
    from textual.widgets._select import SelectOverlay

    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "n")
        await pilot.pause()
        dialog = app.screen.query_one("#app-form")
        for name in ("stage", "outcome"):
            select = app.screen.query_one(f"#{name}", Select)
            for _ in range(20):  # tab to it, as a person would: it scrolls into view at the bottom
                if app.focused is select:
                    break
                await pilot.press("tab")
            await pilot.pause()
            assert app.focused is select
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
            assert select.expanded
            overlay = select.query_one(SelectOverlay)
            inside = dialog.region.shrink(Spacing(1, 1, 1, 1))
            assert inside.contains_region(overlay.region), (name, overlay.region, inside)
            await pilot.press("escape")
            await pilot.pause()


async def test_a_click_on_a_name_in_the_bar_opens_that_screen(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = screen_text(app).splitlines()[0]
        await pilot.click(offset=(bar.index(" Goals") + 2, 0))
        await pilot.pause()
        assert app.current_screen_name == "goals"
