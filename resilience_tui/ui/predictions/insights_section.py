"""The Insights section "predictions against reality", as the screen shows it under its title.

Built from `domain.predictions.predictions_against_reality(...)`; everything shown from the person
(application titles) goes through Content, never markup.
"""

from __future__ import annotations

from textual.content import Content

from resilience_tui.domain.predictions import PredictionsResult
from resilience_tui.domain.visible import visible
from resilience_tui.domain.worry import RESEARCH

TITLE = "Predictions against reality"


def section_body(result: PredictionsResult) -> Content:
    """The section without its title: the sentence, each comparison, the chances given, the worries."""
    lines = [Content(result.words)]
    for comparison in result.comparisons:
        lines.append(Content.assemble(("  " + visible(comparison.title) + ": ", "bold"), comparison.words))
    lines.append(Content.assemble(("Chances you gave", "bold")))
    lines += [Content(f"  {line}") for line in result.calibration.lines]
    lines.append(Content.assemble(("Worries", "bold")))
    lines.append(Content(f"  {result.worries.words}"))
    if result.worries.looked_back:
        lines.append(Content.assemble(("  " + RESEARCH, "dim")))
    return Content("\n").join(lines)
