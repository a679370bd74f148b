"""A malformed check-in draft, imported or already stored, never stops Check-in from opening."""

from __future__ import annotations

import json

from resilience_tui.export.importer import import_file
from resilience_tui.store.drafts import CHECKIN
from resilience_tui.store.store import Store
from resilience_tui.ui.checkin.screen import CheckinScreen
from tests.ui.helpers import app_on, screen_text

STAMP = "2026-11-26T10:00:00+00:00"
MALFORMED = {"mood": "x", "energy": 99, "emotions": 5, "tags": ["a"], "note": {"a": 1}, "when": 3,
             "application_id": 4, "editing_id": {"a": 1}}


async def test_check_in_opens_after_importing_a_malformed_checkin_draft(data_dir, tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": "resilience-export", "format_version": 1, "areas": {"settings": {
        "schema_version": 1, "records": [{"key": "checkin_draft", "value": MALFORMED, "updated_at": STAMP}]}}}))
    result = import_file(Store(data_dir), path)
    assert result.skipped == {"drafts": 1}
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)
        assert "New check-in" in screen_text(app)


async def test_a_stored_draft_with_some_bad_fields_keeps_the_good_ones(data_dir):
    Store(data_dir).drafts.set(CHECKIN, {**MALFORMED, "note": "the words I typed", "mood": 2})
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckinScreen)
        assert screen.query_one("#note").text == "the words I typed"
        assert screen.query_one("#mood").value == 2
        assert screen.query_one("#energy").value is None  # 99 is no energy level
        assert screen.query_one("#when").value == "now" and screen.editing is None
        await pilot.press("ctrl+s")
        await pilot.pause()
    [saved] = Store(data_dir).checkins.all()
    assert (saved.mood, saved.note, saved.emotions, saved.tags) == (2, "the words I typed", (), ())
