"""Insights (`i`): each section's words on screen for hand-built records, the ranges, the day cursor, and revisits."""

from __future__ import annotations

from resilience_tui.store.store import Store
from resilience_tui.ui.insights.day_modal import DayModal
from resilience_tui.ui.insights.pixel_grid import PixelGrid
from resilience_tui.ui.insights.range_picker import RangePicker
from resilience_tui.ui.insights.screen import InsightsScreen
from resilience_tui.ui.registry import SCREENS
from tests.ui.helpers import app_on, checkin, screen_text
from tests.ui.insights_helpers import daily, records


async def filled(app, pilot) -> InsightsScreen:
    """Wait for the sections to be computed and shown."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, InsightsScreen)
    return app.screen


def all_text(screen: InsightsScreen) -> str:
    """Every section's text, whether scrolled into view or not."""
    return "\n".join(str(widget.render()) for widget in screen.query(".ins-body, #ins-range-words, #ins-day"))


async def test_every_section_says_in_words_what_the_records_show(data_dir):
    records(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("i")
        screen = await filled(app, pilot)
        text = all_text(screen)
        assert "After your one rejection with check-ins around it, you were back to your usual in 4 days." in text
        assert "[bold]Acme[/bold], Designer" in text  # the person's words, never markup
        assert "40 days with check-ins in this range" in text
        assert "On days you tagged #walk, your mood averaged" in text
        assert "not what causes what" in text
        assert "Of your 7 applications, 2 reached an interview (29%)" in text
        assert "CareerPlug 2024 recruiting metrics" in text
        assert "job board: 6 applications, 1 interview" in text and "referral: 1 application, 1 interview" in text
        assert "You checked in on 25 days this month, and on 40 days in this range." in text
        assert 'a year ago (Wed 26 Nov 2025): a win: "Finished the course".' in text
        painted = screen_text(app)
        assert "1  Bounce-back time" in painted and "3  What goes with better days" in painted
        assert "Looking through your records" not in painted


async def test_too_little_data_is_said_plainly(data_dir):
    store = Store(data_dir)
    for ago in (1, 3, 5):
        daily(store, ago, 3)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        text = all_text(await filled(app, pilot))
    assert "3 check-ins in this range: too few to say much." in text
    assert "No rejections in this range." in text
    assert "No applications in this range yet." in text
    assert "3 days with check-ins in this range: too few to say much." in text
    assert "Nothing from this date in earlier years yet." in text


async def test_the_first_frame_says_it_is_looking_then_the_sections_fill(data_dir, monkeypatch):
    records(Store(data_dir))
    held = []
    load = InsightsScreen._load
    monkeypatch.setattr(InsightsScreen, "_load", lambda self, key: held.append((self, key)))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        assert held, "the records are read after the first frame"
        painted = screen_text(app)
        assert "Range " in painted and "1  Bounce-back time" in painted
        assert "Looking through your records…" in painted
        load(*held[0])
        screen = await filled(app, pilot)
        assert "Looking through" not in all_text(screen)
        assert "After your one rejection with check-ins around it" in screen_text(app)


async def test_ranges_switch_with_numbers_arrows_and_brackets(data_dir):
    records(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        screen = await filled(app, pilot)
        words = screen.query_one("#ins-range-words")
        assert app.focused is screen.query_one(RangePicker)
        assert "(last 12 months)" in str(words.render())
        await pilot.press("1")
        await pilot.pause()
        assert "From 28 Oct 2026 to 26 Nov 2026 (last 30 days)" in str(words.render())
        assert "You checked in on 25 days this month, and on 29 days in this range." in all_text(screen)
        await pilot.press("right")
        await pilot.pause()
        assert "(last 90 days)" in str(words.render())
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "From 01 Jan 2026 to 31 Dec 2026" in str(words.render())
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "From 01 Jan 2025 to 31 Dec 2025" in str(words.render())
        assert "No rejections in this range." in all_text(screen)
        assert "▸4 year 2025" in screen_text(app)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert "From 01 Jan 2026 to 31 Dec 2026" in str(words.render())  # never past this year
        await pilot.press("5")
        await pilot.pause()
        assert "(everything)" in str(words.render())
        assert "From 26 Nov 2025" in str(words.render())  # the win a year ago is the first record


async def test_the_day_cursor_and_enter_show_that_days_records(data_dir):
    records(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        screen = await filled(app, pilot)
        grid = screen.query_one(PixelGrid)
        await pilot.press("d")
        await pilot.pause()
        assert app.focused is grid
        assert grid.cursor is not None and grid.cursor.isoformat() == "2026-11-26"
        await pilot.press("left")
        await pilot.pause()
        assert "Wed 25 Nov 2026: good (4.0 from 1 check-in)" in str(screen.query_one("#ins-day").render())
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DayModal)
        text = screen_text(app)
        assert "Wed 25 Nov 2026" in text and "Long walk by the river [bold]" in text
        await pilot.press("escape", "up")
        await pilot.pause()
        assert grid.cursor.isoformat() == "2026-10-25"
        await pilot.press("left", "left", "enter")  # ten days before today... the day they heard back
        await pilot.pause()
        assert "Heard back (not this time): [bold]Acme[/bold], Designer" not in screen_text(app)
        await pilot.press("escape")
        grid.cursor = grid.cursor.replace(month=11, day=16)
        await pilot.press("enter")
        await pilot.pause()
        assert "Heard back (not this time): [bold]Acme[/bold], Designer" in screen_text(app)


async def test_i_opens_insights_from_every_screen(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        for name, (key, _, _) in SCREENS.items():
            await pilot.press("escape", key)
            await pilot.pause()
            assert app.current_screen_name == name
            await pilot.press("escape", "i")
            await pilot.pause()
            assert app.current_screen_name == "insights", name


async def test_a_revisit_recomputes_only_when_something_changed(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        screen = await filled(app, pilot)
        assert "No check-ins in this range yet." in all_text(screen)
        base = screen.base
        await pilot.press("t", "i")
        await filled(app, pilot)
        assert screen.base is base  # nothing changed: nothing read again
        await pilot.press("c", "4", "ctrl+s")
        await pilot.pause()
        await pilot.press("escape", "i")
        await filled(app, pilot)
        assert screen.base is not base
        assert "1 check-in in this range: too few to say much." in all_text(screen)


async def test_a_revisit_shows_another_windows_checkin_in_a_year_not_read_here(data_dir):
    two_years = 2 * 365 * 24  # 26 Nov 2024, 18:30
    Store(data_dir).checkins.add(checkin(two_years + 24, 3))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        screen = await filled(app, pilot)
        assert "Nothing from this date in earlier years yet." in all_text(screen)
        assert not any(name.endswith("2024.json") for name, _ in app.store.revision("checkins"))  # not held here
        await pilot.press("t")
        Store(data_dir).checkins.add(checkin(two_years, 5))  # another window, or `resilience checkin`
        await pilot.press("i")
        await filled(app, pilot)
        assert "2 years ago (Tue 26 Nov 2024): 1 check-in, great on average." in all_text(screen)


async def test_the_palette_and_help_offer_insights(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p", *"insights", "enter")
        await pilot.pause()
        assert app.current_screen_name == "insights"
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        assert "i               Open Insights" in text


async def test_the_palette_picks_a_range(data_dir):
    records(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("i")
        screen = await filled(app, pilot)
        await pilot.press("ctrl+p", *"insights: last 90", "enter")
        await pilot.pause()
        assert "(last 90 days)" in str(screen.query_one("#ins-range-words").render())
