"""Working days: a follow-up is due a set number of business days (Monday to Friday) after sending."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_tui.domain.feedback import FeedbackRequest

DEFAULT_FOLLOW_UP_DAYS = 5
MAX_FOLLOW_UP_DAYS = 30


def add_business_days(start: date, days: int) -> date:
    """The day `days` working days after `start`; weekends are skipped (public holidays are not known)."""
    if days < 0:
        raise ValueError("days must be zero or more")
    current = start
    left = days
    while left:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def follow_up_days(value: object) -> int:
    """The setting as a usable number: the default for anything missing or odd."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_FOLLOW_UP_DAYS:
        return value
    return DEFAULT_FOLLOW_UP_DAYS


def follow_up_due(request: FeedbackRequest, days: int) -> date | None:
    """When a follow-up is due for a sent request still waiting for a reply; None otherwise."""
    if request.status != "sent" or request.sent_on is None:
        return None
    return add_business_days(request.sent_on, days)


def due_follow_ups(requests: Iterable[FeedbackRequest], today: date, days: int) -> list[tuple[FeedbackRequest, date]]:
    """(request, due day) for every request waiting past its follow-up day with no follow-up written yet."""
    requests = list(requests)
    followed = {r.follow_up_of for r in requests if r.follow_up_of}
    found: list[tuple[FeedbackRequest, date]] = []
    for request in requests:
        due = follow_up_due(request, days)
        if due is not None and due <= today and request.id not in followed:
            found.append((request, due))
    return sorted(found, key=lambda item: item[1])
