"""Exports written as they are made: json record by record, html area by area, with the same content."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.export.html import renderer
from resilience_tui.export.html_areas import _Markdown
from resilience_tui.export.json import export_data, export_json
from resilience_tui.export.writer import export
from resilience_tui.store.atomic import write_chunks_atomic
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
AT = datetime(2026, 11, 2, 21, 0, tzinfo=timezone.utc)
HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


@pytest.fixture
def store(data_dir: Path) -> Store:
    store = Store(data_dir)
    for i in range(3):
        store.checkins.add(make_checkin(i, note=f"{HOSTILE} {i}\nsecond line", tags=("a<b",)))
    store.journal.add(JournalEntry(body="Plain words.\nSame paragraph.\n\n# A heading\n\nMore.", title=HOSTILE,
                                   at=AT, created_at=AT, updated_at=AT))
    store.journal.add(JournalEntry(body="They said **yes** <i>x</i>", title="Reply", at=AT.replace(day=3), created_at=AT, updated_at=AT))
    store.settings.set("my_name", "Zoë \u2028 \ud800")
    return store


@pytest.mark.parametrize("areas", [None, ["checkins"], ["settings", "journal"], ["drafts"]])
def test_the_streamed_json_is_the_same_text_as_one_dump(store: Store, areas: list[str] | None) -> None:
    expected = json.dumps(export_data(store, areas, now=NOW), indent=1, ensure_ascii=True) + "\n"
    assert export_json(store, areas, now=NOW) == expected


def test_the_json_file_is_the_whole_export(store: Store, tmp_path: Path) -> None:
    [path] = export(store, "json", areas=None, out=tmp_path / "all.json", folder=tmp_path, now=NOW)
    assert json.loads(path.read_bytes()) == export_data(store, now=NOW)


@pytest.mark.parametrize("text", [
    "One line.", "Two\nlines.\n\nA second paragraph.", "\n\nLeading blank lines.\n\n\n", "# Title\nright under it",
    "Words\n### Heading three\nmore words", 'Quotes "like this" and it\'s fine.', "#tag at the start",
    "###### Six", "####### Seven", "# Closed #", "1. a list", "- a list", "Setext\n===", "Setext\n---",
    "   indented", "hard  \nbreak", "a\\b", "*emphasis*", "Zoë and 日本語 ☺", "x\u2028y", "tab\there",
])
def test_plain_text_is_written_as_markdown_it_would_write_it(text: str) -> None:
    assert _Markdown()(text) == renderer().render(text)


def test_plain_paragraphs_are_escaped() -> None:
    assert _Markdown()('a "b" > c\nd') == '<p>a &quot;b&quot; &gt; c\nd</p>\n'


def test_html_export_escapes_every_text_it_writes_itself(store: Store, tmp_path: Path) -> None:
    written = export(store, "html", areas=["checkins", "journal"], out=tmp_path / "out.html", folder=tmp_path, now=NOW)
    page = written[0].read_text(encoding="utf-8")
    assert "<script>" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; 0 ↵ second line" in page
    assert "<td>#a&lt;b</td>" in page
    assert "<h2>Monday 02 November 2026, 21:00 · &lt;script&gt;" in page
    assert "<p>Plain words.\nSame paragraph.</p>\n<h3>A heading</h3>\n<p>More.</p>" in page
    assert "They said <strong>yes</strong> &lt;i&gt;x&lt;/i&gt;" in page
    assert page.index("<h1>Check-ins</h1>") < page.index("<h1>Journal</h1>") and page.endswith("</html>\n")


def test_html_check_ins_are_monthly_tables(store: Store, tmp_path: Path) -> None:
    [path] = export(store, "html", areas=["checkins"], out=tmp_path / "c.html", folder=tmp_path, now=NOW)
    page = path.read_text(encoding="utf-8")
    assert page.count("<h2>March 2026</h2>\n<table>") == 1 and page.count("<tr><td>") == 3
    assert "<p>Exported from Resilience on Thursday 26 November 2026: 3 check-ins, oldest first.</p>" in page


def test_a_stream_that_fails_half_way_leaves_no_file(tmp_path: Path) -> None:
    def chunks():
        yield b"first part"
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        write_chunks_atomic(tmp_path / "out.txt", chunks())
    assert list(tmp_path.iterdir()) == []
    write_chunks_atomic(tmp_path / "out.txt", iter([b"a", b"", b"b"]))
    assert (tmp_path / "out.txt").read_bytes() == b"ab"
