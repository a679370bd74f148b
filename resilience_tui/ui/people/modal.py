"""My people: the short list of people to reach on a hard day. Add, change and remove them here.

Opened from Today (p) and from the palette ("My people"). Names and notes are the
person's own words, shown as typed (never as markup) with control characters made visible.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from resilience_tui.domain.person import Person, in_order
from resilience_tui.domain.safety_net_words import person_line
from resilience_tui.domain.visible import visible
from resilience_tui.ui.common.base import ResilienceModal
from resilience_tui.ui.people.form import PersonForm

INTRO = ("A few people you would like to reach on a hard day, and how: a friend, family, a colleague. "
         "They stay on this computer, like everything else here.")
EMPTY = "No one here yet. Press n to add someone."


class PeopleModal(ResilienceModal[None]):
    DEFAULT_CSS = """
    PeopleModal { align: center middle; }
    #people-box { width: 72; max-width: 100%; height: auto; max-height: 100%; border: round $primary;
                  padding: 0 1; background: $surface; }
    #people-list { height: auto; max-height: 14; margin-top: 1; }
    #people-empty { margin-top: 1; }
    """
    BINDINGS = [
        Binding("n", "add", "Add someone", tooltip="Add someone to your people"),
        Binding("enter", "edit", "Change", tooltip="Change the highlighted person's name or note"),
        Binding("d,delete", "remove", "Remove", tooltip="Remove the highlighted person (u brings them back)"),
        Binding("u", "undo", "Undo remove", show=False),
        Binding("escape", "dismiss(None)", "Close"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._removed: Person | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="people-box"):
            yield Static(Content.assemble(("My people", "bold"),
                                          ("   n adds · enter changes · d removes · escape closes", "dim")))
            yield Static(INTRO, classes="hint", markup=False)
            yield Static(EMPTY, id="people-empty", markup=False)
            yield OptionList(id="people-list")

    def on_mount(self) -> None:
        self._fill()

    @property
    def people(self) -> list[Person]:
        return in_order(self.app.store.people.all())

    def _fill(self, highlight: str | None = None) -> None:
        listing = self.query_one("#people-list", OptionList)
        people = self.people
        listing.clear_options()
        listing.add_options([Option(Content(visible(person_line(person))), id=person.id) for person in people])
        listing.display = bool(people)
        self.query_one("#people-empty").display = not people
        if people:
            ids = [person.id for person in people]
            listing.highlighted = ids.index(highlight) if highlight in ids else 0
            listing.focus()

    def _highlighted(self) -> Person | None:
        listing = self.query_one("#people-list", OptionList)
        if listing.highlighted is None or not listing.option_count:
            return None
        return self.app.store.people.get(listing.get_option_at_index(listing.highlighted).id or "")

    def action_add(self) -> None:
        self.app.push_screen(PersonForm(None, self.app.store.people.add), self._after_form)

    def action_edit(self) -> None:
        person = self._highlighted()
        if person is not None:
            self.app.push_screen(PersonForm(person, self.app.store.people.update), self._after_form)

    @on(OptionList.OptionSelected, "#people-list")
    def _selected(self) -> None:
        self.action_edit()

    def _after_form(self, saved: Person | None) -> None:
        self._fill(saved.id if saved else None)

    def action_remove(self) -> None:
        person = self._highlighted()
        if person is None:
            return
        if self.app.guard(lambda: self.app.store.people.delete(person.id)):
            self._removed = person
            self._fill()
            self.app.notify(f"Removed {visible(person.name)} from your people. Press u to bring them back.",
                            title="My people", markup=False)

    def action_undo(self) -> None:
        person = self._removed
        if person is not None and self.app.guard(lambda: self.app.store.people.restore(person)):
            self._removed = None
            self._fill(person.id)
