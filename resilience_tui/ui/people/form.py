"""Add or change one of "my people": a name, and how to reach them in the person's own words.

It saves through the `save` function it is given and closes only when the save worked,
so a refused name or a failed write leaves everything typed on screen. What is typed is
also kept as a draft (a second after typing stops, on closing and on quitting) and
offered back the next time the same form opens, until it is saved or left on purpose.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static, TextArea

from resilience_tui.domain.person import Person, validate
from resilience_tui.domain.records import ValidationError
from resilience_tui.store.errors import EditConflict, StoreError
from resilience_tui.ui.common.fields import Field, TextBox
from resilience_tui.ui.common.form_draft import DraftedForm

RESTORED = "Restored what you typed last time. Nothing has been saved yet."


class PersonForm(DraftedForm[Person | None]):
    DRAFT_GROUP = "person"  # one draft per form: "new", or the id of the person changed
    DEFAULT_CSS = """
    PersonForm { align: center middle; }
    #person-form { width: 64; max-width: 100%; height: auto; max-height: 100%; border: round $primary;
                   padding: 0 1; background: $surface; }
    #person-form Input, #person-form TextArea { width: 1fr; background: $boost; }
    #person-note { height: 4; }
    #person-form-error { margin-top: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Save this person"),
        Binding("escape", "leave", "Close", tooltip="Close (a second escape leaves without saving changes)"),
    ]

    def __init__(self, person: Person | None, save: Callable[[Person], Person]) -> None:
        super().__init__()
        self.person = person
        self.save = save
        self._leaving = False
        self._filled = False

    @property
    def draft_key(self) -> str:
        return self.person.id if self.person else "new"

    def compose(self) -> ComposeResult:
        person = self.person
        with Vertical(id="person-form"):
            yield Static(Content.assemble(("Change this person" if person else "Add someone", "bold"),
                                          ("   ctrl+s saves · escape closes", "dim")))
            yield Static(id="person-form-error", classes="error")
            note = Static(RESTORED, id="person-form-note", classes="hint", markup=False)
            note.display = False
            yield note
            yield Label("Name", classes="field-label")
            yield Field(value=person.name if person else "", placeholder="Sam", id="person-name", compact=True)
            yield Label("How to reach them  (optional, in your own words)", classes="field-label")
            yield TextBox(person.note if person else "", id="person-note", compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Save", id="person-save", variant="primary", compact=True)
                yield Button("Cancel", id="person-cancel", compact=True)

    def on_mount(self) -> None:
        self._restore_draft()
        self._filled = True
        self.query_one("#person-name", Input).focus()

    def _restore_draft(self) -> None:
        draft = self.saved_draft()
        if not isinstance(draft, dict) or not all(isinstance(draft.get(key), str) for key in ("name", "note")):
            return
        if (draft["name"], draft["note"]) == self._values():
            return
        self.query_one("#person-name", Input).value = draft["name"]
        self.query_one("#person-note", TextArea).text = draft["note"]
        self.query_one("#person-form-note").display = True

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _changed(self) -> None:
        if not self._filled:
            return
        if self._unchanged():
            self.autosave.cancel()
        else:
            name, note = self._values()
            self.autosave.schedule({"name": name, "note": note})

    def _values(self) -> tuple[str, str]:
        return self.query_one("#person-name", Input).value, self.query_one("#person-note", TextArea).text

    def _unchanged(self) -> bool:
        person = self.person
        return self._values() == ((person.name, person.note) if person else ("", ""))

    def _build(self) -> Person:
        name, note = self._values()
        now = self.app.now()
        if self.person is not None:
            return validate(self.person.edited(now, name=name, note=note))
        return validate(Person(name=name, note=note, created_at=now, updated_at=now))

    def _show_error(self, message: str) -> None:
        error = self.query_one("#person-form-error", Static)
        error.update(Content(message))
        error.display = bool(message)

    @on(Input.Submitted, "#person-name")
    @on(Button.Pressed, "#person-save")
    def action_save(self) -> None:
        saved: list[Person] = []
        try:
            person = self._build()
        except ValidationError as problem:
            self._show_error(problem.message)
            self.query_one("#person-note" if problem.field == "note" else "#person-name").focus()
            return
        if self.app.guard(lambda: saved.append(self.save(person)), on_error=self._save_failed, notify=False):
            self._drop_draft()
            self.dismiss(saved[0])

    def _save_failed(self, failure: StoreError) -> None:
        if isinstance(failure, EditConflict):
            self._show_error("This person was changed in another window too. Nothing is saved yet: choose which "
                             "version to keep (escape, then ctrl+s, asks again).")
            self.ask_which_to_keep(failure, "person", self.app.store.people, self._save_failed)
            return
        self._show_error(f"{failure.message} What you typed is still here: press ctrl+s to try again.")

    @on(Button.Pressed, "#person-cancel")
    def action_leave(self) -> None:
        if self._unchanged() or self._leaving:
            self._drop_draft()
            self.dismiss(None)
            return
        self._leaving = True
        self._show_error("You have changes that are not saved. Press ctrl+s to save them, or escape again to leave without them.")

    def on_descendant_focus(self) -> None:
        self._leaving = False
