"""Today's saved summary: its later sections come back at the next start without reading their files,
and never once one of those files has changed (this window, another one, or a command)."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

from resilience_tui.domain.goal import Goal
from resilience_tui.store.store import Store
from resilience_tui.store.summary import FOLDER
from resilience_tui.ui.app import make_app
from resilience_tui.ui.today.goals_today import TodayGoals
from resilience_tui.ui.today.screen import SECTIONS
from resilience_tui.ui.today.worry_look_back import WorryLookBack
from resilience_tui.ui.worries.forms import LookBackForm
from tests.ui.application_helpers import rejection
from tests.ui.helpers import FIXED_NOW, app_on, checkin, journal_entry, screen_text
from tests.ui.worry_helpers import HOSTILE, some_worries

RECORD_AREAS = ("applications", "goals", "reflections", "feedback", "worries")
SIZE = (160, 48)


def seed(data_dir) -> Store:
    store = Store(data_dir)
    store.checkins.add(checkin(3, 3))
    store.goals.add(Goal("Stretch every morning", "wellbeing", due=FIXED_NOW.date() + timedelta(days=2),
                         created_at=FIXED_NOW, updated_at=FIXED_NOW))
    store.applications.add(rejection("Acme Robotics", "Analyst", days=2))
    some_worries(store)
    return store


def summary_file(data_dir):
    return data_dir / FOLDER / "today.json"


def sections_text(app) -> dict[str, str]:
    screen = app.screen
    return {name: str(screen.query_one(f"#{name}").render()) if screen.query_one(f"#{name}").display else ""
            for name in SECTIONS}


async def show_today(data_dir) -> tuple[str, dict[str, str], dict]:
    """Today's text, its later sections' text, and which record areas' files the app read."""
    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        read = app.store.read_stamps(*RECORD_AREAS)
        return screen_text(app), sections_text(app), read


async def test_the_sections_come_back_from_the_summary_as_they_were_without_reading_the_records(data_dir):
    seed(data_dir)
    first_text, first, read = await show_today(data_dir)
    assert read  # the first start reads the records...
    assert "Stretch every morning" in first["today-goals"] and "Acme Robotics" in first["today-applications"]
    assert HOSTILE in first["worry-look-back"]
    path = summary_file(data_dir)  # ...and saves what they showed, private like every file of ours
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    second_text, second, read = await show_today(data_dir)
    assert read == {}  # none of those files was read
    assert second == first and second_text == first_text


async def test_a_change_from_another_process_between_two_starts_is_shown(data_dir):
    store = seed(data_dir)
    await show_today(data_dir)
    Store(data_dir).goals.add(Goal("Write to Sam", "job-search", due=FIXED_NOW.date() + timedelta(days=1),
                                   created_at=FIXED_NOW, updated_at=FIXED_NOW))  # `resilience goal add`
    _, shown, read = await show_today(data_dir)
    assert "Write to Sam" in shown["today-goals"] and read
    store.applications.add(rejection("Globex", "Engineer", days=1))
    _, shown, _ = await show_today(data_dir)
    assert "Globex" in shown["today-applications"]
    _, again, read = await show_today(data_dir)
    assert again == shown and read == {}  # saved again, from the new records


async def test_a_change_from_another_process_while_the_app_is_open_is_shown_on_the_way_back(data_dir):
    seed(data_dir)
    await show_today(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.store.read_stamps("goals") == {}  # from the summary
        Store(data_dir).goals.add(Goal("Call the recruiter back", "job-search", due=FIXED_NOW.date(),
                                       created_at=FIXED_NOW, updated_at=FIXED_NOW))
        await pilot.press("question_mark")  # help, over Today; it reads nothing
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "Call the recruiter back" in str(app.screen.query_one(TodayGoals).render())


async def test_a_new_file_in_a_yearly_folder_makes_the_summary_stale(data_dir):
    seed(data_dir)
    await show_today(data_dir)
    Store(data_dir).journal.add(journal_entry(365 * 30, "An old page, imported"))  # a year not there before
    _, _, read = await show_today(data_dir)
    assert read


async def test_a_worry_shown_from_the_summary_can_be_looked_back_on(data_dir):
    seed(data_dir)
    await show_today(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.store.read_stamps("worries") == {}
        assert app.screen.query_one(WorryLookBack).display
        assert "Did it happen?" in screen_text(app).splitlines()[-1]  # its key is offered
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, LookBackForm)


async def test_a_damaged_summary_is_ignored_and_made_again(data_dir):
    seed(data_dir)
    _, first, _ = await show_today(data_dir)
    summary_file(data_dir).write_text('{"key": [1, 2', encoding="utf-8")
    _, shown, read = await show_today(data_dir)
    assert shown == first and read
    _, _, read = await show_today(data_dir)
    assert read == {}


async def test_no_summary_is_kept_the_next_day(data_dir):
    seed(data_dir)
    await show_today(data_dir)
    app = make_app(data_dir, clock=lambda: FIXED_NOW + timedelta(days=1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.store.read_stamps("goals")  # read again: the words depend on the day
    assert os.path.exists(summary_file(data_dir))

