"""Applications: every application and how far it got; for a rejection, its recovery path."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Select

from resilience_tui.domain.application import OUTCOMES, Application
from resilience_tui.domain.base_rates import base_rates
from resilience_tui.domain.recovery import RecoveryPath
from resilience_tui.services.applications import bounce_back_of, by_applied, checkins_about, recovery_for
from resilience_tui.services.predictions import comparison_for
from resilience_tui.ui.applications.application_list import ApplicationTable
from resilience_tui.ui.applications.detail import ApplicationDetail
from resilience_tui.ui.applications.form import ApplicationForm
from resilience_tui.ui.applications.recovery import RecoverySteps
from resilience_tui.ui.common.application_text import FIRST_AID_KEY
from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.common.choice import chosen
from resilience_tui.ui.common.fields import Field
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.common.screen_bar import ScreenBar
from resilience_tui.ui.common.undo import UndoStack
from resilience_tui.ui.registry import SCREENS

ALL = "all"
FILTERS = ((ALL, "All outcomes"), *OUTCOMES)


class ApplicationsScreen(ResilienceScreen):
    CSS_PATH = "applications.tcss"  # loaded when the screen is first opened, not at start-up
    TITLE = "Applications"
    AUTO_FOCUS = "#apps-table"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (130, "-wide")]
    BINDINGS = [
        Binding("n", "new", "New", tooltip="Log a new application"),
        Binding("slash", "search", "Search", key_display="/", tooltip="Search by company, role or where you found it"),
        Binding("o", "next_outcome", "Outcome", tooltip="Show one outcome at a time (press again for the next)"),
        Binding(FIRST_AID_KEY, "first_aid", "First aid",
                tooltip="On a rejection: a self-compassion break or a writing sprint, both optional"),
        Binding("p", "predict", "Guess", tooltip="Your guesses on one in progress: the chance of an offer, how a no would feel and for how "
                "long; kept as made once the outcome is in, then set beside what happened"),
        Binding("u", "undo", "Undo delete", show=False),
        Binding("escape", "leave", "Back to the list", show=False),
        *(Binding(str(n), f"step({n})", f"Step {n}", show=False) for n in range(1, 7)),
    ]
    HELP_KEYS = [
        ("1 to 6", "On a rejection: take that step of its recovery path (check in, ask for feedback, ...)"),
        ("u", "Bring back the application just deleted"),
        ("escape", "Leave the search box"),
    ]
    HELP_WIDGETS = [("Application list", ApplicationTable)]

    def __init__(self) -> None:
        super().__init__()
        self.undo_stack: UndoStack[Application] = UndoStack(lambda: self.app)
        self.form: ApplicationForm | None = None
        self.current_path: RecoveryPath | None = None
        self.recovery = RecoverySteps(lambda: self.app, lambda shown: self.reload(keep=shown), lambda: self.open_form(None))
        self._list_drawn_for: tuple | None = None  # what the list was last drawn from
        self._detail_drawn_for: tuple | None = None  # and the detail panel

    def compose(self) -> ComposeResult:
        yield ScreenBar()
        with Horizontal(id="apps-filter"):
            yield Field(placeholder="Search: type a company, role or where you found it", id="app-search", compact=True)
            yield Select([(label, key) for key, label in FILTERS], allow_blank=False, value=ALL, id="app-outcome",
                         compact=True)
        with Vertical(id="apps-body"):
            yield ApplicationTable(id="apps-table")
            yield ApplicationDetail(id="apps-detail")
        yield KeysFooter()

    def on_screen_resume(self) -> None:
        self.app.guard(self.app.store.refresh)
        self.reload()
        if not isinstance(self.focused, Input):
            self.query_one(ApplicationTable).focus()
        self.app.report_problems()

    # -- list --------------------------------------------------------------
    def _filtered(self) -> list[Application]:
        words = self.query_one("#app-search", Input).value
        outcome = self.query_one("#app-outcome", Select).value
        found = self.app.store.applications.all()
        if outcome != ALL:
            found = [a for a in found if a.outcome == outcome]
        if words.strip():
            found = [a for a in found if a.matches(words)]
        return by_applied(found)

    def _list_state(self) -> tuple:
        return (self.app.store.applications.file.generation, self.query_one("#app-search", Input).value,
                self.query_one("#app-outcome", Select).value)

    def reload(self, keep: str | None = None) -> None:
        """Draw the list again where its applications, the search or the outcome shown changed.

        When nothing did, only the detail panel is drawn again, and only if what it shows changed."""
        table = self.query_one(ApplicationTable)
        state = self._list_state()
        if keep is None and state == self._list_drawn_for:
            if self._detail_state(table.current_id()) != self._detail_drawn_for:
                self._show(table.current())
            return
        table.show(self._filtered(), keep)
        self._list_drawn_for = self._list_state()  # as read: reading the file may have re-read it
        if table.row_count == 0:
            self._show(None)

    @on(Input.Changed, "#app-search")
    @on(Select.Changed, "#app-outcome")
    def _filter_changed(self, event) -> None:
        self.reload()

    @on(ApplicationTable.Chosen)
    def _chosen(self, event: ApplicationTable.Chosen) -> None:
        application = event.application
        if self._detail_state(application.id if application else None) != self._detail_drawn_for:
            self._show(application)  # (filling the list can announce the same row more than once)

    def _detail_state(self, application_id: str | None) -> tuple:
        return application_id, self.app.store.changes(), self.app.now().date(), self._list_state()[1:]

    def _show(self, application: Application | None) -> None:
        self._draw_detail(application)
        self.refresh_bindings()
        self._detail_drawn_for = self._detail_state(application.id if application else None)

    def _draw_detail(self, application: Application | None) -> None:
        detail = self.query_one(ApplicationDetail)
        self.current_path = None
        if application is None:
            filtered = bool(self.query_one("#app-search", Input).value.strip()) or \
                self.query_one("#app-outcome", Select).value != ALL
            detail.show_empty(filtered and self.app.store.applications.count() > 0)
            return
        store, now = self.app.store, self.app.now()
        everything = store.applications.all()
        bounce = None
        if application.is_rejection:
            self.current_path = recovery_for(store, application, now, can_reflect="reflection" in SCREENS,
                                             applications=everything)
            bounce = bounce_back_of(store, application, now)
        requests = [r for r in store.feedback.all() if r.application_id == application.id]
        detail.show(application, now=now, path=self.current_path, rates=base_rates(everything),
                    checkins=checkins_about(store, application, now), requests=requests, bounce=bounce,
                    comparison=comparison_for(store, application, now))

    # -- actions -----------------------------------------------------------
    def action_search(self) -> None:
        self.query_one("#app-search", Input).focus()

    def action_leave(self) -> None:
        self.query_one(ApplicationTable).focus()

    def action_next_outcome(self) -> None:
        select = self.query_one("#app-outcome", Select)
        keys = [key for key, _ in FILTERS]
        select.value = keys[(keys.index(chosen(select)) + 1) % len(keys)]

    def open_form(self, application: Application | None) -> None:
        self.form = ApplicationForm(application, self.app.now().date())

        def done(saved: Application | None) -> None:
            self.form = None
            if saved is not None:
                self.notify(f"Saved {saved.title}.", markup=False)
                self.reload(keep=saved.id)
                table = self.query_one(ApplicationTable)
                if saved.id not in table.shown:  # hidden by the search or the outcome shown
                    self.query_one("#app-search", Input).value = ""
                    self.query_one("#app-outcome", Select).value = ALL
                    self.reload(keep=saved.id)

        self.app.push_screen(self.form, done)

    def action_new(self) -> None:
        self.open_form(None)

    @on(ApplicationTable.EditRequested)
    def _edit(self, event: ApplicationTable.EditRequested) -> None:
        self.open_form(event.application)

    @on(ApplicationTable.DeleteRequested)
    def _delete(self, event: ApplicationTable.DeleteRequested) -> None:
        application = event.application
        if self.app.guard(lambda: self.app.store.applications.delete(application.id)):
            self.undo_stack.push(application, lambda: self.app.store.applications.restore(application),
                                 deleted=f"Deleted {application.title}", restored=f"Brought back {application.title}")
            self.reload()

    def action_undo(self) -> None:
        application = self.undo_stack.undo()
        if application is not None:
            self.reload(keep=application.id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "first_aid" and self.is_mounted:
            return True if self.current_path is not None else None  # shown, dimmed, until a rejection is chosen
        return True

    def action_first_aid(self) -> None:
        if self.current_path is not None:
            self.app.open_first_aid(self.current_path.application.id)

    def action_step(self, number: int) -> None:
        application = self.query_one(ApplicationTable).current()
        if application is None or self.current_path is None:
            if application is not None:
                self.notify("The recovery path is for a rejection. Set the outcome to rejected (e) to see it.",
                            markup=False)
            return
        step = self.current_path.steps[number - 1]
        self.recovery.run(application, step)

    def action_predict(self) -> None:
        from resilience_tui.domain.prediction import can_predict, frozen_words
        from resilience_tui.services.predictions import keep_prediction
        from resilience_tui.ui.predictions.form import PredictionForm

        application = self.query_one(ApplicationTable).current()
        if application is None:
            self.notify("Choose an application in progress first, then press p.", markup=False)
            return
        if not can_predict(application.outcome):
            self.notify(frozen_words(application.prediction is not None), title="Guesses", markup=False)
            return

        def done(guess) -> None:
            if guess is not None:
                self.notify("Your guesses are kept. When the outcome is in, you can see how they compare.",
                            markup=False)
                self.reload(keep=application.id)

        self.app.push_screen(PredictionForm(application, self.app.now().date(),
                                            lambda guess: keep_prediction(self.app.store, application, guess)), done)

    def palette_commands(self):
        from textual.app import SystemCommand

        yield SystemCommand("New application", "Log a new application (n)", self.action_new)
        yield SystemCommand("Guesses on an application", "Note your guesses on the one chosen (p)", self.action_predict)
        yield SystemCommand("Undo delete", "Bring back the application just deleted (u)", self.action_undo)
