"""Journal: entries and wins, newest first; a rendered preview; an editor that saves as you type.

Text is saved about a second after typing stops, when the editor closes, when the
screen changes and when the app quits (SIGTERM and SIGHUP included). A save that
fails leaves the text in the editor with a plain message, and is tried again on
the next change or with ctrl+s.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from time import monotonic

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Input, TextArea

from resilience_tui.domain.journal import ENTRY, WIN, JournalEntry, is_blank
from resilience_tui.domain.journal_search import FILTER_HELP, parse_query, search
from resilience_tui.domain.records import now_local
from resilience_tui.domain.visible import visible
from resilience_tui.store.errors import EditConflict, StoreError
from resilience_tui.ui.common.autosave import Autosave
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.common.screen_bar import ScreenBar
from resilience_tui.ui.common.undo import UndoStack
from resilience_tui.ui.journal.edit_conflict import EditConflicts
from resilience_tui.ui.journal.editor import JournalEditor, entry_from_form
from resilience_tui.ui.journal.entry_list import STAR, WIN_MARK, EntryList
from resilience_tui.ui.journal.preview import JournalPreview
from resilience_tui.ui.journal.search_bar import VIEW_WORDS, ListStatus, SearchField

PREVIEW_AFTER_TYPING = 0.15
VIEWS = ("all", "wins", "starred")

ENCRYPTED_EDITOR = ("Your data is encrypted, but your own editor can only read plain text: the entry goes to a "
                    "plain temporary file in a private folder outside your data folder (yours alone), removed "
                    "as soon as the editor closes. Press ctrl+e again to go ahead.")


class JournalScreen(EditConflicts):
    CSS_PATH = "journal.tcss"  # loaded when the screen is first opened, not at start-up
    TITLE = "Journal"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("n", "new('entry')", "New", tooltip="Write a new journal entry"),
        Binding("w", "new('win')", "New win", tooltip="Keep a new win: something that went right"),
        Binding("W", "worries", "Worries", key_display="W",
                tooltip="Your worries: write one down with a day to look back, and see what happened"),
        Binding("slash", "search", "Search", key_display="/", tooltip="Search as you type (words, #tag, is:win, from:...)"),
        Binding("v", "cycle_view", "View", tooltip="Show everything, only wins, or only starred entries"),
        Binding("s", "star", "Star", tooltip="Star or unstar the highlighted entry"),
        Binding("d,delete", "delete", "Delete", tooltip="Delete the highlighted entry (u brings it back)"),
        Binding("u", "undo", "Undo delete", show=False, tooltip="Bring back the entry just deleted"),
        Binding("ctrl+e", "external_editor", "$EDITOR", priority=True, tooltip="Edit the text in your own editor ($EDITOR)"),
        Binding("ctrl+s", "save", "Save", tooltip="Save the entry now (it also saves as you type)"),
        Binding("escape", "leave", "Close",
                tooltip="Close the editor (saved), or leave the search field; again clears the search"),
    ]
    HELP_KEYS = [
        ("in the search", FILTER_HELP),
        (f"{STAR} / {WIN_MARK}", "In the list: starred / a win"),
    ]
    HELP_WIDGETS = [("Journal list", EntryList)]

    def __init__(self) -> None:
        super().__init__()
        self.view = "all"
        self.editing: JournalEntry | None = None  # as last saved (or, when new, not saved yet)
        self.is_new = False
        self.autosave: Autosave[dict] = Autosave(self, self._save_values)  # typed but not saved yet
        self._when_resolved = ""  # the "When" text that the entry's date already reflects
        self.undo_stack: UndoStack[JournalEntry] = UndoStack(lambda: self.app)
        self._typed_at = 0.0  # when the search last changed
        self._preview_timer: Timer | None = None
        self._shown: tuple = ()  # `_list_key` of what the list shows

    def compose(self) -> ComposeResult:
        yield ScreenBar()
        with Vertical(id="journal-body"):
            with Vertical(id="journal-side"):
                yield SearchField(id="journal-search", compact=True, placeholder="/ search: words, #tag, is:win, from:2026-01")
                yield ListStatus(id="journal-status", classes="hint")
                yield EntryList(id="journal-list")
            with ContentSwitcher(initial="journal-preview", id="journal-main"):
                yield JournalPreview(id="journal-preview")
                yield JournalEditor(id="journal-editor")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.app.register_draft_saver(self.save_draft)

    def on_screen_resume(self) -> None:
        self.app.guard(self.app.store.refresh)
        if not self._list_is_current():
            self.refresh_list()  # else the list, its status and the preview show this already
        if self.editing is None:
            self.query_one(EntryList).focus()
        self.app.report_problems()

    def on_screen_suspend(self) -> None:
        self.save_draft()

    # -- the list ------------------------------------------------------------
    def refresh_list(self, keep: str | None = None) -> None:
        entry_list = self.query_one(EntryList)
        keep = keep or (entry_list.current.id if entry_list.current else None)
        index = self.app.store.journal.index()
        typed = parse_query(self.query_one("#journal-search", Input).value, self.app.now().date())
        results = search(index, typed.with_view(self.view))
        entry_list.set_entries(results, keep=keep)
        self._shown = self._list_key(index)
        self.query_one(ListStatus).show(typed, self.view, len(results), len(index))
        if not results and self.editing is None:
            self._show_preview(None)

    def _list_key(self, index: list) -> tuple:
        """What the list shows depends on: the index (a new list whenever an entry changed), the search, the view."""
        return index, self.query_one("#journal-search", Input).value, self.view, self.app.now().date()

    def _list_is_current(self) -> bool:
        key = self._list_key(self.app.store.journal.index())
        return bool(self._shown) and self._shown[0] is key[0] and self._shown[1:] == key[1:]

    def search_changed(self) -> None:
        self._typed_at = monotonic()
        self.refresh_list()

    @on(Input.Submitted, "#journal-search")
    def _search_done(self) -> None:
        self.query_one(EntryList).focus()

    @on(EntryList.Highlighted)
    def _highlighted(self, event: EntryList.Highlighted) -> None:
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        if self.editing is not None:
            return
        if monotonic() - self._typed_at < PREVIEW_AFTER_TYPING:
            # Rendering Markdown costs more than a search: while keys come, the list goes first.
            self._preview_timer = self.set_timer(PREVIEW_AFTER_TYPING, partial(self._show_preview, event.entry))
        else:
            self._show_preview(event.entry)

    @on(EntryList.Selected)
    def _selected(self, event: EntryList.Selected) -> None:
        self.open_editor(event.entry)

    def _show_preview(self, entry: JournalEntry | None) -> None:
        preview = self.query_one(JournalPreview)
        if entry is None and self.app.store.journal.index():
            preview.show(None, "Nothing to show here. Change the search or the view (v) to see more.")
        else:
            preview.show(entry)

    # -- the editor ------------------------------------------------------------
    def open_editor(self, entry: JournalEntry, is_new: bool = False) -> None:
        if not self.save_draft():
            return  # the open text could not be saved; it stays in the editor
        self.editing, self.is_new = entry, is_new
        editor = self.query_one(JournalEditor)
        editor.load(entry)
        self._when_resolved = editor.values()["when"]
        self._status_for(entry, "New win" if is_new and entry.is_win else "New entry" if is_new else "Editing")
        self.query_one(ContentSwitcher).current = "journal-editor"
        self.add_class("-editing")
        self.refresh_bindings()
        editor.focus_body()

    def close_editor(self) -> None:
        if not self._asked_save(self.save_draft, then_close=True):
            return
        entry = None if self.is_new else self.editing
        self.editing, self.is_new = None, False
        self.remove_class("-editing")
        self.query_one(ContentSwitcher).current = "journal-preview"
        self.refresh_bindings()
        self.refresh_list(keep=entry.id if entry else None)
        entry_list = self.query_one(EntryList)
        self._show_preview(entry_list.current)
        entry_list.focus()

    def _status_for(self, entry: JournalEntry, what: str, saved: str = "") -> None:
        when = entry.at.strftime("%a %d %b %Y, %H:%M")
        self.query_one(JournalEditor).show_status(Content.assemble(
            (what, "bold"), f"  ·  dated {when}", (f"  ·  {saved}" if saved else "  ·  saved as you type", "dim"),
        ))

    @on(JournalEditor.Changed)
    def _editor_changed(self) -> None:
        self.autosave.schedule(self.query_one(JournalEditor).values())

    def save_draft(self) -> bool:
        """Save what was typed. True when nothing is left unsaved.

        Works from the last recorded values, so it also runs while the app shuts down.
        """
        return self.autosave.flush()

    def _save_values(self, values: dict) -> bool:
        """Write the entry as typed. True when it is saved now.

        When another window holds the lock, the save waits in the background (the screen
        stays usable) and this returns False, so the text stays pending until it landed.
        """
        base = self.editing
        if base is None:
            return True
        entry, problems = entry_from_form(base, values, self.app.now(), self._when_resolved)
        if self.is_new and is_blank(entry):
            return True  # nothing to keep yet
        if self.app.saves.waiting:  # an earlier save waits for another window: this one must not overtake it
            self._show_problem("Another Resilience window is busy saving; your last change waits for it.")
            return False
        is_new = self.is_new
        stamp = now_local()
        entry = replace(entry, created_at=stamp, updated_at=stamp) if is_new else entry.edited()

        stored: list[JournalEntry] = []

        def saved() -> None:
            kept = stored[0] if stored else entry  # with its new revision, and any edits merged from elsewhere
            if self.editing is not None and self.editing.id == entry.id:
                if not problems:
                    self._when_resolved = values["when"]
                self.editing, self.is_new = kept, False
                if kept != entry and self.autosave.pending is None:
                    self._show_entry(kept)  # another window changed other parts: show them
            self._after_save(kept, problems)
            if self.autosave.pending is values:
                self.autosave.cancel()  # it waited in the background and has landed now
            elif self.autosave.pending is not None:
                self.autosave.schedule(self.autosave.pending)  # typed while it waited

        return self.app.guard(lambda: stored.append(self._write(entry, is_new)), then=saved,
                              on_error=self._show_failure, notify=False)

    def _write(self, entry: JournalEntry, is_new: bool) -> JournalEntry:
        journal = self.app.store.journal
        if is_new:
            return journal.add(entry)
        try:
            return journal.update(entry)
        except KeyError:  # deleted in another window meanwhile: keep this text as it is now
            return journal.add(entry)

    def _show_failure(self, failure: StoreError) -> None:
        if isinstance(failure, EditConflict):
            self._edit_conflict(failure)
            return
        self.app.notify(failure.message, title="Not saved", severity="error", timeout=12, markup=False)
        self._show_problem(
            f"Not saved: {failure.message} Your text is still here; it is saved again when you type, or press ctrl+s."
        )

    def _show_problem(self, text: str) -> None:
        try:
            self.query_one(JournalEditor).show_status(Content(visible(text)), error=True)
        except NoMatches:
            pass

    def _after_save(self, entry: JournalEntry, problems: list[str]) -> None:
        try:
            if problems:
                self.query_one(JournalEditor).show_status(Content(" ".join(problems) + " Your text is saved."), error=True)
            else:
                self._status_for(entry, "Editing", f"saved {self.app.now():%H:%M}")
            self.refresh_list(keep=entry.id)
        except NoMatches:
            pass  # the app is closing; the entry is saved

    # -- actions ---------------------------------------------------------------
    def check_action(self, action: str, parameters) -> bool | None:
        if action in ("star", "delete", "undo") and self.editing is not None:
            return False  # these act on the list; the editor has its own "Starred" box
        if action == "save" and self.editing is None:
            return False
        if action == "search" and isinstance(self.focused, (Input, TextArea)):
            return False  # "/" is typed into the text there
        if action == "leave" and self.editing is None:
            return False if self.is_mounted and not self.query_one("#journal-search", Input).value else True
        return True

    def action_new(self, kind: str) -> None:
        now = self.app.now().replace(second=0, microsecond=0)
        self.open_editor(JournalEntry(body="", at=now, kind=WIN if kind == WIN else ENTRY), is_new=True)

    def action_worries(self) -> None:
        from resilience_tui.ui.worries.view import WorriesModal

        self.app.push_screen(WorriesModal())

    def action_search(self) -> None:
        if self.editing is not None:
            self.close_editor()
        self.query_one("#journal-search", Input).focus()

    def action_cycle_view(self) -> None:
        self.set_view(VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)])

    def set_view(self, view: str) -> None:
        if self.editing is not None:
            self.close_editor()
        self.view = view
        self.refresh_list()

    def action_save(self) -> None:
        if self._asked_save(lambda: self.autosave.write_now(self.query_one(JournalEditor).values())):
            self.notify("Saved.", timeout=2)

    def action_leave(self) -> None:
        search_field = self.query_one("#journal-search", Input)
        if self.editing is not None:
            self.close_editor()
        elif self.focused is search_field:
            self.query_one(EntryList).focus()
        elif search_field.value:
            search_field.value = ""

    def action_star(self) -> None:
        entry = self.query_one(EntryList).current
        if entry is None:
            return
        changed = entry.edited(starred=not entry.starred)
        if self.app.guard(lambda: self.app.store.journal.update(changed)):
            self.refresh_list(keep=entry.id)
            self._show_preview(self.query_one(EntryList).current)

    def action_delete(self) -> None:
        entry = self.query_one(EntryList).current
        if entry is None:
            return
        journal = self.app.store.journal
        if self.app.guard(lambda: journal.delete(entry.id)):
            what = "win" if entry.is_win else "entry"
            self.undo_stack.push(entry, lambda: journal.restore(entry), deleted=f'Deleted the {what} "{entry.heading[:40]}"',
                                 restored=f'Brought back "{entry.heading[:40]}"')
            self.refresh_list()

    def action_undo(self) -> None:
        entry = self.undo_stack.undo()
        if entry is not None:
            self.refresh_list(keep=entry.id)

    def action_external_editor(self) -> None:
        from resilience_tui.ui.journal.external_editor import edit_text

        if self.editing is None:
            current = self.query_one(EntryList).current
            if current is None:
                self.action_new(ENTRY)
            else:
                self.open_editor(current)
        if self.editing is None:
            return
        if self.app.store.codec.encrypted and not getattr(self, "_plain_editor_ok", False):
            self._plain_editor_ok = True  # said once a session; the next ctrl+e goes ahead
            self.notify(ENCRYPTED_EDITOR, title="Your editor sees plain text", severity="warning", timeout=15,
                        markup=False)
            return
        editor = self.query_one(JournalEditor)
        result = edit_text(self.app, editor.values()["body"])
        if result.text is not None:
            editor.set_body(result.text)
            self.autosave.write_now(editor.values())
        self.notify(result.message, timeout=6, markup=False)
        editor.focus_body()

    def palette_commands(self):
        from textual.app import SystemCommand

        yield SystemCommand("Journal: new entry", "Write a new journal entry (n)", lambda: self.action_new(ENTRY))
        yield SystemCommand("Journal: new win", "Keep something that went right (w)", lambda: self.action_new(WIN))
        yield SystemCommand("Journal: edit in $EDITOR", "Open the entry in your own editor (ctrl+e)",
                            lambda: self.app.call_later(self.action_external_editor))  # once the palette has closed
        for view in VIEWS:
            yield SystemCommand(f"Journal: show {VIEW_WORDS[view].lower()}", "Change the list (v)",
                                lambda v=view: self.set_view(v))
        yield SystemCommand("Journal: worries", "Write a worry down; look back on it when its day comes (W)",
                            self.action_worries)
        yield SystemCommand("Journal: undo delete", "Bring back the entry just deleted (u)", self.action_undo)
