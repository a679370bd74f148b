"""The parts of the Goals board around the cards: a column of cards, and the category filter line."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from resilience_tui.domain.goal import CATEGORIES, COLUMN_TITLES, DONE, TODO, Goal
from resilience_tui.ui.goals.card import GoalCard

EMPTY_HINTS = {
    TODO: "Nothing to do here. Press n to add a goal.",
    "doing": "Nothing under way. Move a card here with shift+→ (or L).",
    DONE: "Finished goals land here. Move a card here with shift+→ (or L).",
}


class GoalColumn(Vertical):
    """A titled, scrolling list of cards. Done shows its newest cards first and the rest on request."""

    def __init__(self, column: str) -> None:
        super().__init__(id=f"column-{column}", classes="goal-column")
        self.column = column
        self.cards: list[GoalCard] = []

    def compose(self) -> ComposeResult:
        yield Static(id=f"column-{self.column}-title", classes="column-title")
        with Vertical(id=f"column-{self.column}-cards", classes="column-cards"):
            yield Static(Content(EMPTY_HINTS[self.column]), classes="column-empty hint")
        yield Static(id=f"column-{self.column}-more", classes="column-more hint")

    async def show(self, goals: list[Goal], today: date, *, wide: bool, limit: int | None = None, total: int | None = None) -> None:
        """Show `goals` (already in order), at most `limit` of them; `total` counts the goals this view leaves out too.

        Cards whose goal is unchanged stay as they are: only new, changed, moved and gone cards cost a redraw.
        """
        shown = goals if limit is None else goals[:limit]
        body = self.query_one(".column-cards", Vertical)
        kept = {card.goal.id: card for card in self.cards}
        wanted = [kept.pop(goal.id, None) for goal in shown]
        with self.app.batch_update():
            if kept:
                await body.remove_children(list(kept.values()))
            cards: list[GoalCard] = []
            for goal, card in zip(shown, wanted, strict=True):
                if card is None:
                    card = GoalCard(goal, today, wide=wide)
                else:
                    card.show(goal, today, wide=wide)
                cards.append(card)
            await self._arrange(body, cards)
            self.cards = cards
            body.query_one(".column-empty").display = not cards
            count = len(goals)
            title = Content.assemble((COLUMN_TITLES[self.column], "bold"), (f"  {count}", "dim"))
            if total is not None and total != count:
                title = Content.assemble(title, (f" of {total}", "dim"))
            self._update(self.query_one(".column-title", Static), title)
            more = self.query_one(".column-more", Static)
            hidden = len(goals) - len(shown)
            self._update(more, Content(f"{hidden} more finished earlier. Press m to show them." if hidden else ""))
            more.display = bool(hidden)

    @staticmethod
    async def _arrange(body: Vertical, cards: list[GoalCard]) -> None:
        """Put `cards` in `body` in this order after the empty hint, mounting new ones and moving only those out of place."""
        anchor: Widget = body.query_one(".column-empty")
        if list(body.children)[1:] == cards:
            return
        if not any(card.is_attached for card in cards):
            await body.mount_all(cards, after=anchor)
            return
        previous = anchor
        for card in cards:
            if not card.is_attached:
                await body.mount(card, after=previous)
            elif body.children.index(card) != body.children.index(previous) + 1:
                body.move_child(card, after=previous)
            previous = card

    @staticmethod
    def _update(static: Static, content: Content) -> None:
        shown = static.content
        if not (isinstance(shown, Content) and shown.plain == content.plain and shown.spans == content.spans):
            static.update(content)

    def card_for(self, goal_id: str) -> GoalCard | None:
        return next((card for card in self.cards if card.goal.id == goal_id), None)


class FilterLine(Widget):
    """Which categories are shown: 0 all, 1-5 one category. Clicking a word picks it too."""

    DEFAULT_CSS = "FilterLine { height: auto; padding: 0 1; }"

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.chosen: str | None = None

    def choose(self, key: str | None) -> None:
        self.chosen = key
        self.refresh(layout=True)

    def render(self) -> Content:
        parts = [Content("Show: ").stylize("dim")]
        for value, key, word, colour in [(0, None, "all", "")] + [(c.value, c.key, c.word, c.colour) for c in CATEGORIES]:
            style = f"bold reverse {colour}".strip() if key == self.chosen else colour
            mark = "●" if key == self.chosen else " "
            # Our own words only: no text of the person's goes through markup here.
            parts.append(Content.from_markup(f"[@click=screen.show_category({value})]{mark}{value} {word}[/]").stylize(style))
            parts.append(Content("  "))
        return Content.assemble(*parts)
