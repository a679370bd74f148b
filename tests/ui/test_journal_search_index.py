"""The journal's search index is built once per start-up while the app is idle, never on a key."""

from __future__ import annotations

from resilience_tui.domain import journal_search
from resilience_tui.store.store import Store
from resilience_tui.ui.journal.entry_list import EntryList
from resilience_tui.ui.journal.screen import JournalScreen
from tests.ui.helpers import app_on, journal_entry


async def test_the_index_is_built_once_after_start_up_and_j_builds_nothing(data_dir, monkeypatch):
    store = Store(data_dir)
    for n, year in enumerate((2024, 2025, 2026)):
        store.journal.add(journal_entry(n, f"entry of {year}").edited(at=journal_entry(n, "").at.replace(year=year)))
    built: list[int] = []
    real = journal_search.build_index
    monkeypatch.setattr(journal_search, "build_index", lambda entries: built.append(1) or real(entries))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(50):  # start-up settles, then the app builds the index while idle
            await pilot.pause(0.1)
            if app.store.journal._index is not None:
                break
        assert len(built) == 3  # one build per year's file
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert len(app.screen.query_one(EntryList).entries) == 3
        await pilot.press("n")
        await pilot.press(*"a sunflower")
        await pilot.press("escape")  # closes the editor: saved
        await pilot.pause()
        await pilot.press("slash", *"sunflower", "enter")
        await pilot.pause()
        assert [e.body for e in app.screen.query_one(EntryList).entries] == ["a sunflower"]
        await pilot.press("t")
        await pilot.press("j")
        await pilot.pause()
        assert len(built) == 3  # the first visit, the new entry and the return built no year again


async def test_a_return_without_a_change_redraws_nothing_and_a_change_elsewhere_shows(data_dir, monkeypatch):
    store = Store(data_dir)
    store.journal.add(journal_entry(1, "first words"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        shown: list[int] = []
        real = EntryList.set_entries
        monkeypatch.setattr(EntryList, "set_entries", lambda self, *a, **k: shown.append(1) or real(self, *a, **k))
        drawn: list[int] = []
        draw = EntryList._draw
        monkeypatch.setattr(EntryList, "_draw", lambda self, *a: drawn.append(1) or draw(self, *a))
        await pilot.press("t")
        await pilot.press("j")
        await pilot.pause()
        assert shown == [] and drawn == []  # nothing changed: the list was not set again, nor a line drawn
        await pilot.press("t")
        await pilot.pause()
        Store(data_dir).journal.add(journal_entry(2, "written in another window"))
        await pilot.press("j")
        await pilot.pause()
        assert shown == [1]
        assert [e.body for e in app.screen.query_one(EntryList).entries] == ["first words", "written in another window"]


async def test_a_journal_that_cannot_be_read_while_idle_leaves_the_app_running(data_dir, monkeypatch):
    Store(data_dir).journal.add(journal_entry(1, "first words"))
    app = app_on(data_dir)
    tried: list[int] = []

    def unreadable() -> bool:
        tried.append(1)
        raise PermissionError(13, "Permission denied")

    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setattr(app.store.journal, "index_step", unreadable)
        for _ in range(30):
            await pilot.pause(0.1)
            if tried:
                break
        await pilot.pause(0.1)
        assert tried == [1] and app.is_running
