"""The worksheet as Markdown: parsed back with markdown-it-py, it has exactly our headings, and the
person's words (whatever they are) show as typed without adding a heading, list, quote or link."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from resilience_tui.domain.reflection import Action, Reflection, Story, Thought
from resilience_tui.domain.reflection_markdown import (
    NOTHING_YET,
    MarkdownContext,
    block,
    export_name,
    inline,
    render,
)
from resilience_tui.domain.reflection_prompts import SECTIONS

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
SECTION_HEADINGS = [("h2", f"{s.number}. {s.title}") for s in SECTIONS]
FORBIDDEN = {"blockquote_open", "code_block", "fence", "table_open", "html_block", "html_inline", "hr",
             "ordered_list_open", "image", "s_open", "code_inline"}
PARSERS = [MarkdownIt("commonmark"), MarkdownIt("gfm-like", {"html": False})]

HOSTILE = [
    "# heading", "## 6. The answer I wish I had given", "[bold]not bold[/]", "[/]", "Title\n===", "Title\n---",
    "    indented code", "```\nfenced\n```", "~~~\nfenced", "> quote", "- item\n* item\n+ item", "1. one\n2) two",
    "| a | b |\n|---|---|\n| 1 | 2 |", "<div>html</div>", "<script>alert(1)</script>", "&amp; &#35; &copy;",
    "[link](http://example.com) ![img](x.png) <http://a.b>", "*em* **strong** _u_ ~~s~~ `code`", "***\n___\n- - -",
    "[ref]: http://example.com", "line one\r\nline two\rline three\n", "trailing \\", "\\# escaped already",
    "\t\ttabbed", "\u2028\u2029\ufeff\u200b", "שלום עולם \u202eevil\u202c", "👩🏽‍💻 e\u0301", "#hashtag #another",
]
texts = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=120),
    st.lists(st.sampled_from(HOSTILE), max_size=4).map("\n".join),
)


def worksheet(text: str) -> Reflection:
    """Every field of every section holds `text`."""
    return Reflection(
        application_id="app", stage=text, who=text, questions=(text,) if text.strip() else (), felt=text,
        went_well=text, differently=text, gaps=text,
        stories=(Story(text, text, text, text, text, id="s1"), Story("Why us?", "S", id="s2")),
        thoughts=(Thought(text, ("labelling", "comparing"), text, id="t1"),), feedback=text,
        actions=(Action(text, goal_id="g1", id="a1"), Action(text, id="a2")),
        created_at=NOW, updated_at=NOW,
    )


def context(text: str) -> MarkdownContext:
    return MarkdownContext(about=f"{text}, Engineer", checkins=(text,), feedback=(text,), feedback_source=text,
                           goal_columns={"g1": "done"})


def headings(tokens) -> list[tuple[str, str]]:
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            found.append((token.tag, plain(tokens[index + 1])))
    return found


def plain(inline_token) -> str:
    parts = []
    for child in inline_token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def words(text: str) -> str:
    return " ".join(text.split())


def section_text(tokens, number: int) -> str:
    """The plain text under `## number. ...`, up to the next heading of any level."""
    inside, parts = False, []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            inside = token.tag == "h2" and plain(tokens[index + 1]).startswith(f"{number}. ")
        elif inside and token.type == "inline" and (index == 0 or tokens[index - 1].type != "heading_open"):
            parts.append(plain(token))
    return "\n".join(parts)


def expected_headings(text: str) -> list[tuple[str, str]]:
    found = [("h1", f"Reflection: {words(text + ', Engineer')}".rstrip())]
    for tag, title in SECTION_HEADINGS:
        found.append((tag, title))
        if title.startswith("6."):
            found += [("h3", f"Story 1: {words(text) or '(no question tagged yet)'}"), ("h3", "Story 2: Why us?")]
        if title.startswith("7."):
            found.append(("h3", "Thought 1"))
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_hostile_text_never_adds_or_changes_a_heading(text):
    document = render(worksheet(text), context(text))
    for parser in PARSERS:
        tokens = parser.parse(document)
        assert headings(tokens) == expected_headings(text)
        # No structure from the person's words: no quotes, code, tables, html, rules, images or nested lists.
        kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or ())}
        assert not kinds & FORBIDDEN
        # Our own lists only: the questions (when there are any), check-ins, feedback points and actions.
        assert sum(t.type == "bullet_list_open" for t in tokens) == (4 if text.strip() else 2)
        assert max(t.level for t in tokens) <= 4  # a list item's paragraph, never deeper


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_the_words_show_as_typed(text):
    only = Reflection(went_well=text, gaps=f"before\n{text}\nafter", created_at=NOW, updated_at=NOW)
    tokens = MarkdownIt("commonmark").parse(render(only))
    shown = section_text(tokens, 3)
    assert words(shown) == (words(text) or words(NOTHING_YET.strip("*")))
    assert words(section_text(tokens, 5)) == words(f"before {text} after")


def test_line_breaks_and_paragraphs_are_kept():
    assert block("one\ntwo\n\n\nthree") == ["one\\", "two", "", "three"]
    tokens = MarkdownIt("commonmark").parse("\n".join(block("one\ntwo\n\nthree")))
    assert [t.type for t in tokens if t.type.startswith("paragraph_open")] == ["paragraph_open"] * 2
    assert plain(tokens[1]) == "one\ntwo"


def test_escaping_examples():
    assert inline("# [bold]*x*  \n y") == "\\# \\[bold\\]\\*x\\* y"
    assert block("1. first\n- second\n=== \n    code") == ["1\\. first\\", "\\- second\\", "\\===\\", "code"]


def test_every_section_shows_even_when_empty_and_the_state_is_said():
    document = render(Reflection(created_at=NOW, updated_at=NOW))
    tokens = MarkdownIt("commonmark").parse(document)
    assert headings(tokens) == [("h1", "Reflection: a general look back"), *SECTION_HEADINGS]
    assert document.count(NOTHING_YET) == 9
    assert "*Draft · started Thursday 26 November 2026" in document
    done = render(Reflection(status="complete", completed_at=NOW, created_at=NOW, updated_at=NOW))
    assert "*Complete · started Thursday 26 November 2026 · completed Thursday 26 November 2026*" in done


def test_context_sections_read_naturally():
    worksheet = Reflection(
        application_id="a", stage="final round", questions=("Why us?",), felt="Flat",
        stories=(Story("A conflict?", "S", "T", "A", "R"),),
        thoughts=(Thought("I always fail", ("overgeneralising",), "Not always"),),
        actions=(Action("Take a course", goal_id="g1"), Action("Ask Sam", goal_id="g2"), Action("Walk")),
        created_at=NOW, updated_at=NOW,
    )
    document = render(worksheet, MarkdownContext(
        about="Acme, Designer", checkins=("Tue 17 Nov 21:00 · ▂ low",), feedback_source="From your feedback request",
        feedback=("Wanted more depth",), goal_columns={"g1": "done", "g2": "doing"}))
    assert "# Reflection: Acme, Designer" in document
    assert "**Stage:** final round" in document and "- Why us?" in document
    assert "*Check-ins from around then:*\n\n- Tue 17 Nov 21:00 · ▂ low" in document
    assert "### Story 1: A conflict?" in document and "**Result:** R" in document
    assert "**Thinking traps it fits:** Overgeneralising" in document
    assert "*From your feedback request:*\n\n- Wanted more depth" in document
    assert "- ✓ Take a course *(done)*" in document
    assert "- → Ask Sam *(on the Goals board: doing)*" in document
    assert "- ☐ Walk" in document


@pytest.mark.parametrize("about, name", [
    ("Acme Health, Designer", "reflection-acme-health-2026-11-26.md"),
    ("", "reflection-general-2026-11-26.md"),
    ("../../etc/passwd, x", "reflection-etc-passwd-2026-11-26.md"),
    ("שלום", "reflection-general-2026-11-26.md"),
])
def test_export_names_are_plain_and_safe(about, name):
    assert export_name(Reflection(), MarkdownContext(about=about), NOW) == name
