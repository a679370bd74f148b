"""One goal on the board: title, category (word and colour), due date in words, checklist progress.

The focused card also shows a row of buttons, so the mouse can do what the keys do.
The person's text is always `Content(text)`: never read as markup.
"""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from resilience_tui.domain.day_words import due_words, due_words_short, is_overdue
from resilience_tui.domain.goal import COLUMN_TITLES, SOURCE_WORDS, Goal, category
from resilience_tui.domain.goal_rules import neighbour_column, progress, weeks_done_words
from resilience_tui.domain.visible import visible
from resilience_tui.ui.common.goal_styles import OVERDUE_STYLE
from resilience_tui.ui.common.text import first_line

SEPARATOR = Content(" · ").stylize("dim")


class GoalCard(Widget, can_focus=True):
    """Clicks on the button row post `Pressed`; the Goals screen does the rest."""

    def __init__(self, goal: Goal, today: date, *, wide: bool = False) -> None:
        super().__init__(id=f"goal-{goal.id}", classes=f"goal-card -{goal.column}")
        self.goal = goal
        self.today = today
        self.wide = wide
        self.styles.border_left = ("outer", category(goal.category).colour)

    def show(self, goal: Goal, today: date, *, wide: bool) -> None:
        """Show `goal` (the same goal, perhaps edited); redrawn only if something it shows changed."""
        if (goal, today, wide) == (self.goal, self.today, self.wide):
            return
        if goal.category != self.goal.category:
            self.styles.border_left = ("outer", category(goal.category).colour)
        self.goal, self.today, self.wide = goal, today, wide
        self.refresh(layout=True)

    def on_focus(self) -> None:
        self.refresh(layout=True)

    def on_blur(self) -> None:
        self.refresh(layout=True)

    def render(self) -> Content:
        goal = self.goal
        lines = [Content(visible(goal.title)).stylize("bold")]
        lines.append(SEPARATOR.join(self._facts()))
        if goal.weekly:
            weeks = len(goal.weeks_done)
            words = weeks_done_words(goal) if self.wide or not weeks else f"{weeks} week{'s' if weeks != 1 else ''} done"
            lines.append(Content("↻ " + words).stylize("dim"))
        if self.wide:
            if goal.notes.strip():
                lines.append(Content(first_line(goal.notes, 80)).stylize("dim italic"))
            if goal.source is not None:
                lines.append(Content(f"from {SOURCE_WORDS[goal.source.kind]}").stylize("dim"))
        if self.has_focus:
            lines.append(self._buttons())
        return Content("\n").join(lines)

    def _facts(self) -> list[Content]:
        goal = self.goal
        cat = category(goal.category)
        facts = [Content(cat.word).stylize(f"bold {cat.colour}")]
        if goal.done and goal.finished_at is not None:
            facts.append(Content(goal.finished_at.strftime("finished %a %d %b" if self.wide else "%d %b")))
        elif goal.due is not None:
            words = due_words(goal.due, self.today) if self.wide else due_words_short(goal.due, self.today)
            facts.append(Content(words).stylize(OVERDUE_STYLE) if is_overdue(goal.due, self.today) else Content(words))
        done, total = progress(goal)
        if total:
            mark = "✓" if done == total else "☐"
            facts.append(Content(f"{mark} {done}/{total}"))
        return facts

    def _buttons(self) -> Content:
        """Clickable: move left or right, up or down, edit, delete. Markup here is ours, never the person's."""
        left = neighbour_column(self.goal.column, -1)
        right = neighbour_column(self.goal.column, 1)
        buttons = []
        if left:
            buttons.append(("left", f"◀ {COLUMN_TITLES[left]}" if self.wide else "◀"))
        buttons += [("up", "▲"), ("down", "▼")]
        if right:
            buttons.append(("right", f"{COLUMN_TITLES[right]} ▶" if self.wide else "▶"))
        buttons += [("edit", "edit" if self.wide else "✎"), ("delete", "delete" if self.wide else "✕")]
        # Narrow cards get one toolbar of three-cell buttons; wide ones, separate labelled buttons.
        return Content(" " if self.wide else "").join(
            Content.from_markup(f"[@click=button('{name}')] {label} [/]").stylize("reverse") for name, label in buttons
        )

    class Pressed(Message):
        """One of the card's buttons was clicked: "left", "right", "up", "down", "edit" or "delete"."""

        def __init__(self, card: GoalCard, button: str) -> None:
            super().__init__()
            self.card = card
            self.button = button

    def action_button(self, name: str) -> None:
        self.focus()
        self.post_message(self.Pressed(self, name))
