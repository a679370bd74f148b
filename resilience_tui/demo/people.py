"""The demo's people to reach on a hard day: two, in the words someone would use for them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from resilience_tui.domain.person import Person
from resilience_tui.store.store import Store

__all__ = ["DEMO_PEOPLE", "write_people"]

DEMO_PEOPLE = (
    ("Sam", "text or call, evenings are best"),
    ("Priya", "coffee on Saturdays; she has been through this too"),
)


def write_people(store: Store, first_day: date, seed: int) -> dict[str, int]:
    """Add the demo's people, as if added early in the demo's first month (ids follow from `seed`)."""
    added = first_day + timedelta(days=20)
    people = []
    for number, (name, note) in enumerate(DEMO_PEOPLE):
        at = datetime.combine(added, time(20, 0 + number)).astimezone()
        person_id = str(uuid.UUID(int=(seed * 1_000_003 + number) % (1 << 128), version=4))
        people.append(Person(name, note, id=person_id, created_at=at, updated_at=at))
    return {"people": store.people.add_many(people)}
