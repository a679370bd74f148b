"""The story bank: every STAR story from every worksheet, to prepare the next interview from.

Type to search (words anywhere, `q:word` in the question only); up and down move
through the stories, the highlighted one is shown in full; enter opens its worksheet.
"""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.reflection import Story
from resilience_tui.domain.reflection_prompts import STORY_LABELS
from resilience_tui.domain.story_bank import BankedStory, parse_query, question_tags, search
from resilience_tui.domain.visible import visible
from resilience_tui.ui.common.fields import Field

NO_QUESTION = "(no question tagged)"


def _one_line(text: str, width: int) -> str:
    line = visible(" ".join(text.split()))
    return line if len(line) <= width else line[: width - 1] + "…"


class StoryBank(Vertical):
    class OpenRequested(Message):
        def __init__(self, banked: BankedStory) -> None:
            super().__init__()
            self.banked = banked

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stories: list[BankedStory] = []
        self.shown: list[BankedStory] = []
        self.about: dict[str, str] = {}
        self.today: date | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(("Story bank", "bold"),
                                      ("   every story from every worksheet · enter opens it · escape: back", "dim")))
        yield Field(id="bank-search", compact=True, placeholder="Search: words, or q:word for the question it answers")
        yield Static(id="bank-status", classes="hint")
        with Vertical(id="bank-body"):
            yield OptionList(id="bank-list")
            with VerticalScroll(id="bank-detail"):
                yield Static(id="bank-story")

    def load(self, stories: list[BankedStory], about: dict[str, str], today: date) -> None:
        """`about`: worksheet id -> what it is about, in words."""
        self.stories, self.about, self.today = stories, about, today
        self.refresh_list()

    def refresh_list(self) -> None:
        text = self.query_one("#bank-search", Input).value
        self.shown = search(self.stories, text)
        options = self.query_one("#bank-list", OptionList)
        options.clear_options()
        options.add_options([Option(self._label(b), id=f"{b.reflection.id}:{b.story.id}") for b in self.shown])
        if self.shown:
            options.highlighted = 0
        self._status(text)
        self._detail(self.shown[0] if self.shown else None)

    def _label(self, banked: BankedStory) -> Content:
        """Two lines: the question it answers, then where it came from."""
        question = _one_line(banked.story.question, 70) or NO_QUESTION
        when = friendly_day(banked.reflection.updated_at.date(), self.today)
        about = _one_line(self.about.get(banked.reflection.id, ""), 48)
        return Content.assemble((question, "bold" if banked.story.question.strip() else "italic dim"),
                                "\n", (f"  {about} · {when}", "dim"))

    def _status(self, text: str) -> None:
        total, tags = len(self.stories), len(question_tags(self.stories))
        if total == 0:
            line = Content("No stories yet. Section 6 of a worksheet is where they are written; they all gather here.")
        elif parse_query(text).is_empty:
            line = Content(f"{total} stor{'y' if total == 1 else 'ies'}, answering {tags} question{'s' * (tags != 1)}.")
        elif not self.shown:
            line = Content(f"Nothing matches {parse_query(text).describe()}. Fewer words find more.")
        else:
            line = Content(f"{len(self.shown)} of {total}: {parse_query(text).describe()}")
        self.query_one("#bank-status", Static).update(line)

    def _detail(self, banked: BankedStory | None) -> None:
        box = self.query_one("#bank-story", Static)
        if banked is None:
            box.update(Content(""))
            return
        story = banked.story
        lines = [Content.assemble((" ".join(story.question.split()) or NO_QUESTION, "bold"))]
        about = self.about.get(banked.reflection.id, "")
        lines.append(Content.assemble((f"from the worksheet: {about}", "dim italic")))
        for part in Story.PARTS:
            lines.append(Content.assemble("\n", (STORY_LABELS[part], "bold"), "  ",
                                          getattr(story, part).strip() or "(not written yet)"))
        box.update(Content("\n").join(lines))

    @property
    def current(self) -> BankedStory | None:
        highlighted = self.query_one("#bank-list", OptionList).highlighted
        return self.shown[highlighted] if highlighted is not None and highlighted < len(self.shown) else None

    def focus_search(self) -> None:
        self.query_one("#bank-search", Input).focus()

    @on(Input.Changed, "#bank-search")
    def _search(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#bank-search")
    def _to_list(self) -> None:
        self.query_one("#bank-list", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#bank-list")
    def _highlighted(self) -> None:
        self._detail(self.current)

    @on(OptionList.OptionSelected, "#bank-list")
    def _selected(self) -> None:
        if self.current is not None:
            self.post_message(self.OpenRequested(self.current))

    def on_key(self, event) -> None:
        search_box, options = self.query_one("#bank-search", Input), self.query_one("#bank-list", OptionList)
        if event.key == "down" and self.screen.focused is search_box:
            options.focus()
            event.stop()
