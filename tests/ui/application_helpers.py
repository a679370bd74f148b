"""Records for the Applications and Feedback tests, dated against the fixed clock."""

from __future__ import annotations

from datetime import timedelta

from resilience_tui.domain.application import Application
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.store.settings_keys import MY_NAME, PROFILE_ASKED
from tests.ui.helpers import FIXED_NOW

TODAY = FIXED_NOW.date()


def days_ago(days: int):
    return TODAY - timedelta(days=days)


def application(company: str = "Acme Health", role: str = "Product Designer", **fields) -> Application:
    base = dict(applied_on=days_ago(40), created_at=FIXED_NOW - timedelta(days=40), updated_at=FIXED_NOW - timedelta(days=40))
    base.update(fields)
    return Application(company=company, role=role, **base)


def rejection(company: str = "Acme Health", role: str = "Product Designer", days: int = 3, **fields) -> Application:
    fields.setdefault("stage", "final")
    fields.setdefault("contact_name", "Zoë Müller")
    fields.setdefault("contact_email", "zoe@acme.example")
    return application(company, role, outcome="rejected", rejected_on=days_ago(days), **fields)


def request(app: Application | None = None, **fields) -> FeedbackRequest:
    base = dict(application_id=app.id if app else None, subject="Feedback on my application",
                body="Thank you. What is one thing I could do better?", created_at=FIXED_NOW - timedelta(days=2),
                updated_at=FIXED_NOW - timedelta(days=2))
    base.update(fields)
    return FeedbackRequest(**base)


def with_profile(store, name: str = "Alex Morgan") -> None:
    store.settings.set(MY_NAME, name)
    store.settings.set(PROFILE_ASKED, True)
