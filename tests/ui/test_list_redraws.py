"""The Applications and Feedback lists write only the rows that changed, and nothing when nothing did."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable

from resilience_tui.store.store import Store
from resilience_tui.ui.applications.application_list import ApplicationTable
from resilience_tui.ui.applications.detail import ApplicationDetail
from resilience_tui.ui.feedback.request_list import FeedbackTable
from tests.ui.application_helpers import application, days_ago, request
from tests.ui.helpers import FIXED_NOW, app_on, screen_text


class Writes:
    """Counts the rows a table adds, rewrites or removes (by key), and the calls to `show` of a panel."""

    def __init__(self, table: DataTable, panel=None) -> None:
        self.added: list[str] = []
        self.updated: set[str] = set()
        self.removed: list[str] = []
        self.panel_shown = 0
        self.cleared = 0
        add_row, update_cell, remove_row, clear = table.add_row, table.update_cell, table.remove_row, table.clear

        def counting_add(*cells, key=None, **kwargs):
            self.added.append(key)
            return add_row(*cells, key=key, **kwargs)

        def counting_update(row_key, column_key, value, **kwargs):
            self.updated.add(str(getattr(row_key, "value", row_key)))
            return update_cell(row_key, column_key, value, **kwargs)

        def counting_remove(row_key):
            self.removed.append(str(getattr(row_key, "value", row_key)))
            return remove_row(row_key)

        def counting_clear(*args, **kwargs):
            self.cleared += 1
            return clear(*args, **kwargs)

        table.add_row, table.update_cell, table.remove_row, table.clear = (  # type: ignore[method-assign]
            counting_add, counting_update, counting_remove, counting_clear)
        if panel is not None:
            show = panel.show

            def counting_show(*args, **kwargs):
                self.panel_shown += 1
                return show(*args, **kwargs)

            panel.show = counting_show

    @property
    def rows(self) -> int:
        return len(self.added) + len(self.updated) + len(self.removed)


def many_applications(store: Store, count: int = 40) -> list:
    return store.applications.save_many(
        application(f"Company {n:02}", "Engineer", applied_on=days_ago(100 - n),
                    created_at=FIXED_NOW - timedelta(days=100 - n)) for n in range(count))


def keys_in_order(table: DataTable) -> list[str]:
    return [row.key.value for row in table.ordered_rows]


async def test_visiting_applications_again_without_a_change_writes_no_row(data_dir):
    many_applications(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one(ApplicationTable)
        writes = Writes(table, app.screen.query_one(ApplicationDetail))
        for _ in range(2):
            await pilot.press("c", "a")
            await pilot.pause()
        assert writes.rows == 0 and writes.cleared == 0
        assert writes.panel_shown == 0  # nothing it shows changed either
        assert table.row_count == 40


async def test_an_edit_in_another_window_rewrites_only_its_row(data_dir):
    made = many_applications(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one(ApplicationTable)
        order = keys_in_order(table)
        writes = Writes(table, app.screen.query_one(ApplicationDetail))
        await pilot.press("c")
        other = Store(data_dir)  # another window
        other.applications.add(other.applications.get(made[5].id).edited(company="Renamed Ltd"))
        await pilot.press("a")
        await pilot.pause()
        assert (writes.added, writes.updated, writes.removed, writes.cleared) == ([], {made[5].id}, [], 0)
        assert keys_in_order(table) == order
        assert "Renamed Ltd" in str(table.get_row(made[5].id)[1])


async def test_a_new_application_and_a_deleted_one_touch_only_their_rows(data_dir):
    made = many_applications(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one(ApplicationTable)
        await pilot.press("down", "down")
        chosen = table.current_id()
        writes = Writes(table, app.screen.query_one(ApplicationDetail))
        await pilot.press("c")
        other = Store(data_dir)
        new = other.applications.add(application("Newest Co", "Engineer", applied_on=days_ago(1)))
        other.applications.delete(made[0].id)
        await pilot.press("a")
        await pilot.pause()
        assert (writes.added, writes.updated, writes.removed, writes.cleared) == ([new.id], set(), [made[0].id], 0)
        assert keys_in_order(table)[0] == new.id  # newest first, as a list drawn afresh has it
        assert made[0].id not in keys_in_order(table)
        assert table.current_id() == chosen  # the cursor stays on the application it was on
        assert "Newest Co" in screen_text(app)
async def test_visiting_feedback_again_without_a_change_writes_no_row(data_dir):
    store = Store(data_dir)
    made = many_applications(store, 12)
    for n, made_for in enumerate(made):
        store.feedback.add(request(made_for, status="sent", sent_on=days_ago(20 - n),
                                   created_at=FIXED_NOW - timedelta(days=20 - n)))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        table = app.screen.query_one(FeedbackTable)
        writes = Writes(table)
        for _ in range(2):
            await pilot.press("a", "f")
            await pilot.pause()
        assert writes.rows == 0 and writes.cleared == 0
        assert table.row_count == 12


async def test_a_reply_recorded_in_another_window_rewrites_only_its_feedback_row(data_dir):
    store = Store(data_dir)
    made = many_applications(store, 12)
    requests = [store.feedback.add(request(made_for, status="sent", sent_on=days_ago(20 - n),
                                           created_at=FIXED_NOW - timedelta(days=20 - n)))
                for n, made_for in enumerate(made)]
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        table = app.screen.query_one(FeedbackTable)
        order = keys_in_order(table)
        writes = Writes(table)
        await pilot.press("a")
        other = Store(data_dir)
        replied = requests[3]
        other.feedback.add(other.feedback.get(replied.id).edited(status="replied", replied_on=days_ago(1)))
        await pilot.press("f")
        await pilot.pause()
        assert (writes.added, writes.updated, writes.removed, writes.cleared) == ([], {replied.id}, [], 0)
        assert keys_in_order(table) == order
        assert "replied" in str(table.get_row(replied.id)[1])


async def test_a_first_visit_fills_each_list_once_and_draws_the_detail_once(data_dir, monkeypatch):
    store = Store(data_dir)
    made = many_applications(store, 12)
    for n, made_for in enumerate(made):
        store.feedback.add(request(made_for, created_at=FIXED_NOW - timedelta(days=20 - n)))
    added: list[str] = []
    details: list[str] = []
    add_row, show = DataTable.add_row, ApplicationDetail.show

    def counting_add(self, *cells, key=None, **kwargs):
        added.append(type(self).__name__)
        return add_row(self, *cells, key=key, **kwargs)

    def counting_show(self, application, **kwargs):
        details.append(application.id)
        return show(self, application, **kwargs)

    monkeypatch.setattr(DataTable, "add_row", counting_add)
    monkeypatch.setattr(ApplicationDetail, "show", counting_show)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert added.count("FeedbackTable") == 12  # once, with About as wide as there is room for
        assert app.screen.query_one(FeedbackTable).row_count == 12
        await pilot.press("a")
        await pilot.pause()
        assert added.count("ApplicationTable") == 12
        assert len(details) == 1


async def test_an_application_whose_date_changed_moves_to_its_place_and_only_it_is_rewritten(data_dir):
    made = many_applications(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one(ApplicationTable)
        writes = Writes(table)
        await pilot.press("c")
        other = Store(data_dir)
        other.applications.add(other.applications.get(made[3].id).edited(applied_on=days_ago(1)))
        await pilot.press("a")
        await pilot.pause()
        assert (writes.added, writes.updated, writes.removed, writes.cleared) == ([], {made[3].id}, [], 0)
        expected = [made[3].id] + [a.id for a in reversed(made) if a.id != made[3].id]
        assert keys_in_order(table) == expected
        assert table.get_row_at(0)[0] == days_ago(1).isoformat()
