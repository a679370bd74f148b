"""The hard-days card through the store: whether it shows now, hiding it for a week, turning it off and on.

Reads only the check-ins of the last days (their day and mood) and two settings;
the rule itself is `domain/safety_net.py`. A `StoreError` from a failed save
passes through unchanged, for the caller to show.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from resilience_tui.domain.insights import day_bounds
from resilience_tui.domain.safety_net import LOOK_BACK, card_showing, moods_of, status_line
from resilience_tui.store.settings_keys import HARD_DAYS_CARD_OFF, HARD_DAYS_HIDDEN_ON

if TYPE_CHECKING:
    from resilience_tui.store.store import Store


def recent_moods(store: Store, now: datetime) -> list[tuple[date, int]]:
    """The day and mood of each check-in the rule looks at (a day more either side, for other time offsets)."""
    today = now.date()
    start, _ = day_bounds(today - timedelta(days=LOOK_BACK), now.tzinfo)
    _, end = day_bounds(today + timedelta(days=1), now.tzinfo)
    return moods_of(store.checkins.between(start, end))


def showing(store: Store, now: datetime) -> bool:
    """Whether Today shows the hard-days card now."""
    settings = store.settings
    return card_showing(recent_moods(store, now), now.date(), hidden_on=settings.get(HARD_DAYS_HIDDEN_ON),
                        off=settings.get(HARD_DAYS_CARD_OFF))


def status(store: Store, now: datetime) -> str | None:
    """The line `resilience status` prints about the card, or None when it is not showing."""
    settings = store.settings
    return status_line(recent_moods(store, now), now.date(), hidden_on=settings.get(HARD_DAYS_HIDDEN_ON),
                       off=settings.get(HARD_DAYS_CARD_OFF))


def hide_for_a_week(store: Store, today: date) -> None:
    store.settings.set(HARD_DAYS_HIDDEN_ON, today.isoformat())


def turn_off(store: Store) -> None:
    store.settings.set(HARD_DAYS_CARD_OFF, True)


def turn_on(store: Store) -> None:
    """The card can show again at once: turned on, and no longer hidden for the week."""
    store.settings.set(HARD_DAYS_CARD_OFF, False)
    store.settings.delete(HARD_DAYS_HIDDEN_ON)


def is_off(store: Store) -> bool:
    return store.settings.get(HARD_DAYS_CARD_OFF)
