"""Pilot tests of an action's goal category on the worksheet: guessed from its words, shown beside it,
changeable before it becomes a goal, and the one the goal gets."""

from __future__ import annotations

from resilience_tui.store.store import Store
from resilience_tui.ui.reflection.items import ActionRow
from tests.ui.helpers import app_on, notices, quick_autosave, screen_text


def shown(app) -> list[str]:
    return [str(row.query_one(".rf-action-category").render()) for row in app.screen.query(ActionRow)]


async def test_the_category_shown_is_the_one_saved_and_a_change_sticks(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "n", *["ctrl+down"] * 8)
        await pilot.pause()
        await pilot.press(*"Do 5 SQL window function exercises")
        await pilot.pause()
        assert shown(app) == ["■ skills"]
        assert "■ skills" in screen_text(app)
        await pilot.press("ctrl+g")
        await pilot.pause()
        (goal,) = Store(data_dir).goals.all()
        assert goal.category == "skills"

        await pilot.press("enter", *"Walk at lunch")
        await pilot.pause()
        assert shown(app) == ["■ skills", "■ wellbeing"]
        offered = app.screen.active_bindings.get("ctrl+o")
        assert offered is not None and offered.enabled and offered.binding.description == "Category"
        await pilot.press("ctrl+o")  # the next category: mindset
        await pilot.pause()
        assert shown(app)[1] == "■ mindset" and "■ mindset" in screen_text(app)
        await pilot.press(*" and ask a friend along")  # words that point elsewhere: the choice stays
        await pilot.pause(0.3)
        assert shown(app)[1] == "■ mindset"
        worksheet = Store(data_dir).reflections.all()[0]
        assert [a.category for a in worksheet.actions] == ["skills", "mindset"]  # a goal's category is kept
        await pilot.press("ctrl+g")
        await pilot.pause()
        walk = next(g for g in Store(data_dir).goals.all() if g.title.startswith("Walk"))
        assert walk.category == "mindset"

        await pilot.press("escape", "enter", *["ctrl+down"] * 8)  # closed and opened again: still mindset
        await pilot.pause()
        assert shown(app) == ["■ skills", "■ mindset"]


async def test_a_click_on_the_category_changes_it_and_a_goal_keeps_its_own(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("r", "n", *["ctrl+down"] * 8, *"Send three applications")
        await pilot.pause()
        assert shown(app) == ["■ job search"]
        await pilot.click(".rf-action-category")
        await pilot.pause(0.3)
        assert shown(app) == ["■ skills"]
        assert Store(data_dir).reflections.all()[0].actions[0].category == "skills"
        await pilot.press("ctrl+g", "ctrl+o")  # on the board now: its category is changed there
        await pilot.pause()
        assert shown(app) == ["■ skills"]
        assert "change its category there" in notices(app)[-1]
        assert "^o Category" in screen_text(app).splitlines()[-1]
