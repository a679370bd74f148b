"""Export and import report their progress area by area and can be cancelled between areas."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.export import Cancelled
from resilience_tui.export.importer import import_file
from resilience_tui.export.jrnl import import_jrnl
from resilience_tui.export.writer import export
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


def filled(folder: Path) -> Store:
    store = Store(folder)
    store.checkins.add(make_checkin(1))
    store.journal.add(JournalEntry(body="A day.", at=NOW, created_at=NOW, updated_at=NOW))
    store.settings.set("theme", "nord")
    return store


def cancel_at(step_name: str, seen: list[tuple[str, int, int]]):
    """A progress callback that records each step, and a cancel check true once `step_name` was reached."""
    def progress(step: str, done: int, total: int) -> None:
        seen.append((step, done, total))

    def cancelled() -> bool:
        return any(step == step_name for step, _, _ in seen)

    return progress, cancelled


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_progress_names_each_area_in_order(tmp_path: Path, fmt: str) -> None:
    store = filled(tmp_path / "data")
    seen: list[tuple[str, int, int]] = []
    written = export(store, fmt, areas=None, out=None, folder=tmp_path / "out", now=NOW,
                     progress=lambda *step: seen.append(step))
    assert written
    steps = [step for step, _, _ in seen]
    assert "Writing Check-ins" in steps and "Writing Journal" in steps
    assert [done for _, done, _ in seen] == list(range(len(seen)))  # one area finished before the next starts
    assert {total for _, _, total in seen} == {len(seen)}


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_a_cancelled_export_leaves_no_file(tmp_path: Path, fmt: str) -> None:
    store = filled(tmp_path / "data")
    seen: list[tuple[str, int, int]] = []
    progress, cancelled = cancel_at("Writing Journal", seen)
    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        export(store, fmt, areas=None, out=None, folder=out, now=NOW, progress=progress, cancelled=cancelled)
    assert not out.exists() or list(out.iterdir()) == []
    assert [step for step, _, _ in seen][-1] == "Writing Journal"  # stopped before the area after it


def test_a_cancelled_import_says_which_areas_landed(tmp_path: Path) -> None:
    source = filled(tmp_path / "source")
    [exported] = export(source, "json", areas=None, out=tmp_path / "all.json", folder=tmp_path, now=NOW)
    target = Store(tmp_path / "target")
    seen: list[tuple[str, int, int]] = []
    progress, cancelled = cancel_at("Adding Check-ins", seen)  # cancelled while the check-ins were being added
    result = import_file(target, exported, progress=progress, cancelled=cancelled)
    assert result.cancelled
    assert result.landed == ["settings", "checkins"]  # the order of the export (store/schema.py AREAS)
    assert result.not_imported[0] == "journal" and "checkins" not in result.not_imported
    fresh = Store(tmp_path / "target")
    assert fresh.checkins.count() == 1 and fresh.journal.count() == 0
    assert fresh.settings.get("theme") == "nord"
    text = result.cancelled_summary()
    assert "imported in full: Settings, Check-ins" in text and "Not imported: Journal" in text
    # importing again, not cancelled, brings the rest and doubles nothing
    again = import_file(fresh, exported)
    assert not again.cancelled and again.added.get("checkins") == 0 and again.added["journal"] == 1


def test_an_import_cancelled_while_reading_changes_nothing(tmp_path: Path) -> None:
    source = filled(tmp_path / "source")
    [exported] = export(source, "json", areas=None, out=tmp_path / "all.json", folder=tmp_path, now=NOW)
    seen: list[tuple[str, int, int]] = []
    progress, cancelled = cancel_at("Reading Journal", seen)
    with pytest.raises(Cancelled):
        import_file(Store(tmp_path / "target"), exported, progress=progress, cancelled=cancelled)
    assert Store(tmp_path / "target").checkins.count() == 0


def test_a_jrnl_import_cancelled_before_writing_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"tags": {}, "entries": [{"title": "Hi.", "body": "", "date": "2026-01-02",
                                                          "time": "10:00", "tags": [], "starred": False}]}))
    seen: list[tuple[str, int, int]] = []
    progress, cancelled = cancel_at("Reading the jrnl entries", seen)  # cancelled while reading
    with pytest.raises(Cancelled):
        import_jrnl(Store(tmp_path / "data"), path, progress=progress, cancelled=cancelled)
    assert Store(tmp_path / "data").journal.count() == 0
