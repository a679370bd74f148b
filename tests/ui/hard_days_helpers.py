"""Data for the hard-days tests: a run of very low days ending at the fixed clock, and a couple of people."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from resilience_tui.domain.person import Person
from resilience_tui.store.store import Store
from tests.ui.helpers import FIXED_NOW, checkin

SAM_NOTE = "text or call, evenings"


def hard_days(folder: Path, *, days: tuple[int, ...] = (0, 1, 3), mood: int = 1) -> Store:
    """Very low check-ins on `days` days before the fixed clock (0 is today), an hour before its time of day."""
    store = Store(folder)
    for back in days:
        store.checkins.add(checkin(24 * back + 1, mood))
    return store


def people(store: Store) -> None:
    at = FIXED_NOW - timedelta(days=30)
    store.people.add(Person("[bold]Sam", SAM_NOTE, created_at=at, updated_at=at))
    later = at + timedelta(minutes=1)
    store.people.add(Person("Aunt Jo", "", created_at=later, updated_at=later))
