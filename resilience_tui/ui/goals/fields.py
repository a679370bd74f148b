"""Fields of the goal form: a category picker and a checklist of steps."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets.selection_list import Selection

from resilience_tui.domain.goal import CATEGORIES, Category, Step
from resilience_tui.domain.visible import visible
from resilience_tui.ui.common.checklist import CheckList
from resilience_tui.ui.common.scale import ScalePicker


class CategoryPicker(ScalePicker[Category]):
    """The five categories on one line: 1-5, left/right or a click choose. Never empty."""

    def __init__(self, id: str | None = None) -> None:
        super().__init__(CATEGORIES, id=id)

    def option_text(self, level: Category) -> str:
        mark = "●" if self.value == level.value else " "
        return f"{mark}{level.value} {level.word}"

    @property
    def key(self) -> str:
        return next(c.key for c in CATEGORIES if c.value == self.value)

    def choose_key(self, key: str) -> None:
        self.choose(next(c.value for c in CATEGORIES if c.key == key))


class StepList(CheckList):
    """A goal's steps: space ticks the highlighted one; delete removes it.

    An empty list is no focus stop. A letter typed on the list is never lost: it
    posts `Typed`, and the form starts a new step with it.
    """

    class Typed(Message):
        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    BINDINGS = [
        Binding("delete,backspace", "remove", "Remove step", key_display="delete", tooltip="Remove the highlighted step"),
        Binding("ctrl+up", "shift(-1)", "Step up", tooltip="Move the highlighted step up"),
        Binding("ctrl+down", "shift(1)", "Step down", tooltip="Move the highlighted step down"),
    ]

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id, compact=True)
        self.steps: list[Step] = []

    def set_steps(self, steps: list[Step], highlight: int | None = None) -> None:
        self.steps = list(steps)
        self.can_focus = bool(self.steps)
        self.clear_options()
        self.add_options([Selection(Content(visible(step.text)), index, step.done) for index, step in enumerate(self.steps)])
        if self.steps:
            self.highlighted = max(0, min(highlight if highlight is not None else 0, len(self.steps) - 1))

    def current_steps(self) -> list[Step]:
        ticked = set(self.selected)
        return [Step(step.text, index in ticked) for index, step in enumerate(self.steps)]

    def add_step(self, text: str) -> None:
        self.set_steps(self.current_steps() + [Step(text)], highlight=len(self.steps))

    def action_remove(self) -> None:
        if self.highlighted is None or not self.steps:
            return
        steps = self.current_steps()
        del steps[self.highlighted]
        self.set_steps(steps, highlight=self.highlighted)
        self.post_message(self.SelectedChanged(self))
        if not self.steps:
            self.post_message(self.Typed(""))  # the last step went: carry on in the new-step field

    def on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character and event.character != " ":
            event.stop()
            event.prevent_default()
            self.post_message(self.Typed(event.character))

    def action_shift(self, step: int) -> None:
        index = self.highlighted
        if index is None or not 0 <= index + step < len(self.steps):
            return
        steps = self.current_steps()
        steps[index], steps[index + step] = steps[index + step], steps[index]
        self.set_steps(steps, highlight=index + step)
        self.post_message(self.SelectedChanged(self))
