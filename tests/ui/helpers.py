"""Building apps for Pilot tests: a fixed clock and data made on the spot."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.ui.app import ResilienceApp, make_app

FIXED_NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


def fixed_clock() -> datetime:
    return FIXED_NOW


def app_on(folder: Path) -> ResilienceApp:
    return make_app(folder, clock=fixed_clock)


def checkin(hours_ago: float, mood: int, **fields) -> CheckIn:
    at = FIXED_NOW - timedelta(hours=hours_ago)
    return CheckIn(mood=mood, at=at, created_at=at, updated_at=at, **fields)


def screen_text(app) -> str:
    """Everything painted on the current screen, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def journal_entry(days_ago: float, body: str, **fields):
    """A journal entry (or win, with kind="win") dated `days_ago` before the fixed clock."""
    from resilience_tui.domain.journal import JournalEntry

    at = FIXED_NOW - timedelta(days=days_ago)
    return JournalEntry(body=body, at=at, created_at=at, updated_at=at, **fields)


def notices(app) -> list[str]:
    """The text of every notification shown so far."""
    return [str(n.message) for n in app._notifications]


def quick_autosave(monkeypatch, seconds: float = 0.05) -> None:
    """Autosave this soon after typing stops, so a test need not wait the real second."""
    from resilience_tui.ui.common.autosave import Autosave

    monkeypatch.setattr(Autosave, "delay", seconds)
