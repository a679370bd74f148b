"""The selected journal entry, rendered: its date, kind and tags, then its Markdown.

The text goes through Textual's Markdown widget, which shows what Markdown means
(headings, lists, emphasis) and nothing else: `[bold]` stays as typed, raw HTML
is shown as text rather than swallowed, and links are never opened (the app
stays offline).
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Markdown, Static

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.visible import visible
from resilience_tui.ui.journal.entry_list import STAR, WIN_MARK

EMPTY = (
    "Your journal is empty, and that is fine.\n\n"
    "Press n to write whatever is on your mind, or w to keep a win: something that went right today, "
    "however small. On a hard day, Today will show you one of your wins."
)


def _parser() -> MarkdownIt:
    # Textual's own "gfm-like" setup (tables, strikethrough, linkify) with raw HTML shown as text.
    return MarkdownIt("gfm-like", {"html": False})


def preview_markdown(entry: JournalEntry) -> str:
    """The Markdown to show: a given title as a heading, then the text as written."""
    if entry.title.strip():
        return f"# {entry.title.strip()}\n\n{entry.body}"
    return entry.body


def meta_line(entry: JournalEntry) -> Content:
    kind = (f"{WIN_MARK} win", "bold") if entry.is_win else ("journal entry", "")
    parts = [Content.assemble((entry.at.strftime("%A %d %B %Y, %H:%M"), "bold"), "  ·  ", kind)]
    if entry.starred:
        parts.append(Content(f"  ·  {STAR} starred"))
    line = Content.assemble(*parts)
    if entry.all_tags:
        line = Content.assemble(line, "\n", (visible(" ".join(f"#{tag}" for tag in entry.all_tags)), "italic"))
    return line


class JournalPreview(VerticalScroll):
    """Shows one entry (or a word of welcome when there is none)."""

    def compose(self) -> ComposeResult:
        yield Static(id="preview-meta", classes="hint")
        yield Markdown(id="preview-text", parser_factory=_parser, open_links=False)

    shown: tuple | None = None  # what is on show, so showing it again costs nothing

    def show(self, entry: JournalEntry | None, empty_text: str = EMPTY) -> None:
        key = (entry.id, entry.updated_at, entry.starred) if entry else (None, empty_text)
        if key == self.shown:
            return
        self.shown = key
        meta = self.query_one("#preview-meta", Static)
        markdown = self.query_one("#preview-text", Markdown)
        if entry is None:
            meta.update(Content(""))
            meta.display = False
            markdown.update(empty_text)
        else:
            meta.update(meta_line(entry))
            meta.display = True
            markdown.update(visible(preview_markdown(entry)) or "*(no words yet)*")
        self.scroll_home(animate=False)

    @on(Markdown.LinkClicked)
    def _link(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        self.app.notify(f"Links are not opened from here, so nothing leaves this computer. The link: {event.href}",
                        title="Link", timeout=8, markup=False)
