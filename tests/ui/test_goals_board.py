"""Pilot tests of the Goals board: every key and click, checked against what is stored and shown."""

from __future__ import annotations

import errno
from datetime import date

import pytest

from resilience_tui.domain.goal import DOING, DONE, TODO, Goal, Step
from resilience_tui.store.store import Store
from resilience_tui.ui.checkin.screen import CheckinScreen
from resilience_tui.ui.goals.card import GoalCard
from resilience_tui.ui.goals.screen import GoalsScreen
from resilience_tui.ui.today.screen import TodayScreen
from tests.ui.goal_helpers import focused_title, notices, seed, titles
from tests.ui.helpers import FIXED_NOW, app_on, screen_text


def board(data_dir):
    seed(data_dir,
         Goal("Apply to three roles", "job-search"), Goal("Finish the SQL course", "skills"),
         Goal("Walk every morning", "wellbeing"),
         Goal("Coffee with Sam", "network", column=DOING),
         Goal("Three good things", "mindset", column=DONE))
    return app_on(data_dir)


async def test_the_board_shows_three_columns_with_cards(data_dir):
    seed(data_dir, Goal("Finish the SQL course", "skills", due=date(2026, 11, 25), steps=(Step("a", True), Step("b"))),
         Goal("Coffee with Sam", "network", column=DOING, due=date(2026, 11, 27)))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
        text = screen_text(app)
        for words in ("To do  1", "Doing  1", "Done  0", "Finish the SQL course", "skills", "overdue:", "yesterday",
                      "1/2", "network", "due tomorrow", "Finished goals land here"):
            assert words in text, words
        assert focused_title(app) == "Finish the SQL course"


