"""Mark a feedback request sent or "no reply", on a day the person can change."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from resilience_tui.domain.date_phrases import read_day
from resilience_tui.domain.records import ValidationError
from resilience_tui.ui.common.fields import Field

QUESTIONS = {
    "sent": ("Mark as sent", "Which day did you send it?"),
    "no_reply": ("No reply", "It's common not to hear back, and it says nothing about you. From which day?"),
    "draft": ("Back to draft", "It goes back to being a draft you can change."),
}


class StatusModal(ModalScreen[tuple[str, date | None] | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, status: str, today: date) -> None:
        super().__init__()
        self.status = status
        self.today = today

    def compose(self) -> ComposeResult:
        title, question = QUESTIONS[self.status]
        with Vertical(classes="form-dialog", id="status-form"):
            yield Static(Content.assemble((title, "bold"), ("   enter confirms · escape closes", "dim")))
            yield Label(question, classes="field-label")
            yield Field("today", id="status-day")
            yield Static(id="status-error", classes="error")

    def on_mount(self) -> None:
        day = self.query_one("#status-day", Input)
        day.display = self.status != "draft"
        day.focus()

    def key_enter(self) -> None:
        if self.status == "draft":
            self.dismiss(("draft", None))

    @on(Input.Submitted, "#status-day")
    def _confirm(self, event: Input.Submitted) -> None:
        try:
            day = read_day(event.value, self.today, "past")
        except ValidationError as problem:
            day, message = None, problem.message
        else:
            message = "" if day else 'Which day? "today" is fine.'
        if day is not None and day > self.today:
            day, message = None, "That day is still to come. Which day was it?"
        if day is None:
            box = self.query_one("#status-error", Static)
            box.update(Content(message))
            box.display = True
            return
        self.dismiss((self.status, day))
