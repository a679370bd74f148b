"""The repeating parts of a worksheet: a STAR story, an unhelpful thought, an action.

Each keeps the id of the item it edits, so an edited story stays the same story and
an action keeps the goal it became. The person's words are never read as markup.
"""

from __future__ import annotations

from rich.segment import Segment
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, SelectionList, Static, TextArea
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

from resilience_tui.domain.goal import CATEGORIES, category
from resilience_tui.domain.records import new_id
from resilience_tui.domain.reflection import Action, Story, Thought
from resilience_tui.domain.reflection_prompts import STORY_HINTS, STORY_LABELS, THOUGHT_LABELS
from resilience_tui.domain.thinking_traps import TRAPS, trap
from resilience_tui.ui.common.fields import Field, TextBox


def text_area(text: str, classes: str) -> TextArea:
    return TextBox(text, classes=classes)


class StoryForm(Vertical):
    """One story: the question it answers, then situation, task, action and result."""

    def __init__(self, story: Story | None, number: int, questions: list[str]) -> None:
        super().__init__(classes="rf-item")
        self.story = story or Story(id=new_id())
        self.number = number
        self.questions = questions

    def compose(self) -> ComposeResult:
        story = self.story
        yield Static(Content(f"Story {self.number}"), classes="rf-item-title")
        yield Label(STORY_LABELS["question"], classes="rf-label")
        self._question = Field(story.question, placeholder="e.g. Tell me about a time you disagreed with a colleague",
                               suggester=SuggestFromList(self.questions, case_sensitive=False) if self.questions else None,
                               compact=True, classes="rf-question")
        yield self._question
        self._parts = {part: text_area(getattr(story, part), f"rf-star rf-star-{part}") for part in Story.PARTS}
        for part in Story.PARTS:
            yield Label(Content.assemble(STORY_LABELS[part], (f"  {STORY_HINTS[part]}", "dim")), classes="rf-label")
            yield self._parts[part]

    def values(self) -> dict:
        # Direct references, not queries: this runs on every key typed.
        values = {"id": self.story.id, "question": self._question.value}
        for part, area in self._parts.items():
            values[part] = area.text
        return values


class ThoughtForm(Vertical):
    """One thought: as it sounds, the traps it fits (explained as you move), and a kinder one."""

    def __init__(self, thought: Thought | None, number: int) -> None:
        super().__init__(classes="rf-item")
        self.thought = thought or Thought(id=new_id())
        self.number = number

    def compose(self) -> ComposeResult:
        thought = self.thought
        yield Static(Content(f"Thought {self.number}"), classes="rf-item-title")
        self._text = text_area(thought.text, "rf-thought-text")
        self._traps = TrapList(
            *(Selection(Content(t.name), t.key, t.key in thought.traps) for t in TRAPS), classes="rf-traps")
        self._balanced = text_area(thought.balanced, "rf-balanced")
        yield Label(THOUGHT_LABELS["text"], classes="rf-label")
        yield self._text
        yield Label(Content.assemble(THOUGHT_LABELS["traps"], ("  space ticks · up and down explain each", "dim")),
                    classes="rf-label")
        yield self._traps
        yield Static(classes="rf-trap-help hint")
        yield Label(THOUGHT_LABELS["balanced"], classes="rf-label")
        yield self._balanced

    def on_mount(self) -> None:
        self._explain(TRAPS[0].key)

    @on(SelectionList.SelectionHighlighted)
    def _highlighted(self, event: SelectionList.SelectionHighlighted) -> None:
        self._explain(event.selection.value)

    def _explain(self, key: str) -> None:
        found = trap(key)
        self.query_one(".rf-trap-help", Static).update(
            Content.assemble((found.name, "bold"), f": {found.explanation}\n", (f"For example: {found.example}", "italic")))

    def values(self) -> dict:
        return {"id": self.thought.id, "text": self._text.text, "traps": list(self._traps.selected),
                "balanced": self._balanced.text}


class TrapList(SelectionList[str]):
    """The thinking traps; a ticked one shows ✓ and an unticked one a blank, so colour never says it alone."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        if len(segments) > 3:  # left edge, the box's inside, right edge, a space, then the prompt
            segments[1] = Segment("✓" if selection.value in self._selected else " ", segments[1].style)
            return Strip(segments, strip.cell_length)
        return strip


def goal_status(goal_id: str | None, columns: dict[str, str]) -> Content:
    """How far the goal an action became has come, in words (never only a colour)."""
    column = columns.get(goal_id or "")
    if column == "done":
        return Content.assemble(("✓ done", "bold $text-success"))
    if column == "doing":
        return Content.assemble(("→ on your goals: doing", "$text-accent"))
    if column:
        return Content.assemble(("→ on your goals: to do", "$text-accent"))
    return Content.assemble(("ctrl+g: make it a goal", "dim"))


def category_words(key: str) -> Content:
    found = category(key)
    return Content.assemble((f"{found.glyph} ", found.colour), found.word)


class ActionRow(Horizontal):
    """One action on one line, its goal category, and whether it is on the Goals board yet.

    The category is the one its words point to until the person picks another (ctrl+o, or a
    click on it); their pick is kept. Once the action is a goal, the board owns its category.
    """

    class Submitted(Message):
        def __init__(self, row: ActionRow) -> None:
            super().__init__()
            self.row = row

    class CategoryChanged(Message):
        pass

    def __init__(self, action: Action | None, columns: dict[str, str]) -> None:
        super().__init__(classes="rf-action")
        self.action = action or Action(id=new_id())
        self.goal_id = self.action.goal_id
        self.columns = columns
        self.category = self.action.category  # None: the one its words point to
        self._text = Field(self.action.text, placeholder="e.g. Practise two STAR answers out loud", compact=True,
                           select_on_focus=False, classes="rf-action-text")
        self._category = Static(category_words(self.shown_category), classes="rf-action-category")

    def compose(self) -> ComposeResult:
        yield Static("•", classes="rf-bullet")
        yield self._text
        yield self._category
        yield Static(goal_status(self.goal_id, self.columns), classes="rf-action-status")

    @property
    def shown_category(self) -> str:
        return Action(self._text.value, category=self.category).shown_category

    def next_category(self) -> None:
        """Move to the next category, and keep it."""
        if self.goal_id is not None:
            self.app.notify("This action is on your Goals board now; you can change its category there (g).",
                            markup=False)
            return
        keys = [c.key for c in CATEGORIES]
        self.category = keys[(keys.index(self.shown_category) + 1) % len(keys)]
        self._category.update(category_words(self.category))
        self.post_message(self.CategoryChanged())

    @on(events.Click, ".rf-action-category")
    def _category_clicked(self) -> None:
        self._text.focus()  # the keys that work on an action (ctrl+o, ctrl+g) stay at hand
        self.next_category()

    @on(Input.Changed)
    def _words_changed(self) -> None:
        self._category.update(category_words(self.shown_category))  # a guess follows the words

    def show_goal(self, goal_id: str | None, columns: dict[str, str], category: str | None = None) -> None:
        self.goal_id, self.columns = goal_id, columns
        self.category = category or self.category
        self._category.update(category_words(self.shown_category))
        self.query_one(".rf-action-status", Static).update(goal_status(goal_id, columns))

    def focus_text(self) -> None:
        self._text.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self))

    def values(self) -> dict:
        return {"id": self.action.id, "text": self._text.value, "goal_id": self.goal_id, "category": self.category}
