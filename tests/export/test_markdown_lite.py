"""markdown_lite renders what it handles exactly as markdown-it does, and hands back the rest."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from resilience_tui.demo import write_demo
from resilience_tui.export.html import renderer
from resilience_tui.export.markdown import entry_parts
from resilience_tui.export.markdown_lite import render
from resilience_tui.services.reflections import area_document
from resilience_tui.store.store import Store

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
MARKDOWN_IT = renderer()

# Words and every character that means something in Markdown, in lines that may start blocks.
PIECES = st.sampled_from([
    "word", "two words", " ", "  ", "\n", "\n\n", "*", "**", "***", "\\", "\\*", "\\\n", "#", "# ", "## ", "###### ",
    "####### ", "- ", "-", "---", "* ", "+ ", "1. ", "2) ", "> ", "=", "===", "_", "`", "[", "]", "(", ")", "<", ">",
    "&", "&amp;", "!", "|", "~", "~~", '"', "'", ".", ",", ":", "é", "ü ", "\u00a0", "\t", "☺", "x*y", "(*a*)",
])


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join))
def test_whatever_it_renders_is_what_markdown_it_renders(text: str) -> None:
    done = render(text)
    assert done is None or done == MARKDOWN_IT.render(text)


def test_the_plain_parts_of_markdown_are_handled() -> None:
    text = ("# Title\n\nA line, \"quoted\" > and \\* escaped.\\\nA hard break.\n\n**Label:** value *(done)*\n\n"
            "- one\n- **two**\n\n---\n\n### 1\\. Heading\n#tag\n")
    assert render(text) == MARKDOWN_IT.render(text)
    for other in ("> quote", "1. list", "a [link](x)", "`code`", "a\n===", "a\n---", "- a\n\n- b", "    code",
                  "a_b", "x *y", "***a***", "#  two spaces", "- # heading in an item", "---  -", "a\n--",
                  "a\u0085b", "tab\there"):
        assert render(other) is None, other


def test_the_demo_journal_and_worksheets_come_out_the_same(tmp_path: Path) -> None:
    write_demo(tmp_path / "data", years=1)
    store = Store(tmp_path / "data")
    texts = [entry_parts(entry)[2] for entry in store.journal.all()]
    texts += area_document(store, NOW).split("\n\n---\n\n")
    handled = [(text, done) for text in texts if (done := render(text)) is not None]
    assert len(handled) >= 0.8 * len(texts)
    for text, done in handled:
        assert done == MARKDOWN_IT.render(text), text
