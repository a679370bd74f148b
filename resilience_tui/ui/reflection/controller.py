"""What the Reflection screen's keys do beyond the editor: start a worksheet, export, mark it
complete, turn an action into a goal, delete and bring back, open the story bank.

Each tells the person what happened in plain words; nothing here raises.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.reflection import Reflection, for_application, mark_complete, mark_draft
from resilience_tui.domain.story_bank import all_stories
from resilience_tui.services import reflections as service
from resilience_tui.ui.common.undo import UndoStack
from resilience_tui.ui.reflection.editor import ReflectionEditor
from resilience_tui.ui.reflection.items import ActionRow
from resilience_tui.ui.reflection.presenter import about_words
from resilience_tui.ui.reflection.story_bank import StoryBank
from resilience_tui.ui.reflection.worksheet_list import ReflectionList

if TYPE_CHECKING:
    from resilience_tui.domain.goal import Goal
    from resilience_tui.ui.app import ResilienceApp
    from resilience_tui.ui.reflection.screen import ReflectionScreen


class ReflectionActions:
    """The Reflection screen's work on whole worksheets."""

    def __init__(self, screen: ReflectionScreen) -> None:
        self.screen = screen
        self.undo_stack: UndoStack[Reflection] = UndoStack(lambda: self.app)

    @property
    def app(self) -> ResilienceApp:
        return self.screen.app

    # -- starting ------------------------------------------------------------------------
    async def reflect_on(self, application_id: str | None) -> None:
        """Open the worksheet about this application, or start one (the recovery path's "reflect" step)."""
        screen, store = self.screen, self.app.store
        existing = for_application(store.reflections.all(), application_id) if application_id else []
        if existing:
            await screen.open_editor(existing[0])
            screen.notify(f"You started a worksheet about {about_words(store, existing[0])} before; here it is.",
                          markup=False)
            return
        application = store.applications.get(application_id) if application_id else None
        stage = application.stage_words if application and application.stage != "applied" else ""
        now = self.app.now()
        worksheet = Reflection(application_id=application.id if application else None, stage=stage,
                               created_at=now, updated_at=now)
        await screen.open_editor(worksheet, is_new=True)

    def pick_and_start(self) -> None:
        from resilience_tui.services.applications import newest_first
        from resilience_tui.ui.common.pick_application import BLANK, ApplicationPicker

        applications = newest_first(self.app.store.applications.all())
        applications.sort(key=lambda a: not a.is_rejection)  # rejections first, each group newest first

        async def picked(choice: str | None) -> None:
            if choice is not None:
                await self.reflect_on(None if choice == BLANK else choice)

        if not applications:
            self.screen.run_worker(self.reflect_on(None))
            return
        self.app.push_screen(ApplicationPicker(applications, self.app.now().date(),
                                               title="What would you like to reflect on?",
                                               blank_label="A general look back, not about one application",
                                               blank_last=True), picked)

    # -- a whole worksheet -------------------------------------------------------------------
    def export(self, worksheet: Reflection) -> None:
        from resilience_tui.export import ExportFailed

        app = self.app
        written: list[Path] = []
        try:
            if not app.guard(lambda: written.append(service.export_markdown(app.store, worksheet, app.now())),
                             title="Not exported"):
                return
        except ExportFailed as error:
            app.notify(error.message, title="Not exported", severity="error", timeout=12, markup=False)
            return
        app.notify(f"Saved to {written[0]}. Only you can read it.", title="Exported", timeout=10, markup=False)

    def toggle_complete(self, worksheet: Reflection) -> Reflection | None:
        """Mark it complete (or, if it is, back to draft); the saved worksheet, or None if it was not."""
        screen, app = self.screen, self.app
        now = app.now()
        try:
            changed = mark_draft(worksheet, now) if worksheet.is_complete else mark_complete(worksheet, now)
            if not app.guard(lambda: service.save(app.store, changed)):
                return None
        except ValidationError as problem:
            if screen.mode == "editor":
                screen.query_one(ReflectionEditor).go_to(problem.field or "went_well")
                screen.show_status("", error=problem.message)
            app.notify(problem.message, title="Not complete yet", severity="warning", timeout=10, markup=False)
            return None
        if screen.editing is not None and screen.editing.id == changed.id:
            screen.editing = changed
        if screen.mode == "editor":
            screen.show_status("Editing", "saved")
        if changed.is_complete:
            app.notify("Marked complete. Looking back takes courage; well done.", title="Complete", markup=False)
        else:
            app.notify("Back to draft, to add more whenever you like.", markup=False)
        return changed

    def make_goal(self, row: ActionRow) -> None:
        """Put the action on the Goals board (once), and show it on the action."""
        screen, app = self.screen, self.app
        if not screen.save_draft() or screen.editing is None:
            return
        editing = screen.editing
        made: list[tuple[Goal, Reflection, bool]] = []
        try:
            if not app.guard(lambda: made.append(service.action_to_goal(app.store, editing, row.action.id, app.now()))):
                return
        except ValidationError as problem:
            app.notify(problem.message, title="Not a goal yet", severity="warning", markup=False)
            return
        goal, saved, created = made[0]
        screen.editing = saved
        screen.query_one(ReflectionEditor).show_goal(row.action.id, goal.id, service.goal_columns(app.store, saved),
                                                     goal.category)
        if created:
            app.notify(f'Added to your Goals board, under {goal.category.replace("-", " ")}: "{goal.title}". '
                       "You can change it there (g).", title="Goal added", markup=False)
        else:
            app.notify(f'"{goal.title}" is already on your Goals board (g).', markup=False)

    def delete(self) -> None:
        store = self.app.store
        worksheet = self.screen.query_one(ReflectionList).current
        if worksheet is None:
            return
        if self.app.guard(lambda: store.reflections.delete(worksheet.id)):
            about = about_words(store, worksheet)
            self.undo_stack.push(worksheet, lambda: store.reflections.restore(worksheet),
                                 deleted=f"Deleted the worksheet ({about})", restored=f"Brought back the worksheet ({about})")
            self.screen.refresh_list()

    def undo_delete(self) -> None:
        worksheet = self.undo_stack.undo()
        if worksheet is not None:
            self.screen.refresh_list(worksheet.id)

    def open_bank(self) -> None:
        store = self.app.store
        reflections = store.reflections.all()
        about = {r.id: about_words(store, r) for r in reflections}
        bank = self.screen.query_one(StoryBank)
        bank.load(all_stories(reflections), about, self.app.now().date())
        self.screen.show_view("bank")
        bank.focus_search()
