"""The app's one checkbox: a tick (✓) when on and a blank when off, so colour never says it alone."""

from __future__ import annotations

from textual.widgets import Checkbox

TICKED, UNTICKED = "✓", " "


class TickBox(Checkbox):
    """A `Checkbox` drawn `▐✓▌` when ticked and `▐ ▌` when not, like the app's checklists."""

    # Textual declares BUTTON_INNER a plain class attribute but only ever reads it (when
    # rendering), so a read-only property is a sound override that mypy cannot accept.
    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 (the name Checkbox reads)
        return TICKED if self.value else UNTICKED
