"""Worries as a stored area and guesses on applications: saved, read back, exported and imported exactly."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from resilience_tui.domain.application import Application
from resilience_tui.domain.prediction import Prediction
from resilience_tui.domain.worry import Worry
from resilience_tui.export.importer import import_file
from resilience_tui.export.writer import export
from resilience_tui.store.store import Store

AT = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
HOSTILE = "What if [bold]nobody[/] calls\x1b[2J\u202e"
GUESS = Prediction(chance=25, feel=2, days=21, made_on=date(2026, 10, 30))


def filled(folder: Path) -> Store:
    store = Store(folder)
    store.worries.add(Worry(text=HOSTILE, look_back_on=date(2026, 11, 16), created_at=AT, updated_at=AT))
    store.worries.add(Worry(text="I will freeze", look_back_on=date(2026, 11, 1), answer="partly",
                            what_happened=HOSTILE, answered_on=date(2026, 11, 2), created_at=AT, updated_at=AT))
    store.applications.add(Application(company="Acme", role="Designer", prediction=GUESS, created_at=AT, updated_at=AT))
    return store


def test_worries_and_guesses_survive_a_fresh_read(tmp_path: Path) -> None:
    filled(tmp_path / "data")
    fresh = Store(tmp_path / "data")
    assert fresh.problems == []
    assert {w.text for w in fresh.worries.all()} == {HOSTILE, "I will freeze"}
    assert [a.prediction for a in fresh.applications.all()] == [GUESS]
    assert (tmp_path / "data" / "worries.json").stat().st_mode & 0o777 == 0o600


def test_json_export_and_import_round_trip(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    [path] = export(store, "json", areas=None, out=tmp_path / "all.json", folder=tmp_path, now=AT)
    other = Store(tmp_path / "other")
    result = import_file(other, path)
    assert result.changed
    fresh = Store(tmp_path / "other")
    assert sorted((w.text, w.answer, w.what_happened) for w in fresh.worries.all()) == sorted(
        (w.text, w.answer, w.what_happened) for w in store.worries.all())
    assert [a.prediction for a in fresh.applications.all()] == [GUESS]


def test_readable_exports_name_the_guesses_and_the_worries(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    written = export(store, "markdown", areas=None, out=tmp_path / "md", folder=tmp_path, now=AT)
    texts = {p.name: p.read_text(encoding="utf-8") for p in written}
    assert "a 25% chance of an offer; if it is a no, feeling low for about 21 days" in texts["applications.md"]
    assert "# Worries" in texts["worries.md"] and "**Did it happen**: partly" in texts["worries.md"]
