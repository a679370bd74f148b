"""The Reflection list redraws only what changed: a visit with nothing new reads and redraws nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from resilience_tui.domain.reflection import Reflection
from resilience_tui.store.store import Store
from resilience_tui.ui.reflection import home
from resilience_tui.ui.reflection.screen import ReflectionScreen
from resilience_tui.ui.reflection.worksheet_list import ReflectionList
from tests.ui.helpers import FIXED_NOW, app_on, screen_text


def seed(data_dir) -> list[Reflection]:
    store = Store(data_dir)
    made = []
    for n, stage in enumerate(("A coffee chat", "The panel interview", "A phone screen")):
        at = FIXED_NOW - timedelta(days=n + 1)
        made.append(store.reflections.add(Reflection(stage=stage, created_at=at, updated_at=at)))
    return made


def count_redraws(monkeypatch) -> dict[str, list]:
    calls: dict[str, list] = {"rows": [], "added": [], "replaced": []}
    row_for, add, replace_at = home.row_for, ReflectionList.add_options, ReflectionList.replace_option_prompt_at_index

    def counted_row_for(store, reflection):
        calls["rows"].append(reflection.id)
        return row_for(store, reflection)

    def counted_add(self, options):
        calls["added"].append(len(options))
        return add(self, options)

    def counted_replace(self, index, prompt):
        calls["replaced"].append(index)
        return replace_at(self, index, prompt)

    monkeypatch.setattr(home, "row_for", counted_row_for)
    monkeypatch.setattr(ReflectionList, "add_options", counted_add)
    monkeypatch.setattr(ReflectionList, "replace_option_prompt_at_index", counted_replace)
    return calls


async def test_a_visit_with_nothing_changed_reads_and_redraws_no_row(data_dir, monkeypatch):
    seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("down")
        calls = count_redraws(monkeypatch)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReflectionScreen)
        assert calls == {"rows": [], "added": [], "replaced": []}
        assert app.screen.query_one(ReflectionList).highlighted == 1


async def test_a_worksheet_completed_in_another_window_redraws_its_row_only(data_dir, monkeypatch):
    first, second, third = seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert "3 worksheets: 3 draft, 0 complete." in screen_text(app)
        calls = count_redraws(monkeypatch)
        await pilot.press("c")
        await pilot.pause()
        other = Store(data_dir)  # another window
        other.reflections.save(replace(other.reflections.get(second.id), status="complete", completed_at=FIXED_NOW))
        await pilot.press("r")
        await pilot.pause()
        assert calls["added"] == [] and calls["replaced"] == [1]
        assert "3 worksheets: 2 draft, 1 complete." in screen_text(app)
        assert "✓ complete" in screen_text(app)
        listing = app.screen.query_one(ReflectionList)
        assert [row.reflection.id for row in listing.rows] == [first.id, second.id, third.id]


async def test_a_new_worksheet_from_another_window_is_listed(data_dir):
    seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        Store(data_dir).reflections.add(Reflection(stage="A second interview", created_at=FIXED_NOW, updated_at=FIXED_NOW))
        await pilot.press("r")
        await pilot.pause()
        assert "4 worksheets: 4 draft, 0 complete." in screen_text(app)
        assert app.screen.query_one(ReflectionList).option_count == 4
