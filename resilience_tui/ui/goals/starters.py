"""What an empty board offers: starter goals to tick, and nothing added until the person says so."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, SelectionList, Static
from textual.widgets.selection_list import Selection

from resilience_tui.domain.goal import category
from resilience_tui.domain.goal_starters import STARTERS, Starter
from resilience_tui.domain.strategies import STRATEGIES
from resilience_tui.ui.common.checklist import CheckList

_STRATEGY_TITLES = {s.key: s.title for s in STRATEGIES}


class StarterList(CheckList):
    """The starter goals; space ticks the highlighted one."""


class StarterPanel(Vertical):
    class Chosen(Message):
        def __init__(self, starters: list[Starter]) -> None:
            super().__init__()
            self.starters = starters

    def compose(self) -> ComposeResult:
        return []  # built when the board is first empty (`build`): most boards never show it

    async def build(self) -> None:
        if not self.children:
            await self.mount_compose(self._parts())

    def _parts(self) -> ComposeResult:
        yield Static(Content("Your board is empty, and that is a fine place to start."), classes="section-title")
        yield Static(
            Content("Here are a few small goals, one or two for each way of coping. Tick the ones you want "
                    "with space, then press ctrl+s to add them. Or press n to write your own."),
            classes="hint",
        )
        yield StarterList(*self._choices(), id="starter-list")
        yield Static(id="starter-why", classes="hint")
        with Horizontal(classes="buttons"):
            yield Button("Add the ticked goals", id="add-starters", variant="primary", compact=True)
            yield Button("Write my own (n)", id="own-goal", compact=True)

    @staticmethod
    def _choices() -> list[Selection[int]]:
        choices = []
        for index, starter in enumerate(STARTERS):
            # No category colour here: it would vanish on the highlighted row. The word says it.
            words = category(starter.category).word + (" · weekly" if starter.weekly else "")
            label = Content.assemble(starter.title, "  ", (words, "italic"))
            choices.append(Selection(label, index))
        return choices

    @on(SelectionList.SelectionHighlighted, "#starter-list")
    def _explain(self, event: SelectionList.SelectionHighlighted) -> None:
        starter = STARTERS[event.selection.value]
        self.query_one("#starter-why", Static).update(
            Content.assemble((_STRATEGY_TITLES[starter.strategy], "italic"), f": {starter.why}")
        )

    def picked(self) -> list[Starter]:
        return [STARTERS[index] for index in sorted(self.query_one(StarterList).selected)]

    @on(Button.Pressed, "#add-starters")
    def add_picked(self) -> None:
        picked = self.picked()
        if not picked:
            self.app.notify("Tick at least one goal first: highlight it and press space.", markup=False)
            self.query_one(StarterList).focus()
            return
        self.post_message(self.Chosen(picked))
