"""Pilot tests of the goal form (n, enter, e), the starter goals, and Today's goals section."""

from __future__ import annotations

import errno
from datetime import date, timedelta

import pytest

from resilience_tui.domain.goal import DOING, DONE, Goal, Step
from resilience_tui.domain.goal_starters import STARTERS
from resilience_tui.store.store import Store
from resilience_tui.ui.goals.form import GoalForm
from resilience_tui.ui.goals.screen import GoalsScreen
from tests.ui.goal_helpers import focused_title, notices, seed, titles
from tests.ui.helpers import FIXED_NOW, app_on, screen_text


def form_error(app) -> str:
    return str(app.screen.query_one("#goal-form-error").render())


async def test_n_makes_a_goal_with_every_field(data_dir):
    seed(data_dir, Goal("already here"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "n")
        await pilot.pause()
        assert isinstance(app.screen, GoalForm)
        await pilot.press(*"Finish the SQL course", "tab", "2", "tab", *"friday", "tab", "space")
        await pilot.press("tab", *"Choose a course", "enter", *"Do module one", "enter")
        await pilot.press("tab", *"Little and often")
        assert "Fri 27 Nov, due tomorrow" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
        assert focused_title(app) == "Finish the SQL course"
    assert titles(data_dir) == ["Finish the SQL course", "already here"]
    goal = next(g for g in Store(data_dir).goals.all() if g.title == "Finish the SQL course")
    assert (goal.category, goal.due, goal.weekly, goal.notes) == ("skills", date(2026, 11, 27), True, "Little and often")
    assert goal.steps == (Step("Choose a course"), Step("Do module one"))
    assert goal.week_of == date(2026, 11, 23) and goal.created_at == FIXED_NOW


async def test_n_works_on_an_empty_board_and_a_typed_step_is_not_dropped(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "n", *"Walk", "tab", "4", "tab", "tab", "tab", *"not entered yet", "ctrl+s")
        await pilot.pause()
    [goal] = Store(data_dir).goals.all()
    assert (goal.title, goal.category, goal.steps) == ("Walk", "wellbeing", (Step("not entered yet"),))


@pytest.mark.parametrize("key", ["enter", "e"])
async def test_edit_ticks_a_step_with_space_and_keeps_the_rest(data_dir, key):
    [sql, _] = seed(data_dir, Goal("SQL course", "skills", steps=(Step("one"), Step("two")), notes="keep"),
                    Goal("other", column=DOING))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", key)
        await pilot.pause()
        assert isinstance(app.screen, GoalForm) and "Edit goal" in screen_text(app)
        app.screen.query_one("#goal-steps").focus()
        await pilot.press("down", "space", "ctrl+s")
        await pilot.pause()
        assert "1/2" in screen_text(app)
    stored = Store(data_dir).goals.get(sql.id)
    assert stored.steps == (Step("one"), Step("two", True))
    assert (stored.notes, stored.created_at, stored.position) == ("keep", sql.created_at, sql.position)
    assert stored.updated_at == FIXED_NOW


async def test_steps_can_be_removed_and_reordered(data_dir):
    [goal] = seed(data_dir, Goal("g", steps=(Step("a"), Step("b", True), Step("c"))))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "e")
        app.screen.query_one("#goal-steps").focus()
        await pilot.press("delete", "down", "ctrl+up", "ctrl+s")
        await pilot.pause()
    assert Store(data_dir).goals.get(goal.id).steps == (Step("c"), Step("b", True))


@pytest.mark.parametrize(
    "title, due, message",
    [("   ", "", "needs a title"), ("Walk", "next blursday", "is not a date I can read")],
)
async def test_bad_input_is_explained_and_nothing_typed_is_lost(data_dir, title, due, message):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "n")
        await pilot.pause()
        app.screen.query_one("#goal-title").value = title
        app.screen.query_one("#goal-due").value = due
        app.screen.query_one("#goal-notes").text = "my long thoughts"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GoalForm)
        assert message in form_error(app)
        assert app.screen.query_one("#goal-notes").text == "my long thoughts"
        assert app.screen.query_one("#goal-due").value == due
    assert Store(data_dir).goals.all() == []


async def test_escape_closes_at_once_without_changes_and_asks_twice_with_them(data_dir):
    [goal] = seed(data_dir, Goal("as it was"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "e", "escape")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
        await pilot.press("e", *" and more", "escape")
        await pilot.pause()
        assert isinstance(app.screen, GoalForm)
        assert "escape again to leave without them" in form_error(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
    assert Store(data_dir).goals.get(goal.id) == goal


async def test_hostile_titles_are_stored_and_shown_exactly(data_dir):
    hostile = "[bold]not bold[/] [/] 👩🏽‍💻 שלום {0} \x1b[31m"
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("g", "n")
        await pilot.pause()
        app.screen.query_one("#goal-title").value = hostile
        app.screen.query_one("#goal-notes").text = "[link=x]y[/link]"
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "[bold]not bold[/] [/]" in text and "[link=x]y[/link]" in text
        await pilot.press("t")
        await pilot.pause()
    [goal] = Store(data_dir).goals.all()
    assert goal.title == hostile and goal.notes == "[link=x]y[/link]"


async def test_a_failed_save_keeps_the_form_open_with_everything_typed(data_dir, monkeypatch):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "n", *"Keep me")
        import resilience_tui.store.atomic as atomic

        def full(fd, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic.ops, "write", full)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GoalForm)
        assert "disk is full" in form_error(app) and "still here" in form_error(app)
        assert app.screen.query_one("#goal-title").value == "Keep me"
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
    assert titles(data_dir) == ["Keep me"]


