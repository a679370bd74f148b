"""What each step of a recovery path does when its number is pressed: one key, one clear action."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from resilience_tui.domain.application import Application
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.recovery import POSITIVE_CATEGORY, RecoveryStep, positive_goal_title, skills_goal
from resilience_tui.ui.registry import SCREENS

if TYPE_CHECKING:
    from resilience_tui.domain.goal import Goal
    from resilience_tui.ui.app import ResilienceApp


class RecoverySteps:
    """Runs a step for the Applications screen; `shown` redraws it, `new_application` opens the form."""

    def __init__(self, app: Callable[[], ResilienceApp], shown: Callable[[str], None],
                 new_application: Callable[[], None]) -> None:
        self._app = app
        self._shown = shown
        self._new_application = new_application

    def run(self, application: Application, step: RecoveryStep) -> None:
        app = self._app()
        if step.key == "acknowledge":
            app.open_checkin(application.id)
        elif step.key == "ask":
            app.open_feedback(application.id)
        elif step.key == "reflect":
            if "reflection" in SCREENS:
                app.open_reflection(application.id)
            else:
                app.open_checkin(application.id)
                app.notify("In the note, write one thing that went well and one you might do differently.",
                           title="Reflect", markup=False)
        elif step.key == "positive":
            self.add_linked_goal(application, positive_goal_title(application), POSITIVE_CATEGORY)
        elif step.key == "persist":
            self._new_application()
        elif step.key == "grow":
            self.suggest_goal(application)

    def suggest_goal(self, application: Application) -> None:
        """Open the goal form with a skills goal to change before it is saved, linked to the application."""
        from resilience_tui.services.goals import add_goal
        from resilience_tui.ui.applications.suggested_goal import SuggestedGoalForm

        app = self._app()
        form = SuggestedGoalForm(application, skills_goal(application), app.now(),
                                 lambda goal: add_goal(app.store, goal, app.now()))

        def saved(goal: Goal | None) -> None:
            if goal is not None:
                self._added(goal)
                self._shown(application.id)

        app.push_screen(form, saved)

    def add_linked_goal(self, application: Application, title: str, category: str) -> None:
        from resilience_tui.services.goals import create_linked_goal

        app = self._app()
        before = {g.id for g in app.store.goals.all()}
        made: list[Goal] = []
        try:
            if not app.guard(lambda: made.append(create_linked_goal(app.store, title, category, "application",
                                                                    application.id, now=app.now()))):
                return
        except ValidationError as problem:
            app.notify(problem.message, title="Not added", severity="warning", markup=False)
            return
        goal = made[0]
        if goal.id in before:
            app.notify(f'"{goal.title}" is already on your Goals board{self._board()}.', markup=False)
        else:
            self._added(goal)
        self._shown(application.id)

    @staticmethod
    def _board() -> str:
        return " (g opens the Goals board)" if "goals" in SCREENS else ""

    def _added(self, goal: Goal) -> None:
        self._app().notify(f'Added to your Goals board, under {goal.category}: "{goal.title}". '
                           f'You can change it there{self._board()}.', title="Goal added", markup=False)
