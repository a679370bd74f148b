"""Pilot tests of the Journal screen: what is stored and what is shown."""

from __future__ import annotations

import errno

from resilience_tui.store.store import Store
from resilience_tui.ui.journal.entry_list import EntryList
from resilience_tui.ui.journal.screen import JournalScreen
from tests.ui.helpers import FIXED_NOW, app_on, journal_entry, notices, quick_autosave, screen_text


def seed(data_dir):
    store = Store(data_dir)
    store.journal.add(journal_entry(3, "# Rejected by Acme\n\nIt stung. #acme #rejection"))
    store.journal.add(journal_entry(1, "# Final round invite!\n\nWorth keeping.", kind="win", starred=True))
    store.journal.add(journal_entry(2, "Quiet day with **bold** words and [bold]markup[/] and [/]"))
    return store


async def test_entries_newest_first_with_marks_and_a_rendered_preview(data_dir):
    seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        headings = [e.heading for e in app.screen.query_one(EntryList).entries]
        assert headings == ["Final round invite!", "Quiet day with **bold** words and [bold]markup[/] and [/]",
                            "Rejected by Acme"]
        text = screen_text(app)
        assert "25 Nov 2026 ★✓ Final round invite!" in text
        assert "Rejected by Acme  #acme #rejection" in text  # tags follow the title
        assert "3 entries, newest first." in text
        # The preview renders the Markdown: the heading without its "#", the words of the text.
        assert "Wednesday 25 November 2026, 18:30  ·  ✓ win  ·  ★ starred" in text
        assert "Final round invite!" in text and "Worth keeping." in text
        assert "# Final round invite!" not in text
        await pilot.press("down")
        await pilot.pause()
        text = screen_text(app)
        assert "Quiet day with bold words and [bold]markup[/] and [/]" in text


async def test_a_new_entry_saves_about_a_second_after_typing_stops(data_dir, monkeypatch):
    quick_autosave(monkeypatch, 1.0)  # longer than any gap between typed keys, even on a loaded machine
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "n", *"Today I applied to #Acme. [bold]really[/]")
        assert Store(data_dir).journal.count() == 0
        await pilot.pause(1.3)
        [saved] = Store(data_dir).journal.all()
        assert saved.body == "Today I applied to #Acme. [bold]really[/]"
        assert saved.all_tags == ("acme",) and saved.kind == "entry" and saved.at == FIXED_NOW
        assert "saved 18:30" in screen_text(app)
        await pilot.press(*" More.")
        await pilot.press("escape")  # closing saves at once
        await pilot.pause()
        [again] = Store(data_dir).journal.all()
        assert again.id == saved.id and again.body.endswith("[bold]really[/] More.")
        assert isinstance(app.focused, EntryList)
        assert "Today I applied to #Acme. [bold]really[/] More." in screen_text(app)


async def test_w_keeps_a_win_with_title_date_and_tags(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "w", *"Finished the SQL course")
        await pilot.press("tab", *"A real step")  # title
        await pilot.press("tab")
        app.screen.query_one("#editor-when").value = "last monday 21:00"
        await pilot.press("tab", *"course sql")  # tags
        await pilot.press("escape")
        await pilot.pause()
    [win] = Store(data_dir).journal.all()
    assert (win.kind, win.title, win.tags) == ("win", "A real step", ("course", "sql"))
    assert win.at.strftime("%Y-%m-%d %H:%M") == "2026-11-23 21:00"


