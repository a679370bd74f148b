"""Reflection: guided worksheets that look back at an interview calmly, and the story bank.

Four views in one screen: the list of worksheets, the editor (nine sections, saved
about a second after typing stops, when it closes, when the screen changes and when
the app quits, SIGTERM and SIGHUP included), a rendered preview, and the story bank.
A save that fails leaves the text in the editor with a plain message.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.widgets import ContentSwitcher, OptionList, Static

from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.reflection import Reflection, from_values, is_blank, sections_with_content, validate
from resilience_tui.domain.visible import visible
from resilience_tui.services import reflections as service
from resilience_tui.store.errors import StoreError
from resilience_tui.ui.common.autosave import Autosave
from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.common.screen_bar import ScreenBar
from resilience_tui.ui.reflection.controller import ReflectionActions
from resilience_tui.ui.reflection.editor import LISTS, ReflectionEditor
from resilience_tui.ui.reflection.glance import ListGlance
from resilience_tui.ui.reflection.home import WorksheetHome
from resilience_tui.ui.reflection.presenter import (
    ACTIONS_IN,
    VIEWS,
    about_words,
    editor_context,
    offer_keys,
    reading_keys,
)
from resilience_tui.ui.reflection.preview import ReflectionGlance, ReflectionPreview
from resilience_tui.ui.reflection.progress import SectionProgress
from resilience_tui.ui.reflection.story_bank import StoryBank
from resilience_tui.ui.reflection.worksheet_list import ReflectionList


class ReflectionScreen(ResilienceScreen):
    CSS_PATH = "reflection.tcss"  # loaded when the screen is first opened, not at start-up
    TITLE = "Reflection"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    BINDINGS = [
        Binding("n", "new", "New", tooltip="Start a worksheet: about one application, or a general look back"),
        Binding("e", "edit", "Edit", tooltip="In the preview: go back to writing in the worksheet"),
        Binding("p", "preview", "Preview", tooltip="Read the whole worksheet, rendered"),
        Binding("x", "export", "Export .md", tooltip="Save the worksheet as a Markdown file, in Documents or your home folder"),
        Binding("m", "complete", "Complete", tooltip="Mark the worksheet complete (or back to draft)"),
        Binding("s", "bank", "Story bank", tooltip="Every STAR story from every worksheet, searchable"),
        Binding("d,delete", "delete", "Delete", tooltip="Delete the highlighted worksheet (u brings it back)"),
        Binding("u", "undo", "Undo delete", show=False, tooltip="Bring back the worksheet just deleted"),
        Binding("ctrl+s", "save", "Save", tooltip="Save now (it also saves itself as you type)"),
        Binding("escape", "leave", "Back", tooltip="Close the editor (saved), the preview or the story bank"),
        Binding("ctrl+down", "section(1)", "Next section", tooltip="Jump to the next section"),
        Binding("ctrl+up", "section(-1)", "Prev section", tooltip="Jump to the previous section"),
        Binding("ctrl+n", "add_item", "Add another", tooltip="Add another story, thought or action"),
        Binding("ctrl+g", "make_goal", "Make goal", tooltip="Put the action under the cursor on your Goals board"),
        Binding("ctrl+o", "category", "Category", tooltip="On an action: the next goal category for it (it keeps your choice)"),
        Binding("ctrl+t", "complete_editing", "Complete", tooltip="Mark the worksheet complete (or back to draft)"),
        Binding("ctrl+r", "preview_editing", "Preview", tooltip="Read the whole worksheet, rendered"),
    ]
    HELP_KEYS = [
        ("tab / shift+tab", "In a worksheet: the next or previous field, on into the next section"),
        ("enter", "On an action: start the next action"),
        ("space", "On the thinking traps: tick or untick the highlighted one"),
        ("story bank", "Type to search; q:word looks only in the question a story answers; enter opens it"),
        ("✎ / ✓", "In the list: a draft / complete"),
    ]
    HELP_WIDGETS = [("Worksheet list", ReflectionList)]

    def __init__(self) -> None:
        super().__init__()
        self.mode = "list"
        self.came_from = "list"  # where escape goes back to from the preview
        self.editing: Reflection | None = None  # as last saved (or, when new, not saved yet)
        self.is_new = False
        self.received = False  # feedback points came from a request (section 8 has something)
        self.autosave: Autosave[dict] = Autosave(self, self._write)  # typed but not saved yet
        self.actions = ReflectionActions(self)
        self.glance = ListGlance(self, Static(id="rf-summary"))
        self.home = WorksheetHome(self)

    def compose(self) -> ComposeResult:
        yield ScreenBar()
        with ContentSwitcher(initial="rf-home", id="rf-views"):
            with Horizontal(id="rf-home"):
                with Vertical(id="rf-side"):
                    yield Static(id="rf-count", classes="hint")
                    yield ReflectionList(id="rf-list")
                    yield self.glance.summary
                yield ReflectionGlance(id="rf-glance")
            yield Horizontal(id="rf-editing")  # the editor is built when first opened (most visits only look)
            with Vertical(id="rf-reading"):
                yield Static(classes="hint", id="rf-reading-keys")
                yield ReflectionPreview(id="rf-preview")
            yield StoryBank(id="rf-bank")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.app.register_draft_saver(self.save_draft)

    async def on_screen_resume(self) -> None:
        changed: list[bool] = []
        self.app.guard(lambda: changed.append(self.app.store.refresh()))
        if any(changed):  # another window changed something: show it afresh
            self.glance.forget()
        if self.mode == "list":
            self.refresh_list()
            self.query_one(ReflectionList).focus()
        self.app.report_problems()

    def start_from_application(self, application_id: str | None) -> None:
        """Open the worksheet about this application, or start one (another screen asks; it may not be showing yet)."""
        self.when_shown(lambda: self.actions.reflect_on(application_id))

    def on_screen_suspend(self) -> None:
        self.save_draft()

    # -- views ---------------------------------------------------------------------------
    def show_view(self, mode: str) -> None:
        self.mode = mode
        self.query_one(ContentSwitcher).current = VIEWS[mode]
        self.refresh_bindings()

    def refresh_bindings(self) -> None:
        if self.is_mounted:  # the footer names what m and ctrl+t will do to the worksheet they mean
            offer_keys(self._bindings, self.query_one(ReflectionList).current if self.mode == "list" else self.editing)
        super().refresh_bindings()

    def check_action(self, action: str, parameters) -> bool | None:
        if action not in {a for names in ACTIONS_IN.values() for a in names}:
            return True
        if action not in ACTIONS_IN[self.mode]:
            return False
        if action in ("add_item", "make_goal", "category"):
            editor = self.query_one(ReflectionEditor)
            return editor.current in LISTS if action == "add_item" else editor.focused_action() is not None
        if action in ("export", "complete", "delete", "preview") and self.mode == "list":
            return self.query_one(ReflectionList).current is not None
        return True

    def refresh_list(self, keep: str | None = None) -> None:
        self.home.refresh(keep)
        self.glance.show(at_once=True)
        self.refresh_bindings()

    def on_resize(self) -> None:
        if self.mode == "list" and self.is_mounted:
            self.call_after_refresh(self.glance.show, True)  # beside the list only on a large terminal

    @on(OptionList.OptionHighlighted, "#rf-list")
    def _highlighted(self) -> None:
        self.glance.show()
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#rf-list")
    async def _selected(self) -> None:
        await self.action_edit()

    # -- the editor ----------------------------------------------------------------------
    async def _build_editor(self) -> None:
        if not self.query("#rf-editor"):
            form = Vertical(SectionProgress(id="rf-progress"), Static(id="rf-status"), ReflectionEditor(id="rf-editor"),
                            id="rf-form")
            await self.query_one("#rf-editing").mount_all([SectionProgress(tall=True, id="rf-nav"), form])

    async def open_editor(self, reflection: Reflection, is_new: bool = False, section: str | None = None) -> None:
        if not self.save_draft():
            return  # the open text could not be saved; it stays in the editor
        await self._build_editor()
        self.editing, self.is_new = reflection, is_new
        editor = self.query_one(ReflectionEditor)
        context = editor_context(self.app.store, reflection, self.app.now())
        self.received = context.received is not None
        await editor.load(reflection, checkins=context.checkins, received=context.received, columns=context.columns)
        self.show_view("editor")
        editor.go_to(section or "happened")
        self._show_progress()
        self.show_status("New worksheet" if is_new else "Editing")

    def close_editor(self) -> None:
        if not self.save_draft():
            return
        keep = None if self.is_new else self.editing.id if self.editing else None
        self.editing, self.is_new = None, False
        self.show_view("list")
        self.refresh_list(keep)
        self.query_one(ReflectionList).focus()

    def _current_worksheet(self, values: dict | None = None) -> Reflection | None:
        if self.editing is None:
            return None
        try:
            return from_values(self.editing, values or self.query_one(ReflectionEditor).values())
        except NoMatches:
            return self.editing

    def _show_progress(self, values: dict | None = None) -> None:
        worksheet = self._current_worksheet(values)
        if worksheet is None:
            return
        filled = sections_with_content(worksheet, self.received)
        current = self.query_one(ReflectionEditor).current
        for progress in self.query(SectionProgress):
            progress.show(filled, current)

    def show_status(self, what: str, saved: str = "", error: str = "") -> None:
        """The editor's status line: what is open and when it was saved, or what went wrong."""
        try:
            status = self.query_one("#rf-status", Static)
        except NoMatches:
            return
        if error:
            status.update(Content(visible(error)))
            status.set_class(True, "error-line")
            return
        status.set_class(False, "error-line")
        worksheet = self.editing
        about = about_words(self.app.store, worksheet) if worksheet else ""
        state = "complete" if worksheet and worksheet.is_complete else "draft"
        status.update(Content.assemble((what, "bold"), f" · {about} · {state}",
                                       (f" · {saved}" if saved else " · saved as you type", "dim")))

    @on(ReflectionEditor.Changed)
    def _editor_changed(self) -> None:
        values = self.query_one(ReflectionEditor).values()
        self.autosave.schedule(values)
        self._show_progress(values)

    @on(ReflectionEditor.SectionEntered)
    def _section_entered(self) -> None:
        self._show_progress()
        self.refresh_bindings()

    @on(SectionProgress.Picked)
    def _picked(self, event: SectionProgress.Picked) -> None:
        self.query_one(ReflectionEditor).go_to(event.key)

    def on_descendant_focus(self) -> None:
        if self.mode == "editor":
            self.refresh_bindings()  # ctrl+g shows on an action only

    def save_draft(self) -> bool:
        """Save what was typed. True when nothing is left unsaved.

        Works from the last recorded values, so it also runs while the app shuts down.
        """
        return self.autosave.flush()

    def _write(self, values: dict) -> bool:
        base = self.editing
        if base is None:
            return True
        try:
            worksheet = validate(from_values(base, values))
        except ValidationError as problem:
            self.show_status("", error=f"{problem.message} Your words are still here, not saved yet.")
            return False
        if self.is_new and is_blank(worksheet):
            return True  # nothing to keep yet
        worksheet = worksheet.edited(self.app.now()) if not self.is_new else worksheet
        if not self.app.guard(lambda: service.save(self.app.store, worksheet), on_error=self._save_failed):
            return False
        self.editing, self.is_new = worksheet, False
        self.show_status("Editing", f"saved {self.app.now():%H:%M}")
        return True

    def _save_failed(self, failure: StoreError) -> None:
        self.show_status("", error=f"Not saved: {failure.message} Your words are still here; "
                                   "they are saved again when you type, or press ctrl+s.")

    # -- actions -------------------------------------------------------------------------
    def action_new(self) -> None:
        self.actions.pick_and_start()

    async def action_edit(self) -> None:
        target = self.editing if self.mode == "preview" and self.editing else self.query_one(ReflectionList).current
        if target is not None:
            await self.open_editor(self.app.store.reflections.get(target.id) or target)

    def action_preview(self) -> None:
        current = self.query_one(ReflectionList).current
        if current is not None:
            self.editing = current
            self._read(current, "list")

    def action_preview_editing(self) -> None:
        if self.save_draft() and self.editing is not None:
            self._read(self._current_worksheet() or self.editing, "editor")

    def _read(self, worksheet: Reflection, came_from: str) -> None:
        self.came_from = came_from
        self.query_one("#rf-reading-keys", Static).update(reading_keys(worksheet))
        self.query_one("#rf-preview", ReflectionPreview).show(service.as_markdown(self.app.store, worksheet, self.app.now()))
        self.show_view("preview")
        self.query_one("#rf-preview").focus()

    def _target(self) -> Reflection | None:
        """The worksheet a key means: the one open (saved first), or the one highlighted in the list."""
        if self.mode in ("editor", "preview"):
            return self.editing if self.save_draft() and not self.is_new else None
        return self.query_one(ReflectionList).current

    def action_export(self) -> None:
        worksheet = self._target()
        if worksheet is not None:
            self.actions.export(worksheet)

    def action_complete(self) -> None:
        worksheet = self._target()
        if worksheet is not None:
            saved = self.actions.toggle_complete(worksheet)
            if saved is not None and self.mode == "preview":
                self._read(saved, self.came_from)
            elif saved is not None and self.mode == "list":
                self.refresh_list(saved.id)

    def action_complete_editing(self) -> None:
        if self.save_draft() and self.editing is not None:
            if self.is_new:  # nothing written yet
                self.notify("Write something first; then it can be marked complete.", markup=False)
                return
            self.actions.toggle_complete(self.editing)
            self.refresh_bindings()

    def action_bank(self) -> None:
        self.actions.open_bank()

    def action_section(self, offset: int) -> None:
        self.query_one(ReflectionEditor).step(offset)

    async def action_add_item(self) -> None:
        editor = self.query_one(ReflectionEditor)
        if editor.current in LISTS:
            after = editor.focused_action() if editor.current == "actions" else None
            await editor.add_item(editor.current, after=after)

    def action_make_goal(self) -> None:
        if row := self.query_one(ReflectionEditor).focused_action():
            self.actions.make_goal(row)

    def action_category(self) -> None:
        if row := self.query_one(ReflectionEditor).focused_action():
            row.next_category()

    def action_save(self) -> None:
        if self.autosave.write_now(self.query_one(ReflectionEditor).values()):
            self.notify("Saved.", timeout=2)

    def action_leave(self) -> None:
        if self.mode == "editor":
            self.close_editor()
        elif self.mode == "preview" and self.came_from == "editor":
            self.show_view("editor")
            self.query_one(ReflectionEditor).go_to(self.query_one(ReflectionEditor).current)
        elif self.mode in ("preview", "bank"):
            keep = self.editing.id if self.editing and self.mode == "preview" else None
            self.editing = None
            self.show_view("list")
            self.refresh_list(keep)
            self.query_one(ReflectionList).focus()

    def action_delete(self) -> None:
        self.actions.delete()

    def action_undo(self) -> None:
        self.actions.undo_delete()

    @on(StoryBank.OpenRequested)
    async def _open_story(self, event: StoryBank.OpenRequested) -> None:
        worksheet = self.app.store.reflections.get(event.banked.reflection.id)
        if worksheet is not None:
            await self.open_editor(worksheet, section="stories")

    def palette_commands(self):
        yield SystemCommand("Reflection: new worksheet", "Look back at an interview (n)", self.action_new)
        yield SystemCommand("Reflection: story bank", "Every STAR story, searchable (s)", self.action_bank)
        yield SystemCommand("Reflection: export as Markdown", "Save this worksheet as a .md file (x)", self.action_export)
        yield SystemCommand("Reflection: complete or draft", "Mark this worksheet complete, or back to draft (m, ctrl+t)",
                            self.action_complete)
        yield SystemCommand("Reflection: undo delete", "Bring back the worksheet just deleted (u)", self.action_undo)

