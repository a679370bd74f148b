"""Feedback: draft a polite, specific feedback request, hand it over, and track it until feedback arrives."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Select, Static, TextArea

from resilience_tui.domain.email_templates import TONES
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.services import feedback as service
from resilience_tui.ui.feedback import feedback_actions as actions
from resilience_tui.ui.feedback.draft_checks import checks_content
from resilience_tui.ui.feedback.request_list import FeedbackTable
from resilience_tui.ui.feedback.points import PointsList

AUTOSAVE_SECONDS = 1.0
EDITOR = ("#to", "#subject", "#body")


class FeedbackScreen(Screen):
    CSS_PATH = "feedback.tcss"  # loaded when the screen is first opened, not at start-up
    TITLE = "Feedback"
    AUTO_FOCUS = "#fb-list"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (130, "-wide")]
    BINDINGS = [
        Binding("n", "new", "New", tooltip="Start a request: from an application, or blank"),
        Binding("y", "copy_body", "Copy", tooltip="Copy the email's text to the clipboard"),
        Binding("Y", "copy_subject", "Copy subject", show=False, tooltip="Copy the subject line"),
        Binding("e", "save_eml", ".eml", tooltip="Save as an .eml file your mail program opens as a draft"),
        Binding("m", "open_mail", "Mail app", tooltip="Open it as a new email in your mail program"),
        Binding("s", "mark('sent')", "Sent", tooltip="Mark it as sent"),
        Binding("p", "replied", "Replied", tooltip="They replied: record the feedback, one point a line"),
        Binding("x", "mark('no_reply')", "No reply", tooltip="Mark it as no reply"),
        Binding("w", "follow_up", "Follow-up", tooltip="Write a follow-up to a request with no reply yet"),
        Binding("i", "profile", "About you", show=False, tooltip="Your name, signature and the follow-up days"),
        Binding("ctrl+s", "save", "Save", tooltip="Save the draft now (it also saves itself as you type)"),
        Binding("u", "undo", "Undo delete", show=False),
        Binding("escape", "leave", "Leave the text", show=False),
    ]
    HELP_KEYS = [
        ("Y", "Copy the subject line"),
        ("i", "Your name, signature and email, and after how many working days a follow-up is due"),
        ("ctrl+z", "In the email text: undo, also after switching the tone"),
        ("u", "Bring back the request just deleted"),
        ("escape", "Leave the text, so the letter keys work"),
    ]
    HELP_WIDGETS = [("Request list", FeedbackTable), ("Feedback points", PointsList)]

    def __init__(self) -> None:
        super().__init__()
        self.current: FeedbackRequest | None = None
        self.pending_application: str | None = None  # set by other screens: start from this application
        self.undo_stack: list[FeedbackRequest] = []
        self._baseline: dict | None = None
        self._pending: dict | None = None
        self._timer = None
        self._loading = False
        self.reported_templates: set[str] = set()

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="fb-body"):
            yield FeedbackTable(id="fb-list")
            with Horizontal(id="fb-main"):
                with Vertical(id="fb-editor"):
                    yield Static(id="fb-status")
                    with Horizontal(classes="fb-row"):
                        yield Label("Tone", classes="fb-label")
                        yield Select([(label, key) for key, label, _ in TONES], allow_blank=False, value="warm",
                                     id="tone", compact=True)
                    with Horizontal(classes="fb-row"):
                        yield Label("To", classes="fb-label")
                        yield Input(placeholder="Name <address>", id="to", compact=True)
                    with Horizontal(classes="fb-row"):
                        yield Label("Subject", classes="fb-label")
                        yield Input(id="subject", compact=True)
                    yield TextArea(id="body", soft_wrap=True, tab_behavior="focus")
                with VerticalScroll(id="fb-side"):
                    yield Static(id="fb-checks")
                    yield Static(actions.HANDOVER_HINT, id="fb-hint", classes="hint")
                    yield Static(id="fb-points-title", classes="section-title")
                    yield PointsList(id="fb-points")
        yield Footer()

    def on_mount(self) -> None:
        self.app.register_draft_saver(self.save_draft)

    def on_screen_resume(self) -> None:
        self.app.guard(self.app.store.refresh)
        self.reload()
        if self.pending_application is not None:
            application_id, self.pending_application = self.pending_application, None
            actions.start_for_application(self, application_id)
        elif not isinstance(self.focused, (Input, TextArea)):
            self.query_one(FeedbackTable).focus()
        self.app.report_problems()

    def on_screen_suspend(self) -> None:
        self.save_draft()

    # -- list --------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        rows = actions.list_rows(self.app.store, self.app.now().date())
        table = self.query_one(FeedbackTable)
        table.show(rows, self.app.now().date(), keep or (self.current.id if self.current else None))
        if not rows:
            self.show_request(None)

    @on(FeedbackTable.Chosen)
    def _chosen(self, event: FeedbackTable.Chosen) -> None:
        if event.request is None or self.current is None or event.request.id != self.current.id:
            self.save_draft()
            self.show_request(event.request)
        else:
            self.current = event.request if self._pending is None else self.current
            self.show_state()

    @on(FeedbackTable.EditRequested)
    def _edit(self) -> None:
        if self.current is not None:
            self.query_one("#body", TextArea).focus()

    # -- editor ------------------------------------------------------------
    def editor_values(self) -> dict:
        return {"tone": self.query_one("#tone", Select).value, "recipient": self.query_one("#to", Input).value,
                "subject": self.query_one("#subject", Input).value, "body": self.query_one("#body", TextArea).text}

    def show_request(self, request: FeedbackRequest | None) -> None:
        self.current = request
        self._loading = True
        for selector in (*EDITOR, "#tone"):
            self.query_one(selector).disabled = request is None
        if request is None:
            self.query_one("#to", Input).value = ""
            self.query_one("#subject", Input).value = ""
            self.query_one("#body", TextArea).load_text("")
        else:
            self.query_one("#tone", Select).value = request.tone
            for selector, value in (("#to", request.recipient), ("#subject", request.subject)):
                field = self.query_one(selector, Input)
                field.value = value
                field.cursor_position = 0  # show the start of a long address or subject
            self.query_one("#body", TextArea).load_text(request.body)
        self._baseline = self.editor_values()
        self._loading = False
        self.show_state()

    def show_state(self) -> None:
        """The status line, the checks and the feedback points of the request shown."""
        status = self.query_one("#fb-status", Static)
        checks = self.query_one("#fb-checks", Static)
        points_title = self.query_one("#fb-points-title", Static)
        points = self.query_one(PointsList)
        if self.current is None:
            status.update(Content.assemble(("No request chosen. ", "bold"),
                                           "Press n to start one from an application, or a blank one."))
            checks.update(Content(actions.WHY_ASK))
            points_title.display = points.display = False
            return
        self.query_one("#fb-hint").display = self.current.status == "draft"
        values = self.editor_values()
        status.update(actions.status_line(self.app.store, self.current, self.app.now().date()))
        checks.update(checks_content(service.checks_for(self.app.store, self.current, recipient=values["recipient"],
                                                        subject=values["subject"], body=values["body"],
                                                        today=self.app.now().date())))
        shown = self.current.status == "replied" or bool(self.current.points)
        points_title.display = points.display = shown
        if shown:
            points_title.update(Content.assemble(("Their feedback", "bold"),
                                                 ("   p adds or changes points" if self.current.points
                                                  else "   p records what they said", "dim")))
            points.show(self.current.points)

    @on(Input.Changed, "#to, #subject")
    @on(TextArea.Changed, "#body")
    def _typed(self, event) -> None:
        if self._loading or self.current is None or self.editor_values() == self._baseline:
            return
        self._baseline = None
        self._pending = self.editor_values()
        self.show_state()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE_SECONDS, self.save_draft)

    @on(Select.Changed, "#tone")
    def _tone_changed(self, event: Select.Changed) -> None:
        if self._loading or self.current is None or event.value == self.editor_values_tone_saved():
            return
        actions.switch_tone(self, str(event.value))

    def editor_values_tone_saved(self) -> str:
        return (self._pending or {}).get("tone") or self.current.tone

    def save_draft(self) -> None:
        """Save what was typed; runs a second after typing stops, on leaving the screen and on exit."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        values, self._pending = self._pending, None
        if values is None or self.current is None:
            return
        updated = self.current.edited(**values)
        if self.app.guard(lambda: self.app.store.feedback.add(updated)):
            self.current = updated
        else:
            self._pending = values  # still on screen; the next save tries again

    def mark_changed(self) -> None:
        """The tone or the text changed from code: keep it as typed text is kept."""
        self._pending = self.editor_values()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE_SECONDS, self.save_draft)
        self.show_state()

    # -- actions -----------------------------------------------------------
    def action_leave(self) -> None:
        if isinstance(self.focused, (Input, TextArea, Select, PointsList)):
            self.query_one(FeedbackTable).focus()

    def action_save(self) -> None:
        if self.current is None:
            return
        self._pending = self.editor_values()
        self.save_draft()
        if self._pending is None:
            self.notify("Draft saved.", markup=False)
            self.reload()

    def action_new(self) -> None:
        actions.choose_and_start(self)

    def action_copy_body(self) -> None:
        if self.current is not None:
            actions.copy_email(self, subject_only=False)

    def action_copy_subject(self) -> None:
        if self.current is not None:
            actions.copy_email(self, subject_only=True)

    def action_save_eml(self) -> None:
        if self.current is not None:
            actions.ask_and_save_eml(self)

    def action_open_mail(self) -> None:
        if self.current is not None:
            actions.open_in_mail(self)

    def action_mark(self, status: str) -> None:
        if self.current is not None:
            actions.ask_and_mark(self, status)

    def action_replied(self) -> None:
        if self.current is not None:
            actions.ask_reply(self)

    def action_follow_up(self) -> None:
        if self.current is not None:
            actions.start_follow_up(self)

    def action_profile(self) -> None:
        actions.edit_profile(self)

    @on(PointsList.GoalRequested)
    def _point_to_goal(self, event: PointsList.GoalRequested) -> None:
        actions.point_to_goal(self, event.point)

    @on(FeedbackTable.DeleteRequested)
    def _delete(self, event: FeedbackTable.DeleteRequested) -> None:
        actions.delete_request(self, event.request)

    def action_undo(self) -> None:
        actions.undo_delete(self)

    def palette_commands(self):
        from textual.app import SystemCommand

        yield SystemCommand("New feedback request", "Start a request (n)", self.action_new)
        yield SystemCommand("Copy the email", "Copy the email's text (y)", self.action_copy_body)
        yield SystemCommand("Save as .eml", "Save a file your mail program opens as a draft (e)", self.action_save_eml)
        yield SystemCommand("Open in mail program", "Open it as a new email (m)", self.action_open_mail)
        yield SystemCommand("Mark as draft again", "Undo marking it sent", lambda: self.action_mark("draft"))
        yield SystemCommand("Your name and signature", "Used to sign feedback requests (i)", self.action_profile)
