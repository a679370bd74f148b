"""Add or edit an application. A value that cannot be kept is explained under its field;
nothing typed is lost: it stays in the form, and is kept as a draft if the form closes."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, Static, TextArea

from resilience_tui.domain.application import OUTCOMES, STAGES, Application, validate
from resilience_tui.domain.date_phrases import read_day, read_days
from resilience_tui.domain.day_words import day_text
from resilience_tui.domain.funnel import SOURCE_KINDS, classify_source
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.visible import visible
from resilience_tui.store.errors import StoreError
from resilience_tui.ui.common.choice import chosen
from resilience_tui.ui.common.fields import Field, TextBox
from resilience_tui.ui.common.form_draft import DraftedForm

TEXT_FIELDS = ("company", "role", "source", "applied_on", "rounds", "interview_dates", "contact_name",
               "contact_email", "rejected_on", "reason")
FIELDS = (*TEXT_FIELDS, "stage", "outcome", "notes")
KIND = "source_kind"  # "" leaves the kind to be read from the words of the source
KIND_CHOICES = [("guessed from the words", ""), *((label, key) for key, label in SOURCE_KINDS)]
DATE_HINT = '2026-11-02, "today", "monday" or "2 Nov"'


def values_of(application: Application | None, today: date) -> dict:
    """The form's text for an application (or a new one)."""
    if application is None:
        return {"company": "", "role": "", "source": "", "applied_on": day_text(today), "rounds": "",
                "interview_dates": "", "contact_name": "", "contact_email": "", "rejected_on": "", "reason": "",
                "stage": "applied", "outcome": "in_progress", "notes": "", KIND: ""}
    return {
        "company": application.company, "role": application.role, "source": application.source,
        "applied_on": day_text(application.applied_on),
        "rounds": str(application.rounds) if application.stage == "later" else "",
        "interview_dates": ", ".join(d.isoformat() for d in application.interview_dates),
        "contact_name": application.contact_name, "contact_email": application.contact_email,
        "rejected_on": day_text(application.rejected_on), "reason": application.reason,
        "stage": application.stage, "outcome": application.outcome, "notes": application.notes,
        KIND: application.source_kind,
    }


def build(values: dict, editing: Application | None, today: date) -> tuple[Application | None, dict[str, str]]:
    """(the application, {}) or (None, {field: message}) for every field that cannot be kept."""
    errors: dict[str, str] = {}

    def read(name, parse):
        try:
            return parse(values[name], today, "past")  # these days are looked back on: "friday" is the latest one
        except ValidationError as error:
            errors[name] = error.message
            return None

    applied_on = read("applied_on", read_day)
    interview_dates = read("interview_dates", read_days) or ()
    rejected_on = read("rejected_on", read_day)
    rounds = 0
    if values["stage"] == "later":
        text = values["rounds"].strip()
        if text.isdigit():
            rounds = int(text)
        else:
            errors["rounds"] = "Which round did it reach? A number such as 2 or 3 (the first interview is round 1)."
    fields = dict(
        company=values["company"], role=values["role"], source=values["source"], applied_on=applied_on,
        stage=values["stage"], rounds=rounds, interview_dates=interview_dates, contact_name=values["contact_name"],
        contact_email=values["contact_email"], outcome=values["outcome"], rejected_on=rejected_on,
        reason=values["reason"], notes=values["notes"], source_kind=values.get(KIND) or "",
    )
    record = editing.edited(**fields) if editing else Application(**fields)
    try:
        record = validate(record, today)
    except ValidationError as error:
        errors.setdefault(error.field or "company", error.message)
    return (None, errors) if errors else (record, {})


