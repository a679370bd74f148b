"""Hand-built records for the Insights tests, dated against the fixed clock (26 Nov 2026, 18:30 UTC)."""

from __future__ import annotations

from resilience_tui.store.store import Store
from tests.ui.application_helpers import application, days_ago, rejection
from tests.ui.helpers import checkin, journal_entry

HEARD_BACK_DAYS_AGO = 10


def daily(store: Store, days_ago_: int, mood: int, **fields) -> None:
    """One check-in at noon `days_ago_` days before the fixed day."""
    store.checkins.add(checkin(days_ago_ * 24 + 6.5, mood, **fields))


def records(store: Store) -> None:
    """A steady month at 4, a rejection heard 10 days ago, two low days, then back at 4 from the third day on.

    Walks on eight of the good days; seven applications (LinkedIn, a referral); a win a year ago today.
    """
    for ago in range(HEARD_BACK_DAYS_AGO + 30, HEARD_BACK_DAYS_AGO, -1):
        daily(store, ago, 4, tags=("walk",) if ago % 4 == 0 else ())
    low = {HEARD_BACK_DAYS_AGO, HEARD_BACK_DAYS_AGO - 1}
    for ago in range(HEARD_BACK_DAYS_AGO, 0, -1):
        daily(store, ago, 2 if ago in low else 4, note="Long walk by the river [bold]" if ago == 1 else "")
    store.applications.add(rejection("[bold]Acme[/bold]", "Designer", days=HEARD_BACK_DAYS_AGO, source="LinkedIn"))
    for n in range(5):
        store.applications.add(application(f"Company {n}", "Designer", source="Indeed", applied_on=days_ago(30 + n)))
    store.applications.add(application("Northwind", "Designer", source="referred by Sam", stage="interview",
                                       applied_on=days_ago(20)))
    store.journal.add(journal_entry(365, "Finished the course", kind="win"))
