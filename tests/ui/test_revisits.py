"""Going back to Today or Check-in: nothing is redrawn or read again unless the data changed,
and then only what changed is."""

from __future__ import annotations

from textual.widgets import DataTable

from resilience_tui.store.datafile import DataFile
from resilience_tui.store.store import Store
from resilience_tui.ui.checkin.history import CheckinHistory
from resilience_tui.ui.today.screen import TodayScreen
from tests.ui.helpers import app_on, checkin, screen_text


def _count_calls(monkeypatch, cls, name: str) -> list:
    calls: list = []
    original = getattr(cls, name)

    def counted(self, *args, **kwargs):
        calls.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, counted)
    return calls


async def test_today_again_without_a_change_reads_and_redraws_nothing(data_dir, monkeypatch):
    Store(data_dir).checkins.add(checkin(1, 4, note="morning walk"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "t")
        await pilot.pause()
        shows = _count_calls(monkeypatch, TodayScreen, "show_data")
        reads = _count_calls(monkeypatch, DataFile, "_read")
        await pilot.press("c", "t")
        await pilot.pause()
        assert shows == [] and reads == []
        assert "morning walk" in screen_text(app)


async def test_today_shows_a_change_from_another_window(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "t")
        await pilot.pause()
        Store(data_dir).checkins.add(checkin(0.5, 2, note="written elsewhere"))
        await pilot.press("c", "t")
        await pilot.pause()
        assert "written elsewhere" in screen_text(app)


async def test_checkin_list_again_without_a_change_touches_no_row(data_dir, monkeypatch):
    store = Store(data_dir)
    for hours in range(1, 6):
        store.checkins.add(checkin(hours, 3, note=f"note {hours}"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "t")
        await pilot.pause()
        added = _count_calls(monkeypatch, DataTable, "add_row")
        updated = _count_calls(monkeypatch, DataTable, "update_cell")
        cleared = _count_calls(monkeypatch, DataTable, "clear")
        reads = _count_calls(monkeypatch, DataFile, "_read")
        await pilot.press("c")
        await pilot.pause()
        assert (added, updated, cleared, reads) == ([], [], [], [])
        assert app.screen.query_one(CheckinHistory).table.row_count == 5


async def test_an_edit_elsewhere_changes_only_its_row(data_dir, monkeypatch):
    store = Store(data_dir)
    saved = [store.checkins.add(checkin(hours, 3, note=f"note {hours}")) for hours in range(1, 6)]
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "t")
        await pilot.pause()
        Store(data_dir).checkins.update(saved[2].edited(note="changed in another window"))
        added = _count_calls(monkeypatch, DataTable, "add_row")
        updated = _count_calls(monkeypatch, DataTable, "update_cell")
        cleared = _count_calls(monkeypatch, DataTable, "clear")
        await pilot.press("c")
        await pilot.pause()
        assert added == [] and cleared == []
        assert {args[0] for args in updated} == {saved[2].id}
        assert "changed in another window" in screen_text(app)


async def test_a_delete_removes_only_its_row(data_dir, monkeypatch):
    store = Store(data_dir)
    saved = [store.checkins.add(checkin(hours, 3, note=f"note {hours}")) for hours in range(1, 6)]
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        table = app.screen.query_one(CheckinHistory).table
        table.focus()
        await pilot.press("down")  # the second newest: saved[1]
        added = _count_calls(monkeypatch, DataTable, "add_row")
        removed = _count_calls(monkeypatch, DataTable, "remove_row")
        cleared = _count_calls(monkeypatch, DataTable, "clear")
        await pilot.press("d")
        await pilot.pause()
        assert added == [] and cleared == []
        assert [args[0] for args in removed] == [saved[1].id]
        assert [row.key.value for row in table.ordered_rows] == [c.id for c in (saved[0], *saved[2:])]
        assert app.screen.query_one(CheckinHistory).current_id() == saved[2].id  # the next one down
        await pilot.press("u")
        await pilot.pause()
        assert app.screen.query_one(CheckinHistory).current_id() == saved[1].id  # back, and on it


async def test_the_first_visit_lays_out_each_row_once(data_dir, monkeypatch):
    store = Store(data_dir)
    store.checkins.add_many([checkin(hours, 3, note=f"note {hours} " * 20) for hours in range(1, 61)])
    added = _count_calls(monkeypatch, DataTable, "add_row")
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.pause()
        table = app.screen.query_one(CheckinHistory).table
        assert table.row_count == 60
        assert len(added) == 60
        assert table.show_vertical_scrollbar
