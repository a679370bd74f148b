"""First aid after a no: a self-compassion break and a writing sprint, both optional, each skipped with one key.

A window over the screen it was opened from (Applications, Check-in or the palette), so the
app's one-letter keys cannot take the person away from words they are writing; escape leads
back, one step at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Static

from resilience_tui.domain.application import Application
from resilience_tui.domain.first_aid import DEFAULT_SPRINT_MINUTES, sprint_minutes, within_first_aid
from resilience_tui.domain.first_aid_words import (
    BREAK_END,
    BREAK_INTRO,
    BREAK_STEPS,
    KEPT,
    LET_GO,
    SPRINT_INTRO,
    SPRINT_NOT_OFFERED,
    SPRINT_PRIVACY,
)
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.visible import visible
from resilience_tui.ui.common.base import ResilienceModal
from resilience_tui.ui.common.fields import Field
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.first_aid.sprint import PAUSE_KEY, WritingSprint

MENU, BREAK, INTRO, WRITING, CHOOSE = "menu", "break", "intro", "writing", "choose"
# Which actions each part offers (the footer and the keys follow this).
OFFERED = {
    MENU: {"take_break", "sprint", "close"},
    BREAK: {"next_step", "skip", "check_in", "back"},
    INTRO: {"start", "skip"},
    WRITING: {"pause", "finish"},
    CHOOSE: {"keep", "let_go", "back"},
}


class FirstAidScreen(ResilienceModal[None]):
    CSS_PATH = "first_aid.tcss"
    BINDINGS = [
        Binding("b", "take_break", "Break", tooltip="A self-compassion break: three short steps, one at a time"),
        Binding("w", "sprint", "Writing sprint", tooltip="A timed writing sprint, kept only if you choose"),
        Binding("enter,space", "next_step", "Next", key_display="⏎", tooltip="The next step of the break"),
        Binding("enter", "start", "Start", key_display="⏎", tooltip="Start the writing sprint"),
        Binding(PAUSE_KEY, "pause", "Pause", tooltip="Pause the countdown, or go on"),
        Binding("k", "keep", "Keep it", tooltip="Keep the sprint as a private journal entry"),
        Binding("l", "let_go", "Let it go", tooltip="Clear the sprint: nothing of it is written anywhere"),
        Binding("c", "check_in", "Check in", tooltip="Open Check-in"),
        Binding("s", "skip", "Skip", tooltip="Skip this exercise"),
        Binding("escape", "finish", "Finish", tooltip="Stop writing and choose: keep it or let it go"),
        Binding("escape", "back", "Back", tooltip="Go back one step"),
        Binding("escape", "close", "Close", tooltip="Close first aid"),
        Binding("question_mark", "app.help", "Help", key_display="?"),
    ]
    def __init__(self, application: Application | None = None, *, clock: Callable[[], float] = monotonic) -> None:
        super().__init__()
        self.application = application
        self.clock = clock
        self.part = MENU
        self.break_step = 0
        self.taken: list[str] = []  # what was done here, for the first page

    @property
    def sprint_offered(self) -> bool:
        return self.application is not None and within_first_aid(self.application, self.app.now().date())

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical(id="first-aid-box"):
            yield Static(id="first-aid-title")
            with VerticalScroll(id="first-aid-body"):
                yield Static(id="first-aid-text")
                yield Field(str(DEFAULT_SPRINT_MINUTES), id="sprint-minutes", compact=True)
                yield Static(id="sprint-minutes-error", classes="error")
            yield WritingSprint(self.clock, id="sprint")
            yield KeysFooter()

    def on_mount(self) -> None:
        title = Content.assemble(("First aid after a no", "bold"))
        if self.application is not None:
            title = Content.assemble(title, ("   about " + visible(self.application.title), "dim"))
        self.query_one("#first-aid-title", Static).update(title)
        self._show(MENU)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        owned = {name for names in OFFERED.values() for name in names}
        if action not in owned:
            return True
        if action not in OFFERED[self.part]:
            return False
        if action == "sprint" and not self.sprint_offered:
            return None
        if action == "next_step" and self.break_step >= len(BREAK_STEPS):
            return False
        if action == "check_in" and self.break_step < len(BREAK_STEPS):
            return False
        return True

    def _show(self, part: str) -> None:
        self.part = part
        text = self.query_one("#first-aid-text", Static)
        text.update(self._words())
        writing = part in (WRITING, CHOOSE)
        self.query_one("#first-aid-body").styles.height = "auto" if writing else "1fr"
        self.query_one("#sprint").display = writing
        self.query_one("#sprint-minutes").display = part == INTRO
        self.query_one("#sprint-minutes-error").display = False
        if part == INTRO:
            self.query_one("#sprint-minutes", Input).focus()
        elif part != WRITING:
            self.set_focus(None)
        self.refresh_bindings()

    def _words(self) -> Content:
        if self.part == MENU:
            return self._menu()
        if self.part == BREAK:
            if self.break_step >= len(BREAK_STEPS):
                return Content.assemble(BREAK_END, ("\n\nc opens Check-in · escape goes back", "dim"))
            title, words = BREAK_STEPS[self.break_step]
            intro = (BREAK_INTRO + "\n\n", "dim") if self.break_step == 0 else ""
            return Content.assemble(intro, (f"Step {self.break_step + 1} of {len(BREAK_STEPS)}\n", "dim"), (title, "bold"),
                                    f"\n\n{words}", ("\n\nenter: next · s: skip the break", "dim"))
        if self.part == INTRO:
            return Content.assemble(("A writing sprint\n\n", "bold"), SPRINT_INTRO, "\n\n", (SPRINT_PRIVACY, "bold"),
                                    "\n\nMinutes (change it if you like, then enter starts; s skips):")
        if self.part == CHOOSE:
            return Content.assemble(("What would you like to do with it?\n", "bold"),
                                    "k keeps it as a private journal entry, tagged #writing-sprint.\n"
                                    "l lets it go: it is cleared, and nothing of it is written anywhere.\n",
                                    ("escape goes back to writing.", "dim"))
        return Content.assemble(("Write freely. ", "bold"), ("Nothing is saved unless you choose to keep it.", "dim"))

    def _menu(self) -> Content:
        parts: list[Content | str | tuple[str, str]] = [
            "After a no, a little care can help. Two short exercises, both optional; skip either with one key.\n\n",
            (" b ", "bold reverse"), ("  A self-compassion break", "bold"), ("   three short steps, a few minutes\n", "dim"),
        ]
        if self.sprint_offered:
            parts += [(" w ", "bold reverse"), ("  A writing sprint", "bold"),
                      (f"   {DEFAULT_SPRINT_MINUTES} minutes of free writing, only for you\n", "dim")]
        else:
            parts += [(SPRINT_NOT_OFFERED + "\n", "dim")]
        if self.taken:
            parts += ["\n", ("Done here: " + "; ".join(self.taken) + ".\n", "italic")]
        parts += [("\nescape closes this whenever you like.", "dim")]
        return Content.assemble(*parts)

    # -- the break ---------------------------------------------------------
    def action_take_break(self) -> None:
        self.break_step = 0
        self._show(BREAK)

    def action_next_step(self) -> None:
        self.break_step += 1
        if self.break_step == len(BREAK_STEPS):
            self._break_finished()
        self._show(BREAK)

    def _break_finished(self) -> None:
        from resilience_tui.services.first_aid import record_break

        app = self.app
        app_id = self.application.id if self.application is not None else None
        app.guard(lambda: record_break(app.store, app_id, app.now()), notify=False)
        self.taken.append("a self-compassion break")

    def action_check_in(self) -> None:
        app, app_id = self.app, self.application.id if self.application is not None else None
        self.dismiss(None)
        if app_id is not None:
            app.open_checkin(app_id)
        else:
            app.action_show("checkin")

    # -- the sprint --------------------------------------------------------
    def action_sprint(self) -> None:
        self._show(INTRO)

    @on(Input.Submitted, "#sprint-minutes")
    async def _minutes_given(self, event: Input.Submitted) -> None:
        event.stop()
        await self.action_start()

    async def action_start(self) -> None:
        if self.part != INTRO:
            return
        try:
            minutes = sprint_minutes(self.query_one("#sprint-minutes", Input).value)
        except ValidationError as problem:
            error = self.query_one("#sprint-minutes-error", Static)
            error.update(Content(problem.message))
            error.display = True
            return
        self._show(WRITING)
        await self.query_one(WritingSprint).begin(minutes)

    def action_pause(self) -> None:
        paused = self.query_one(WritingSprint).toggle_pause()
        if paused is not None:
            self.notify("Paused. Take whatever time you need." if paused else "Going on.", title="Writing sprint",
                        timeout=3)

    def action_finish(self) -> None:
        self.query_one(WritingSprint).hold()
        self._show(CHOOSE)

    def action_keep(self) -> None:
        from resilience_tui.services.first_aid import keep_sprint

        sprint = self.query_one(WritingSprint)
        words = sprint.words
        if not words.strip():
            self.notify("There is nothing written to keep. l lets it go, or escape goes back to writing.",
                        title="Writing sprint", markup=False)
            return
        app = self.app
        if app.guard(lambda: keep_sprint(app.store, words, app.now()), title="Not kept"):
            self.taken.append("a writing sprint, kept")
            self.notify(KEPT, title="Writing sprint", markup=False)
            self.run_worker(self._cleared(), exclusive=True)

    async def action_let_go(self) -> None:
        await self._cleared()
        self.taken.append("a writing sprint, let go")
        self.notify(LET_GO, title="Writing sprint", markup=False)

    async def _cleared(self) -> None:
        await self.query_one(WritingSprint).let_go()
        self._show(MENU)

    # -- leaving -----------------------------------------------------------
    def action_skip(self) -> None:
        self._show(MENU)

    def action_back(self) -> None:
        if self.part == CHOOSE:
            self._show(WRITING)
            self.query_one(WritingSprint).carry_on()
        else:
            self._show(MENU)

    def action_close(self) -> None:
        self.dismiss(None)
