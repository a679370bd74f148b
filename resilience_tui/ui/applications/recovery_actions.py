"""What each step of a recovery path does when its number is pressed: one key, one clear action."""

from __future__ import annotations

from resilience_tui.domain.application import Application
from resilience_tui.domain.recovery import RecoveryStep, positive_goal_title, skills_goal_title
from resilience_tui.domain.records import ValidationError


def open_screen_with(app, name: str, attribute: str, value) -> None:
    """Open screen `name`, telling it first what to show (it reads `attribute` when it appears)."""
    screen = app.get_screen(name)
    setattr(screen, attribute, value)
    if app.screen is screen:
        app.call_later(screen.on_screen_resume)  # it may be async; call_later awaits it
    else:
        app.action_show(name)


def add_linked_goal(screen, application: Application, title: str, category: str) -> None:
    from resilience_tui.services.goals import create_linked_goal
    from resilience_tui.store.errors import StoreError

    app = screen.app
    before = {g.id for g in app.store.goals.all()}
    try:
        goal = create_linked_goal(app.store, title, category, "application", application.id, now=app.now())
    except ValidationError as problem:
        app.notify(problem.message, title="Not added", severity="warning", markup=False)
        return
    except StoreError as failure:
        app.notify(failure.message, title="Not saved", severity="error", timeout=12, markup=False)
        return
    board = " (g opens the Goals board)" if "goals" in _screens() else ""
    if goal.id in before:
        app.notify(f'"{goal.title}" is already on your Goals board{board}.', markup=False)
    else:
        app.notify(f'Added to your Goals board, under {category}: "{goal.title}". You can change it there{board}.',
                   title="Goal added", markup=False)
    if hasattr(screen, "reload"):
        screen.reload(keep=application.id)


def _screens() -> dict:
    from resilience_tui.ui.app import SCREENS

    return SCREENS


def run_step(screen, application: Application, step: RecoveryStep) -> None:
    app = screen.app
    if step.key == "acknowledge":
        open_screen_with(app, "checkin", "pending_application", application.id)
    elif step.key == "ask":
        open_screen_with(app, "feedback", "pending_application", application.id)
    elif step.key == "reflect":
        if "reflection" in _screens():
            open_screen_with(app, "reflection", "pending_application", application.id)
        else:
            open_screen_with(app, "checkin", "pending_application", application.id)
            app.notify("In the note, write one thing that went well and one you might do differently.",
                       title="Reflect", markup=False)
    elif step.key == "positive":
        add_linked_goal(screen, application, positive_goal_title(application), "mindset")
    elif step.key == "persist":
        screen.open_form(None)
    elif step.key == "grow":
        add_linked_goal(screen, application, skills_goal_title(application), "skills")
