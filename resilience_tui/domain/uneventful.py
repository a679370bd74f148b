"""An uneventful day, in one key: an "okay" check-in tagged `uneventful`.

Steady, not streaks: a day with nothing to report is worth recording too, and it counts
like any other check-in.
"""

from __future__ import annotations

from datetime import datetime

from resilience_tui.domain.checkin import CheckIn, validate

UNEVENTFUL_TAG = "uneventful"
OKAY = 3  # "okay" on the mood scale (domain/moods.py)


def uneventful_checkin(now: datetime) -> CheckIn:
    """An "okay" check-in at `now`, tagged uneventful."""
    return validate(CheckIn(mood=OKAY, at=now, tags=(UNEVENTFUL_TAG,), created_at=now, updated_at=now), now)
