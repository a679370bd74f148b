"""Tells the person a data file could not be read, where it was kept, and offers the backup."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from resilience_tui.store.datafile import Problem
from resilience_tui.ui.common.base import ResilienceModal


class ProblemModal(ResilienceModal[bool]):
    BINDINGS = [Binding("escape", "dismiss(False)", "Continue")]

    def __init__(self, problem: Problem) -> None:
        super().__init__()
        self.problem = problem

    def compose(self) -> ComposeResult:
        with Vertical(id="problem-box", classes="dialog"):
            yield Static(Content("A data file needed attention"), classes="section-title")
            yield Static(Content(self.problem.message))
            with Horizontal(classes="buttons"):
                if self.problem.backup is not None:
                    yield Button(f"Restore the backup from {self.problem.backup_day}", id="restore", variant="primary")
                yield Button("Continue", id="continue")

    @on(Button.Pressed, "#restore")
    def _restore(self) -> None:
        count = 0

        def restore() -> None:
            nonlocal count
            count = self.app.store.restore_backup(self.problem)

        if self.app.guard(restore):
            self.app.notify(f"Restored {count} record{'s' if count != 1 else ''} from the backup.", markup=False)
            self.dismiss(True)

    @on(Button.Pressed, "#continue")
    def _continue(self) -> None:
        self.dismiss(False)
