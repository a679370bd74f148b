"""Your name, signature and email for feedback requests, and when follow-ups fall due. Asked once; editable with i."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from resilience_tui.domain.application import email_looks_right
from resilience_tui.domain.business_days import MAX_FOLLOW_UP_DAYS
from resilience_tui.services.feedback import Profile
from resilience_tui.ui.common.fields import Field, TextBox


class ProfileModal(ModalScreen[Profile | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "skip", "Not now"),
    ]

    def __init__(self, current: Profile, first_time: bool = False) -> None:
        super().__init__()
        self.current = current
        self.first_time = first_time

    def compose(self) -> ComposeResult:
        intro = ("Before the first email: how should it be signed? You can change this later with i on the Feedback screen."
                 if self.first_time else "How your feedback requests are signed.")
        with Vertical(classes="form-dialog", id="profile-form"):
            yield Static(Content.assemble(("About you", "bold"), ("   ctrl+s saves · escape skips", "dim")))
            yield Static(intro, classes="hint")
            with VerticalScroll(id="profile-fields"):
                yield Label("Your name", classes="field-label")
                yield Field(self.current.my_name, placeholder="Alex Morgan", id="my-name")
                yield Label("Signature  (optional: the lines under your name; your name alone if empty)", classes="field-label")
                yield TextBox(self.current.signature, id="signature")
                yield Label("Your email  (optional: fills From in saved .eml files)", classes="field-label")
                yield Field(self.current.my_email, placeholder="alex@example.com", id="my-email")
                yield Static(id="error-my-email", classes="error")
                yield Label(f"Follow up after this many working days without a reply  (1 to {MAX_FOLLOW_UP_DAYS})",
                            classes="field-label")
                yield Field(str(self.current.follow_up_days), id="follow-up-days", restrict=r"\d*", max_length=2)
                yield Static(id="error-follow-up-days", classes="error")

    def on_mount(self) -> None:
        self.query_one("#my-name", Input).focus()

    def _error(self, name: str, message: str) -> None:
        box = self.query_one(f"#error-{name}", Static)
        box.update(Content(message))
        box.display = bool(message)

    def action_save(self) -> None:
        email = self.query_one("#my-email", Input).value.strip()
        days_text = self.query_one("#follow-up-days", Input).value.strip()
        ok = True
        if email and not email_looks_right(email):
            self._error("my-email", f'"{email}" does not look like an email address, like alex@example.com.')
            ok = False
        else:
            self._error("my-email", "")
        if not days_text.isdigit() or not 1 <= int(days_text) <= MAX_FOLLOW_UP_DAYS:
            self._error("follow-up-days", f"A number of working days from 1 to {MAX_FOLLOW_UP_DAYS}; 5 is usual.")
            ok = False
        else:
            self._error("follow-up-days", "")
        if not ok:
            return
        self.dismiss(Profile(self.query_one("#my-name", Input).value.strip(),
                             self.query_one("#signature", TextArea).text.strip("\n"), email, int(days_text)))

    def action_skip(self) -> None:
        self.dismiss(None)
