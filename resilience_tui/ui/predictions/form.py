"""Guesses on an application in progress: how likely an offer seems, and how a no would feel and for how long.

Every guess is optional. It saves through the `save` function it is given and closes only when the
save worked, so a value out of range or a failed write leaves everything typed on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static

from resilience_tui.domain.application import Application
from resilience_tui.domain.moods import MOODS
from resilience_tui.domain.prediction import MAX_DAYS, Prediction, check, read_number
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.visible import visible
from resilience_tui.store.errors import StoreError
from resilience_tui.ui.common.base import ResilienceModal
from resilience_tui.ui.common.fields import Field
from resilience_tui.ui.common.scale import ScalePicker

INTRO = ("A guess now, set beside what happens later. Most people expect a no to hurt more, and for longer, "
         "than it does. Every guess is optional.")


class PredictionForm(ResilienceModal[Prediction | None]):
    DEFAULT_CSS = """
    PredictionForm { align: center middle; }
    #prediction-form { width: 76; max-width: 100%; height: auto; max-height: 100%; border: round $primary;
                       padding: 0 1; background: $surface; }
    #prediction-form Input { width: 16; background: $boost; }
    #prediction-form Input:focus { background: $primary 30%; }
    #prediction-form .field-label { margin-top: 0; }
    #prediction-form-error { margin-top: 1; }
    #prediction-form .buttons { margin-top: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Keep these guesses"),
        Binding("escape", "leave", "Close", tooltip="Close without saving"),
    ]

    def __init__(self, application: Application, today: date, save: Callable[[Prediction], object]) -> None:
        super().__init__()
        self.application = application
        self.today = today
        self.save = save

    def compose(self) -> ComposeResult:
        guess = self.application.prediction or Prediction()
        with Vertical(id="prediction-form"):
            yield Static(Content.assemble(("Your guesses: ", "bold"), (visible(self.application.title), "bold"),
                                          ("   ctrl+s saves · escape closes", "dim")))
            yield Static(Content(INTRO), classes="hint")
            yield Static(id="prediction-form-error", classes="error")
            yield Label("How likely is an offer?  (0 to 100 %)", classes="field-label")
            yield Field(value="" if guess.chance is None else str(guess.chance), placeholder="30", id="prediction-chance",
                        compact=True)
            yield Label("If it is a no, how will you feel?  (1 to 5; 0 clears)", classes="field-label")
            picker: ScalePicker = ScalePicker(MOODS, optional=True, id="prediction-feel")
            picker.value = guess.feel
            yield picker
            yield Label("For how many days?", classes="field-label")
            yield Field(value="" if guess.days is None else str(guess.days), placeholder="14", id="prediction-days",
                        compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Save", id="prediction-save", variant="primary", compact=True)
                yield Button("Cancel", id="prediction-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#prediction-chance", Input).focus()

    def _build(self) -> Prediction:
        chance = read_number(self.query_one("#prediction-chance", Input).value, 0, 100,
                             "The chance of an offer", "chance")
        days = read_number(self.query_one("#prediction-days", Input).value, 0, MAX_DAYS, "The days", "days")
        feel = self.query_one("#prediction-feel", ScalePicker).value
        return check(chance, feel, days, self.today)

    def _show_error(self, message: str) -> None:
        error = self.query_one("#prediction-form-error", Static)
        error.update(Content(message))
        error.display = bool(message)

    @on(Input.Submitted)
    @on(Button.Pressed, "#prediction-save")
    def action_save(self) -> None:
        try:
            guess = self._build()
        except ValidationError as problem:
            self._show_error(problem.message)
            target = {"days": "#prediction-days", "feel": "#prediction-feel"}.get(problem.field or "", "#prediction-chance")
            self.query_one(target).focus()
            return
        try:
            saved = self.app.guard(lambda: self.save(guess), on_error=self._save_failed, notify=False)
        except ValidationError as problem:  # the outcome came in meanwhile (from another window)
            self._show_error(problem.message)
            return
        if saved:
            self.dismiss(guess)

    def _save_failed(self, failure: StoreError) -> None:
        self._show_error(f"{failure.message} What you typed is still here: press ctrl+s to try again.")

    @on(Button.Pressed, "#prediction-cancel")
    def action_leave(self) -> None:
        self.dismiss(None)
