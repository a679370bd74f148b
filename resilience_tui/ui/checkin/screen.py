"""Check-in: mood, energy, emotions, tags, a note and a time; and the list of earlier check-ins."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from resilience_tui.domain.checkin import CheckIn, parse_tags, tag_suggestions, validate
from resilience_tui.domain.checkin_draft import draft_fields
from resilience_tui.domain.date_phrases import read_moment
from resilience_tui.domain.emotions import GROUPS, find_emotion
from resilience_tui.domain.moods import ENERGIES, MOODS
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.uneventful import uneventful_checkin
from resilience_tui.store.drafts import CHECKIN as DRAFT_KEY
from resilience_tui.store.errors import StoreError
from resilience_tui.ui.checkin.about_application import application_options
from resilience_tui.ui.checkin.first_aid_offer import FirstAidOffer
from resilience_tui.ui.checkin.history import CheckinHistory, HistoryTable
from resilience_tui.ui.checkin.saved_message import saved_message
from resilience_tui.ui.checkin.tags import TagSuggester
from resilience_tui.ui.common.autosave import Autosave
from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.common.checklist import CheckList
from resilience_tui.ui.common.fields import Field, TextBox
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.common.scale import ScalePicker
from resilience_tui.ui.common.screen_bar import ScreenBar

WHEN_FORMAT = "%Y-%m-%d %H:%M"
# Each field a check-in can be refused for, and the id of its widget (its message is "<id>-error").
FIELD_IDS = {"mood": "mood", "energy": "energy", "emotions": "emotions", "tags": "tags", "at": "when"}


class CheckinScreen(FirstAidOffer, ResilienceScreen):
    CSS_PATH = "checkin.tcss"  # loaded when the screen is first opened, not at start-up
    TITLE = "Check-in"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (130, "-wide")]
    BINDINGS = [
        *(Binding(str(n), f"set_mood({n})", "Mood", show=False) for n in range(1, 6)),
        Binding("ctrl+s", "save", "Save", id="checkin.save", tooltip="Save this check-in"),
        Binding("o", "uneventful", "Uneventful day", id="checkin.uneventful",
                tooltip="Save an uneventful day: an okay check-in tagged uneventful (the form is kept)"),
        Binding("escape", "leave", "Stop editing", show=False),
        Binding("u", "undo", "Undo delete", show=False),
        Binding("h", "first_aid", "First aid", tooltip="After a no: a self-compassion break or a writing sprint"),
    ]

    HELP_KEYS = [
        ("1 to 5", "Set the mood (when no text field has focus)"),
        ("left / right", "Change the mood or energy that has focus"),
        ("0 or backspace", "Clear the energy"),
        ("space", "Tick or untick the highlighted feeling"),
        ("escape", "Stop editing an earlier check-in (nothing changes)"),
        ("u", "Bring back the check-in just deleted"),
    ]
    HELP_WIDGETS = [("Earlier check-ins", HistoryTable)]

    def __init__(self) -> None:
        super().__init__()
        self.editing: CheckIn | None = None
        self._baseline: dict | None = None
        self.autosave: Autosave[dict] = Autosave(self, self._write_draft)  # typed but not yet kept as a draft
        self._saving = False  # a save is waiting for the lock
        # What the tag suggestions and the application choices were made from (the store's revision).
        self._tags_from: tuple | None = None
        self._options_from: tuple | None = None

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield ScreenBar()
        with Vertical(id="checkin-body"):
            with VerticalScroll(id="checkin-form"):
                yield Static(id="form-title", classes="section-title")
                yield Static(id="ack", classes="ack")
                yield Static(id="form-error", classes="error")
                yield Label("How is your mood?  (press 1 to 5)", classes="field-label")
                yield ScalePicker(MOODS, id="mood")
                yield Static(id="mood-error", classes="error")
                yield Label("Energy  (optional: tab here, then 1 to 5; 0 clears)", classes="field-label")
                yield ScalePicker(ENERGIES, optional=True, id="energy")
                yield Static(id="energy-error", classes="error")
                yield Label("Feelings  (space ticks; pick any)", classes="field-label")
                yield CheckList(*self._emotion_choices(), id="emotions")
                yield Static(id="emotion-help", classes="hint")
                yield Static(id="emotions-error", classes="error")
                yield Label("Tags  (separate with spaces; → accepts a suggestion)", classes="field-label")
                yield Field(placeholder="interview acme", id="tags")
                yield Static(id="tags-error", classes="error")
                yield Label("Note  (as long as you like)", classes="field-label")
                yield TextBox(id="note")
                yield Label("About an application  (optional)", classes="field-label")
                yield Select([], prompt="Not about an application", id="about")
                yield Label('When  ("now", "yesterday 21:00", "2026-11-02 08:30")', classes="field-label")
                yield Field(value="now", id="when")
                yield Static(id="when-error", classes="error")
            yield CheckinHistory(id="history")
        yield KeysFooter()

    @staticmethod
    def _emotion_choices() -> list[Selection[str]]:
        choices = []
        for label, emotions in GROUPS:
            for emotion in emotions:
                choices.append(Selection(Content.assemble(emotion.word, (f"  {label.lower()}", "dim")), emotion.word))
        return choices

    def on_mount(self) -> None:
        self.app.register_draft_saver(self.save_draft)
        self._reset_form(restore_draft=True)

    def on_screen_resume(self) -> None:
        self.app.guard(self.app.store.refresh)
        self.query_one(CheckinHistory).refresh_rows()
        self._refresh_tag_suggestions()
        self._refresh_applications()
        if not isinstance(self.focused, (Input, TextArea)):
            self.query_one("#mood", ScalePicker).focus()
        self.app.report_problems()

    def start_from_application(self, application_id: str) -> None:
        """Start a check-in about this application (another screen asks; it may not be showing yet)."""
        self.when_shown(lambda: self._about(application_id))

    def _about(self, application_id: str) -> None:
        self.choose_application(application_id)
        self.query_one("#mood", ScalePicker).focus()

    def on_screen_suspend(self) -> None:
        self.save_draft()

    # -- form state --------------------------------------------------------
    def _refresh_tag_suggestions(self) -> None:
        key = self.app.store.revision("checkins"), tuple(self.app.store.checkins.years())
        if key == self._tags_from:
            return
        recent = self.app.store.checkins.recent(500)
        self._tags_from = self.app.store.revision("checkins"), tuple(self.app.store.checkins.years())
        self.query_one("#tags", Input).suggester = TagSuggester(tag_suggestions(recent))

    def _refresh_applications(self, keep: str | None = None) -> None:
        """The applications a check-in can be about: recent ones, and the one chosen now."""
        select = self.query_one("#about", Select)
        chosen = keep or (select.value if isinstance(select.value, str) else None)
        today = self.app.now().date()
        key = self.app.store.revision("applications"), today, chosen
        if key == self._options_from:
            return  # the same choices as shown
        options = application_options(self.app.store, today, chosen)
        self._options_from = self.app.store.revision("applications"), today, chosen
        select.set_options(options)
        if chosen and any(value == chosen for _, value in options):
            select.value = chosen

    def choose_application(self, application_id: str | None) -> None:
        """Make the check-in in the form about this application (or none)."""
        self._refresh_applications(keep=application_id)
        select = self.query_one("#about", Select)
        if application_id is None:
            select.clear()
        self._form_changed(None)

    def _fill(self, *, mood=None, energy=None, emotions=(), tags="", note="", when="now", application_id=None) -> None:
        self.query_one("#mood", ScalePicker).value = mood
        self.query_one("#energy", ScalePicker).value = energy
        selection = self.query_one("#emotions", SelectionList)
        selection.deselect_all()
        for word in emotions:
            emotion = find_emotion(word)
            if emotion:
                selection.select(emotion.word)
        self.query_one("#tags", Input).value = tags
        self.query_one("#note", TextArea).text = note
        self.query_one("#when", Input).value = when
        self._refresh_applications(keep=application_id)
        if application_id is None:
            self.query_one("#about", Select).clear()
        # Change events from filling the form arrive later; they are not the person typing.
        self._baseline = self._form_values()

    def _form_values(self) -> dict:
        return {
            "mood": self.query_one("#mood", ScalePicker).value,
            "energy": self.query_one("#energy", ScalePicker).value,
            "emotions": list(self.query_one("#emotions", SelectionList).selected),
            "tags": self.query_one("#tags", Input).value,
            "note": self.query_one("#note", TextArea).text,
            "when": self.query_one("#when", Input).value,
            "application_id": _chosen(self.query_one("#about", Select)),
        }

    def _reset_form(self, restore_draft: bool = False) -> None:
        self.editing = None
        # Only the fields in the form's shape: a draft may come from an import or an older version.
        draft = draft_fields(self.app.drafts.get(DRAFT_KEY)) if restore_draft else None
        if draft is not None:
            editing_id = draft.get("editing_id")
            self.editing = self.app.store.checkins.get(editing_id) if editing_id else None
            self._fill(**{k: draft.get(k) for k in ("mood", "energy", "emotions", "tags", "note", "application_id")
                          if draft.get(k) is not None},
                       when=draft.get("when") or "now")
        else:
            self._fill()
        self._show_title()
        self._show_error("")
        self.query_one("#mood", ScalePicker).focus()

    def _show_error(self, message: str, field_id: str | None = None) -> None:
        """Show `message` beside the field it is about (or above the form), or clear every message."""
        for error_id in ("form", *FIELD_IDS.values()):
            error = self.query_one(f"#{error_id}-error", Static)
            shown = bool(message) and error_id == (field_id or "form")
            if shown:
                error.update(Content(message))
            error.display = shown

    def _refuse(self, problem: ValidationError) -> None:
        """Say why the check-in was not saved: beside the field, scrolled into view, and in a notification."""
        field_id = FIELD_IDS.get(problem.field or "")
        self._show_error(problem.message, field_id)
        self.notify(problem.message, title="Not saved yet", severity="warning", markup=False)
        if field_id is None:
            self.query_one("#checkin-form", VerticalScroll).scroll_home(animate=False)
            return
        self.query_one(f"#{field_id}").focus(scroll_visible=False)
        error = self.query_one(f"#{field_id}-error", Static)
        # After the message is laid out: the field and the words about it both in view.
        self.call_after_refresh(self.query_one("#checkin-form", VerticalScroll).scroll_to_center, error, animate=False)

    def _show_title(self) -> None:
        title = self.query_one("#form-title", Static)
        if self.editing:
            title.update(Content.assemble(
                ("Editing the check-in from ", "bold"), (self.editing.at.strftime("%a %d %b %Y, %H:%M"), "bold"),
                ("   ctrl+s saves the change, escape stops editing", "dim"),
            ))
        else:
            title.update(Content.assemble(("New check-in", "bold"), ("   a number, then ctrl+s, is enough", "dim")))

    # -- drafts ------------------------------------------------------------
    @on(ScalePicker.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed, "#about")
    def _form_changed(self, event) -> None:
        if self._form_values() == self._baseline:
            return
        self._baseline = None
        self.autosave.schedule(self._form_values())
        self.query_one("#ack").display = False
        self._offer_first_aid(None)
        self._show_error("")

    def _is_blank(self, values: dict) -> bool:
        return (values["mood"] is None and values["energy"] is None and not values["emotions"]
                and not values["tags"].strip() and not values["note"].strip() and values["when"].strip() in ("", "now")
                and not values.get("application_id"))

    def save_draft(self) -> None:
        """Keep what was typed, so closing the app or a crash loses nothing.

        Works from the last recorded values, so it also runs while the app shuts down.
        """
        self.autosave.flush()

    def _write_draft(self, values: dict) -> bool:
        drafts = self.app.drafts
        if self._is_blank(values) and not self.editing:
            return self.app.guard(lambda: drafts.delete(DRAFT_KEY))
        draft = {**values, "editing_id": self.editing.id if self.editing else None}
        return self.app.guard(lambda: drafts.set(DRAFT_KEY, draft))

    @on(SelectionList.SelectionHighlighted, "#emotions")
    def _show_definition(self, event: SelectionList.SelectionHighlighted) -> None:
        emotion = find_emotion(event.selection.value)
        if emotion:
            self.query_one("#emotion-help", Static).update(Content.assemble((emotion.word, "bold"), f": {emotion.definition}"))

    # -- actions -----------------------------------------------------------
    def action_set_mood(self, value: int) -> None:
        self.query_one("#mood", ScalePicker).choose(value)

    def _build(self) -> CheckIn:
        values = self._form_values()
        if values["mood"] is None:
            raise ValidationError("Choose a mood first: press a number from 1 (very low) to 5 (great).", "mood")
        now = self.app.now()
        at = read_moment(values["when"], now)
        fields = dict(mood=values["mood"], energy=values["energy"], emotions=tuple(values["emotions"]),
                      tags=parse_tags(values["tags"]), note=values["note"], at=at, application_id=values["application_id"])
        if self.editing:
            return validate(self.editing.edited(**fields), now)
        return validate(CheckIn(**fields), now)

    def action_save(self) -> None:
        try:
            checkin = self._build()
        except ValidationError as problem:
            self._refuse(problem)
            return
        self._store_checkin(checkin, self.editing is not None)

    def action_uneventful(self) -> None:
        """A day with nothing to report, in one key; whatever is in the form stays there."""
        if self.editing:
            self.notify("You are editing an earlier check-in: escape stops editing, then o saves an uneventful day.",
                        markup=False)
            return
        self._store_checkin(uneventful_checkin(self.app.now()), False,
                            keep_form=not self._is_blank(self._form_values()))

    def _store_checkin(self, checkin: CheckIn, was_editing: bool, *, keep_form: bool = False) -> None:
        if self._saving:
            return  # a check-in is already waiting for another window to finish saving
        store = self.app.store
        self._saving = True

        def not_saved(failure: StoreError) -> None:
            self._saving = False
            self._show_save_failure(failure)

        def saved() -> None:
            self._saving = False
            self._saved(checkin, was_editing, keep_form)

        saving = (lambda: store.checkins.update(checkin)) if was_editing else (lambda: store.checkins.add(checkin))
        self.app.guard(saving, then=saved, on_error=not_saved)

    def _saved(self, checkin: CheckIn, was_editing: bool, keep_form: bool = False) -> None:
        if not keep_form:
            self.autosave.cancel()
            self.app.guard(lambda: self.app.drafts.delete(DRAFT_KEY))
            self._reset_form()
        text = saved_message(self.app, checkin, was_editing)
        if not was_editing:
            text = self._offer_first_aid(checkin, text) or text
        panel = self.query_one("#ack", Static)
        panel.update(text)
        panel.display = True
        history = self.query_one(CheckinHistory)
        history.reload()
        history.select(checkin.id)
        self._refresh_tag_suggestions()

    def _show_save_failure(self, failure: StoreError) -> None:
        self._show_error(f"{failure.message} Your check-in is still here: press ctrl+s to try again.")
        error = self.query_one("#form-error", Static)
        self.call_after_refresh(self.query_one("#checkin-form", VerticalScroll).scroll_to_widget, error, animate=False)

    def action_leave(self) -> None:
        if self.editing:
            self.autosave.cancel()
            self._reset_form()
            self.app.guard(lambda: self.app.drafts.delete(DRAFT_KEY))
            self.notify("Stopped editing. Nothing was changed.")
        elif isinstance(self.focused, (Input, TextArea)) or self.focused is self.query_one(CheckinHistory):
            self.query_one("#mood", ScalePicker).focus()

    def action_undo(self) -> None:
        self.query_one(CheckinHistory).undo()

    # -- history events ----------------------------------------------------
    @on(CheckinHistory.EditRequested)
    def _edit(self, event: CheckinHistory.EditRequested) -> None:
        checkin = event.checkin
        self.editing = checkin
        self._fill(mood=checkin.mood, energy=checkin.energy, emotions=checkin.emotions, tags=" ".join(checkin.tags),
                   note=checkin.note, when=checkin.at.strftime(WHEN_FORMAT), application_id=checkin.application_id)
        self._show_title()
        self._show_error("")
        self.query_one("#ack").display = False
        self.query_one("#mood", ScalePicker).focus()

    @on(CheckinHistory.Deleted)
    def _deleted(self, event: CheckinHistory.Deleted) -> None:
        if self.editing and self.editing.id == event.checkin.id:
            self._reset_form()

    def palette_commands(self):
        from textual.app import SystemCommand

        yield SystemCommand("Save check-in", "Save the check-in in the form (ctrl+s)", self.action_save)
        yield SystemCommand("Save an uneventful day", "An okay check-in tagged uneventful, in one key (o)",
                            self.action_uneventful)
        yield SystemCommand("Undo delete", "Bring back the check-in just deleted (u)", self.action_undo)


def _chosen(select: Select) -> str | None:
    return select.value if isinstance(select.value, str) else None
