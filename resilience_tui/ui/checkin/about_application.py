"""The applications a check-in can be about, for the Check-in screen's chooser."""

from __future__ import annotations

from datetime import date

from textual.content import Content

from resilience_tui.services.applications import newest_first
from resilience_tui.ui.common.application_text import application_label

RECENT = 25


def application_options(store, today: date, chosen: str | None = None) -> list[tuple[Content, str]]:
    """(label, id) for the most recent applications, and the chosen one even if it is older."""
    applications = newest_first(store.applications.all())
    shown = applications[:RECENT]
    if chosen and all(a.id != chosen for a in shown):
        shown += [a for a in applications if a.id == chosen]
    return [(application_label(a, today), a.id) for a in shown]
