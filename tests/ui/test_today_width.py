"""Today takes its width class (-wide, -narrow) before its first frame, not on its first Resize after it."""

from __future__ import annotations

from tests.ui.helpers import app_on


async def test_today_is_laid_out_for_the_terminals_width_from_its_first_frame(data_dir, monkeypatch):
    from resilience_tui.ui.today.screen import TodayScreen

    seen: list[set[str]] = []
    show_data = TodayScreen.show_data

    def watch(self) -> None:
        seen.append(set(self.classes))  # before the first frame is laid out
        show_data(self)

    monkeypatch.setattr(TodayScreen, "show_data", watch)
    for size, wide in (((160, 48), True), ((80, 24), False)):
        seen.clear()
        app = app_on(data_dir)
        async with app.run_test(size=size) as pilot:
            assert ("-wide" in seen[0]) is wide and ("-narrow" in seen[0]) is not wide
            await pilot.resize_terminal(*((80, 24) if wide else (160, 48)))
            await pilot.pause()
            assert app.screen.has_class("-narrow" if wide else "-wide")  # and it still follows the width


async def test_the_sections_keep_their_width_whether_or_not_today_overflows(data_dir):
    from resilience_tui.store.store import Store
    from tests.ui.helpers import checkin

    widths = []
    for hours in ((), range(1, 40, 2)):  # nothing, then more check-ins today than the screen holds
        store = Store(data_dir)
        for hour in hours:
            store.checkins.add(checkin(hour / 4, 3))
        app = app_on(data_dir)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            scroll = app.screen.query_one("#today")
            widths.append((scroll.max_scroll_y > 0, app.screen.query_one("#today-top").size.width))
    assert widths[0][0] is False and widths[1][0] is True
    assert widths[0][1] == widths[1][1]
