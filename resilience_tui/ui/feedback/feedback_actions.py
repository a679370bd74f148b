"""What the Feedback screen's keys do: start a request, switch its tone, hand it over, track it."""

from __future__ import annotations

from dataclasses import replace

from textual.content import Content

from resilience_tui.domain.business_days import follow_up_due
from resilience_tui.domain.dates import friendly_day
from resilience_tui.domain.email_templates import DEFAULT_TONE, TONE_LABELS
from resilience_tui.domain.feedback import FeedbackRequest, guess_category, parse_points, points_text, with_status
from resilience_tui.domain.records import ValidationError
from resilience_tui.services import feedback as service
from resilience_tui.services.applications import newest_first
from resilience_tui.store.errors import StoreError

WHY_ASK = ("Asking for feedback turns a no into something you can use. A short, kind note with one specific "
           "question works best. Not everyone replies, and that says nothing about you.")

HANDOVER_HINT = ("Nothing is sent from here. When it reads right: y copies the text, e saves an .eml file "
                 "your mail program opens as a draft, m opens your mail program. Then s marks it sent.")


# -- the list and the status line -------------------------------------------------
def _about(store, request: FeedbackRequest) -> str:
    application = store.applications.get(request.application_id) if request.application_id else None
    name = application.title if application else "(no application)"
    return f"Follow-up: {name}" if request.follow_up_of else name


def list_rows(store, today) -> list[tuple[FeedbackRequest, str, str]]:
    days = service.profile(store).follow_up_days
    requests = store.feedback.all()
    followed = {r.follow_up_of for r in requests if r.follow_up_of}
    rows = []
    for request in sorted(requests, key=lambda r: r.created_at, reverse=True):
        upcoming = ""
        if request.status == "draft":
            upcoming = "send when ready"
        elif request.status == "sent":
            due = follow_up_due(request, days)
            if request.id in followed:
                upcoming = "followed up"
            elif due and due <= today:
                upcoming = "follow-up due (w)"
            elif due:
                upcoming = f"follow up {friendly_day(due, today)}"
        elif request.status == "replied":
            count = len(request.points)
            upcoming = f"{count} point{'s' if count != 1 else ''}" if count else "record the points (p)"
        rows.append((request, _about(store, request), upcoming))
    return rows


def status_line(store, request: FeedbackRequest, today) -> Content:
    about = _about(store, request)
    parts = [(request.status_words.capitalize(), "bold"), f" · {TONE_LABELS[request.tone]} · {about}"]
    if request.sent_on:
        parts.append(f"\nSent {friendly_day(request.sent_on, today)}")
        due = follow_up_due(request, service.profile(store).follow_up_days)
        if due:
            word = "was due" if due < today else "due"
            parts.append((f" · a follow-up {word} {friendly_day(due, today)} if no reply (w writes one)", "italic"))
    if request.replied_on:
        parts.append(f" · replied {friendly_day(request.replied_on, today)}")
    if request.closed_on:
        parts.append(f" · no reply by {friendly_day(request.closed_on, today)}")
    return Content.assemble(*parts)


# -- starting a request -----------------------------------------------------------------
def _report_template_problems(screen, problems) -> None:
    for problem in problems:
        if problem not in screen.reported_templates:
            screen.reported_templates.add(problem)
            screen.app.notify(problem, title="Your templates", severity="warning", timeout=15, markup=False)


def _templates(screen) -> dict[str, str]:
    from resilience_tui.store.templates import load_templates

    templates, problems = load_templates(screen.app.store.root)
    _report_template_problems(screen, problems)
    return templates


def create_request(screen, application, tone: str = DEFAULT_TONE, follow_up_of: str | None = None) -> None:
    """Ask for the person's name once, then write a new draft, save it and open it."""
    store = screen.app.store

    def create() -> None:
        request, problems = service.new_draft(store, _templates(screen), application, tone, follow_up_of)
        _report_template_problems(screen, problems)
        screen.save_draft()
        if not screen.app.guard(lambda: store.feedback.add(request)):
            return
        screen.reload(keep=request.id)
        screen.show_request(request)
        screen.query_one("#body").focus()
        screen.notify("A draft to make your own. It saves itself as you type; nothing is sent from here.",
                      markup=False)

    if service.needs_profile(store):
        edit_profile(screen, first_time=True, then=create)
    else:
        create()


