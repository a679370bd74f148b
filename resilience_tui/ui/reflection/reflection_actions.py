"""What the Reflection screen's keys do beyond the editor: start a worksheet, export, mark it
complete, turn an action into a goal, delete and bring back, open the story bank.

Each tells the person what happened in plain words; nothing here raises.
"""

from __future__ import annotations

from datetime import datetime

from textual.content import Content

from resilience_tui.domain.reflection import Reflection, for_application, mark_complete, mark_draft, sections_with_content
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.story_bank import all_stories
from resilience_tui.services import reflections as service
from resilience_tui.store.errors import StoreError
from resilience_tui.ui.reflection.worksheet_list import GENERAL, Row


def about_words(store, reflection: Reflection) -> str:
    application = service.application_of(store, reflection)
    if application is not None:
        return application.title
    return "about an application no longer listed" if reflection.application_id else GENERAL.lower()


def row_for(store, reflection: Reflection) -> Row:
    application = service.application_of(store, reflection)
    received = bool(service.received_feedback(store, reflection)[1])
    return Row(reflection, application.title if application else "", len(sections_with_content(reflection, received)))


def editor_context(store, reflection: Reflection, now: datetime) -> dict:
    """What the editor shows beside the person's words: check-ins, feedback received, goals."""
    checkins = [Content(service.checkin_words(c)) for c in service.checkins_around(store, reflection, now)]
    source, points = service.received_feedback(store, reflection)
    received = None
    if points:
        lines = [Content.assemble((source, "bold"), ("  (read only; add your thoughts below)", "dim"))]
        lines += [Content.assemble("• ", point) for point in points]
        received = Content("\n").join(lines)
    elif reflection.application_id:
        received = Content.assemble(("No feedback has come in for this application yet. ", "dim"),
                                    ("When it does, add it on the Feedback screen (f) and it shows here.", "dim"))
    return {"checkins": checkins, "received": received, "columns": service.goal_columns(store, reflection)}


def _fail(screen, failure: StoreError) -> None:
    screen.app.notify(failure.message, title="Not saved", severity="error", timeout=12, markup=False)


# -- starting ----------------------------------------------------------------------------
async def reflect_on(screen, application_id: str | None) -> None:
    """Open the worksheet about this application, or start one (the recovery path's "reflect" step)."""
    store = screen.app.store
    existing = for_application(store.reflections.all(), application_id) if application_id else []
    if existing:
        await screen.open_editor(existing[0])
        screen.notify(f"You started a worksheet about {about_words(store, existing[0])} before; here it is.",
                      markup=False)
        return
    application = store.applications.get(application_id) if application_id else None
    stage = application.stage_words if application and application.stage != "applied" else ""
    now = screen.app.now()
    worksheet = Reflection(application_id=application.id if application else None, stage=stage,
                           created_at=now, updated_at=now)
    await screen.open_editor(worksheet, is_new=True)


def pick_and_start(screen) -> None:
    from resilience_tui.services.applications import newest_first
    from resilience_tui.ui.common.pick_application import BLANK, ApplicationPicker

    store = screen.app.store
    applications = newest_first(store.applications.all())
    applications.sort(key=lambda a: not a.is_rejection)  # rejections first, each group newest first

    async def picked(choice: str | None) -> None:
        if choice is not None:
            await reflect_on(screen, None if choice == BLANK else choice)

    if not applications:
        screen.run_worker(reflect_on(screen, None))
        return
    screen.app.push_screen(ApplicationPicker(applications, screen.app.now().date(), title="What would you like to reflect on?",
                                             blank_label="A general look back, not about one application"), picked)


# -- a whole worksheet -------------------------------------------------------------------
def export(screen, worksheet: Reflection) -> None:
    from resilience_tui.export import ExportFailed

    app = screen.app
    try:
        path = service.export_markdown(app.store, worksheet, app.now())
    except (ExportFailed, StoreError) as error:
        app.notify(error.message, title="Not exported", severity="error", timeout=12, markup=False)
        return
    app.notify(f"Saved to {path}. Only you can read it.", title="Exported", timeout=10, markup=False)


def toggle_complete(screen, worksheet: Reflection) -> Reflection | None:
    """Mark it complete (or, if it is, back to draft); the saved worksheet, or None if it was not."""
    app = screen.app
    now = app.now()
    try:
        changed = mark_draft(worksheet, now) if worksheet.is_complete else mark_complete(worksheet, now)
        service.save(app.store, changed)
    except ValidationError as problem:
        if screen.mode == "editor":
            screen.query_one("ReflectionEditor").go_to(problem.field or "went_well")
            screen._show_status("", error=problem.message)
        app.notify(problem.message, title="Not complete yet", severity="warning", timeout=10, markup=False)
        return None
    except StoreError as failure:
        _fail(screen, failure)
        return None
    if screen.editing is not None and screen.editing.id == changed.id:
        screen.editing = changed
    if screen.mode == "editor":
        screen._show_status("Editing", "saved")
    if changed.is_complete:
        app.notify("Marked complete. Looking back takes courage; well done.", title="Complete", markup=False)
    else:
        app.notify("Back to draft, to add more whenever you like.", markup=False)
    return changed


def make_goal(screen, row) -> None:
    """Put the action on the Goals board (once), and show it on the action."""
    if not screen.save_draft() or screen.editing is None:
        return
    app = screen.app
    try:
        goal, saved, created = service.action_to_goal(app.store, screen.editing, row.action.id, app.now())
    except ValidationError as problem:
        app.notify(problem.message, title="Not a goal yet", severity="warning", markup=False)
        return
    except StoreError as failure:
        _fail(screen, failure)
        return
    screen.editing = saved
    screen.query_one("ReflectionEditor").show_goal(row.action.id, goal.id, service.goal_columns(app.store, saved))
    if created:
        app.notify(f'Added to your Goals board, under {goal.category.replace("-", " ")}: "{goal.title}". '
                   "You can change it there (g).", title="Goal added", markup=False)
    else:
        app.notify(f'"{goal.title}" is already on your Goals board (g).', markup=False)


def delete(screen) -> None:
    worksheet = screen.query_one("ReflectionList").current
    if worksheet is None:
        return
    if screen.app.guard(lambda: screen.app.store.reflections.delete(worksheet.id)):
        screen.undo_stack.append(worksheet)
        screen.app.notify(f"Deleted the worksheet ({about_words(screen.app.store, worksheet)}). Press u to bring it back.",
                          title="Deleted", markup=False)
        screen.refresh_list()


def undo_delete(screen) -> None:
    if not screen.undo_stack:
        screen.app.notify("There is nothing to undo.", markup=False)
        return
    worksheet = screen.undo_stack[-1]
    if screen.app.guard(lambda: screen.app.store.reflections.restore(worksheet)):
        screen.undo_stack.pop()
        screen.refresh_list(worksheet.id)
        screen.app.notify(f"Brought back the worksheet ({about_words(screen.app.store, worksheet)}).", markup=False)


def open_bank(screen) -> None:
    store = screen.app.store
    reflections = store.reflections.all()
    about = {r.id: about_words(store, r) for r in reflections}
    bank = screen.query_one("StoryBank")
    bank.load(all_stories(reflections), about, screen.app.now().date())
    screen.show_view("bank")
    bank.focus_search()
