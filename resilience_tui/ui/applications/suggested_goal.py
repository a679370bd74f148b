"""The goal form, filled in with a suggestion for after a rejection, for the person to change before saving.

The goal is new and linked to the application; its draft is kept under the application,
so closing the form and pressing the step again brings back what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.application import Application
from resilience_tui.domain.goal import Goal, Source
from resilience_tui.domain.recovery import GoalSuggestion
from resilience_tui.domain.visible import visible
from resilience_tui.ui.goals.form import GoalForm


class SuggestedGoalForm(GoalForm):
    def __init__(self, application: Application, suggestion: GoalSuggestion, now: datetime,
                 save: Callable[[Goal], Goal]) -> None:
        goal = Goal(title=suggestion.title, category=suggestion.category, notes=suggestion.notes,
                    source=Source("application", application.id), created_at=now, updated_at=now)
        today = now.date()
        super().__init__(goal, today, save)
        self.application = application

    @property
    def draft_key(self) -> str:
        return f"after-{self.application.id}-{self.goal.category if self.goal else ''}"

    def on_mount(self) -> None:  # runs before the goal form's own, which fills the fields
        company = visible(self.application.company.strip()) or "this application"
        self.query_one("#goal-form-title", Static).update(Content.assemble(
            (f"A goal for after {company}", "bold"), ("   ctrl+s saves · escape closes", "dim")))
        note = self.query_one("#goal-form-note", Static)
        note.update("A suggestion to start from: change the words to suit you, then save.")
        note.display = True
