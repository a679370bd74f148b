"""Two small forms for worries: writing one down with a day to look back, and the look-back itself
(did it happen? yes, no or partly, and a line about what did).

Each saves through the function it is given and closes only when the save worked, so a value that
cannot be kept or a failed write leaves everything typed on screen. What is typed is kept as a draft
(a second after typing stops, on closing and on quitting) and offered back the next time the same
form opens; escape with changes asks first, and a second escape leaves without them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.visible import visible
from resilience_tui.domain.worry import ANSWERS, Worry, answered, read_look_back, validate
from resilience_tui.store.errors import EditConflict, StoreError
from resilience_tui.ui.common.fields import Field
from resilience_tui.ui.common.form_draft import DraftedForm

FORM_CSS = """
{name} {{ align: center middle; }}
{name} .worry-box {{ width: 72; max-width: 100%; height: auto; max-height: 100%; border: round $primary;
                     padding: 0 1; background: $surface; }}
{name} Input {{ width: 1fr; background: $boost; }}
{name} Input:focus {{ background: $primary 30%; }}
{name} RadioSet {{ width: 1fr; }}
{name} RadioSet:focus {{ background: $boost; }}
{name} .error {{ margin-top: 1; }}
"""
ANSWER_BUTTONS = {"no": "No, it did not happen", "partly": "Partly", "yes": "Yes, it happened"}
RESTORED = "Restored what you typed last time. Nothing has been saved yet."
UNSAVED = "You have changes that are not saved. Press ctrl+s to save them, or escape again to leave without them."


def _restored_note() -> Static:
    note = Static(RESTORED, classes="hint restored", markup=False)
    note.display = False
    return note


class _WorryModal(DraftedForm[Worry | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Save"),
        Binding("escape", "leave", "Close", tooltip="Close (a second escape leaves without saving changes)"),
    ]

    def __init__(self, save: Callable[[Worry], Worry], today: date) -> None:
        super().__init__()
        self.save = save
        self.today = today
        self._baseline: dict[str, str] | None = None
        self._leaving = False

    def _build(self) -> Worry:
        raise NotImplementedError

    def _values(self) -> dict[str, str]:
        """What the form holds now, as text: the draft kept of it."""
        raise NotImplementedError

    def _fill(self, values: dict[str, str]) -> None:
        """Put a draft's values back in the form."""
        raise NotImplementedError

    def on_mount(self) -> None:
        baseline = self._baseline = self._values()
        draft = self.saved_draft()
        if (isinstance(draft, dict) and set(draft) == set(baseline) and all(isinstance(v, str) for v in draft.values())
                and draft != baseline):
            self._fill(draft)
            self.query_one(".restored").display = True

    @on(Input.Changed)
    @on(RadioSet.Changed)
    def _changed(self) -> None:
        if self._baseline is None:
            return  # still filling the form
        values = self._values()
        if values == self._baseline:
            self.autosave.cancel()
        else:
            self.autosave.schedule(values)

    def _show_error(self, message: str) -> None:
        error = self.query_one(".error", Static)
        error.update(Content(message))
        error.display = bool(message)

    def _focus_field(self, field: str | None) -> None:
        """Where to go for a value that cannot be kept."""

    @on(Input.Submitted)
    @on(Button.Pressed, ".save")
    def action_save(self) -> None:
        saved: list[Worry] = []
        try:
            worry = self._build()
        except ValidationError as problem:
            self._show_error(problem.message)
            self._focus_field(problem.field)
            return
        if self.app.guard(lambda: saved.append(self.save(worry)), on_error=self._save_failed, notify=False):
            self._drop_draft()
            self.dismiss(saved[0])

    def _save_failed(self, failure: StoreError) -> None:
        if isinstance(failure, EditConflict):
            self._show_error("This worry was changed in another window too. Nothing is saved yet: choose which "
                             "version to keep (escape, then ctrl+s, asks again).")
            self.ask_which_to_keep(failure, "worry", self.app.store.worries, self._save_failed)
            return
        self._show_error(f"{failure.message} What you typed is still here: press ctrl+s to try again.")

    @on(Button.Pressed, ".cancel")
    def action_leave(self) -> None:
        if self._values() == self._baseline or self._leaving:
            self._drop_draft()
            self.dismiss(None)
            return
        self._leaving = True
        self._show_error(UNSAVED)

    def on_descendant_focus(self) -> None:
        self._leaving = False


