"""First aid through the store: its line on a rejection's path, a finished break, a kept sprint."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from resilience_tui.domain.application import Application
from resilience_tui.domain.first_aid import (
    SPRINT_TAG,
    SPRINT_TITLE,
    BreakMark,
    FirstAidStep,
    first_aid_days,
    first_aid_rejections,
    first_aid_step,
    read_marks,
    with_mark,
)
from resilience_tui.domain.journal import JournalEntry, validate
from resilience_tui.store.settings_keys import FIRST_AID_BREAKS

if TYPE_CHECKING:
    from resilience_tui.store.store import Store


def first_aid_for(store: Store, application: Application, now: datetime,
                  entries: Iterable[object] | None = None) -> FirstAidStep:
    """First aid's line on a rejection's path. `entries`: journal entries from the news on, if already read."""
    if entries is None:
        entries = []
        if application.rejected_on is not None:
            first, last = first_aid_days(application.rejected_on)
            start = datetime.combine(first, time.min).replace(tzinfo=now.tzinfo)
            end = datetime.combine(last + timedelta(days=1), time.min).replace(tzinfo=now.tzinfo)
            entries = store.journal.between(start, end)
    return first_aid_step(application, now.date(), entries=entries,
                          marks=read_marks(store.settings.get(FIRST_AID_BREAKS)))


def record_break(store: Store, application_id: str | None, now: datetime) -> None:
    """Remember that a self-compassion break was finished today (a date and an id; no words)."""
    store.settings.set(FIRST_AID_BREAKS, with_mark(store.settings.get(FIRST_AID_BREAKS),
                                                   BreakMark(now.date(), application_id)))


def sprint_entry(text: str, now: datetime) -> JournalEntry:
    """The journal entry a kept sprint becomes: its text as written, titled and tagged."""
    return validate(JournalEntry(body=text, at=now, title=SPRINT_TITLE, tags=(SPRINT_TAG,), created_at=now,
                                 updated_at=now), now)


def keep_sprint(store: Store, text: str, now: datetime) -> JournalEntry:
    return store.journal.add(sprint_entry(text, now))


def rejection_to_help(store: Store, now: datetime, application_id: str | None = None) -> Application | None:
    """The rejection first aid is about: the one named, else the newest within its four days, else None."""
    applications = store.applications.all()
    if application_id is not None:
        named = next((a for a in applications if a.id == application_id), None)
        if named is not None and named.is_rejection:
            return named
    near = first_aid_rejections(applications, now.date())
    return near[0] if near else None
