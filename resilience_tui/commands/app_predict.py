"""`resilience app predict APP --chance N --feel N --days N`: guesses kept on an application in progress.

Each guess is optional; one given replaces the one before, the others stay. Once the outcome is in,
the guesses are kept as they were (so they can be set beside what happened) and nothing changes.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK
from resilience_tui.commands.app_text import one_line, usage_error

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context
    from resilience_tui.domain.application import Application


def predict(context: Context, found: Application, now: datetime) -> int:
    from resilience_tui.domain.prediction import check, frozen_words, read_number
    from resilience_tui.domain.records import ValidationError

    args = context.args
    try:
        chance = read_number(args.chance, 0, 100, "--chance (how likely an offer seems, in percent)", "chance") \
            if args.chance is not None else None
        feel = read_number(args.feel, 1, 5, "--feel (1 very low, 5 great)", "feel") if args.feel is not None else None
        days = read_number(args.days, 0, 365, "--days", "days") if args.days is not None else None
    except ValidationError as error:
        return usage_error(error.message)
    if found.outcome != "in_progress":
        kept = f" Your guesses were: {found.prediction.words}." if found.prediction else ""
        print(f"{one_line(found.title)} is already {found.outcome_words}. "
              f"{frozen_words(found.prediction is not None)}{kept}")
        return EXIT_FAILED
    before = found.prediction
    try:
        guess = check(chance if chance is not None else (before.chance if before else None),
                      feel if feel is not None else (before.feel if before else None),
                      days if days is not None else (before.days if before else None), now.date())
    except ValidationError as error:
        return usage_error(error.message)
    saved = context.store.applications.update(found.edited(prediction=guess))
    context.report_problems()
    words = saved.prediction.words if saved.prediction else guess.words
    print(f"Kept for {one_line(saved.title)}: {words}. When the outcome is in, you can see how it compares.")
    return EXIT_OK