async def test_arrows_move_the_focus_between_cards_and_columns(data_dir):
    app = board(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert focused_title(app) == "Apply to three roles"
        await pilot.press("down", "down")
        assert focused_title(app) == "Walk every morning"
        await pilot.press("down")  # the bottom of the column: stays
        assert focused_title(app) == "Walk every morning"
        await pilot.press("up")
        assert focused_title(app) == "Finish the SQL course"
        await pilot.press("right")
        assert focused_title(app) == "Coffee with Sam"
        await pilot.press("right")
        assert focused_title(app) == "Three good things"
        await pilot.press("right", "left", "left")
        assert focused_title(app) == "Apply to three roles"


@pytest.mark.parametrize("right, left", [("shift+right", "shift+left"), ("L", "H")])
async def test_cards_move_between_columns_and_each_move_is_saved(data_dir, right, left):
    app = board(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", "down", right)
        await pilot.pause()
        assert titles(data_dir, DOING) == ["Finish the SQL course", "Coffee with Sam"]
        assert focused_title(app) == "Finish the SQL course"  # the focus follows the card
        await pilot.press(right)
        await pilot.pause()
        assert titles(data_dir, DONE) == ["Finish the SQL course", "Three good things"]
        finished = next(g for g in Store(data_dir).goals.all() if g.title == "Finish the SQL course")
        assert finished.finished_at == FIXED_NOW
        await pilot.press(right)  # already in Done: nothing happens
        await pilot.press(left, left)
        await pilot.pause()
        assert titles(data_dir, TODO) == ["Finish the SQL course", "Apply to three roles", "Walk every morning"]
        assert Store(data_dir).goals.get(finished.id).finished_at is None


@pytest.mark.parametrize("up, down", [("shift+up", "shift+down"), ("K", "J")])
async def test_cards_are_reordered_within_their_column(data_dir, up, down):
    app = board(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", down)
        await pilot.pause()
        assert titles(data_dir) == ["Finish the SQL course", "Apply to three roles", "Walk every morning"]
        await pilot.press(down)
        await pilot.pause()
        assert titles(data_dir) == ["Finish the SQL course", "Walk every morning", "Apply to three roles"]
        assert focused_title(app) == "Apply to three roles"
        await pilot.press(up, up)
        await pilot.pause()
        assert titles(data_dir) == ["Apply to three roles", "Finish the SQL course", "Walk every morning"]
        text = screen_text(app)
        assert text.index("Apply to three roles") < text.index("Finish the SQL course") < text.index("Walk every")


async def test_the_order_survives_a_restart(data_dir):
    app = board(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", "down", "down", "K", "K", "right", "H")
        await pilot.pause()
    again = app_on(data_dir)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        text = screen_text(again)
        assert text.index("Coffee with Sam") < text.index("Walk every morning") < text.index("Apply to three roles")
    assert titles(data_dir) == ["Coffee with Sam", "Walk every morning", "Apply to three roles", "Finish the SQL course"]


@pytest.mark.parametrize("key", ["d", "delete"])
async def test_delete_and_undo_bring_back_the_exact_card_at_its_place(data_dir, key):
    app = board(data_dir)
    before = {g.id: g for g in Store(data_dir).goals.all()}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", "down", key)
        await pilot.pause()
        assert titles(data_dir) == ["Apply to three roles", "Walk every morning"]
        assert "Finish the SQL course" not in screen_text(app)
        assert focused_title(app) == "Walk every morning"  # the focus stays at the same place
        await pilot.press("u")
        await pilot.pause()
        assert titles(data_dir) == ["Apply to three roles", "Finish the SQL course", "Walk every morning"]
        assert focused_title(app) == "Finish the SQL course"
        await pilot.press("u")
        await pilot.pause()
        assert notices(app)[-1] == "There is nothing to undo."
        assert notices(app)[0] == "Deleted: Finish the SQL course. Press u to bring it back."
    assert {g.id: g for g in Store(data_dir).goals.all()} == before


@pytest.mark.parametrize("digit, shown, hidden", [("2", "Finish the SQL course", "Apply to three roles"),
                                                  ("4", "Walk every morning", "Coffee with Sam")])
async def test_digits_show_one_category_and_zero_shows_all(data_dir, digit, shown, hidden):
    app = board(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", digit)
        await pilot.pause()
        text = screen_text(app)
        assert shown in text and hidden not in text
        assert "To do  1 of 3" in text
        await pilot.press("0")
        await pilot.pause()
        text = screen_text(app)
        assert shown in text and hidden in text and "To do  3" in text


async def test_reordering_with_a_filter_passes_the_hidden_cards(data_dir):
    seed(data_dir, Goal("skills one", "skills"), Goal("job", "job-search"), Goal("skills two", "skills"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", "2", "down")
        assert focused_title(app) == "skills two"
        await pilot.press("K")
        await pilot.pause()
    assert titles(data_dir) == ["skills two", "skills one", "job"]


@pytest.mark.parametrize("key, screen", [("t", TodayScreen), ("c", CheckinScreen)])
async def test_global_screen_keys_keep_working_on_the_board(data_dir, key, screen):
    app = board(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, screen)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_help_lists_the_board_keys(data_dir):
    app = board(data_dir)
    async with app.run_test(size=(100, 160)) as pilot:
        await pilot.press("g", "question_mark")
        await pilot.pause()
        text = screen_text(app)
        for words in ("Goals", "⇧→ L", "⇧← H", "⇧↑ K", "⇧↓ J", "enter / e",
                      "d / delete", "1 to 5", "Goal form", "Steps in a goal", "space"):
            assert words in text, words


async def test_a_click_focuses_a_card_and_its_buttons_move_it(data_dir):
    app = board(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        walk = next(c for c in screen.query(GoalCard) if c.goal.title == "Walk every morning")
        await pilot.click(walk, offset=(3, 0))
        await pilot.pause()
        assert focused_title(app) == "Walk every morning"
        text = screen_text(app)
        assert "Doing ▶" in text and "delete" in text
        await pilot.click(walk, offset=(3, 2))  # "▲", the first button: To do has no column to the left
        await pilot.pause()
        assert titles(data_dir) == ["Apply to three roles", "Walk every morning", "Finish the SQL course"]
        card = app.focused
        line = screen_text(app).splitlines()[card.region.y + 2]
        x = line.index("Doing ▶") - card.region.x
        await pilot.click(card, offset=(x, 2))
        await pilot.pause()
        assert titles(data_dir, DOING) == ["Walk every morning", "Coffee with Sam"]


async def test_a_card_button_deletes_at_80_columns(data_dir):
    app = board(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        card = app.focused
        line = screen_text(app).splitlines()[card.region.y + card.region.height - 1]
        x = line.index("✕", card.region.x) - card.region.x
        await pilot.click(card, offset=(x, card.region.height - 1))
        await pilot.pause()
        assert "Apply to three roles" not in titles(data_dir)
        await pilot.press("u")
        await pilot.pause()
    assert titles(data_dir)[0] == "Apply to three roles"


async def test_more_finished_goals_on_request(data_dir):
    seed(data_dir, *[Goal(f"done number {n}", "mindset", column=DONE) for n in range(15)])
    app = app_on(data_dir)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert "3 more finished earlier." in screen_text(app)
        assert len(app.screen.query(GoalCard)) == 12
        await pilot.press("m")
        await pilot.pause()
        assert len(app.screen.query(GoalCard)) == 15
        assert "more finished earlier" not in screen_text(app)


async def test_a_failed_save_is_explained_and_the_board_stays_as_it_was(data_dir, monkeypatch):
    app = board(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        import resilience_tui.store.atomic as atomic

        def full(fd, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic.ops, "write", full)
        await pilot.press("L")
        await pilot.pause()
        assert "disk is full" in notices(app)[-1]
        monkeypatch.undo()
        assert titles(data_dir) == ["Apply to three roles", "Finish the SQL course", "Walk every morning"]
        assert focused_title(app) == "Apply to three roles"
        await pilot.press("L")
        await pilot.pause()
    assert titles(data_dir, DOING) == ["Apply to three roles", "Coffee with Sam"]


async def test_a_weekly_goal_starts_its_new_week_when_the_board_opens(data_dir):
    [walk] = seed(data_dir, Goal("Walk", "wellbeing", weekly=True, steps=(Step("mon", True), Step("tue", True))))
    store = Store(data_dir)
    store.goals.add(walk.edited(FIXED_NOW, week_of=date(2026, 11, 16), weeks_done=(date(2026, 11, 16),)))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert "weekly · done 1 week" in screen_text(app)
        assert "0/2" in screen_text(app)
    fresh = Store(data_dir).goals.get(walk.id)
    assert fresh.week_of == date(2026, 11, 23) and [s.done for s in fresh.steps] == [False, False]


async def test_the_palette_offers_the_board_and_its_actions(data_dir):
    app = board(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        titles_offered = [command.title for command in app.get_system_commands(app.screen)]
        assert {"Go to Goals", "New goal", "Undo goal delete", "Show every category"} <= set(titles_offered)
        await pilot.press("ctrl+p", *"new goal", "enter")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "GoalForm"


async def test_after_editing_a_goal_the_focus_stays_on_it(data_dir):
    app = board(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "down", "down")
        await pilot.pause()
        assert focused_title(app) == "Walk every morning"
        await pilot.press("e", *" daily", "ctrl+s")
        await pilot.pause()
        assert focused_title(app) == "Walk every morning daily"
        await pilot.press("L")
        await pilot.pause()
    assert titles(data_dir, DOING) == ["Walk every morning daily", "Coffee with Sam"]


async def test_after_adding_a_goal_the_focus_is_on_the_new_goal(data_dir):
    app = board(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "right")
        await pilot.pause()
        await pilot.press("n", *"Brand new", "ctrl+s")
        await pilot.pause()
        assert focused_title(app) == "Brand new"