def start_for_application(screen, application_id: str) -> None:
    """Open this application's request (a draft first), or write a new one."""
    store = screen.app.store
    application = store.applications.get(application_id)
    if application is None:
        return
    mine = sorted((r for r in store.feedback.all() if r.application_id == application_id),
                  key=lambda r: (r.status == "draft", r.created_at), reverse=True)
    if mine:
        screen.save_draft()
        screen.reload(keep=mine[0].id)
        screen.show_request(mine[0])
        screen.query_one("#body").focus()
        return
    create_request(screen, application)


def choose_and_start(screen) -> None:
    from resilience_tui.ui.common.pick_application import BLANK, ApplicationPicker

    store, today = screen.app.store, screen.app.now().date()
    applications = newest_first(store.applications.all())
    applications.sort(key=lambda a: not a.is_rejection)  # rejections first, each group newest first

    def picked(choice: str | None) -> None:
        if choice is None:
            return
        create_request(screen, None if choice == BLANK else store.applications.get(choice))

    screen.app.push_screen(ApplicationPicker(applications, today, title="Which application is it about?",
                                             blank_label="A blank email, not about an application"), picked)


def start_follow_up(screen) -> None:
    current = screen.current
    if current.status not in ("sent", "no_reply"):
        screen.notify("A follow-up is for a request you have sent. Mark this one sent first (s).", markup=False)
        return
    existing = [r for r in screen.app.store.feedback.all() if r.follow_up_of == current.id]
    if existing:
        screen.reload(keep=existing[0].id)
        screen.show_request(existing[0])
        return
    application = screen.app.store.applications.get(current.application_id) if current.application_id else None
    create_request(screen, application, "follow_up", follow_up_of=current.id)


def switch_tone(screen, tone: str) -> None:
    """Rewrite the draft in another tone; the earlier text stays one ctrl+z away."""
    store, current = screen.app.store, screen.current
    values = screen.editor_values()
    application = store.applications.get(current.application_id) if current.application_id else None
    templates = _templates(screen)
    old = service.render_for(store, templates, application, screen.editor_values_tone_saved(), current.follow_up_of)
    new = service.render_for(store, templates, application, tone, current.follow_up_of)
    _report_template_problems(screen, new.problems)
    if values["subject"].strip() in ("", old.subject.strip()):
        screen.query_one("#subject").value = new.subject
    body = screen.query_one("#body")
    edited = values["body"].strip() != old.body.strip()
    body.replace(new.body, (0, 0), body.document.end)  # an edit, so ctrl+z brings the old text back
    screen.mark_changed()
    label = TONE_LABELS[tone].lower()
    if edited:
        screen.notify(f"Switched to the {label} wording. Your earlier text is one ctrl+z away in the email.",
                      markup=False)
    else:
        screen.notify(f"Switched to the {label} wording.", markup=False)


# -- hand-over ----------------------------------------------------------------------------
def copy_email(screen, subject_only: bool) -> None:
    from resilience_tui.ui.feedback.handover import copy_text

    values = screen.editor_values()
    screen.save_draft()
    if subject_only:
        copy_text(screen, values["subject"], "the subject line")
    else:
        copy_text(screen, values["body"], "the email's text")


def ask_and_save_eml(screen) -> None:
    from resilience_tui.handover.files import file_name
    from resilience_tui.ui.feedback.handover import eml_folder, save_eml
    from resilience_tui.ui.feedback.eml_folder import EmlFolderModal

    store = screen.app.store
    screen.save_draft()
    application = store.applications.get(screen.current.application_id) if screen.current.application_id else None
    company = application.company if application else ""
    values = screen.editor_values()

    def chosen(folder) -> None:
        if folder is not None:
            save_eml(screen, to=values["recipient"], subject=values["subject"], body=values["body"], company=company,
                     folder=folder)

    name = file_name(company, screen.app.now().date())
    screen.app.push_screen(EmlFolderModal(eml_folder(store), name), chosen)


def open_in_mail(screen) -> None:
    from resilience_tui.ui.feedback.handover import open_mail

    screen.save_draft()
    values = screen.editor_values()
    open_mail(screen, to=values["recipient"], subject=values["subject"], body=values["body"])


# -- status ---------------------------------------------------------------------------------
def _save_request(screen, updated: FeedbackRequest) -> bool:
    if not screen.app.guard(lambda: screen.app.store.feedback.add(updated)):
        return False
    screen.current = updated
    screen.reload(keep=updated.id)
    screen.show_state()
    return True


