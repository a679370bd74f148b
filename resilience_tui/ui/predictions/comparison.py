"""The guesses part of an application's detail: the guesses while it is in progress, then how they compare."""

from __future__ import annotations

from textual.content import Content

from resilience_tui.domain.application import Application
from resilience_tui.domain.predictions import Comparison


def prediction_content(application: Application, comparison: Comparison | None) -> Content | None:
    """None when there are no guesses (nothing is shown)."""
    guess = application.prediction
    if guess is None or guess.empty:
        return None
    if application.outcome == "in_progress":
        return Content.assemble(("Your guesses: ", "bold"), guess.words, ".", ("  p changes them", "dim"))
    lines = [Content.assemble(("Your guesses: ", "bold"), guess.words, ".")]
    if comparison is not None:
        lines += [Content(f"  {line}") for line in comparison.lines]
    else:
        lines.append(Content("  Kept as they were. There is no outcome to set them beside."))
    return Content("\n").join(lines)
