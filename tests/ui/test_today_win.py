"""Today, after a low check-in, shows one of the person's own wins; on other days it does not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from resilience_tui.store.store import Store
from resilience_tui.ui.app import make_app
from resilience_tui.ui.today.past_win import written_when
from tests.ui.helpers import FIXED_NOW, app_on, checkin, journal_entry, screen_text


def wins(store: Store) -> None:
    store.journal.add(journal_entry(30, "# Got through to the final round\n\nThey liked my **system design** answer.",
                                    kind="win", id="11111111-1111-4111-8111-111111111111"))
    store.journal.add(journal_entry(60, "Finished the SQL course [bold]at last[/]", kind="win",
                                    id="22222222-2222-4222-8222-222222222222"))
    store.journal.add(journal_entry(1, "Not a win, just a day", id="33333333-3333-4333-8333-333333333333"))


async def test_a_low_check_in_brings_a_past_win_a_different_one_each_day(data_dir):
    store = Store(data_dir)
    wins(store)
    store.checkins.add(checkin(30, 4))
    store.checkins.add(checkin(1, 2, note="rough"))
    shown = []
    for days in (0, 1):
        app = make_app(data_dir, clock=lambda days=days: FIXED_NOW + timedelta(days=days))
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            text = screen_text(app)
            assert "You wrote this on another day" not in text
            assert "Not a win" not in text
            shown.append(text)
    # 26 Nov 2026 is an even day number, so the older win shows, and the next day the other one.
    assert "From your wins, Sunday 27 September 2026" in shown[0]
    assert "You wrote this on Sun 27 Sep, and it is still true." in shown[0]
    assert "Finished the SQL course [bold]at last[/]" in shown[0]
    assert "From your wins, Tuesday 27 October 2026" in shown[1]
    assert "You wrote this on Tue 27 Oct, and it is still true." in shown[1]
    assert "Got through to the final round" in shown[1]
    assert "They liked my system design answer." in shown[1]


async def test_markup_in_a_win_shows_as_typed(data_dir):
    store = Store(data_dir)
    store.journal.add(journal_entry(5, "Finished the SQL course [bold]at last[/] [/]", kind="win"))
    store.checkins.add(checkin(1, 1))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert "Finished the SQL course [bold]at last[/] [/]" in screen_text(app)


async def test_no_win_on_a_better_day_or_without_wins(data_dir):
    store = Store(data_dir)
    store.checkins.add(checkin(1, 2))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert "From your wins" not in screen_text(app)  # low, but no wins kept yet
    wins(store)
    store.checkins.add(checkin(0.5, 3))  # the latest check-in is okay
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert "From your wins" not in screen_text(app)
        store.checkins.add(checkin(0.2, 1))  # saved from the terminal while the app is open
        await pilot.press("j", "t")
        await pilot.pause()
        assert "From your wins" in screen_text(app)


async def test_a_win_written_this_morning_says_so(data_dir):
    store = Store(data_dir)
    store.journal.add(journal_entry(9 / 24, "Sent three applications", kind="win"))  # at 09:30
    store.checkins.add(checkin(0.5, 1))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "You wrote this this morning, and it is still true." in text
        assert "another day" not in text


NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize(("written", "words"), [
    (datetime(2026, 11, 26, 8, 0, tzinfo=timezone.utc), "this morning"),
    (datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc), "this afternoon"),
    (datetime(2026, 11, 26, 18, 0, tzinfo=timezone.utc), "this evening"),
    (datetime(2026, 11, 25, 23, 0, tzinfo=timezone.utc), "yesterday"),
    (datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc), "on Monday"),
    (datetime(2026, 11, 3, 9, 0, tzinfo=timezone.utc), "on Tue 03 Nov"),
    (datetime(2025, 11, 26, 9, 0, tzinfo=timezone.utc), "a year ago today"),
    (datetime(2023, 11, 26, 9, 0, tzinfo=timezone.utc), "3 years ago today"),
    (datetime(2025, 11, 3, 9, 0, tzinfo=timezone.utc), "on Mon 03 Nov 2025"),
])
def test_when_a_win_was_written_in_words(written, words):
    assert written_when(written, NOW) == words


async def test_a_long_win_is_shortened_between_words(data_dir):
    store = Store(data_dir)
    body = "# Finished the course\n\n" + "Practised window functions every morning " * 10
    store.journal.add(journal_entry(3, body, kind="win"))
    store.checkins.add(checkin(0.5, 1))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("#past-win").render())
        words = shown.split("\n")[2]
        assert words.endswith("…") and len(words) <= 240
        assert words[:-1].split()[-1] in ("Practised", "window", "functions", "every", "morning")
