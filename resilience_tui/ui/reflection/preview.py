"""A whole worksheet rendered by Textual's Markdown widget, exactly as the exported file reads;
and a lighter glance of it beside the list on a large terminal.

The Markdown comes from `domain/reflection_markdown.py`, where the person's words are
escaped, so they show as typed. Links are never opened (the app stays offline).
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static

EMPTY = (
    "# Reflection\n\n"
    "No worksheets yet, and there's no hurry.\n\n"
    "When you feel ready, press **n** to look back at an interview: what happened, what went well, "
    "and one or two small things to take forward. It can be about one application or a general look back."
)


def _parser() -> MarkdownIt:
    return MarkdownIt("gfm-like", {"html": False})


class ReflectionPreview(VerticalScroll):
    def compose(self) -> ComposeResult:
        yield Markdown(EMPTY, parser_factory=_parser, open_links=False, classes="rf-markdown")

    def show(self, markdown: str | None) -> None:
        self.query_one(Markdown).update(markdown or EMPTY)
        self.scroll_home(animate=False)

    @on(Markdown.LinkClicked)
    def _link(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        self.app.notify(f"Links are not opened from here, so nothing leaves this computer. The link: {event.href}",
                        title="Link", timeout=8, markup=False)


class ReflectionGlance(VerticalScroll, can_focus=False):
    """The highlighted worksheet beside the list, drawn as one block of text.

    The Markdown widget makes a widget of every paragraph, and a screen restyles each
    one whenever it is shown again (about 35 ms for a long worksheet); one Static does not.
    """

    def compose(self) -> ComposeResult:
        yield Static(classes="rf-glance-text")

    def show(self, markdown: str | None) -> None:
        from rich.markdown import Markdown as RichMarkdown  # only needed on a large terminal

        self.query_one(Static).update(RichMarkdown(markdown or EMPTY, hyperlinks=False))
        self.scroll_home(animate=False)
