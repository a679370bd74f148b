"""An application's guesses beside what happened, read from the check-ins around it; and keeping new guesses."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from resilience_tui.domain.application import Application
from resilience_tui.domain.bounce_back import BASELINE_DAYS
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.prediction import FROZEN, Prediction, can_predict
from resilience_tui.domain.predictions import Comparison, compare
from resilience_tui.domain.records import ValidationError

if TYPE_CHECKING:
    from resilience_tui.store.store import Store


def comparison_for(store: Store, application: Application, now: datetime) -> Comparison | None:
    """The comparison for one application; only a rejection reads check-ins (from 30 days before hearing back)."""
    if application.prediction is None or application.outcome not in ("rejected", "offer"):
        return None
    today = now.date()
    checkins = []
    if application.is_rejection and application.rejected_on is not None and application.rejected_on <= today:
        first = application.rejected_on - timedelta(days=BASELINE_DAYS + 1)
        start = datetime.combine(first, datetime.min.time(), tzinfo=now.tzinfo)
        checkins = store.checkins.between(start, now + timedelta(days=1))
    return compare(application, day_book(checkins, now.tzinfo), today)


def keep_prediction(store: Store, application: Application, guess: Prediction) -> Application:
    """Save the guesses on an application still in progress; ValidationError once the outcome is in."""
    current = store.applications.get(application.id) or application
    if not can_predict(current.outcome):
        raise ValidationError(FROZEN, "chance")
    return store.applications.update(current.edited(prediction=guess))
