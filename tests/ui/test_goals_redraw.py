"""The Goals board redraws only what changed: a visit with nothing new keeps every card as it is."""

from __future__ import annotations

from resilience_tui.domain.goal import DOING, DONE, Goal
from resilience_tui.store.store import Store
from resilience_tui.ui.goals.card import GoalCard
from resilience_tui.ui.goals.screen import GoalsScreen
from tests.ui.goal_helpers import focused_title, seed
from tests.ui.helpers import FIXED_NOW, app_on, screen_text


def cards(app) -> dict[str, GoalCard]:
    return {card.goal.title: card for card in app.screen.query(GoalCard)}


async def test_a_visit_with_nothing_changed_keeps_every_card(data_dir, monkeypatch):
    seed(data_dir, Goal("Apply to three roles", "job-search"), Goal("Coffee with Sam", "network", column=DOING),
         Goal("Three good things", "mindset", column=DONE))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        before = cards(app)
        mounted: list[GoalCard] = []
        monkeypatch.setattr(GoalCard, "on_mount", lambda card: mounted.append(card), raising=False)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
        assert cards(app) == before
        assert all(cards(app)[title] is card for title, card in before.items())
        assert mounted == []
        assert focused_title(app) == "Apply to three roles"


async def test_a_goal_changed_in_another_window_is_redrawn_and_the_others_are_kept(data_dir):
    sql, walk = seed(data_dir, Goal("Finish the SQL course", "skills"), Goal("Walk every morning", "wellbeing"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        before = cards(app)
        await pilot.press("c")
        await pilot.pause()
        other = Store(data_dir)  # another window
        other.goals.save(other.goals.get(walk.id).edited(FIXED_NOW, title="Walk every evening"))
        await pilot.press("g")
        await pilot.pause()
        after = cards(app)
        assert "Walk every evening" in screen_text(app) and "Walk every morning" not in screen_text(app)
        assert after["Finish the SQL course"] is before["Finish the SQL course"]
        assert after["Walk every evening"] is before["Walk every morning"]  # the same card, drawn afresh
        assert [c.goal.title for c in app.screen.query_one("#column-todo").cards] == [
            "Finish the SQL course", "Walk every evening"]


async def test_a_card_moved_to_the_top_takes_its_place_in_the_column(data_dir):
    seed(data_dir, Goal("One", "skills"), Goal("Two", "skills"), Goal("Three", "skills"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("down", "down", "K", "K")
        await pilot.pause()
        column = app.screen.query_one("#column-todo")
        shown = [c.goal.title for c in column.query(GoalCard)]
        assert shown == ["Three", "One", "Two"] == [c.goal.title for c in column.cards]
        assert focused_title(app) == "Three"


async def test_the_starter_panel_is_built_only_when_the_board_is_empty(data_dir):
    from resilience_tui.ui.goals.starters import StarterList

    seed(data_dir, Goal("Apply to three roles", "job-search"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert not app.screen.query(StarterList)
        await pilot.press("d")
        await pilot.pause()
        assert app.screen.query_one(StarterList).has_focus