async def test_an_empty_board_offers_starters_and_adds_only_those_picked(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        text = screen_text(app)
        assert "Your board is empty" in text and STARTERS[0].title in text
        await pilot.press("ctrl+s")  # nothing ticked yet: nothing added
        await pilot.pause()
        assert Store(data_dir).goals.all() == []
        assert notices(app)[-1].startswith("Tick at least one goal first")
        await pilot.press("space", "down", "down", "space", "ctrl+s")
        await pilot.pause()
        assert "Your board is empty" not in screen_text(app)
        assert focused_title(app) == STARTERS[0].title
    assert titles(data_dir) == [STARTERS[0].title, STARTERS[2].title]


async def test_the_starter_button_adds_with_the_mouse(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "down", "down", "down", "space")
        await pilot.click("#add-starters")
        await pilot.pause()
    assert titles(data_dir) == [STARTERS[3].title]


async def test_today_shows_overdue_due_this_week_and_recent_finishes(data_dir):
    seed(data_dir,
         Goal("Coffee with Sam", "network", due=date(2026, 11, 23)),
         Goal("Finish the SQL course", "skills", column=DOING, due=date(2026, 11, 27)),
         Goal("Next week's thing", due=date(2026, 12, 2)),
         Goal("Three good things", "mindset", weekly=True, steps=(Step("one", True), Step("two"))),
         Goal("Done yesterday", column=DONE, finished_at=FIXED_NOW - timedelta(days=1)),
         Goal("Done long ago", column=DONE, finished_at=FIXED_NOW - timedelta(days=20)))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "! Coffee with Sam — overdue: 3 days" in text
        assert "· Finish the SQL course — due tomorrow" in text
        assert "↻ Three good things — this week, 1/2" in text
        assert "Next week's thing" not in text
        assert "✓ 1 goal finished in the last seven days. Well done." in text
        await pilot.press("g", "right", "L", "t")  # finish the SQL course on the board, back to Today
        await pilot.pause()
        text = screen_text(app)
        assert "Finish the SQL course" not in text
        assert "✓ 2 goals finished in the last seven days." in text


async def test_today_invites_a_first_goal(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.pause()
        assert "No goals yet. Press g to set one small goal" in screen_text(app)


async def test_deleting_the_last_goal_offers_the_starters_and_undo_still_works(data_dir):
    [only] = seed(data_dir, Goal("the only one"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "d")
        await pilot.pause()
        assert "Your board is empty" in screen_text(app)
        assert app.focused.id == "starter-list"
        await pilot.press("u")
        await pilot.pause()
        assert focused_title(app) == "the only one"
    assert Store(data_dir).goals.all() == [only]


def box_text(widget) -> str:
    return widget.render().plain


async def test_ticked_and_unticked_boxes_differ_in_characters_not_only_colour(data_dir):
    seed(data_dir, Goal("g", steps=(Step("open", False), Step("closed", True))))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "e")
        await pilot.pause()
        weekly = app.screen.query_one("#goal-weekly")
        unticked = box_text(weekly)
        weekly.value = True
        await pilot.pause()
        assert box_text(weekly) != unticked
        assert "X" not in unticked  # an unticked box shows no mark at all
        steps = app.screen.query_one("#goal-steps")
        lines = [steps.render_line(y).text for y in range(2)]
        assert "✓" not in lines[0] and "X" not in lines[0]
        assert "✓" in lines[1]


async def test_tab_from_the_weekly_box_goes_straight_to_a_new_step_and_nothing_typed_is_lost(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "n", *"Walk", "tab", "tab", "tab")
        assert app.focused.id == "goal-weekly"
        await pilot.press("tab")
        assert app.focused.id == "goal-new-step"  # the empty list of steps is no stop of its own
        await pilot.press(*"first", "enter")
        assert app.focused.id == "goal-new-step"
        await pilot.press("shift+tab")
        assert app.focused.id == "goal-steps"  # with a step in it, the list is a stop
        await pilot.press(*"second", "enter")  # letters typed on the list go into a new step
        assert app.focused.id == "goal-new-step"
        await pilot.press("ctrl+s")
        await pilot.pause()
    [goal] = Store(data_dir).goals.all()
    assert goal.steps == (Step("first"), Step("second"))


async def test_removing_the_last_step_moves_on_to_the_new_step_field(data_dir):
    seed(data_dir, Goal("g", steps=(Step("only"),)))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "e")
        await pilot.pause()
        app.screen.query_one("#goal-steps").focus()
        await pilot.press("delete")
        await pilot.pause()
        assert app.focused.id == "goal-new-step"
        assert not app.screen.query_one("#goal-steps").can_focus


async def test_the_steps_list_shows_when_it_has_focus(data_dir):
    seed(data_dir, Goal("g", steps=(Step("one"), Step("two"))))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "e")
        await pilot.pause()
        steps = app.screen.query_one("#goal-steps")
        before = [steps.render_line(y) for y in range(2)]
        steps.focus()
        await pilot.pause()
        after = [steps.render_line(y) for y in range(2)]
        assert before != after
