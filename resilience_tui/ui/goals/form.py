"""The goal form: title, category, due date, steps, notes, and whether it repeats weekly.

It saves through the `save` function it is given and closes only when the save
worked, so a refused value or a failed write leaves everything typed on screen.
What is typed is also kept as a draft as you type (and on quit), and offered back
when the form opens again for the same goal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Checkbox, Input, Label, SelectionList, Static, TextArea

from resilience_tui.domain.date_phrases import read_due
from resilience_tui.domain.day_words import due_words, short_date
from resilience_tui.domain.goal import Goal, Step
from resilience_tui.domain.records import ValidationError
from resilience_tui.store.errors import EditConflict, StoreError
from resilience_tui.ui.common.fields import Field, TextBox
from resilience_tui.ui.common.form_draft import DraftedForm
from resilience_tui.ui.common.scale import ScalePicker
from resilience_tui.ui.common.tick import TickBox
from resilience_tui.ui.goals.fields import CategoryPicker, StepList

DRAFT_FIELDS = {"title": str, "category": str, "due": str, "weekly": bool, "steps": list, "notes": str}


def draft_of(values: dict) -> dict:
    """The form's values as plain data, to keep as a draft."""
    return {**values, "steps": [step.to_dict() for step in values["steps"]]}


class GoalForm(DraftedForm[Goal | None]):
    DRAFT_GROUP = "goal"  # one draft per form: "new", or the id of the goal edited
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Save the goal"),
        Binding("escape", "leave", "Close", tooltip="Close (a second escape leaves without saving changes)"),
    ]

    def __init__(self, goal: Goal | None, today: date, save: Callable[[Goal], Goal]) -> None:
        super().__init__()
        self.goal = goal
        self.today = today
        self.save = save
        self._baseline: dict | None = None
        self._leaving = False

    @property
    def draft_key(self) -> str:
        return self.goal.id if self.goal else "new"

    def compose(self) -> ComposeResult:
        goal = self.goal
        with Vertical(id="goal-form", classes="dialog-form"):
            yield Static(Content.assemble(
                ("Edit goal" if goal else "New goal", "bold"), ("   ctrl+s saves · escape closes", "dim")
            ), id="goal-form-title")
            yield Static(id="goal-form-error", classes="error")
            note = Static(id="goal-form-note", classes="hint")
            note.display = False
            yield note
            # Not a focus stop of its own: each field scrolls into view when it has focus.
            with VerticalScroll(id="goal-form-fields", can_focus=False):
                yield Label("Title", classes="field-label")
                yield Field(value=goal.title if goal else "", placeholder="Finish one module of the SQL course",
                            id="goal-title", compact=True)
                yield Label("Category  (1 to 5, or ← →)", classes="field-label")
                yield CategoryPicker(id="goal-category")
                yield Label('Due  ("friday", "in 2 weeks", "2026-12-03"; empty for none)', classes="field-label")
                yield Field(value=goal.due.isoformat() if goal and goal.due else "", id="goal-due", compact=True)
                yield Static(id="goal-due-words", classes="hint")
                yield TickBox("Repeats every week (the steps start fresh each Monday)", value=bool(goal and goal.weekly),
                               id="goal-weekly", compact=True)
                yield Label("Steps  (space ticks · delete removes · ctrl+↑↓ reorders)", classes="field-label")
                yield StepList(id="goal-steps")
                yield Field(placeholder="Add a step, then press enter", id="goal-new-step", compact=True)
                yield Label("Notes", classes="field-label")
                yield TextBox(goal.notes if goal else "", id="goal-notes", compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Save", id="goal-save", variant="primary", compact=True)
                yield Button("Cancel", id="goal-cancel", compact=True)

    def on_mount(self) -> None:
        picker = self.query_one(CategoryPicker)
        picker.choose_key(self.goal.category if self.goal else "job-search")
        steps = self.query_one(StepList)
        steps.set_steps(list(self.goal.steps) if self.goal else [])
        self._show_due()
        self._baseline = self._values()
        self._restore_draft()
        self.query_one("#goal-title", Input).focus()

    # -- drafts ------------------------------------------------------------
    def _restore_draft(self) -> None:
        draft = self.saved_draft()
        if not isinstance(draft, dict) or not all(isinstance(draft.get(k), kind) for k, kind in DRAFT_FIELDS.items()):
            return
        try:
            steps = [Step.from_dict(step) for step in draft["steps"]]
        except (KeyError, ValueError):
            return
        self.query_one("#goal-title", Input).value = draft["title"]
        self.query_one(CategoryPicker).choose_key(draft["category"])
        self.query_one("#goal-due", Input).value = draft["due"]
        self.query_one("#goal-weekly", Checkbox).value = draft["weekly"]
        self.query_one(StepList).set_steps(steps)
        self.query_one("#goal-notes", TextArea).text = draft["notes"]
        note = self.query_one("#goal-form-note", Static)
        note.update("Restored what you typed last time. Nothing has been saved yet.")
        note.display = True

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Checkbox.Changed)
    @on(ScalePicker.Changed)
    @on(SelectionList.SelectedChanged)
    def _changed(self) -> None:
        if self._baseline is None:
            return  # still filling the form
        values = self._values()
        if values != self._baseline:
            self.autosave.schedule(draft_of(values))


    # -- reading the form --------------------------------------------------
    def _values(self) -> dict:
        return {
            "title": self.query_one("#goal-title", Input).value,
            "category": self.query_one(CategoryPicker).key,
            "due": self.query_one("#goal-due", Input).value,
            "weekly": self.query_one("#goal-weekly", Checkbox).value,
            "steps": self.query_one(StepList).current_steps() + self._pending_step(),
            "notes": self.query_one("#goal-notes", TextArea).text,
        }

    def _pending_step(self) -> list[Step]:
        """A step typed but not yet added with enter still counts: nothing typed is dropped."""
        text = self.query_one("#goal-new-step", Input).value
        return [Step(text)] if text.strip() else []

    def _build(self) -> Goal:
        values = self._values()
        due = read_due(values["due"], self.today)
        fields = dict(title=values["title"], category=values["category"], due=due, weekly=values["weekly"],
                      steps=tuple(values["steps"]), notes=values["notes"])
        now = self.app.now()
        if self.goal is not None:
            return self.goal.edited(now, **fields)
        return Goal(**fields, created_at=now, updated_at=now)

    @on(Input.Changed, "#goal-due")
    def _show_due(self) -> None:
        words = self.query_one("#goal-due-words", Static)
        try:
            due = read_due(self.query_one("#goal-due", Input).value, self.today)
        except ValidationError:
            words.update(Content("Not a date I can read yet.").stylize("italic"))
            return
        words.update(f"{short_date(due, self.today)}, {due_words(due, self.today)}" if due else "No due date.")

    @on(Input.Submitted, "#goal-new-step")
    def _add_step(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.query_one(StepList).add_step(event.value)
            event.input.value = ""

    @on(StepList.Typed)
    def _type_a_step(self, event: StepList.Typed) -> None:
        """Letters typed on the list of steps start a new step rather than vanish."""
        field = self.query_one("#goal-new-step", Field)
        field.focus()
        if event.character:
            field.cursor_position = len(field.value)
            field.insert_text_at_cursor(event.character)

    @on(Input.Submitted, "#goal-title")
    @on(Input.Submitted, "#goal-due")
    def _submit(self) -> None:
        self.action_save()

    # -- actions -----------------------------------------------------------
    def _show_error(self, message: str) -> None:
        error = self.query_one("#goal-form-error", Static)
        error.update(Content(message))
        error.display = bool(message)

    @on(Button.Pressed, "#goal-save")
    def action_save(self) -> None:
        saved: list[Goal] = []
        try:
            goal = self._build()
            worked = self.app.guard(lambda: saved.append(self.save(goal)), on_error=self._save_failed, notify=False)
        except ValidationError as problem:
            self._show_error(problem.message)
            target = {"title": "#goal-title", "due": "#goal-due", "steps": "#goal-steps"}.get(problem.field or "")
            if target:
                self.query_one(target).focus()
            return
        if worked:
            self._drop_draft()
            self.dismiss(saved[0])

    def _save_failed(self, failure: StoreError) -> None:
        if isinstance(failure, EditConflict):
            self._show_error("This goal was changed in another window too. Nothing is saved yet: choose which "
                             "version to keep (escape, then ctrl+s, asks again).")
            self.ask_which_to_keep(failure, "goal", self.app.store.goals, self._save_failed)
            return
        self._show_error(f"{failure.message} Your goal is still here: press ctrl+s to try again.")

    @on(Button.Pressed, "#goal-cancel")
    def action_leave(self) -> None:
        if self._values() == self._baseline or self._leaving:
            self._drop_draft()
            self.dismiss(None)
            return
        self._leaving = True
        self._show_error("You have changes that are not saved. Press ctrl+s to save them, or escape again to leave without them.")

    def on_descendant_focus(self) -> None:
        self._leaving = False
