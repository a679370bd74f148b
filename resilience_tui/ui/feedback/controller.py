"""What the Feedback screen's keys do: start a request, switch its tone, hand it over, track it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.domain.application import Application
from resilience_tui.domain.business_days import follow_up_due
from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.email_templates import DEFAULT_TONE, TONE_LABELS
from resilience_tui.domain.feedback import (
    FeedbackPoint,
    FeedbackRequest,
    guess_category,
    parse_points,
    points_text,
    with_status,
)
from resilience_tui.domain.records import ValidationError
from resilience_tui.services import feedback as service
from resilience_tui.services.applications import newest_first
from resilience_tui.services.feedback import Profile
from resilience_tui.ui.common.undo import UndoStack

if TYPE_CHECKING:
    from resilience_tui.domain.goal import Goal
    from resilience_tui.ui.app import ResilienceApp
    from resilience_tui.ui.feedback.screen import FeedbackScreen


class FeedbackActions:
    """The Feedback screen's work beyond showing and editing one request."""

    def __init__(self, screen: FeedbackScreen) -> None:
        self.screen = screen
        self.reported_templates: set[str] = set()
        self.undo_stack: UndoStack[FeedbackRequest] = UndoStack(lambda: self.app)

    @property
    def app(self) -> ResilienceApp:
        return self.screen.app

    def _application(self, request: FeedbackRequest) -> Application | None:
        return self.app.store.applications.get(request.application_id) if request.application_id else None

    # -- templates ---------------------------------------------------------------------
    def _report_template_problems(self, problems: Iterable[str]) -> None:
        for problem in problems:
            if problem not in self.reported_templates:
                self.reported_templates.add(problem)
                self.app.notify(problem, title="Your templates", severity="warning", timeout=15, markup=False)

    def _templates(self) -> dict[str, str]:
        from resilience_tui.store.templates import load_templates

        templates, problems = load_templates(self.app.store.root)
        self._report_template_problems(problems)
        return templates

    # -- starting a request ------------------------------------------------------------
    def create_request(self, application: Application | None, tone: str = DEFAULT_TONE,
                       follow_up_of: str | None = None) -> None:
        """Ask for the person's name once, then write a new draft, save it and open it."""
        screen, store = self.screen, self.app.store

        def create() -> None:
            request, problems = service.new_draft(store, self._templates(), application, tone, follow_up_of)
            self._report_template_problems(problems)
            screen.save_draft()
            if not self.app.guard(lambda: store.feedback.add(request)):
                return
            screen.open_request(request)
            screen.notify("A draft to make your own. It saves itself as you type; nothing is sent from here.",
                          markup=False)

        if service.needs_profile(store):
            self.edit_profile(first_time=True, then=create)
        else:
            create()

    def start_for_application(self, application_id: str) -> None:
        """Open this application's request (a draft first), or write a new one."""
        store = self.app.store
        application = store.applications.get(application_id)
        if application is None:
            return
        mine = sorted((r for r in store.feedback.all() if r.application_id == application_id),
                      key=lambda r: (r.status == "draft", r.created_at), reverse=True)
        if mine:
            self.screen.save_draft()
            self.screen.open_request(mine[0])
            return
        self.create_request(application)

    def choose_and_start(self) -> None:
        from resilience_tui.ui.common.pick_application import BLANK, ApplicationPicker

        store, today = self.app.store, self.app.now().date()
        applications = newest_first(store.applications.all())
        applications.sort(key=lambda a: not a.is_rejection)  # rejections first, each group newest first

        def picked(choice: str | None) -> None:
            if choice is None:
                return
            self.create_request(None if choice == BLANK else store.applications.get(choice))

        self.app.push_screen(ApplicationPicker(applications, today, title="Which application is it about?",
                                               blank_label="A blank email, not about an application"), picked)

    def start_follow_up(self, current: FeedbackRequest) -> None:
        if current.status not in ("sent", "no_reply"):
            self.screen.notify("A follow-up is for a request you have sent. Mark this one sent first (s).", markup=False)
            return
        existing = [r for r in self.app.store.feedback.all() if r.follow_up_of == current.id]
        if existing:
            self.screen.reload(keep=existing[0].id)
            self.screen.show_request(existing[0])
            return
        self.create_request(self._application(current), "follow_up", follow_up_of=current.id)

    def switch_tone(self, current: FeedbackRequest, tone: str) -> None:
        """Rewrite the draft in another tone; the earlier text stays one ctrl+z away."""
        screen, store = self.screen, self.app.store
        values = screen.editor_values()
        application = self._application(current)
        templates = self._templates()
        old = service.render_for(store, templates, application, screen.tone_saved(), current.follow_up_of)
        new = service.render_for(store, templates, application, tone, current.follow_up_of)
        self._report_template_problems(new.problems)
        if values["subject"].strip() in ("", old.subject.strip()):
            screen.subject.value = new.subject
        body = screen.body
        edited = values["body"].strip() != old.body.strip()
        body.replace(new.body, (0, 0), body.document.end)  # an edit, so ctrl+z brings the old text back
        screen.mark_changed()
        label = TONE_LABELS[tone].lower()
        if edited:
            screen.notify(f"Switched to the {label} wording. Your earlier text is one ctrl+z away in the email.",
                          markup=False)
        else:
            screen.notify(f"Switched to the {label} wording.", markup=False)

    # -- hand-over ---------------------------------------------------------------------
    def copy_email(self, subject_only: bool) -> None:
        from resilience_tui.ui.feedback.handover import copy_text

        values = self.screen.editor_values()
        self.screen.save_draft()
        if subject_only:
            copy_text(self.screen, values["subject"], "the subject line")
        else:
            copy_text(self.screen, values["body"], "the email's text")

    def ask_and_save_eml(self, current: FeedbackRequest) -> None:
        from resilience_tui.handover.files import file_name
        from resilience_tui.ui.feedback.eml_folder import EmlFolderModal
        from resilience_tui.ui.feedback.handover import eml_folder, save_eml

        screen = self.screen
        screen.save_draft()
        application = self._application(current)
        company = application.company if application else ""
        values = screen.editor_values()

        def chosen(folder: Path | None) -> None:
            if folder is not None:
                save_eml(screen, to=values["recipient"], subject=values["subject"], body=values["body"],
                         company=company, folder=folder)

        name = file_name(company, self.app.now().date())
        self.app.push_screen(EmlFolderModal(eml_folder(self.app.store), name), chosen)

    def open_in_mail(self) -> None:
        from resilience_tui.ui.feedback.handover import open_mail

        self.screen.save_draft()
        values = self.screen.editor_values()
        open_mail(self.screen, to=values["recipient"], subject=values["subject"], body=values["body"])

    # -- status ------------------------------------------------------------------------
    def _save_request(self, updated: FeedbackRequest) -> bool:
        if not self.app.guard(lambda: self.app.store.feedback.add(updated)):
            return False
        self.screen.current = updated
        self.screen.reload(keep=updated.id)
        self.screen.show_state()
        return True

    def _with_status(self, status: str, day: date | None, today: date) -> FeedbackRequest | None:
        current = self.screen.current
        if current is None:
            return None
        try:
            return with_status(current, status, day, today)
        except ValidationError as problem:
            self.screen.notify(problem.message, severity="warning", markup=False)
            return None

    def ask_and_mark(self, current: FeedbackRequest, status: str) -> None:
        from resilience_tui.ui.feedback.status import StatusModal

        screen = self.screen
        if status == "no_reply" and current.status == "draft":
            screen.notify("This one is still a draft. Once it's sent (s), you can mark it no reply.", markup=False)
            return
        screen.save_draft()
        today = self.app.now().date()

        def chosen(result: tuple[str, date | None] | None) -> None:
            if result is None:
                return
            new_status, day = result
            updated = self._with_status(new_status, day, today)
            if updated is None or not self._save_request(updated):
                return
            if new_status == "sent":
                due = follow_up_due(updated, service.profile(self.app.store).follow_up_days)
                later = (f" If there's no reply, a follow-up is due {friendly_day(due, today)}; Today will remind you."
                         if due is not None else "")  # due is set: the request is now sent, with its day
                screen.notify(f"Marked as sent. Well done for asking.{later}", title="Sent", markup=False)
            elif new_status == "no_reply":
                screen.notify("Marked as no reply. Not hearing back is common and says nothing about you. "
                              "You asked, and that counts.", markup=False)
            else:
                screen.notify("Back to a draft.", markup=False)

        self.app.push_screen(StatusModal(status, today), chosen)

    def ask_reply(self, current: FeedbackRequest) -> None:
        from resilience_tui.ui.feedback.reply import ReplyModal

        screen = self.screen
        screen.save_draft()
        today = self.app.now().date()

        def recorded(result: tuple[date, str] | None) -> None:
            if result is None or screen.current is None:
                return
            day, text = result
            earlier = screen.current.points
            updated = self._with_status("replied", day, today)
            if updated is None:
                return
            updated = replace(updated, points=parse_points(text, earlier))
            if self._save_request(updated):
                count = len(updated.points)
                if count:
                    screen.call_after_refresh(screen.points.focus)
                    screen.notify(f"Recorded {count} point{'s' if count != 1 else ''}. Press g on one to make it a goal.",
                                  title="Feedback kept", markup=False)
                else:
                    screen.notify("Marked as replied. Press p again whenever you want to note what they said.",
                                  markup=False)

        self.app.push_screen(ReplyModal(today, current.replied_on, points_text(current.points)), recorded)

    def edit_profile(self, first_time: bool = False, then: Callable[[], None] | None = None) -> None:
        from resilience_tui.ui.feedback.profile import ProfileModal

        store = self.app.store

        def done(result: Profile | None) -> None:
            if result is not None:
                self.app.guard(lambda: service.save_profile(store, result))
            elif first_time:
                self.app.guard(lambda: service.mark_profile_asked(store))
            if then is not None:
                then()
            elif self.screen.current is not None:
                self.screen.show_state()

        self.app.push_screen(ProfileModal(service.profile(store), first_time=first_time), done)

    # -- points, deleting --------------------------------------------------------------
    def point_to_goal(self, current: FeedbackRequest, point: FeedbackPoint) -> None:
        screen, store = self.screen, self.app.store
        if point.goal_id and store.goals.get(point.goal_id) is not None:
            screen.notify("That point is already on your Goals board.", markup=False)
            return
        category = guess_category(point.text)
        made: list[tuple[Goal, FeedbackRequest]] = []
        try:
            if not self.app.guard(lambda: made.append(service.point_to_goal(store, current, point, category))):
                return
        except ValidationError as problem:
            screen.notify(problem.message, title="Not added", severity="warning", markup=False)
            return
        goal, saved = made[0]
        screen.current = saved
        screen.show_state()
        screen.notify(f'Added to your Goals board, under {category}: "{goal.title}".', title="Goal added", markup=False)

    def delete_request(self, request: FeedbackRequest) -> None:
        screen, store = self.screen, self.app.store
        screen.save_draft()
        if self.app.guard(lambda: store.feedback.delete(request.id)):
            screen.current = None
            self.undo_stack.push(request, lambda: store.feedback.restore(request),
                                 deleted="Deleted the request", restored="Brought the request back")
            screen.reload()

    def undo_delete(self) -> None:
        request = self.undo_stack.undo()
        if request is not None:
            self.screen.reload(keep=request.id)
            self.screen.show_request(request)
