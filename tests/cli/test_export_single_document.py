"""`resilience export --out report.md` (or .html): one document with every area in it."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.application import Application
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin

AT = datetime(2026, 11, 2, 21, 0, tzinfo=timezone.utc)


@pytest.fixture
def out_dir(tmp_path):
    """A folder of its own for the exports (the data folder is in tmp_path too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def filled(data_dir) -> Store:
    store = Store(data_dir)
    store.checkins.add(make_checkin(1, note="slept well"))
    store.journal.add(JournalEntry(body="# A win\nkept", at=AT, kind="win", created_at=AT, updated_at=AT))
    store.applications.add(Application(company="Acme Health", role="Designer", applied_on=date(2026, 10, 1),
                                       stage="final", created_at=AT, updated_at=AT))
    return store


def test_markdown_into_one_file_with_every_area_in_order(filled, out_dir, capsys):
    report = out_dir / "report.md"
    assert main(["export", "--format", "markdown", "--out", str(report)]) == 0
    assert list(out_dir.iterdir()) == [report]
    assert report.stat().st_mode & 0o777 == 0o600
    text = report.read_text()
    headings = [line for line in text.splitlines() if line.startswith("# ")]
    assert headings == ["# Check-ins", "# Journal", "# Goals", "# Applications", "# Feedback", "# Reflections", "# My people",
                        "# Worries"]
    assert "slept well" in text and "kept" in text and "- **How far it got**: final round" in text
    assert capsys.readouterr().out.startswith(f"Exported to {report} (1 file, readable by you only)")


def test_html_into_one_page(filled, out_dir):
    report = out_dir / "report.html"
    assert main(["export", "--format", "html", "--area", "journal", "--area", "checkins", "--out", str(report)]) == 0
    assert list(out_dir.iterdir()) == [report]
    page = report.read_text()
    assert page.count("<!DOCTYPE html>") == 1 and page.count("</html>") == 1
    assert page.index("<h1>Check-ins</h1>") < page.index("<h1>Journal</h1>")
    assert "slept well" in page and "kept" in page


@pytest.mark.parametrize("fmt, name", [("html", "x.md"), ("markdown", "x.html"), ("markdown", "x.json"),
                                       ("json", "x.md")])
def test_a_suffix_that_does_not_match_the_format_is_bad_usage(filled, out_dir, capsys, fmt, name):
    assert main(["export", "--format", fmt, "--out", str(out_dir / name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("resilience export: ")
    assert name in err and fmt in err
    assert list(out_dir.iterdir()) == []


def test_a_path_without_a_suffix_is_still_a_folder(filled, out_dir):
    assert main(["export", "--format", "markdown", "--area", "journal", "--area", "checkins",
                 "--out", str(out_dir / "notes")]) == 0
    assert sorted(p.name for p in (out_dir / "notes").iterdir()) == ["checkins.md", "journal.md"]


def test_the_app_export_still_makes_a_folder(filled, out_dir):
    from resilience_tui.export.writer import export

    written = export(filled, "markdown", areas=None, out=None, folder=out_dir, now=AT)
    assert len(written) == 8 and {path.parent for path in written} == {out_dir / "resilience-export-2026-11-02"}
