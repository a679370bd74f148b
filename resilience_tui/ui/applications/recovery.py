"""What each step of a recovery path does when its number is pressed: one key, one clear action."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from resilience_tui.domain.application import Application
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.recovery import RecoveryStep, positive_goal_title, skills_goal_title
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
            self.add_linked_goal(application, positive_goal_title(application), "mindset")
        elif step.key == "persist":
            self._new_application()
        elif step.key == "grow":
            self.add_linked_goal(application, skills_goal_title(application), "skills")

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
        board = " (g opens the Goals board)" if "goals" in SCREENS else ""
        if goal.id in before:
            app.notify(f'"{goal.title}" is already on your Goals board{board}.', markup=False)
        else:
            app.notify(f'Added to your Goals board, under {category}: "{goal.title}". You can change it there{board}.',
                       title="Goal added", markup=False)
        self._shown(application.id)