async def test_a_date_that_cannot_be_read_is_explained_and_the_text_is_saved(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n", *"words first")
        app.screen.query_one("#editor-when").value = "the day after forever"
        await pilot.press("ctrl+s")
        await pilot.pause()
        status = str(app.screen.query_one("#editor-status").render())
        assert "is not a time I can read" in status and "Your text is saved." in status
        app.screen.query_one("#editor-when").value = "next year"
        await pilot.pause()
        app.screen.query_one("#editor-when").value = "2027-01-01 10:00"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "still to come" in str(app.screen.query_one("#editor-status").render())
    [saved] = Store(data_dir).journal.all()
    assert saved.body == "words first" and saved.at == FIXED_NOW


async def test_edit_an_entry_and_its_star(data_dir):
    store = seed(data_dir)
    quiet = next(e for e in store.journal.all() if e.heading.startswith("Quiet"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "down", "e")
        await pilot.pause()
        assert app.screen.query_one("#editor-body").text == quiet.body
        await pilot.press("end", *" Edited.")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
    changed = Store(data_dir).journal.get(quiet.id)
    assert changed.body == quiet.body + " Edited."
    assert changed.starred and changed.created_at == quiet.created_at and changed.at == quiet.at


async def test_search_as_you_type_with_filters_and_views(data_dir):
    seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "slash", *"acme")
        await pilot.pause()
        entry_list = app.screen.query_one(EntryList)
        assert [e.heading for e in entry_list.entries] == ["Rejected by Acme"]
        assert "1 of 3: \"acme\"" in screen_text(app)
        await pilot.press(*" zzz")
        await pilot.pause()
        assert entry_list.entries == [] and "Nothing matches" in screen_text(app)
        search = app.screen.query_one("#journal-search")
        search.value = "is:starred"
        await pilot.pause()
        assert [e.heading for e in entry_list.entries] == ["Final round invite!"]
        await pilot.press("escape")  # back to the list
        assert isinstance(app.focused, EntryList)
        await pilot.press("escape")  # clears the search
        await pilot.pause()
        assert search.value == "" and len(entry_list.entries) == 3
        await pilot.press("v")  # wins
        await pilot.pause()
        assert [e.kind for e in entry_list.entries] == ["win"] and "Wins" in screen_text(app)
        await pilot.press("v")  # starred
        await pilot.pause()
        assert all(e.starred for e in entry_list.entries)
        await pilot.press("v")
        await pilot.pause()
        assert len(entry_list.entries) == 3


async def test_delete_and_undo(data_dir):
    store = seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "d")
        await pilot.pause()
        assert Store(data_dir).journal.count() == 2
        assert any("Press u to bring it back" in n for n in notices(app))
        await pilot.press("u")
        await pilot.pause()
    assert sorted(e.id for e in Store(data_dir).journal.all()) == sorted(e.id for e in store.journal.all())


async def test_global_keys_work_on_the_list_and_type_into_the_editor(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        for key, screen in (("t", "TodayScreen"), ("j", "JournalScreen"), ("c", "CheckinScreen"), ("j", "JournalScreen")):
            await pilot.press(key)
            await pilot.pause()
            assert type(app.screen).__name__ == screen
        await pilot.press("n", *"tcj?q")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert app.screen.query_one("#editor-body").text == "tcj?q"


async def test_a_full_disk_keeps_the_text_in_the_editor(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "n")
        import resilience_tui.store.atomic as atomic

        def full(fd, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic.ops, "write", full)
        await pilot.press(*"do not lose this")
        await pilot.pause(0.3)
        status = str(app.screen.query_one("#editor-status").render())
        assert "Not saved" in status and "disk is full" in status and "still here" in status
        await pilot.press("escape")  # cannot close without saving: the text stays
        await pilot.pause()
        assert app.screen.query_one("#editor-body").text == "do not lose this"
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [e.body for e in Store(data_dir).journal.all()] == ["do not lose this"]
    assert [p.name for p in data_dir.rglob("*") if ".tmp-" in p.name] == []


async def test_an_empty_journal_invites_a_first_entry(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        text = screen_text(app)
        assert "No entries yet. n writes one, w keeps a win." in text
        assert "Your journal is empty, and that is fine." in text
        await pilot.press("n", "escape")  # nothing typed: nothing kept
        await pilot.pause()
    assert Store(data_dir).journal.count() == 0


async def test_help_and_palette_cover_the_journal(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("j")
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title in ("Go to Journal", "Journal: new win", "Journal: edit in $EDITOR", "Journal: show wins",
                      "Export everything: JSON", "Export everything: Markdown", "Export everything: HTML"):
            assert title in titles
        await pilot.press("question_mark")
        await pilot.pause()
        text = str(app.screen.query_one("#help-box Static").render())
        assert "Journal" in text and "Keep a new win" in text and "is:win" in text and "ctrl+e" in text


async def test_the_mouse_picks_and_opens_entries(data_dir):
    seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        entry_list = app.screen.query_one(EntryList)
        await pilot.click(EntryList, offset=(5, 2))
        await pilot.pause()
        assert entry_list.cursor == 2 and "It stung." in screen_text(app)
        await pilot.click(EntryList, offset=(5, 1), times=2)
        await pilot.pause()
        assert app.screen.editing is not None and app.screen.editing.heading.startswith("Quiet day")


async def test_links_are_shown_never_opened(data_dir, monkeypatch):
    from textual.widgets import Markdown

    Store(data_dir).journal.add(journal_entry(1, "See [the job ad](https://example.com/job)"))
    app = app_on(data_dir)
    opened = []
    monkeypatch.setattr(app, "open_url", lambda *args, **kwargs: opened.append(args))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        markdown = app.screen.query_one("#preview-text", Markdown)
        markdown.post_message(Markdown.LinkClicked(markdown, "https://example.com/job"))
        await pilot.pause()
        assert opened == []
        assert any("Links are not opened from here" in n and "https://example.com/job" in n for n in notices(app))


async def test_help_and_quit_work_from_the_list(data_dir):
    from resilience_tui.ui.common.help import HelpModal

    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpModal)
        await pilot.press("escape", "q")
        await pilot.pause()
    assert app.return_code == 0