def ask_and_mark(screen, status: str) -> None:
    from resilience_tui.ui.feedback.status import StatusModal

    if status == "no_reply" and screen.current.status == "draft":
        screen.notify("This one is still a draft. Once it's sent (s), you can mark it no reply.", markup=False)
        return
    screen.save_draft()
    today = screen.app.now().date()

    def chosen(result) -> None:
        if result is None or screen.current is None:
            return
        new_status, day = result
        try:
            updated = with_status(screen.current, new_status, day, today)
        except ValidationError as problem:
            screen.notify(problem.message, severity="warning", markup=False)
            return
        if not _save_request(screen, updated):
            return
        if new_status == "sent":
            due = follow_up_due(updated, service.profile(screen.app.store).follow_up_days)
            screen.notify(f"Marked as sent. Well done for asking. If there's no reply, a follow-up is due "
                          f"{friendly_day(due, today)}; Today will remind you.", title="Sent", markup=False)
        elif new_status == "no_reply":
            screen.notify("Marked as no reply. Not hearing back is common and says nothing about you. "
                          "You asked, and that counts.", markup=False)
        else:
            screen.notify("Back to a draft.", markup=False)

    screen.app.push_screen(StatusModal(status, today), chosen)


def ask_reply(screen) -> None:
    from resilience_tui.ui.feedback.reply import ReplyModal

    screen.save_draft()
    today = screen.app.now().date()
    current = screen.current

    def recorded(result) -> None:
        if result is None or screen.current is None:
            return
        day, text = result
        try:
            updated = with_status(screen.current, "replied", day, today)
        except ValidationError as problem:
            screen.notify(problem.message, severity="warning", markup=False)
            return
        updated = replace(updated, points=parse_points(text, screen.current.points))
        if _save_request(screen, updated):
            count = len(updated.points)
            if count:
                screen.call_after_refresh(screen.query_one("#fb-points").focus)
                screen.notify(f"Recorded {count} point{'s' if count != 1 else ''}. Press g on one to make it a goal.",
                              title="Feedback kept", markup=False)
            else:
                screen.notify("Marked as replied. Press p again whenever you want to note what they said.", markup=False)

    screen.app.push_screen(ReplyModal(today, current.replied_on, points_text(current.points)), recorded)


def edit_profile(screen, first_time: bool = False, then=None) -> None:
    from resilience_tui.ui.feedback.profile import ProfileModal

    store = screen.app.store

    def done(result) -> None:
        if result is not None:
            screen.app.guard(lambda: service.save_profile(store, result))
        elif first_time:
            screen.app.guard(lambda: service.mark_profile_asked(store))
        if then is not None:
            then()
        elif screen.current is not None:
            screen.show_state()

    screen.app.push_screen(ProfileModal(service.profile(store), first_time=first_time), done)


# -- points, deleting -------------------------------------------------------------------------
def point_to_goal(screen, point) -> None:
    if point.goal_id and screen.app.store.goals.get(point.goal_id) is not None:
        screen.notify("That point is already on your Goals board.", markup=False)
        return
    category = guess_category(point.text)
    try:
        goal, saved = service.point_to_goal(screen.app.store, screen.current, point, category)
    except ValidationError as problem:
        screen.notify(problem.message, title="Not added", severity="warning", markup=False)
        return
    except StoreError as failure:
        screen.notify(failure.message, title="Not saved", severity="error", timeout=12, markup=False)
        return
    screen.current = saved
    screen.show_state()
    screen.notify(f'Added to your Goals board, under {category}: "{goal.title}".', title="Goal added", markup=False)


def delete_request(screen, request: FeedbackRequest) -> None:
    screen.save_draft()
    if screen.app.guard(lambda: screen.app.store.feedback.delete(request.id)):
        screen.undo_stack.append(request)
        screen.current = None
        screen.notify("Deleted the request. Press u to bring it back.", title="Deleted", markup=False)
        screen.reload()


def undo_delete(screen) -> None:
    if not screen.undo_stack:
        screen.notify("There is nothing to undo.", markup=False)
        return
    request = screen.undo_stack[-1]
    if screen.app.guard(lambda: screen.app.store.feedback.restore(request)):
        screen.undo_stack.pop()
        screen.reload(keep=request.id)
        screen.show_request(request)
        screen.notify("Brought the request back.", markup=False)
