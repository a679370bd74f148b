"""The demo's guesses on applications: on most of the last year's that ended (so some are set beside the
rejection that followed, and one beside an offer), and on some still in progress.

It draws from its own `random.Random`, so adding it changes nothing else the demo writes.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from resilience_tui.domain.application import Application
from resilience_tui.domain.prediction import Prediction

__all__ = ["with_predictions"]

GUESS_DAYS_BEFORE = 3  # guesses are made a few days after applying
LOOK_BACK_DAYS = 500  # the last search and the one before it
RECENT_DAYS = 40  # rejections this recent always have guesses: one is still waiting to be compared


def with_predictions(applications: list[Application], today: date, seed: int) -> list[Application]:
    """The applications, with guesses on most of the last two searches' that were not withdrawn, and on every
    rejection of the last weeks."""
    rng = random.Random(seed * 7_919 + 15)
    found = []
    for application in applications:
        applied = application.applied_on
        recent = application.rejected_on is not None and (today - application.rejected_on).days <= RECENT_DAYS
        skip = rng.random() < 0.25
        if (applied is None or application.outcome == "withdrawn" or (today - applied).days > LOOK_BACK_DAYS
                or (skip and not recent and application.outcome != "offer")):
            found.append(application)
            continue
        # Chances a little gloomy, a no expected to hurt more and for longer than it tends to.
        chance = rng.choice((10, 15, 20, 25, 30, 30, 35, 40, 50, 60))
        feel = rng.choice((1, 1, 2, 2, 2, 3))
        days = rng.choice((7, 10, 14, 14, 21, 30))
        made_on = min(applied + timedelta(days=GUESS_DAYS_BEFORE), today)
        found.append(replace(application, prediction=Prediction(chance, feel, days, made_on)))
    return found
