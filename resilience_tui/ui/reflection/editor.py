"""The worksheet editor: the nine sections one after another, each with its prompt and hint.

tab and shift+tab move from field to field (and so from section to section); the
screen's ctrl+up and ctrl+down jump a whole section. It only holds the form: the
Reflection screen decides when to save, and what to do when a save fails.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label, SelectionList, Static, TextArea

from resilience_tui.domain.reflection import SECTION_KEYS, Reflection
from resilience_tui.domain.reflection_prompts import SECTIONS
from resilience_tui.ui.common.fields import Field
from resilience_tui.ui.reflection.items import ActionRow, StoryForm, ThoughtForm, text_area

PLAIN = ("felt", "went_well", "differently", "gaps", "feedback")
LISTS = {"stories": "story", "thoughts": "thought", "actions": "action"}


class ReflectionEditor(VerticalScroll):
    """Posts `Changed` when the person changes anything, `SectionEntered` when focus moves to another section."""

    class Changed(Message):
        pass

    class SectionEntered(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self._baseline: dict | None = None
        self._loading = False
        self.current = SECTION_KEYS[0]
        self.questions: list[str] = []
        self.columns: dict[str, str] = {}
        self._inputs: dict[str, Input] = {}  # stage, who
        self._areas: dict[str, TextArea] = {}  # questions, and the plain sections
        self._lists: dict[str, Vertical] = {}

    def compose(self) -> ComposeResult:
        for section in SECTIONS:
            with Vertical(id=f"sec-{section.key}", classes="rf-section"):
                yield Static(Content.assemble((f"{section.number} · {section.title}", "bold")), classes="rf-title")
                yield Static(Content(section.prompt), classes="rf-prompt")
                yield Static(Content(section.hint), classes="hint rf-hint")
                yield from self._fields(section.key)

    def _fields(self, key: str) -> ComposeResult:
        # The fields are kept by name: reading them on every key typed must not cost a query.
        if key == "happened":
            self._inputs["stage"] = Field(id="rf-stage", compact=True,
                                          placeholder="e.g. second round, a video call")
            self._inputs["who"] = Field(id="rf-who", compact=True,
                                        placeholder="e.g. the hiring manager and an engineer")
            self._areas["questions"] = text_area("", "rf-questions")
            yield Label("Stage", classes="rf-label")
            yield self._inputs["stage"]
            yield Label("Who was there", classes="rf-label")
            yield self._inputs["who"]
            yield Label("The questions they asked  (one a line)", classes="rf-label")
            yield self._areas["questions"]
        elif key in LISTS:
            self._lists[key] = Vertical(id=f"rf-{key}", classes="rf-list")
            yield self._lists[key]
        else:
            if key == "feedback":
                yield Static(id="rf-received", classes="rf-context")
            self._areas[key] = text_area("", f"rf-text rf-{key}")
            yield self._areas[key]
            if key == "felt":
                yield Static(id="rf-checkins", classes="rf-context")

    # -- filling and reading ---------------------------------------------------------
    async def load(self, reflection: Reflection, *, checkins: list[Content], received: Content | None,
                   columns: dict[str, str]) -> None:
        """Show a worksheet, with the check-ins around it and the feedback received (both read only)."""
        self._loading = True  # change events from filling the form are not the person typing
        self.columns = columns
        self.questions = list(reflection.questions)
        self._inputs["stage"].value = reflection.stage
        self._inputs["who"].value = reflection.who
        self._areas["questions"].text = "\n".join(reflection.questions)
        for key in PLAIN:
            self._areas[key].text = getattr(reflection, key)
        self.show_context(checkins, received)
        stories = [StoryForm(s, n, self.questions) for n, s in enumerate(reflection.stories or (None,), 1)]
        thoughts = [ThoughtForm(t, n) for n, t in enumerate(reflection.thoughts or (None,), 1)]
        actions = [ActionRow(a, columns) for a in reflection.actions or (None,)]
        for key, widgets in (("stories", stories), ("thoughts", thoughts), ("actions", actions)):
            container = self._lists[key]
            await container.remove_children()
            await container.mount_all(widgets)
        # Change events from filling the form may also arrive later: they match the baseline.
        self._baseline = self.values()
        self._loading = False
        self.current = SECTION_KEYS[0]
        self.scroll_home(animate=False)

    def show_context(self, checkins: list[Content], received: Content | None) -> None:
        lines = [Content.assemble(("Your check-ins from around then", "bold"), ("  (read only)", "dim"))]
        lines += checkins or [Content.assemble(("None from around then, and that's fine.", "dim"))]
        self.query_one("#rf-checkins", Static).update(Content("\n").join(lines))
        box = self.query_one("#rf-received", Static)
        box.update(received or Content(""))
        box.display = received is not None

    def values(self) -> dict:
        values: dict = {"stage": self._inputs["stage"].value, "who": self._inputs["who"].value,
                        "questions": self._areas["questions"].text}
        for key in PLAIN:
            values[key] = self._areas[key].text
        for key in LISTS:  # each list holds only its own kind of item
            values[key] = [item.values() for item in self._lists[key].children
                           if isinstance(item, (StoryForm, ThoughtForm, ActionRow))]
        return values

    # -- sections ----------------------------------------------------------------------
    def section_of(self, widget: Widget | None) -> str | None:
        node: DOMNode | None = widget
        while node is not None and node is not self:
            if node.id and node.id.startswith("sec-"):
                return node.id[4:]
            node = node.parent
        return None

    def go_to(self, key: str) -> None:
        """Focus the first field of a section, with its title at the top."""
        section = self.query_one(f"#sec-{key}")
        fields = [w for w in section.query("Input, TextArea, SelectionList") if w.focusable]
        if fields:
            fields[0].focus(scroll_visible=False)
        self._entered(key)
        self.call_after_refresh(self.scroll_to_widget, section, animate=False, top=True)

    def step(self, offset: int) -> str:
        index = max(0, min(len(SECTION_KEYS) - 1, SECTION_KEYS.index(self.current) + offset))
        self.go_to(SECTION_KEYS[index])
        return SECTION_KEYS[index]

    def _entered(self, key: str) -> None:
        if key != self.current:
            self.current = key
            self.post_message(self.SectionEntered(key))

    def on_descendant_focus(self, event) -> None:
        key = self.section_of(event.widget)
        if key:
            self._entered(key)

    # -- lists ---------------------------------------------------------------------------
    async def add_item(self, key: str, after: Widget | None = None) -> None:
        """Add a blank story, thought or action, and put the cursor in it."""
        container = self._lists[key]
        count = len(container.children) + 1
        if key == "stories":
            self.questions = [q for q in self.values()["questions"].splitlines() if q.strip()]
            widget: Widget = StoryForm(None, count, self.questions)
        elif key == "thoughts":
            widget = ThoughtForm(None, count)
        else:
            widget = ActionRow(None, self.columns)
        await container.mount(widget, after=after)
        first = next(w for w in widget.query("Input, TextArea") if w.focusable)
        first.focus(scroll_visible=False)
        self.call_after_refresh(self.scroll_to_widget, widget, animate=False, top=True)

    def focused_action(self) -> ActionRow | None:
        node: DOMNode | None = self.screen.focused
        while node is not None:
            if isinstance(node, ActionRow):
                return node
            node = node.parent
        return None

    def show_goal(self, action_id: str, goal_id: str | None, columns: dict[str, str], category: str | None = None) -> None:
        self.columns = columns
        for row in self.query(ActionRow):
            if row.action.id == action_id:
                row.show_goal(goal_id, columns, category)

    @on(TextArea.Changed)
    @on(Input.Changed)
    @on(ActionRow.CategoryChanged)
    @on(SelectionList.SelectedChanged)
    def _changed(self, event) -> None:
        if self._loading or (self._baseline is not None and self.values() == self._baseline):
            return
        self._baseline = None
        self.post_message(self.Changed())

    @on(ActionRow.Submitted)
    async def _next_action(self, event: ActionRow.Submitted) -> None:
        """enter on an action starts the next one (unless this one is still empty)."""
        if event.row.values()["text"].strip():
            await self.add_item("actions", after=event.row)
