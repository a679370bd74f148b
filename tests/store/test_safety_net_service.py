"""The hard-days card through the store: whether it shows now, and the line `resilience status` prints."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.safety_net import STATUS_LINE
from resilience_tui.services.safety_net import hide_for_a_week, recent_moods, showing, status, turn_off, turn_on
from resilience_tui.store.store import Store

NOW = datetime(2027, 1, 2, 18, 0, tzinfo=timezone.utc)


def checkin(days_ago: int, mood: int, hour: int = 9) -> CheckIn:
    at = (NOW - timedelta(days=days_ago)).replace(hour=hour)
    return CheckIn(mood=mood, at=at, note="never read", created_at=at, updated_at=at)


def test_status_is_one_line_while_the_card_shows_and_none_otherwise(tmp_path):
    store = Store(tmp_path / "d")
    assert status(store, NOW) is None and not showing(store, NOW)
    for back in (0, 2, 4):  # across the year's end: 2 Jan, 31 Dec, 29 Dec
        store.checkins.add(checkin(back, 1))
    store = Store(tmp_path / "d")
    assert showing(store, NOW) and status(store, NOW) == STATUS_LINE
    hide_for_a_week(store, NOW.date())
    assert status(store, NOW) is None
    assert status(store, NOW + timedelta(days=7)) is None  # the old check-ins are out of the five days by then
    turn_on(store)
    assert status(store, NOW) == STATUS_LINE
    turn_off(store)
    assert status(Store(tmp_path / "d"), NOW) is None


def test_only_the_days_the_rule_needs_are_read(tmp_path):
    store = Store(tmp_path / "d")
    store.checkins.add(checkin(40, 1))
    store.checkins.add(checkin(9, 2))
    store.checkins.add(checkin(0, 3, hour=17))
    days = sorted(day for day, _ in recent_moods(store, NOW))
    assert days == [(NOW - timedelta(days=9)).date(), NOW.date()]