class WorryForm(_WorryModal):
    DEFAULT_CSS = FORM_CSS.format(name="WorryForm")
    DRAFT_GROUP = "worry"

    @property
    def draft_key(self) -> str:
        return "new"

    def compose(self) -> ComposeResult:
        with Vertical(classes="worry-box"):
            yield Static(Content.assemble(("Write a worry down", "bold"), ("   ctrl+s saves · escape closes", "dim")))
            yield Static("Put it in words, choose a day to look back, and you can set it down until then.",
                         classes="hint", markup=False)
            yield Static(classes="error")
            yield _restored_note()
            yield Label("The worry", classes="field-label")
            yield Field(placeholder="I'll never get an interview again", id="worry-text", compact=True)
            yield Label('Look back on  ("14d", "in 2 weeks", "friday"; empty: in 2 weeks)', classes="field-label")
            yield Field(placeholder="in 2 weeks", id="worry-when", compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Save", classes="save", variant="primary", compact=True)
                yield Button("Cancel", classes="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#worry-text", Input).focus()

    def _values(self) -> dict[str, str]:
        return {"text": self.query_one("#worry-text", Input).value, "when": self.query_one("#worry-when", Input).value}

    def _fill(self, values: dict[str, str]) -> None:
        self.query_one("#worry-text", Input).value = values["text"]
        self.query_one("#worry-when", Input).value = values["when"]

    def _build(self) -> Worry:
        now = self.app.now()
        text = self.query_one("#worry-text", Input).value
        when = read_look_back(self.query_one("#worry-when", Input).value, self.today)
        return validate(Worry(text=text, look_back_on=when, created_at=now, updated_at=now))

    def _focus_field(self, field: str | None) -> None:
        self.query_one("#worry-when" if field == "look_back_on" else "#worry-text").focus()


class LookBackForm(_WorryModal):
    DEFAULT_CSS = FORM_CSS.format(name="LookBackForm")
    DRAFT_GROUP = "look-back"  # one draft per worry looked back on

    def __init__(self, worry: Worry, save: Callable[[Worry], Worry], today: date) -> None:
        super().__init__(save, today)
        self.worry = worry

    @property
    def draft_key(self) -> str:
        return self.worry.id

    def compose(self) -> ComposeResult:
        worry = self.worry
        with Vertical(classes="worry-box"):
            yield Static(Content.assemble(("Looking back", "bold"), ("   ctrl+s saves · escape closes", "dim")))
            written = friendly_day(worry.created_at.date(), self.today)
            yield Static(Content.assemble((f"On {written} you worried:", "dim"), "\n", visible(worry.text)))
            yield Static(classes="error")
            yield _restored_note()
            yield Label("Did it happen?  (arrows move, enter or space picks)", classes="field-label")
            with RadioSet(id="look-back-answer", compact=True):
                for key, _ in ANSWERS:
                    yield RadioButton(ANSWER_BUTTONS[key], value=worry.answer == key, id=f"answer-{key}", compact=True)
            yield Label("What did happen?  (optional, a line)", classes="field-label")
            yield Field(value=worry.what_happened, id="look-back-line", compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Save", classes="save", variant="primary", compact=True)
                yield Button("Cancel", classes="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#look-back-answer", RadioSet).focus()

    def _values(self) -> dict[str, str]:
        pressed = self.query_one("#look-back-answer", RadioSet).pressed_button
        answer = pressed.id.removeprefix("answer-") if pressed is not None and pressed.id else ""
        return {"answer": answer, "line": self.query_one("#look-back-line", Input).value}

    def _fill(self, values: dict[str, str]) -> None:
        if values["answer"] in ANSWER_BUTTONS:
            self.query_one(f"#answer-{values['answer']}", RadioButton).value = True
        self.query_one("#look-back-line", Input).value = values["line"]

    def _build(self) -> Worry:
        pressed = self.query_one("#look-back-answer", RadioSet).pressed_button
        if pressed is None or pressed.id is None:
            raise ValidationError("Did it happen: no, partly or yes? Choose one with the arrows, then enter.", "answer")
        line = self.query_one("#look-back-line", Input).value
        return answered(self.worry, pressed.id.removeprefix("answer-"), line, self.today, self.app.now())

    def _focus_field(self, field: str | None) -> None:
        self.query_one("#look-back-line" if field == "what_happened" else "#look-back-answer").focus()
