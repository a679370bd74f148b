"""Choose the application an email (or a check-in) is about, or none. Type to narrow the list."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from resilience_tui.domain.application import Application
from resilience_tui.ui.common.application_text import application_label
from resilience_tui.ui.common.fields import Field

BLANK = "__blank__"


class ApplicationPicker(ModalScreen[str | None]):
    """Dismisses with an application id, BLANK for "none", or None if closed."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, applications: list[Application], today, *, title: str, blank_label: str,
                 blank_last: bool = False) -> None:
        super().__init__()
        self.applications = applications
        self.today = today
        self.title_text = title
        self.blank_label = blank_label
        self.blank_last = blank_last  # "none" after the applications, not before them

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog", id="picker"):
            yield Static(Content.assemble((self.title_text, "bold"), ("   enter chooses · escape closes", "dim")))
            yield Field(placeholder="Type to narrow: company or role", id="picker-search", compact=True)
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#picker-list", OptionList).focus()

    def _fill(self, words: str) -> None:
        options = self.query_one("#picker-list", OptionList)
        options.clear_options()
        blank = [Option(Content.assemble((self.blank_label, "italic")), id=BLANK)] if not words.strip() else []
        found = [Option(application_label(application, self.today), id=application.id)
                 for application in self.applications if application.matches(words)]
        options.add_options(found + blank if self.blank_last else blank + found)
        if options.option_count:
            options.highlighted = 0

    @on(Input.Changed, "#picker-search")
    def _narrow(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#picker-search")
    def _submit(self) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected, "#picker-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_key(self, event) -> None:
        # Typing a letter on the list goes to the search box, so the list narrows as you type.
        search = self.query_one("#picker-search", Input)
        if event.is_printable and event.character and self.focused is not search:
            search.focus()
            search.insert_text_at_cursor(event.character)
            event.stop()
        elif event.key in ("down", "up") and self.focused is search:
            self.query_one("#picker-list", OptionList).focus()
