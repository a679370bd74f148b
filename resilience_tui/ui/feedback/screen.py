"""Feedback: draft a polite, specific feedback request, hand it over, and track it until feedback arrives."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, Static, TextArea

from resilience_tui.domain.email_templates import TONES
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.services import feedback as service
from resilience_tui.ui.common.autosave import Autosave
from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.common.fields import Field, TextBox
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.common.screen_bar import ScreenBar
from resilience_tui.ui.feedback.controller import FeedbackActions
from resilience_tui.ui.feedback.draft_checks import checks_content
from resilience_tui.ui.feedback.points import PointsList
from resilience_tui.ui.feedback.presenter import HANDOVER_HINT, WHY_ASK, list_rows, status_line
from resilience_tui.ui.feedback.request_list import FeedbackTable

# Where letters are typed or picked; escape leaves them for the request list.
EDITOR_FIELDS = (Input, TextArea, Select)


class FeedbackScreen(ResilienceScreen):
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
        Binding("o", "profile", "About you", tooltip="Your name, signature and email, and after how many working days a follow-up is due"),
        Binding("ctrl+s", "save", "Save", tooltip="Save the draft now (it also saves itself as you type)"),
        Binding("u", "undo", "Undo delete", show=False),
        Binding("escape", "leave", "Leave the text", tooltip="Leave the text, so the letter keys work"),
    ]
    HELP_KEYS = [
        ("Y", "Copy the subject line"),
        ("ctrl+z", "In the email text: undo, also after switching the tone"),
        ("u", "Bring back the request just deleted"),
    ]
    HELP_WIDGETS = [("Request list", FeedbackTable), ("Feedback points", PointsList)]

    def __init__(self) -> None:
        super().__init__()
        self.current: FeedbackRequest | None = None
        self._baseline: dict | None = None
        self.autosave: Autosave[dict] = Autosave(self, self._write_draft)
        self._loading = False
        self._drawn_for: tuple | None = None  # what the list and the request shown were last drawn from
        self.actions = FeedbackActions(self)
        # The editor's fields and the side panel, set in compose.
        self.tone = Select([(label, key) for key, label, _ in TONES], allow_blank=False, value="warm", id="tone",
                           compact=True)
        self.recipient = Field(placeholder="Name <address>", id="to", compact=True)
        self.subject = Field(id="subject", compact=True)
        self.body = TextBox(id="body")
        self.status = Static(id="fb-status")
        self.checks = Static(id="fb-checks")
        self.hint = Static(HANDOVER_HINT, id="fb-hint", classes="hint")
        self.points_title = Static(id="fb-points-title", classes="section-title")
        self.points = PointsList(id="fb-points")

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield ScreenBar()
        with Vertical(id="fb-body"):
            yield FeedbackTable(id="fb-list")
            with Horizontal(id="fb-main"):
                with Vertical(id="fb-editor"):
                    yield self.status
                    with Horizontal(classes="fb-row"):
                        yield Label("Tone", classes="fb-label")
                        yield self.tone
                    with Horizontal(classes="fb-row"):
                        yield Label("To", classes="fb-label")
                        yield self.recipient
                    with Horizontal(classes="fb-row"):
                        yield Label("Subject", classes="fb-label")
                        yield self.subject
                    yield self.body
                with VerticalScroll(id="fb-side"):
                    yield self.checks
                    yield self.hint
                    yield self.points_title
                    yield self.points
        yield KeysFooter()

    def on_mount(self) -> None:
        self.app.register_draft_saver(self.save_draft)

    def on_screen_resume(self) -> None:
        self.app.guard(self.app.store.refresh)
        if self._drawn_state() != self._drawn_for:  # the requests, their applications or the day changed
            self.reload()
        if not isinstance(self.focused, EDITOR_FIELDS):
            self.query_one(FeedbackTable).focus()
        self.app.report_problems()

    def start_from_application(self, application_id: str) -> None:
        """Open this application's request, or draft one (another screen asks; it may not be showing yet)."""
        self.when_shown(lambda: self.actions.start_for_application(application_id))

    def on_screen_suspend(self) -> None:
        self.save_draft()

    # -- list --------------------------------------------------------------
    def _drawn_state(self) -> tuple:
        return self.app.store.changes(), self.app.now().date()

    def reload(self, keep: str | None = None) -> None:
        rows = list_rows(self.app.store, self.app.now().date())
        table = self.query_one(FeedbackTable)
        table.show(rows, self.app.now().date(), keep or (self.current.id if self.current else None))
        if not rows:
            self.show_request(None)
        self._drawn_for = self._drawn_state()

    @on(FeedbackTable.Chosen)
    def _chosen(self, event: FeedbackTable.Chosen) -> None:
        if event.request is None or self.current is None or event.request.id != self.current.id:
            self.save_draft()
            self.show_request(event.request)
        else:
            self.current = event.request if self.autosave.pending is None else self.current
            self.show_state()

    @on(FeedbackTable.EditRequested)
    def _edit(self) -> None:
        if self.current is not None:
            self.body.focus()

    # -- editor ------------------------------------------------------------
    def editor_values(self) -> dict:
        return {"tone": self.tone.value, "recipient": self.recipient.value, "subject": self.subject.value,
                "body": self.body.text}

    def open_request(self, request: FeedbackRequest) -> None:
        """Show this request in the list and the editor, on the tone list: letter keys stay the screen's keys."""
        self.reload(keep=request.id)
        self.show_request(request)
        self.set_focus(self.tone)  # at once: a screen coming back from a dialog keeps it

    def show_request(self, request: FeedbackRequest | None) -> None:
        self.current = request
        self._loading = True
        for field in (self.recipient, self.subject, self.body, self.tone):
            field.disabled = request is None
        if request is None:
            self.recipient.value = ""
            self.subject.value = ""
            self.body.load_text("")
        else:
            self.tone.value = request.tone
            for field, value in ((self.recipient, request.recipient), (self.subject, request.subject)):
                field.value = value
                field.cursor_position = 0  # show the start of a long address or subject
            self.body.load_text(request.body)
        self._baseline = self.editor_values()
        self._loading = False
        self.show_state()

    def show_state(self) -> None:
        """The status line, the checks and the feedback points of the request shown."""
        status, checks, points_title, points = self.status, self.checks, self.points_title, self.points
        if self.current is None:
            status.update(Content.assemble(("No request chosen. ", "bold"),
                                           "Press n to start one from an application, or a blank one."))
            checks.update(Content(WHY_ASK))
            points_title.display = points.display = False
            return
        self.hint.display = self.current.status == "draft"
        values = self.editor_values()
        status.update(status_line(self.app.store, self.current, self.app.now().date(), str(values["tone"])))
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
    def _typed(self, event: Input.Changed | TextArea.Changed) -> None:
        if self._loading or self.current is None or self.editor_values() == self._baseline:
            return
        self._baseline = None
        self.autosave.schedule(self.editor_values())
        self.show_state()

    @on(Select.Changed, "#tone")
    def _tone_changed(self, event: Select.Changed) -> None:
        if self._loading or self.current is None or event.value == self.tone_saved():
            return
        self.actions.switch_tone(self.current, str(event.value))

    def tone_saved(self) -> str:
        """The tone of the text as last kept (typed and pending, or saved)."""
        pending = (self.autosave.pending or {}).get("tone")
        if pending:
            return str(pending)
        return self.current.tone if self.current else ""

    def save_draft(self) -> None:
        """Save what was typed; runs a second after typing stops, on leaving the screen and on exit."""
        self.autosave.flush()

    def _write_draft(self, values: dict) -> bool:
        current = self.current
        if current is None:
            return True
        updated = current.edited(**values)
        if self.app.guard(lambda: self.app.store.feedback.add(updated)):
            self.current = updated
            return True
        return False  # still on screen; the next save tries again

    def mark_changed(self) -> None:
        """The tone or the text changed from code: keep it as typed text is kept."""
        self.autosave.schedule(self.editor_values())
        self.show_state()

    # -- actions -----------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave":
            return isinstance(self.focused, (*EDITOR_FIELDS, PointsList))  # shown in the footer only there
        return True

    def action_leave(self) -> None:
        if isinstance(self.focused, (*EDITOR_FIELDS, PointsList)):
            self.query_one(FeedbackTable).focus()

    def action_save(self) -> None:
        if self.current is None:
            return
        if self.autosave.write_now(self.editor_values()):
            self.notify("Draft saved.", markup=False)
            self.reload()

    def action_new(self) -> None:
        self.actions.choose_and_start()

    def action_copy_body(self) -> None:
        if self.current is not None:
            self.actions.copy_email(subject_only=False)

    def action_copy_subject(self) -> None:
        if self.current is not None:
            self.actions.copy_email(subject_only=True)

    def action_save_eml(self) -> None:
        if self.current is not None:
            self.actions.ask_and_save_eml(self.current)

    def action_open_mail(self) -> None:
        if self.current is not None:
            self.actions.open_in_mail()

    def action_mark(self, status: str) -> None:
        if self.current is not None:
            self.actions.ask_and_mark(self.current, status)

    def action_replied(self) -> None:
        if self.current is not None:
            self.actions.ask_reply(self.current)

    def action_follow_up(self) -> None:
        if self.current is not None:
            self.actions.start_follow_up(self.current)

    def action_profile(self) -> None:
        self.actions.edit_profile()

    @on(PointsList.GoalRequested)
    def _point_to_goal(self, event: PointsList.GoalRequested) -> None:
        if self.current is not None:
            self.actions.point_to_goal(self.current, event.point)

    @on(FeedbackTable.DeleteRequested)
    def _delete(self, event: FeedbackTable.DeleteRequested) -> None:
        self.actions.delete_request(event.request)

    def action_undo(self) -> None:
        self.actions.undo_delete()

    def palette_commands(self):
        from textual.app import SystemCommand

        yield SystemCommand("New feedback request", "Start a request (n)", self.action_new)
        yield SystemCommand("Copy the email", "Copy the email's text (y)", self.action_copy_body)
        yield SystemCommand("Save as .eml", "Save a file your mail program opens as a draft (e)", self.action_save_eml)
        yield SystemCommand("Open in mail program", "Open it as a new email (m)", self.action_open_mail)
        yield SystemCommand("Mark as draft again", "Undo marking it sent", lambda: self.action_mark("draft"))
        yield SystemCommand("Your name and signature", "Used to sign feedback requests (o)", self.action_profile)
