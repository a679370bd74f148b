"""A whole reflection worksheet as Markdown, for the preview and for a `.md` file.

The structure is ours: a title, the nine sections as `##` headings, stories and
thoughts as `###`. The person's words can never change it. Every character that
Markdown could read as structure is escaped (`#`, `*`, `[`, `<`, `|`, ...), a line
that would start a list, a quote or a heading is escaped at its start, and
indentation is dropped so text never turns into a code block. Line breaks are kept
as hard breaks, so the rendering shows the text as it was typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from resilience_tui.domain.reflection import Reflection, section_has_content
from resilience_tui.domain.reflection_prompts import SECTIONS, STORY_LABELS, THOUGHT_LABELS
from resilience_tui.domain.thinking_traps import trap_names

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")
_LINE_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")
NOTHING_YET = "*Nothing written here yet.*"


@dataclass(frozen=True)
class MarkdownContext:
    """What the worksheet is shown with, read from other records, already in words."""

    about: str = ""  # the application's title; empty for a general reflection
    checkins: tuple[str, ...] = ()  # check-ins from around the interview and the rejection, one line each
    feedback_source: str = ""  # where the feedback points came from, in words
    feedback: tuple[str, ...] = ()  # feedback points received
    goal_columns: dict[str, str] = field(default_factory=dict)  # goal id -> "todo", "doing" or "done"


def one_line(text: str) -> str:
    return " ".join(text.split())


def _line(text: str) -> str:
    """One line made safe, wherever it goes: escaped, and never the start of a list or an underline."""
    line = _SPECIAL.sub(r"\\\1", text.strip(" \t"))
    return _LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else f"{m.group(2)}\\{m.group(3)}", line)


def inline(text: str) -> str:
    """Text made safe on one line (a heading, a list item, after a label); line breaks become spaces."""
    return _line(one_line(text))


def block(text: str, indent: str = "") -> list[str]:
    """Text as Markdown paragraphs: escaped, each typed line kept as a line, blank lines between paragraphs."""
    paragraphs: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = _line(raw)
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    out: list[str] = []
    for lines in (p for p in paragraphs if p):
        if out:
            out.append("")
        out.extend(indent + line + ("\\" if index < len(lines) - 1 else "") for index, line in enumerate(lines))
    return out


def labelled(label: str, text: str) -> list[str]:
    """'**Label:** text', the text's later lines and paragraphs following."""
    lines = block(text)
    if not lines:
        return []
    return [f"**{label}:** {lines[0]}", *lines[1:], ""]


def _title(reflection: Reflection, context: MarkdownContext) -> str:
    if context.about.strip():
        return f"# Reflection: {inline(context.about)}"
    return "# Reflection: a general look back" if reflection.application_id is None else "# Reflection"


def _status(reflection: Reflection) -> str:
    started = f"started {reflection.created_at:%A %d %B %Y}"
    if reflection.is_complete and reflection.completed_at:
        return f"*Complete · {started} · completed {reflection.completed_at:%A %d %B %Y}*"
    return f"*Draft · {started} · last changed {reflection.updated_at:%A %d %B %Y, %H:%M}*"


def _happened(r: Reflection, _context: MarkdownContext) -> list[str]:
    lines = labelled("Stage", r.stage) + labelled("Who was there", r.who)
    if r.questions:
        lines += ["**Questions asked:**", ""] + [f"- {inline(q)}" for q in r.questions] + [""]
    return lines


def _felt(r: Reflection, context: MarkdownContext) -> list[str]:
    lines = block(r.felt)
    if context.checkins:
        lines += ([""] if lines else []) + ["*Check-ins from around then:*", ""]
        lines += [f"- {inline(c)}" for c in context.checkins]
    return lines


def _stories(r: Reflection, _context: MarkdownContext) -> list[str]:
    lines: list[str] = []
    for number, story in enumerate(r.stories, 1):
        question = inline(story.question) or "(no question tagged yet)"
        lines += [f"### Story {number}: {question}", ""]
        for part in story.PARTS:
            lines += labelled(STORY_LABELS[part], getattr(story, part))
    return lines


def _thoughts(r: Reflection, _context: MarkdownContext) -> list[str]:
    lines: list[str] = []
    for number, thought in enumerate(r.thoughts, 1):
        lines += [f"### Thought {number}", ""]
        lines += labelled(THOUGHT_LABELS["text"], thought.text)
        names = trap_names(thought.traps)
        if names:
            lines += [f"**{THOUGHT_LABELS['traps']}:** {inline(', '.join(names))}", ""]
        lines += labelled(THOUGHT_LABELS["balanced"], thought.balanced)
    return lines


def _feedback(r: Reflection, context: MarkdownContext) -> list[str]:
    lines: list[str] = []
    if context.feedback:
        lines += [f"*{inline(context.feedback_source or 'From your feedback request')}:*", ""]
        lines += [f"- {inline(point)}" for point in context.feedback] + [""]
    return lines + block(r.feedback)


def _actions(r: Reflection, context: MarkdownContext) -> list[str]:
    lines = []
    for action in r.actions:
        column = context.goal_columns.get(action.goal_id or "")
        if column == "done":
            lines.append(f"- ✓ {inline(action.text)} *(done)*")
        elif column:
            lines.append(f"- → {inline(action.text)} *(on the Goals board: {'doing' if column == 'doing' else 'to do'})*")
        else:
            lines.append(f"- ☐ {inline(action.text)}")
    return lines


def _plain(key: str) -> Callable[[Reflection, MarkdownContext], list[str]]:
    def section(r: Reflection, _context: MarkdownContext) -> list[str]:
        return block(getattr(r, key))

    return section


_RENDER = {
    "happened": _happened, "felt": _felt, "went_well": _plain("went_well"), "differently": _plain("differently"),
    "gaps": _plain("gaps"), "stories": _stories, "thoughts": _thoughts, "feedback": _feedback, "actions": _actions,
}


def render(reflection: Reflection, context: MarkdownContext | None = None) -> str:
    """The whole worksheet as a Markdown document; every section shows, written or not."""
    context = context or MarkdownContext()
    lines = [_title(reflection, context), "", _status(reflection), ""]
    for section in SECTIONS:
        lines += [f"## {section.number}. {section.title}", ""]
        body = _RENDER[section.key](reflection, context)
        has_content = section_has_content(reflection, section.key, bool(context.feedback))
        if section.key == "felt" and context.checkins:
            has_content = True
        lines += (body if has_content else [NOTHING_YET]) + [""]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):  # one blank line between blocks is enough
            out.append(line.rstrip(" "))
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def export_name(reflection: Reflection, context: MarkdownContext, now: datetime) -> str:
    """A file name for the export: reflection-acme-health-2026-11-26.md (letters, digits and dashes only)."""
    words = re.sub(r"[^a-z0-9]+", "-", one_line(context.about).split(",")[0].casefold()).strip("-")[:40].strip("-")
    return f"reflection-{words or 'general'}-{now:%Y-%m-%d}.md"
