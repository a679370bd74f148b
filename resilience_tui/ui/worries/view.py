"""Worries: the worry log, opened from the Journal (W). Write one down with a day to look back on it;
when the day comes, say whether it happened. The tally at the top counts what the looking back found.

The worries are the person's own words, shown as typed (never as markup), control characters visible.
"""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.visible import visible
from resilience_tui.domain.worry import ANSWER_LABELS, RESEARCH, Worry, in_order, tally
from resilience_tui.ui.common.base import ResilienceModal
from resilience_tui.ui.worries.forms import LookBackForm, WorryForm

INTRO = "Write a worry down with a day to look back on it. When the day comes, see what really happened."
EMPTY = "No worries written down. Press n to add one, whenever one keeps coming back."


def worry_line(worry: Worry, today: date) -> Content:
    text = visible(" ".join(worry.text.split()))
    if worry.answer:
        said = ANSWER_LABELS[worry.answer]
        what = f": {visible(' '.join(worry.what_happened.split()))}" if worry.what_happened.strip() else ""
        return Content.assemble(text, (f"  · {said}{what}", "dim"))
    if worry.due(today):
        return Content.assemble(text, ("  · ready to look back (enter)", "bold"))
    return Content.assemble(text, (f"  · look back {friendly_day(worry.look_back_on, today)}", "dim"))


class WorriesModal(ResilienceModal[None]):
    DEFAULT_CSS = """
    WorriesModal { align: center middle; }
    #worries-box { width: 90; max-width: 100%; height: auto; max-height: 100%; border: round $primary;
                   padding: 0 1; background: $surface; }
    #worries-list { height: auto; max-height: 14; margin-top: 1; }
    #worries-list:focus { background: $boost; }
    #worries-tally, #worries-empty { margin-top: 1; }
    """
    BINDINGS = [
        Binding("n", "add", "Add a worry", tooltip="Write a worry down, with a day to look back on it"),
        Binding("enter", "look_back", "Look back", tooltip="Say whether the highlighted worry happened"),
        Binding("escape", "dismiss(None)", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="worries-box"):
            yield Static(Content.assemble(("Worries", "bold"),
                                          ("   n adds · enter looks back · escape closes", "dim")))
            yield Static(INTRO, classes="hint", markup=False)
            yield Static(id="worries-tally", markup=False)
            yield Static(EMPTY, id="worries-empty", markup=False)
            yield OptionList(id="worries-list")

    def on_mount(self) -> None:
        self._fill()

    @property
    def today(self) -> date:
        return self.app.now().date()

    def _fill(self, highlight: str | None = None) -> None:
        worries = in_order(self.app.store.worries.all())
        counted = tally(worries)
        self.query_one("#worries-tally", Static).update(
            counted.words + (f"\n{RESEARCH}" if counted.looked_back else ""))
        listing = self.query_one("#worries-list", OptionList)
        listing.clear_options()
        today = self.today
        listing.add_options([Option(worry_line(worry, today), id=worry.id) for worry in worries])
        listing.display = bool(worries)
        self.query_one("#worries-empty").display = not worries
        if worries:
            ids = [worry.id for worry in worries]
            listing.highlighted = ids.index(highlight) if highlight in ids else 0
            listing.focus()

    def _highlighted(self) -> Worry | None:
        listing = self.query_one("#worries-list", OptionList)
        if listing.highlighted is None or not listing.option_count:
            return None
        return self.app.store.worries.get(listing.get_option_at_index(listing.highlighted).id or "")

    def action_add(self) -> None:
        self.app.push_screen(WorryForm(self.app.store.worries.add, self.today), self._after_form)

    def action_look_back(self) -> None:
        worry = self._highlighted()
        if worry is None:
            return
        if not worry.answer and worry.look_back_on > self.today:
            self.app.notify(f"Its day is {friendly_day(worry.look_back_on, self.today)}. "
                            "Until then, you can set it down.", title="Not yet", markup=False)
            return
        self.app.push_screen(LookBackForm(worry, self.app.store.worries.update, self.today), self._after_form)

    @on(OptionList.OptionSelected, "#worries-list")
    def _selected(self) -> None:
        self.action_look_back()

    def _after_form(self, saved: Worry | None) -> None:
        self._fill(saved.id if saved else None)
