"""Two small forms for worries: writing one down with a day to look back, and the look-back itself
(did it happen? yes, no or partly, and a line about what did).

Each saves through the function it is given and closes only when the save worked, so a value that
cannot be kept or a failed write leaves everything typed on screen.
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
from resilience_tui.store.errors import StoreError
from resilience_tui.ui.common.base import ResilienceModal
from resilience_tui.ui.common.fields import Field

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


class _WorryModal(ResilienceModal[Worry | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Save"),
        Binding("escape", "leave", "Close", tooltip="Close without saving"),
    ]

    def __init__(self, save: Callable[[Worry], Worry], today: date) -> None:
        super().__init__()
        self.save = save
        self.today = today

    def _build(self) -> Worry:
        raise NotImplementedError

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
            self.dismiss(saved[0])

    def _save_failed(self, failure: StoreError) -> None:
        self._show_error(f"{failure.message} What you typed is still here: press ctrl+s to try again.")

    @on(Button.Pressed, ".cancel")
    def action_leave(self) -> None:
        self.dismiss(None)


class WorryForm(_WorryModal):
    DEFAULT_CSS = FORM_CSS.format(name="WorryForm")

    def compose(self) -> ComposeResult:
        with Vertical(classes="worry-box"):
            yield Static(Content.assemble(("Write a worry down", "bold"), ("   ctrl+s saves · escape closes", "dim")))
            yield Static("Put it in words, choose a day to look back, and you can set it down until then.",
                         classes="hint", markup=False)
            yield Static(classes="error")
            yield Label("The worry", classes="field-label")
            yield Field(placeholder="I'll never get an interview again", id="worry-text", compact=True)
            yield Label('Look back on  ("14d", "in 2 weeks", "friday"; empty: in 2 weeks)', classes="field-label")
            yield Field(placeholder="in 2 weeks", id="worry-when", compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Save", classes="save", variant="primary", compact=True)
                yield Button("Cancel", classes="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#worry-text", Input).focus()

    def _build(self) -> Worry:
        now = self.app.now()
        text = self.query_one("#worry-text", Input).value
        when = read_look_back(self.query_one("#worry-when", Input).value, self.today)
        return validate(Worry(text=text, look_back_on=when, created_at=now, updated_at=now))

    def _focus_field(self, field: str | None) -> None:
        self.query_one("#worry-when" if field == "look_back_on" else "#worry-text").focus()


class LookBackForm(_WorryModal):
    DEFAULT_CSS = FORM_CSS.format(name="LookBackForm")

    def __init__(self, worry: Worry, save: Callable[[Worry], Worry], today: date) -> None:
        super().__init__(save, today)
        self.worry = worry

    def compose(self) -> ComposeResult:
        worry = self.worry
        with Vertical(classes="worry-box"):
            yield Static(Content.assemble(("Looking back", "bold"), ("   ctrl+s saves · escape closes", "dim")))
            written = friendly_day(worry.created_at.date(), self.today)
            yield Static(Content.assemble((f"On {written} you worried:", "dim"), "\n", visible(worry.text)))
            yield Static(classes="error")
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

    def _build(self) -> Worry:
        pressed = self.query_one("#look-back-answer", RadioSet).pressed_button
        if pressed is None or pressed.id is None:
            raise ValidationError("Did it happen: no, partly or yes? Choose one with the arrows, then enter.", "answer")
        line = self.query_one("#look-back-line", Input).value
        return answered(self.worry, pressed.id.removeprefix("answer-"), line, self.today, self.app.now())

    def _focus_field(self, field: str | None) -> None:
        self.query_one("#look-back-line" if field == "what_happened" else "#look-back-answer").focus()
