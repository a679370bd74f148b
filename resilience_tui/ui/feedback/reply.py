"""Record a reply: the day it came and the feedback, one point a line."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from resilience_tui.domain.date_phrases import read_day
from resilience_tui.domain.day_words import day_text
from resilience_tui.domain.records import ValidationError
from resilience_tui.ui.common.fields import Field, TextBox


class ReplyModal(ModalScreen[tuple[date, str] | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "close", "Close"),
    ]

    def __init__(self, today: date, replied_on: date | None, points: str) -> None:
        super().__init__()
        self.today = today
        self.replied_on = replied_on
        self.points = points

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog", id="reply-form"):
            yield Static(Content.assemble(("They replied", "bold"), ("   ctrl+s saves · escape closes", "dim")))
            yield Label("Which day?", classes="field-label")
            yield Field(day_text(self.replied_on) or "today", id="reply-day")
            yield Static(id="reply-error", classes="error")
            yield Label("What they said, one point a line  (each can become a goal with g)", classes="field-label")
            yield TextBox(self.points, id="reply-points")
            yield Static("Whatever they said, asking took courage. Keep what helps and leave the rest.", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#reply-points", TextArea).focus()

    def action_save(self) -> None:
        text = self.query_one("#reply-day", Input).value
        message = ""
        try:
            day = read_day(text, self.today, "past")
        except ValidationError as problem:
            day, message = None, problem.message
        if day is None and not message:
            message = 'Which day did they reply? "today" is fine.'
        if day is not None and day > self.today:
            day, message = None, "That day is still to come. Which day did they reply?"
        if day is None:
            box = self.query_one("#reply-error", Static)
            box.update(Content(message))
            box.display = True
            self.query_one("#reply-day", Input).focus()
            return
        self.dismiss((day, self.query_one("#reply-points", TextArea).text))

    def action_close(self) -> None:
        if self.query_one("#reply-points", TextArea).text != self.points:
            self.notify("The points were not saved: press p again, then ctrl+s, to record them.",
                        severity="warning", markup=False)
        self.dismiss(None)
