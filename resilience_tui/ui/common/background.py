"""Long work (an export, an import) in a thread worker, with a progress window that can cancel it.

The work gets `progress(step, done, total)` and `cancelled()` (see `export/__init__.py`)
and runs off the UI thread; every update reaches the screen through
`app.call_from_thread`. The window does not hold the app up: the screen keys
(t, c, j, ...) still work, closing the window while the work carries on, and
its result arrives as a notification either way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, ProgressBar, Static
from textual.worker import Worker, get_current_worker

from resilience_tui.export import CancelCheck, Progress

Work = Callable[[Progress, CancelCheck], object]


class Job:
    """One piece of background work: asked to stop with `cancel()`."""

    def __init__(self, title: str) -> None:
        self.title = title
        self._cancel = threading.Event()
        self.worker: Worker[None] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_asked(self) -> bool:
        return self._cancel.is_set()


class ProgressModal(ModalScreen[None]):
    DEFAULT_CSS = """
    ProgressModal { align: center middle; }
    #progress-box { width: 66; max-width: 95%; height: auto; border: round $primary; padding: 0 1; background: $surface; }
    #progress-bar { margin: 1 0 0 0; }
    #progress-box .buttons { height: auto; margin-top: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def compose(self) -> ComposeResult:
        with Vertical(id="progress-box"):
            yield Static(Content.assemble((self.job.title, "bold"), ("   escape cancels", "dim")))
            yield Static(Content("Starting…"), id="progress-step")
            yield ProgressBar(total=None, show_eta=False, id="progress-bar")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="progress-cancel", variant="warning")
            yield Static(Content("The other keys work as usual: they close this window and the work goes on."),
                         classes="hint")

    def show(self, step: str, done: int, total: int) -> None:
        if self.job.cancel_asked or self.app.screen is not self:
            return  # cancelling, or the window was closed while the work goes on
        self.query_one("#progress-step", Static).update(Content(f"{step}…"))
        self.query_one("#progress-bar", ProgressBar).update(total=max(total, 1), progress=done)

    def action_cancel(self) -> None:
        self.job.cancel()
        self.query_one("#progress-step", Static).update(Content("Cancelling…"))
        self.query_one("#progress-cancel", Button).disabled = True

    @on(Button.Pressed, "#progress-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def on_key(self, event: events.Key) -> None:
        """A key of the app (a screen's letter, help, quit) closes this window and does its usual work."""
        if event.key in app_keys(self.app):
            event.stop()
            self.app.pop_screen()
            self.app.simulate_key(event.key)


def app_keys(app: App) -> set[str]:
    keys: set[str] = set()
    for binding in app.BINDINGS:
        if isinstance(binding, Binding):
            keys.update(key.strip() for key in binding.key.split(","))
    return keys - {"escape", "enter", "tab", "shift+tab", "space"}


def run_in_background(app: App, title: str, work: Work, finished: Callable[[object], None]) -> Job:
    """Show a progress window and run `work` in a thread worker.

    `finished` gets what `work` returned, or the exception it raised, on the UI thread.
    """
    job = Job(title)
    modal = ProgressModal(job)
    app.push_screen(modal)

    def progress(step: str, done: int, total: int) -> None:
        app.call_from_thread(modal.show, step, done, total)

    def done(outcome: object) -> None:
        if app.screen is modal:
            app.pop_screen()
        finished(outcome)

    def run() -> None:
        worker = get_current_worker()

        def cancelled() -> bool:
            return job.cancel_asked or worker.is_cancelled

        try:
            outcome: object = work(progress, cancelled)
        except Exception as error:  # handed to `finished`, which says what happened
            outcome = error
        if not worker.is_cancelled:
            app.call_from_thread(done, outcome)

    job.worker = app.run_worker(run, name=title, group="background", thread=True)
    return job
