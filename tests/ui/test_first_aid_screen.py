"""Pilot tests of first aid: opened from Applications, Check-in and the palette; the break; the writing sprint."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from resilience_tui.domain.first_aid import SPRINT_TAG, read_marks
from resilience_tui.store.settings_keys import FIRST_AID_BREAKS
from resilience_tui.store.store import Store
from resilience_tui.ui.first_aid.screen import FirstAidScreen
from resilience_tui.ui.first_aid.sprint import SprintBox, WritingSprint
from tests.ui.application_helpers import rejection
from tests.ui.helpers import FIXED_NOW, app_on, notices
from tests.ui.helpers import screen_text as painted_lines


def screen_text(app) -> str:
    """What is painted, as one line of words: text that wraps inside the window's border still matches."""
    return " ".join(painted_lines(app).replace("│", " ").split())


class FakeClock:
    """Seconds that move only when the test says."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def add_rejection(data_dir: Path, days: int = 1, company: str = "Acme Health"):
    store = Store(data_dir)
    application = rejection(company, days=days)
    store.applications.add(application)
    return application


async def open_first_aid(app, pilot, application, clock: FakeClock | None = None) -> FirstAidScreen:
    screen = FirstAidScreen(application, clock=clock or FakeClock())
    app.push_screen(screen)
    await pilot.pause()
    return screen


async def test_h_on_a_rejection_in_applications_opens_first_aid_and_the_path_shows_it(data_dir):
    application = add_rejection(data_dir, days=1)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        text = screen_text(app)
        assert "First aid (optional)" in text and "press h" in text
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, FirstAidScreen)
        assert app.screen.application.id == application.id
        painted = screen_text(app)
        assert "First aid after a no" in painted and "A self-compassion break" in painted
        assert "A writing sprint" in painted
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FirstAidScreen)


async def test_the_break_goes_one_step_at_a_time_and_is_remembered_when_finished(data_dir):
    application = add_rejection(data_dir, days=0)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first_aid(app, pilot, application)
        await pilot.press("b")
        await pilot.pause()
        assert "Step 1 of 3" in screen_text(app) and "This is a hard moment." in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "Many people go through this." in screen_text(app)
        assert read_marks(Store(data_dir).settings.get(FIRST_AID_BREAKS)) == []  # not until the end
        await pilot.press("space")
        await pilot.pause()
        assert "Be kind to yourself now." in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "a check-in can put today's feelings into words" in screen_text(app)
        marks = read_marks(Store(data_dir).settings.get(FIRST_AID_BREAKS))
        assert [(m.on, m.application_id) for m in marks] == [(FIXED_NOW.date(), application.id)]
        await pilot.press("c")  # the offer to check in, about this application
        await pilot.pause()
        assert app.current_screen_name == "checkin"
        assert app.screen.query_one("#about").value == application.id
        await pilot.press("a")
        await pilot.pause()
        assert "First aid (optional) · done" in screen_text(app)
        assert "self-compassion break on" in screen_text(app)


async def test_the_break_can_be_skipped_with_one_key_and_nothing_is_recorded(data_dir):
    application = add_rejection(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_aid(app, pilot, application)
        await pilot.press("b", "s")
        await pilot.pause()
        assert screen.part == "menu" and app.screen is screen
        assert not Store(data_dir).settings.is_set(FIRST_AID_BREAKS)


async def test_a_kept_sprint_is_a_tagged_journal_entry_and_marks_first_aid_done(data_dir):
    application = add_rejection(data_dir, days=2)
    app = app_on(data_dir)
    clock = FakeClock()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first_aid(app, pilot, application, clock)
        await pilot.press("w")
        await pilot.pause()
        painted = screen_text(app)
        assert "no draft, no autosave, no backup" in painted  # said before the writing starts
        await pilot.press("enter")
        await pilot.pause()
        assert "15:00 left" in screen_text(app)
        await pilot.press(*"It [bold]stung[/].")
        await pilot.press("escape")
        await pilot.pause()
        assert "What would you like to do with it?" in screen_text(app)
        await pilot.press("k")
        await pilot.pause()
        entries = Store(data_dir).journal.all()
        assert len(entries) == 1
        assert entries[0].body == "It [bold]stung[/]." and SPRINT_TAG in entries[0].tags
        assert any("Kept in your journal" in n for n in notices(app))
        assert len(app.screen.query(SprintBox)) == 0  # the box is gone
        await pilot.press("escape", "a")
        await pilot.pause()
        assert "You kept a writing sprint on" in screen_text(app)


async def test_the_countdown_is_quiet_pausable_and_gentle_at_zero(data_dir):
    application = add_rejection(data_dir, days=0)
    app = app_on(data_dir)
    clock = FakeClock()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_aid(app, pilot, application, clock)
        await pilot.press("w")
        minutes = screen.query_one("#sprint-minutes")
        minutes.value = "2"
        await pilot.press("enter")
        await pilot.pause()
        sprint = screen.query_one(WritingSprint)
        assert "2:00 left" in screen_text(app)
        clock.now += 30
        sprint.tick()
        await pilot.pause()
        assert "1:30 left" in screen_text(app)
        await pilot.press("ctrl+t")
        clock.now += 600  # paused: none of this counts
        sprint.tick()
        await pilot.pause()
        assert "Paused at 1:30" in screen_text(app)
        await pilot.press("ctrl+t")
        await pilot.press(*"still here")
        clock.now += 90
        sprint.tick()
        await pilot.pause()
        text = screen_text(app)
        assert "Time's up" in text and "0:00" in text
        assert sprint.words == "still here"  # kept until the person chooses
        assert isinstance(app.focused, SprintBox)  # and they can finish the sentence
        await pilot.press(*" too")
        assert sprint.words == "still here too"


async def test_minutes_out_of_range_are_explained_and_the_sprint_waits(data_dir):
    application = add_rejection(data_dir, days=0)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_aid(app, pilot, application)
        await pilot.press("w")
        screen.query_one("#sprint-minutes").value = "90"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.part == "intro" and "from 1 to 60 minutes" in screen_text(app)


def _files_under(folder: Path):
    for root, _dirs, files in os.walk(folder, onerror=lambda error: None):
        for name in files:
            yield Path(root) / name


def _holds(folder: Path, marker: bytes) -> list[Path]:
    found = []
    for path in _files_under(folder):
        try:
            if path.is_symlink() or not path.is_file() or path.stat().st_size > 50_000_000:
                continue
            if marker in path.read_bytes():
                found.append(path)
        except OSError:
            continue
    return found


async def test_a_sprint_let_go_leaves_no_byte_in_the_data_folder_or_any_temp_folder(data_dir, tmp_path, monkeypatch):
    own_temp = tmp_path / "temp"
    own_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(own_temp))
    application = add_rejection(data_dir, days=1)
    marker = f"sprint-marker-{uuid.uuid4().hex}"
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_aid(app, pilot, application)
        await pilot.press("w", "enter")
        await pilot.pause()
        await pilot.press(*marker)
        await pilot.pause(1.5)  # longer than any autosave's wait
        app.save_drafts()  # what quitting or a signal would do
        await pilot.press("escape", "l")
        await pilot.pause()
        assert screen.part == "menu"
        assert any("Nothing you wrote was saved anywhere" in n for n in notices(app))
        assert all(marker not in box.text for box in app.screen.query("TextArea"))
        await pilot.press("escape")
        await pilot.pause()
    assert Store(data_dir).journal.all() == []
    needle = marker.encode()
    assert _holds(data_dir, needle) == []
    assert _holds(own_temp, needle) == []
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.delenv("TMPDIR")
    system_temp = Path(tempfile.gettempdir())
    assert [p for p in _holds(system_temp, needle) if "pytest-of" not in str(p)] == []


async def test_the_sprint_is_offered_only_in_the_four_days_after_a_no(data_dir):
    application = add_rejection(data_dir, days=9)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_aid(app, pilot, application)
        assert "offered in the four days after a rejection" in screen_text(app)
        await pilot.press("w")
        await pilot.pause()
        assert screen.part == "menu"
        await pilot.press("b")
        await pilot.pause()
        assert screen.part == "break"  # the break is there any time


async def test_a_checkin_about_a_rejection_offers_first_aid_with_a_key(data_dir):
    application = add_rejection(data_dir, days=1)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert screen.check_action("first_aid", ()) is False  # not offered before a save
        screen.choose_application(application.id)
        await pilot.press("2", "ctrl+s")
        await pilot.pause()
        assert "h opens first aid" in screen_text(app)
        assert Store(data_dir).checkins.recent(1)[0].application_id == application.id
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, FirstAidScreen) and app.screen.application.id == application.id


async def test_a_checkin_far_from_any_rejection_offers_nothing(data_dir):
    add_rejection(data_dir, days=20)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "3", "ctrl+s")
        await pilot.pause()
        assert "Saved." in screen_text(app) and "first aid" not in screen_text(app)
        await pilot.press("h")
        await pilot.pause()
        assert not isinstance(app.screen, FirstAidScreen)


async def test_the_palette_command_opens_first_aid_for_the_newest_recent_rejection(data_dir):
    add_rejection(data_dir, days=3, company="Older Co")
    newest = add_rejection(data_dir, days=0, company="Newest Co")
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert "First aid after a no" in commands
        commands["First aid after a no"].callback()
        await pilot.pause()
        assert isinstance(app.screen, FirstAidScreen) and app.screen.application.id == newest.id


async def test_first_aid_fits_and_every_key_is_in_help_and_the_footer(data_dir):
    application = add_rejection(data_dir, days=0)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first_aid(app, pilot, application)
        text = screen_text(app)
        assert "b Break" in text and "w Writing sprint" in text and "esc Close" in text
        await pilot.press("w", "enter")
        await pilot.pause()
        assert "^t Pause" in screen_text(app) and "esc Finish" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "k Keep it" in screen_text(app) and "l Let it go" in screen_text(app)
        await pilot.press("escape", "escape", "escape")  # back to writing, choose, back, then close
        await pilot.pause()
    from resilience_tui.ui.common.help import secondary_sections

    (title, rows), = secondary_sections()
    keys = {key for key, _ in rows}
    assert title == "First aid" and {"b", "w", "ctrl+t", "k", "l", "s"} <= keys


async def test_at_160x48_the_sprint_has_room_and_its_keys_show(data_dir):
    application = add_rejection(data_dir, days=0)
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_first_aid(app, pilot, application)
        await pilot.press("w", "enter")
        await pilot.pause()
        box = screen.query_one(SprintBox)
        assert box.size.height >= 30 and box.size.width >= 90
        assert "15:00 left" in screen_text(app) and "^t Pause" in screen_text(app)
