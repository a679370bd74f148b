"""Today's goals section: overdue goals, goals due this week, and how many were finished lately."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from resilience_tui.ui.common.text import first_line
from resilience_tui.ui.today.unchanged import update

if TYPE_CHECKING:
    from resilience_tui.domain.goal import Goal
    from resilience_tui.domain.goal_rules import Glance

SHOW_OVERDUE = 3
SHOW_THIS_WEEK = 4


class TodayGoals(Static):
    """One widget for the whole section: Today paints quicker with fewer widgets."""

    DEFAULT_CSS = "TodayGoals { height: auto; margin-top: 1; }"

    def show(self, goals: list[Goal], now: datetime) -> None:
        from resilience_tui.domain.goal_rules import glance  # after the first paint

        body = goals_lines(glance(goals, now), now, bool(goals))
        update(self, Content.assemble(("Goals", "bold"), "\n", body))


def _line(mark: Content, goal: Goal, when: Content) -> Content:
    return Content.assemble(mark, " ", Content(first_line(goal.title, 40)), " — ", when)


def goals_lines(view: Glance, now: datetime, any_goals: bool) -> Content:
    from resilience_tui.domain.day_words import due_words, due_words_short, local_day
    from resilience_tui.domain.goal_rules import progress
    from resilience_tui.ui.common.goal_styles import OVERDUE_STYLE

    if not any_goals:
        return Content.from_markup("No goals yet. Press [b]g[/b] to set one small goal; the board has a few ideas to start with.")
    today = local_day(now)
    lines: list[Content] = []
    for goal in view.overdue[:SHOW_OVERDUE]:
        if goal.due is None:  # never: a goal is overdue only past its due day
            continue
        when = Content(due_words_short(goal.due, today)).stylize(OVERDUE_STYLE)
        lines.append(_line(Content("!").stylize(OVERDUE_STYLE), goal, when))
    for goal in view.this_week[:SHOW_THIS_WEEK]:
        if goal.due is not None:
            when = Content(due_words(goal.due, today)).stylize("dim")
        else:
            done, total = progress(goal)
            when = Content(f"this week{f', {done}/{total}' if total else ''}").stylize("dim")
        lines.append(_line(Content("↻" if goal.weekly else "·"), goal, when))
    hidden = max(0, len(view.overdue) - SHOW_OVERDUE) + max(0, len(view.this_week) - SHOW_THIS_WEEK)
    if hidden:
        lines.append(Content(f"  and {hidden} more on the board (g)").stylize("dim"))
    if not lines:
        lines.append(Content("Nothing due this week. Press g to see your board.").stylize("dim"))
    finished = len(view.finished)
    if finished:
        plural = "goal" if finished == 1 else "goals"
        lines.append(Content.assemble(("✓", "bold"), f" {finished} {plural} finished in the last seven days. Well done."))
    return Content("\n").join(lines)
