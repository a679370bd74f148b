"""Goals: a board of three columns (To do, Doing, Done) driven by the keyboard, mouse welcome.

Every move is saved at once through `services.goals`; the board is then redrawn
from the store, so what is on screen is what is on disk.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button

from resilience_tui.domain.day_words import local_day
from resilience_tui.domain.goal import CATEGORIES, COLUMNS, DONE, Goal
from resilience_tui.domain.goal_rules import ordered
from resilience_tui.services import goals as service
from resilience_tui.store.store import Store
from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.common.screen_bar import ScreenBar
from resilience_tui.ui.common.undo import UndoStack
from resilience_tui.ui.goals.board import FilterLine, GoalColumn
from resilience_tui.ui.goals.card import GoalCard
from resilience_tui.ui.goals.fields import StepList
from resilience_tui.ui.goals.form import GoalForm
from resilience_tui.ui.goals.starters import StarterList, StarterPanel

T = TypeVar("T")

WIDE = 120  # from this many columns, cards say more (notes, source, longer words)
DONE_PAGE = 12  # finished goals shown at first; m shows more


class GoalsScreen(ResilienceScreen):
    CSS_PATH = "goals.tcss"  # loaded when the screen is first opened, not at start-up
    TITLE = "Goals"
    BINDINGS = [
        Binding("n", "new", "New", tooltip="Add a new goal at the top of To do"),
        Binding("enter,e", "edit", "Edit", tooltip="Open the highlighted goal: edit it, tick its steps"),
        Binding("shift+right,L", "step(1)", "Move on", key_display="⇧→ L",
                tooltip="Move the goal to the next column (To do → Doing → Done)"),
        Binding("shift+left,H", "step(-1)", "Back", key_display="⇧← H", tooltip="Move the goal back a column"),
        Binding("shift+up,K", "shift(-1)", "Up", show=False, tooltip="Move the goal up in its column"),
        Binding("shift+down,J", "shift(1)", "Down", show=False, tooltip="Move the goal down in its column"),
        Binding("d,delete", "delete", "Delete", tooltip="Delete the goal (u brings it back)"),
        Binding("u", "undo", "Undo", show=False, tooltip="Bring back the goal just deleted, where it was"),
        Binding("m", "more_done", "More done", show=False, tooltip="Show more finished goals"),
        Binding("ctrl+s", "add_starters", "Add ticked", tooltip="On an empty board: add the starter goals you ticked"),
        *(Binding(key, f"focus_card('{key}')", show=False) for key in ("up", "down", "left", "right")),
        *(Binding(str(n), f"show_category({n})", show=False) for n in range(6)),
    ]
    HELP_KEYS = [
        ("arrows", "Move between cards and columns"),
        ("⇧↑ K", "Move the goal up in its column"),
        ("⇧↓ J", "Move the goal down in its column"),
        ("1 to 5", "Show one category only, as numbered above the board"),
        ("0", "Show every category again"),
        ("u", "Bring back the goal just deleted, where it was"),
        ("m", "Show more finished goals"),
        ("click", "Focus a card; its buttons move, edit or delete it"),
        ("space", "In a goal: tick or untick the highlighted step (ctrl+s keeps it)"),
    ]
    HELP_WIDGETS = [("Goal form", GoalForm), ("Steps in a goal", StepList)]

    def __init__(self) -> None:
        super().__init__()
        self.category: str | None = None
        self.done_limit = DONE_PAGE
        self.undo_stack: UndoStack[service.Deleted] = UndoStack(lambda: self.app)
        self.goals: list[Goal] = []
        self._wide = False
        self._drawing = asyncio.Lock()
        self._focus_wanted: str | None = None  # the card last given focus: focus arrives a moment later
        self._focus_pending: str | None = None  # that card, until the focus lands

    def compose(self) -> ComposeResult:
        yield ScreenBar()
        yield FilterLine(id="goal-filter")
        with Horizontal(id="board"):
            for column in COLUMNS:
                yield GoalColumn(column)
        yield StarterPanel(id="starters")
        yield KeysFooter()

    async def on_screen_resume(self) -> None:
        self.app.guard(self.app.store.refresh)
        self.app.guard(lambda: service.roll_weeks(self.app.store, self.app.now()))
        await self.reload()
        self.app.report_problems()

    async def on_resize(self) -> None:
        if (self.size.width >= WIDE) != self._wide and self.is_current:
            await self.reload()

    # -- drawing -----------------------------------------------------------
    @property
    def store(self) -> Store:
        return self.app.store

    def _current(self) -> GoalCard | None:
        return self.focused if isinstance(self.focused, GoalCard) else None

    def _columns(self) -> list[GoalColumn]:
        return list(self.query(GoalColumn))

    async def reload(self, focus_id: str | None = None, *, from_top: bool = False) -> None:
        """Redraw the board from the store, keeping the focus on `focus_id` (or where it was)."""
        async with self._drawing:
            await self._draw(focus_id, from_top)

    async def _draw(self, focus_id: str | None, from_top: bool = False) -> None:
        current = self._current()
        where = self._place_of(current) if current else None
        if focus_id is None:
            focus_id = self._focus_pending or (current.goal.id if current is not None else self._focus_wanted)
        self.goals = self.store.goals.all()
        empty = not self.goals
        self.query_one(StarterPanel).display = empty
        self.query_one("#board").display = not empty
        self.query_one(FilterLine).display = not empty
        self._wide = self.size.width >= WIDE
        today = local_day(self.app.now())
        shown = [g for g in self.goals if self.category is None or g.category == self.category]
        plan = []
        for column in self._columns():
            total = sum(1 for g in self.goals if g.column == column.column) if self.category else None
            limit = self.done_limit if column.column == DONE else None
            plan.append((column, ordered(shown, column.column), limit, total))
        if current is not None and not any(current in column.cards and current.goal.id in {g.id for g in goals[:limit]}
                                           for column, goals, limit, _ in plan):
            # Let go of the card before it is removed, or Textual would focus (and scroll to) another one.
            self.set_focus(None, scroll_visible=False)
        for column, goals, limit, total in plan:
            await column.show(goals, today, wide=self._wide, limit=limit, total=total)
            if from_top:
                column.query_one(".column-cards").scroll_home(animate=False)
        if empty:
            await self.query_one(StarterPanel).build()
            self.query_one(StarterList).focus()
            return
        self._focus_after_reload(focus_id, where)

    def _place_of(self, card: GoalCard) -> tuple[int, int] | None:
        for index, column in enumerate(self._columns()):
            if card in column.cards:
                return index, column.cards.index(card)
        return None

    def _focus_after_reload(self, focus_id: str | None, where: tuple[int, int] | None) -> None:
        columns = self._columns()
        for column in columns:
            card = column.card_for(focus_id) if focus_id else None
            if card is not None:
                self._focus_card(card)
                return
        if where is not None:  # the card went away (deleted): stay at the same place
            cards = columns[where[0]].cards
            if cards:
                self._focus_card(cards[min(where[1], len(cards) - 1)])
                return
        if not isinstance(self.focused, GoalCard):
            first = next((column.cards[0] for column in columns if column.cards), None)
            if first is not None:
                self._focus_card(first)

    def _focus_card(self, card: GoalCard) -> None:
        """Focus `card`, and remember it: a redraw before the focus lands (a closing form) keeps it."""
        self._focus_wanted = self._focus_pending = card.goal.id
        card.focus()

    def on_descendant_focus(self) -> None:
        self._focus_pending = None  # the focus landed

    # -- focus ---------------------------------------------------------------
    def action_focus_card(self, direction: str) -> None:
        card = self._current()
        columns = self._columns()
        if card is None:
            first = next((column.cards[0] for column in columns if column.cards), None)
            if first is not None:
                first.focus()
            return
        place = self._place_of(card)
        if place is None:
            return
        col, row = place
        if direction in ("up", "down"):
            row += -1 if direction == "up" else 1
            if 0 <= row < len(columns[col].cards):
                columns[col].cards[row].focus()
            return
        step = -1 if direction == "left" else 1
        col += step
        while 0 <= col < len(columns):
            cards = columns[col].cards
            if cards:
                cards[min(row, len(cards) - 1)].focus()
                return
            col += step

    # -- changes ---------------------------------------------------------------
    async def _change(self, action: Callable[[], T], focus_id: str | Callable[[T], str] | None = None) -> T | None:
        """Run a store change; on success redraw, focusing `focus_id` (or the id it picks from the result).

        Returns what the change returned (None if it failed). Keys and clicks arrive on
        different tasks; the lock makes each change and its redraw one step.
        """
        results: list[T] = []  # what the change returned, once it has run
        waited = False  # the save waited for another window: redraw once it is done

        def run() -> None:
            results.append(action())

        def focus() -> str | None:
            if callable(focus_id):
                return focus_id(results[0]) if results else None
            return focus_id

        def saved() -> None:
            if waited:
                self.call_later(self._redraw, focus())

        async with self._drawing:
            if self.app.guard(run, then=saved):
                await self._draw(focus())
            else:
                waited = True
        return None if waited or not results else results[0]  # a change still waiting has no result yet

    async def _redraw(self, focus_id: str | None) -> None:
        async with self._drawing:
            await self._draw(focus_id)

    async def action_step(self, step: int) -> None:
        card = self._current()
        if card is None:
            return
        moved = await self._change(lambda: service.step_goal(self.store, card.goal.id, step, self.app.now()), card.goal.id)
        if isinstance(moved, Goal) and moved.column == DONE:
            self.notify(f"Done: {moved.title}. Well done.", title="Finished", markup=False)

    async def action_shift(self, step: int) -> None:
        card = self._current()
        if card is None:
            return
        visible = {g.id for g in self.goals if g.category == self.category} if self.category else None
        await self._change(lambda: service.shift_goal(self.store, card.goal.id, step, self.app.now(), visible), card.goal.id)

    async def action_delete(self) -> None:
        card = self._current()
        if card is None:
            return
        deleted = await self._change(lambda: service.delete_goal(self.store, card.goal.id))
        if isinstance(deleted, service.Deleted):
            gone = deleted
            self.undo_stack.push(gone, lambda: service.undo_delete(self.store, gone, self.app.now()),
                                 deleted=f"Deleted: {gone.goal.title}", restored=f"Brought back: {gone.goal.title}")

    async def action_undo(self) -> None:
        async with self._drawing:  # keys and clicks arrive on different tasks: one change and its redraw at a time
            back = self.undo_stack.undo()
            if back is not None:
                await self._draw(back.goal.id)

    def action_new(self) -> None:
        now = self.app.now()
        form = GoalForm(None, local_day(now), lambda goal: service.add_goal(self.store, goal, self.app.now()))
        self.app.push_screen(form, self._after_form)

    def action_edit(self) -> None:
        card = self._current()
        if card is None:
            return
        goal = self.store.goals.get(card.goal.id) or card.goal
        form = GoalForm(goal, local_day(self.app.now()), lambda edited: service.save_goal(self.store, edited, self.app.now()))
        self.app.push_screen(form, self._after_form)

    async def _after_form(self, goal: Goal | None) -> None:
        if goal is not None:
            if self.category and goal.category != self.category:
                await self.action_show_category(0)  # show the goal just saved, whatever its category
            await self.reload(goal.id)

    async def action_show_category(self, value: int) -> None:
        chosen = next((c for c in CATEGORIES if c.value == value), None)
        self.category = chosen.key if chosen else None
        self.query_one(FilterLine).choose(self.category)
        await self.reload(from_top=True)

    async def action_more_done(self) -> None:
        self.done_limit += 50
        await self.reload()

    async def action_add_starters(self) -> None:
        panel = self.query_one(StarterPanel)
        if panel.display:
            panel.add_picked()

    @on(StarterPanel.Chosen)
    async def _add_starters(self, event: StarterPanel.Chosen) -> None:
        added = await self._change(lambda: service.add_starters(self.store, event.starters, self.app.now()),
                                   lambda goals: goals[0].id)
        if added:
            self.notify(f"Added {len(added)} goal{'s' if len(added) != 1 else ''} to To do.", markup=False)

    @on(Button.Pressed, "#own-goal")
    def _own_goal(self) -> None:
        self.action_new()

    @on(GoalCard.Pressed)
    async def _card_button(self, event: GoalCard.Pressed) -> None:
        """A click on a card's button row does what the key would."""
        actions = {"left": lambda: self.action_step(-1), "right": lambda: self.action_step(1),
                   "up": lambda: self.action_shift(-1), "down": lambda: self.action_shift(1),
                   "delete": self.action_delete}
        if event.card is not self.focused:
            return  # the board was redrawn meanwhile
        if event.button == "edit":
            self.action_edit()
        elif event.button in actions:
            await actions[event.button]()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "add_starters":
            panels = self.query(StarterPanel)
            return bool(panels and panels.first().display and not self.goals)
        if action in ("edit", "step", "shift", "delete", "more_done"):
            return bool(self.goals)  # nothing to act on while the board is empty
        return True

    def palette_commands(self):
        from textual.app import SystemCommand

        yield SystemCommand("New goal", "Add a goal to To do (n)", self.action_new)
        yield SystemCommand("Undo goal delete", "Bring back the goal just deleted (u)", self.action_undo)
        yield SystemCommand("Show every category", "Show goals of every category (0)", lambda: self.action_show_category(0))
