"""The Insights section "predictions against reality": a Static that shows a PredictionsResult.

Built from `domain.predictions.predictions_against_reality(...)`; everything shown from the person
(application titles) goes through Content, never markup.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.predictions import PredictionsResult
from resilience_tui.domain.visible import visible
from resilience_tui.domain.worry import RESEARCH

TITLE = "Predictions against reality"


def section_content(result: PredictionsResult) -> Content:
    lines = [Content.assemble((TITLE, "bold")), Content(result.words)]
    for comparison in result.comparisons:
        lines.append(Content.assemble(("  " + visible(comparison.title) + ": ", "bold"), comparison.words))
    lines.append(Content.assemble(("Chances you gave", "bold")))
    lines += [Content(f"  {line}") for line in result.calibration.lines]
    lines.append(Content.assemble(("Worries", "bold")))
    lines.append(Content(f"  {result.worries.words}"))
    if result.worries.looked_back:
        lines.append(Content.assemble(("  " + RESEARCH, "dim")))
    return Content("\n").join(lines)


class PredictionsSection(Static):
    """Shows one PredictionsResult; `show` again redraws only when what it says changed."""

    DEFAULT_CSS = "PredictionsSection { height: auto; margin-top: 1; }"

    def show(self, result: PredictionsResult) -> None:
        content = section_content(result)
        shown = self.content
        if isinstance(shown, Content) and shown.plain == content.plain and shown.spans == content.spans:
            return
        self.update(content)
