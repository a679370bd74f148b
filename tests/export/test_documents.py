"""Markdown and html exports: readable, one document per area, safe to open, private files."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from resilience_tui.domain.journal import WIN, JournalEntry
from resilience_tui.export import ExportFailed
from resilience_tui.export.files import default_target, is_private
from resilience_tui.export.html import render_page
from resilience_tui.export.markdown import area_markdown, cell, demote_headings
from resilience_tui.export.writer import export
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
AT = datetime(2026, 11, 2, 21, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(data_dir) -> Store:
    store = Store(data_dir)
    store.checkins.add(make_checkin(1, note="a | pipe\nand a second line"))
    store.journal.add(JournalEntry(body="# Got the offer\n\nThey said **yes**.\n\n## Next\n\n```\n# not a heading\n```",
                                   at=AT, kind=WIN, starred=True, tags=("offer",), created_at=AT, updated_at=AT))
    store.journal.add(JournalEntry(body="<script>alert(1)</script> ![pic](https://example.com/x.png) [bold]",
                                   title="Odd one", at=AT.replace(day=3), created_at=AT, updated_at=AT))
    return store


def test_check_ins_are_a_table_by_month(store):
    text = area_markdown(store, "checkins", NOW)
    assert text.startswith("# Check-ins\n\nExported from Resilience on Thursday 26 November 2026: 1 check-in")
    assert "## March 2026" in text
    assert "| When | Mood | Energy | Feelings | Tags | Note |" in text
    assert "a \\| pipe ↵ and a second line |" in text


def test_journal_entries_are_sections_with_their_text(store):
    text = area_markdown(store, "journal", NOW)
    assert "2 journal entries (1 win), oldest first" in text
    assert "## Monday 02 November 2026, 21:00 · Got the offer\n\n*✓ Win · ★ Starred · #offer*" in text
    assert "They said **yes**." in text
    assert "#### Next" in text and "# not a heading" in text  # headings move down; code stays
    assert text.count("Got the offer") == 1  # the heading line is not repeated
    assert "## Tuesday 03 November 2026, 21:00 · Odd one" in text


def test_other_areas_list_their_fields(store):
    from resilience_tui.export.areas import area_names

    for area in area_names(store):
        if area not in ("settings",):
            assert area_markdown(store, area, NOW).startswith("# ")


def test_html_is_a_standalone_page_that_runs_and_fetches_nothing(store):
    page = render_page("Resilience: Journal", area_markdown(store, "journal", NOW))
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "</html>" in page
    assert "default-src 'none'" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<img" not in page
    assert "<strong>yes</strong>" in page and "[bold]" in page


def test_cells_and_headings():
    assert cell("a|b\\c\r\nd") == "a\\|b\\\\c ↵ d"
    assert demote_headings("# A\n###### B\n```\n# C\n```\nx # y") == "### A\n###### B\n```\n# C\n```\nx # y"


def test_markdown_export_writes_one_private_file_per_area(store, tmp_path):
    written = export(store, "markdown", areas=None, out=None, folder=tmp_path, now=NOW)
    folder = tmp_path / "resilience-export-2026-11-26"
    assert {p.name for p in written} >= {"checkins.md", "journal.md"}
    assert "settings.md" not in {p.name for p in written}
    assert all(p.parent == folder and is_private(p) for p in written)
    assert folder.stat().st_mode & 0o777 == 0o700
    again = export(store, "html", areas=["journal"], out=None, folder=tmp_path, now=NOW)
    assert [p.relative_to(tmp_path).as_posix() for p in again] == ["resilience-export-2026-11-26-2/journal.html"]


def test_one_area_into_a_named_file(store, tmp_path):
    [path] = export(store, "html", areas=["journal"], out=tmp_path / "mine.html", folder=tmp_path, now=NOW)
    assert path == tmp_path / "mine.html" and is_private(path)


@pytest.mark.parametrize(
    "fmt, areas, message",
    [
        ("markdown", ["settings"], "only exported as json"),
        ("json", ["dreams"], "no area called 'dreams'"),
        ("pdf", None, "The format is one of"),
    ],
)
def test_bad_requests_are_explained(store, tmp_path, fmt, areas, message):
    with pytest.raises(ExportFailed, match=message):
        export(store, fmt, areas=areas, out=None, folder=tmp_path, now=NOW)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_existing_files_are_never_overwritten(store, tmp_path):
    (tmp_path / "mine.json").write_text("keep me")
    with pytest.raises(ExportFailed, match="already exists"):
        export(store, "json", areas=None, out=tmp_path / "mine.json", folder=tmp_path, now=NOW)
    assert (tmp_path / "mine.json").read_text() == "keep me"
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("")
    with pytest.raises(ExportFailed, match="not empty"):
        export(store, "markdown", areas=None, out=tmp_path / "full", folder=tmp_path, now=NOW)


def test_default_names_count_up(tmp_path):
    first = default_target(tmp_path, "json", NOW)
    first.write_text("")
    assert default_target(tmp_path, "json", NOW).name == "resilience-export-2026-11-26-2.json"
    assert default_target(tmp_path, "html", NOW) == Path(tmp_path / "resilience-export-2026-11-26")
