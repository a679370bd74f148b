"""Asked on quit while a draft lives only in memory (the disk refused it): stay, or quit and lose it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from resilience_tui.ui.common.base import ResilienceModal

MESSAGE = (
    "Your draft is not saved yet: the disk is full (or the data folder cannot be written), "
    "so it lives only in memory. Free some space, then press q: it is saved and the app closes "
    "(if the disk is still full then, the draft is lost). Press escape to stay and keep writing."
)


class UnsavedDraftModal(ResilienceModal[bool]):
    """Dismissed with True to quit anyway, False to stay."""

    BINDINGS = [
        Binding("escape", "dismiss(False)", "Stay"),
        Binding("q", "quit_anyway", "Quit anyway"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="unsaved-box", classes="dialog"):
            yield Static(Content("A draft is not saved yet"), classes="section-title")
            yield Static(Content(MESSAGE))
            with Horizontal(classes="buttons"):
                yield Button("Stay (escape)", id="stay", variant="primary")
                yield Button("Quit anyway (q)", id="quit-anyway", variant="error")

    def action_quit_anyway(self) -> None:
        # Space may have been freed meanwhile: try once more, and close either way.
        self.app.save_drafts()
        self.dismiss(True)

    @on(Button.Pressed, "#stay")
    def _stay(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#quit-anyway")
    def _quit(self) -> None:
        self.action_quit_anyway()
