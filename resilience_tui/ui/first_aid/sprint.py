"""The writing sprint: a quiet countdown above a text box whose words live in memory only.

Nothing here saves: no autosave, no draft saver registered with the app, no external editor.
The box is made new for each sprint and its text and undo history are emptied when it goes.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static, TextArea

from resilience_tui.domain.countdown import Countdown
from resilience_tui.domain.first_aid import clock_words
from resilience_tui.domain.first_aid_words import TIME_UP
from resilience_tui.ui.common.fields import TextBox

PAUSE_KEY = "ctrl+t"


class SprintBox(TextBox):
    """The sprint's text box (its own class, so no screen's draft handling ever matches it)."""


class WritingSprint(Vertical):
    """Start with `begin(minutes)`; `words` is what is written; `let_go()` empties it all."""

    DEFAULT_CSS = """
    WritingSprint { height: 1fr; }
    WritingSprint #sprint-clock { height: 1; color: $text-muted; }
    WritingSprint #sprint-time-up { height: auto; color: $text-accent; }
    WritingSprint SprintBox { height: 1fr; min-height: 5; }
    """

    def __init__(self, clock: Callable[[], float], *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self._clock = clock
        self.countdown: Countdown | None = None
        self.time_up = False
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="sprint-clock")
        yield Static(id="sprint-time-up")

    def on_mount(self) -> None:
        self.query_one("#sprint-time-up").display = False
        self._timer = self.set_interval(1.0, self.tick, pause=True)

    @property
    def box(self) -> SprintBox | None:
        found = self.query(SprintBox)
        return found.first() if found else None

    @property
    def words(self) -> str:
        box = self.box
        return box.text if box is not None else ""

    async def begin(self, minutes: int) -> None:
        """A fresh, empty box and a countdown of `minutes`."""
        await self.query(SprintBox).remove()
        self.countdown = Countdown(minutes * 60, self._clock())
        self.time_up = False
        self.query_one("#sprint-time-up").display = False
        box = SprintBox(id="sprint-text")
        await self.mount(box)
        box.focus()
        self.tick()
        if self._timer is not None:
            self._timer.resume()

    def tick(self) -> None:
        """Show the time left; at zero say so once, gently, and stop counting. The words stay."""
        countdown = self.countdown
        if countdown is None:
            return
        now = self._clock()
        left = countdown.left(now)
        if countdown.finished(now):
            if not self.time_up:
                self.time_up = True
                if self._timer is not None:
                    self._timer.pause()
                notice = self.query_one("#sprint-time-up", Static)
                notice.update(Content(TIME_UP))
                notice.display = True
            self.query_one("#sprint-clock", Static).update(Content("0:00 · time's up"))
            return
        if countdown.paused:
            words = f"Paused at {clock_words(left)} · {PAUSE_KEY} goes on"
        else:
            words = f"{clock_words(left)} left · {PAUSE_KEY} pauses"
        self.query_one("#sprint-clock", Static).update(Content(words))

    def toggle_pause(self) -> bool | None:
        """Pause or go on; True when paused now, None when there is nothing to pause."""
        if self.countdown is None or self.time_up:
            return None
        paused = self.countdown.toggle(self._clock())
        if self._timer is not None:
            (self._timer.pause if paused else self._timer.resume)()
        self.tick()
        return paused

    def hold(self) -> None:
        """Stop counting while the person chooses what happens to the words; they can still read them."""
        if self.countdown is not None and not self.countdown.paused:
            self.countdown.pause(self._clock())
        if self._timer is not None:
            self._timer.pause()
        self.query_one("#sprint-time-up").display = False
        box = self.box
        if box is not None:
            box.read_only = True

    def carry_on(self) -> None:
        """Back to writing after choosing not to choose yet."""
        box = self.box
        if box is not None:
            box.read_only = False
            box.focus()
        self.query_one("#sprint-time-up").display = self.time_up
        if self.countdown is not None and not self.time_up:
            self.countdown.resume(self._clock())
            if self._timer is not None:
                self._timer.resume()
        self.tick()

    async def let_go(self) -> None:
        """Empty the box and its undo history, then remove it: the words are gone from the screen and memory."""
        if self._timer is not None:
            self._timer.pause()
        for box in self.query(TextArea):
            box.load_text("")
        await self.query(SprintBox).remove()
        self.countdown = None
        self.time_up = False
        self.query_one("#sprint-clock", Static).update("")
        self.query_one("#sprint-time-up").display = False
