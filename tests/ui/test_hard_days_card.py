"""Today's calm card on hard days: what it says, with and without people, hiding it for a week, turning it off."""

from __future__ import annotations

from datetime import timedelta

import pytest

from resilience_tui.domain import safety_net_words as words
from resilience_tui.store.settings_keys import HARD_DAYS_CARD_OFF, HARD_DAYS_HIDDEN_ON
from resilience_tui.store.store import Store
from resilience_tui.ui.app import make_app
from resilience_tui.ui.today.hard_days import HardDaysCard
from tests.ui.hard_days_helpers import SAM_NOTE, hard_days, people
from tests.ui.helpers import FIXED_NOW, app_on, checkin, screen_text

SIZES = [(80, 24), (160, 48)]


def card_text(app) -> str:
    card = app.screen.query_one(HardDaysCard)
    assert card.display
    return str(card.render())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("size", SIZES)
async def test_the_card_lists_the_persons_people_first_as_typed(data_dir, size):
    people(hard_days(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = flat(card_text(app))
        assert words.OPENING in text and words.TALKING in text
        assert f"[bold]Sam: {SAM_NOTE}" in text and "Aunt Jo" in text  # markup in a name shows as typed
        assert text.index("[bold]Sam") < text.index("Aunt Jo") < text.index("doctor") < text.index(
            "findahelpline.com") < text.index("emergency")
        assert words.NO_PEOPLE not in text
        screen = flat(screen_text(app))
        assert words.TITLE in screen and "[bold]Sam" in screen
        assert "My people" in screen and "Hide for a week" in screen  # the footer offers both keys


@pytest.mark.parametrize("size", SIZES)
async def test_the_card_without_people_invites_adding_someone(data_dir, size):
    hard_days(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = flat(card_text(app))
        assert words.NO_PEOPLE in text and words.PEOPLE_INTRO not in text
        assert words.DOCTOR in text and words.HELPLINES in text and words.NOT_SAFE in text
        assert words.TITLE in flat(screen_text(app))


async def test_no_card_on_days_that_are_not_hard(data_dir):
    hard_days(data_dir, days=(0, 1))  # two very low days of five: not yet
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one(HardDaysCard).display
        text = screen_text(app)
        assert words.TITLE not in text and "Hide for a week" not in text
        assert "My people" in text  # the list of people is always a key away


async def test_h_hides_it_for_a_week_and_that_survives_a_restart(data_dir):
    hard_days(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert not app.screen.query_one(HardDaysCard).display
        assert "Hide for a week" not in screen_text(app)
    assert Store(data_dir).settings.get(HARD_DAYS_HIDDEN_ON) == FIXED_NOW.date().isoformat()
    store = Store(data_dir)
    for back in range(1, 8):  # still very low every day after: only the week decides
        store.checkins.add(checkin(1 - 24 * back, 1))
    for days, shown in ((6, False), (7, True)):
        app = make_app(data_dir, clock=lambda days=days: FIXED_NOW + timedelta(days=days))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.screen.query_one(HardDaysCard).display is shown


async def test_the_palette_turns_the_card_off_and_on_without_asking(data_dir):
    hard_days(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await palette(pilot, "Turn the hard-days card off")
        assert not app.screen.query_one(HardDaysCard).display
        assert Store(data_dir).settings.get(HARD_DAYS_CARD_OFF) is True
    app = app_on(data_dir)  # after a restart it is still off
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one(HardDaysCard).display
        await palette(pilot, "Turn the hard-days card on")
        assert app.screen.query_one(HardDaysCard).display
        assert Store(data_dir).settings.get(HARD_DAYS_CARD_OFF) is False


async def palette(pilot, command: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*command)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause(0.2)


async def test_p_opens_my_people_to_add_change_and_remove(data_dir):
    hard_days(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert "No one here yet" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")  # no name yet: refused, and the form stays
        await pilot.pause()
        assert "Add a name" in screen_text(app)
        await pilot.press(*"[b]Sam", "tab", *"text, evenings", "ctrl+s")
        await pilot.pause()
        (sam,) = Store(data_dir).people.all()
        assert (sam.name, sam.note) == ("[b]Sam", "text, evenings")
        assert "[b]Sam: text, evenings" in screen_text(app)
        await pilot.press("enter")  # change the note
        await pilot.pause()
        await pilot.press("tab", *" or call", "ctrl+s")
        await pilot.pause()
        (sam,) = Store(data_dir).people.all()
        assert sam.note == "text, evenings or call"
        await pilot.press("d")
        await pilot.pause()
        assert Store(data_dir).people.all() == []
        await pilot.press("u")
        await pilot.pause()
        assert [p.name for p in Store(data_dir).people.all()] == ["[b]Sam"]
        await pilot.press("escape")
        await pilot.pause()
        assert "[b]Sam: text, evenings or call" in flat(card_text(app))  # Today shows the change at once


async def test_the_palette_opens_my_people_from_another_screen(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        await palette(pilot, "My people")
        from resilience_tui.ui.people.modal import PeopleModal

        assert isinstance(app.screen, PeopleModal)