class ApplicationForm(DraftedForm[Application | None]):
    DRAFT_GROUP = "application"  # one draft per form: "new", or the id of the application edited
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Save this application"),
        Binding("escape", "close", "Close", tooltip="Close; what you typed is kept as a draft"),
        Binding("ctrl+r", "start_again", "Start again", tooltip="Put back the saved values and forget the draft"),
    ]

    def __init__(self, editing: Application | None, today: date) -> None:
        super().__init__()
        self.editing = editing
        self.today = today
        self._baseline: dict | None = None

    @property
    def draft_key(self) -> str:
        return self.editing.id if self.editing else "new"

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        title = f"Editing {visible(self.editing.title)}" if self.editing else "A new application"
        with Vertical(id="app-form", classes="form-dialog"):
            yield Static(Content.assemble((title, "bold"), ("   ctrl+s saves · escape closes", "dim")))
            yield Static(id="form-note", classes="hint")
            yield Static(id="error-save", classes="error")
            with VerticalScroll(id="app-form-fields"):
                yield from self._field("company", "Company")
                yield from self._field("role", "Role")
                yield from self._field("source", "Where you found it  (optional)")
                yield Label("Kind of source  (for Insights' funnel; optional)", classes="field-label")
                yield Select(KIND_CHOICES, allow_blank=False, value="", id=KIND)
                yield Static(id="kind-hint", classes="hint")
                yield from self._field("applied_on", f"Applied on  ({DATE_HINT})")
                yield Label("How far it got", classes="field-label")
                yield Select([(label, key) for key, label in STAGES], allow_blank=False, value="applied", id="stage")
                yield Static(id="error-stage", classes="error")
                yield from self._field("rounds", "Which round it reached  (2 or more)")
                yield from self._field("interview_dates", "Interview days  (optional; separate with commas)")
                yield from self._field("contact_name", "Contact name  (optional)")
                yield from self._field("contact_email", "Contact email  (optional)")
                yield Label("Outcome", classes="field-label")
                yield Select([(label, key) for key, label in OUTCOMES], allow_blank=False, value="in_progress", id="outcome")
                yield Static(id="error-outcome", classes="error")
                yield from self._field("rejected_on", f"Heard back on  (if rejected: {DATE_HINT})")
                yield from self._field("reason", "Their reason, if they gave one")
                yield Label("Notes  (as long as you like)", classes="field-label")
                yield TextBox(id="notes")

    def _field(self, name: str, label: str) -> ComposeResult:
        yield Label(label, classes="field-label", id=f"label-{name}")
        yield Field(id=name)
        yield Static(id=f"error-{name}", classes="error")

    def on_mount(self) -> None:
        draft = self.saved_draft()
        values = values_of(self.editing, self.today)
        if isinstance(draft, dict) and all(isinstance(draft.get(k), str) for k in FIELDS):
            values = {k: draft[k] for k in FIELDS} | {KIND: draft.get(KIND) if draft.get(KIND) in dict(SOURCE_KINDS) else ""}
            self.query_one("#form-note", Static).update("Restored what you typed last time. Nothing has been saved yet.")
        else:
            self.query_one("#form-note", Static).display = False
        self._fill(values)
        self.query_one("#company", Input).focus()

    # -- values ------------------------------------------------------------
    def _fill(self, values: dict) -> None:
        for name in TEXT_FIELDS:
            self.query_one(f"#{name}", Input).value = values[name]
        for name in ("stage", "outcome"):
            select = self.query_one(f"#{name}", Select)
            select.value = values[name] if values[name] in dict(STAGES if name == "stage" else OUTCOMES) else select.value
        self.query_one(f"#{KIND}", Select).value = values[KIND] if values[KIND] in dict(SOURCE_KINDS) else ""
        self.query_one("#notes", TextArea).text = values["notes"]
        self._show_rounds(values["stage"])
        self._show_kind()
        self._baseline = self.values()

    def values(self) -> dict:
        found = {name: self.query_one(f"#{name}", Input).value for name in TEXT_FIELDS}
        found["stage"] = chosen(self.query_one("#stage", Select))
        found["outcome"] = chosen(self.query_one("#outcome", Select))
        found["notes"] = self.query_one("#notes", TextArea).text
        found[KIND] = chosen(self.query_one(f"#{KIND}", Select)) or ""
        return found

    def _show_kind(self) -> None:
        """What the words of the source read as, while no kind is chosen."""
        hint = self.query_one("#kind-hint", Static)
        source = self.query_one("#source", Input).value
        guessing = not chosen(self.query_one(f"#{KIND}", Select))
        hint.update(Content(f"Read from the words as: {dict(SOURCE_KINDS)[classify_source(source)]}"))
        hint.display = guessing and bool(source.strip())

    def _show_rounds(self, stage) -> None:
        shown = stage == "later"
        for selector in ("#label-rounds", "#rounds"):
            self.query_one(selector).display = shown
        if not shown:
            self.query_one("#error-rounds").display = False

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def _changed(self, event) -> None:
        if isinstance(event, Input.Changed) and event.input.id == "source" or \
                isinstance(event, Select.Changed) and event.select.id == KIND:
            self._show_kind()
        if isinstance(event, Select.Changed):
            if event.select.id == "stage":
                self._show_rounds(event.value)
            elif event.select.id == "outcome" and event.value == "rejected":
                heard = self.query_one("#rejected_on", Input)
                if not heard.value.strip():
                    heard.value = "today"
        if self._baseline is not None and self.values() == self._baseline:
            return
        self.autosave.schedule(self.values())

    # -- actions -----------------------------------------------------------
    def _show_errors(self, errors: dict[str, str]) -> None:
        for name in FIELDS:
            try:
                box = self.query_one(f"#error-{name}", Static)
            except Exception:  # notes has no error line: any text is fine there
                continue
            box.update(Content(errors.get(name, "")))
            box.display = name in errors
        first = next((name for name in FIELDS if name in errors), None)
        if first:
            self.query_one(f"#{first}").focus()

    def action_save(self) -> None:
        record, errors = build(self.values(), self.editing, self.today)
        self._show_errors(errors)
        if record is None:
            self.autosave.write_now(self.values())
            return
        store = self.app.store

        def failed(failure: StoreError) -> None:
            box = self.query_one("#error-save", Static)
            box.update(Content(f"{failure.message} What you typed is still here: press ctrl+s to try again."))
            box.display = True

        saving = (lambda: store.applications.update(record)) if self.editing else (lambda: store.applications.add(record))
        if not self.app.guard(saving, on_error=failed, notify=False):
            return
        self._drop_draft()
        self.dismiss(record)

    def action_start_again(self) -> None:
        self._drop_draft()
        self._fill(values_of(self.editing, self.today))
        self._show_errors({})
        self.query_one("#form-note", Static).display = False
        self.notify("Back to the saved values.", markup=False)

    def action_close(self) -> None:
        if self.values() != values_of(self.editing, self.today):
            self.autosave.write_now(self.values())
            self.notify("Kept what you typed as a draft. Opening the form again brings it back.", markup=False)
        else:
            self._drop_draft()
        self.dismiss(None)
