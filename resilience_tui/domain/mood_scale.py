"""The two 1-5 scales as plain rows (value, word, glyph, colour), importable without dataclasses.

`domain/moods.py` makes its levels from them; the quick commands (quick/) read the words here.
"""

from __future__ import annotations

# A block ramp: the bar grows with the mood, so the glyph alone tells the story.
MOOD_ROWS = (
    (1, "very low", "▁", "#7a65b9"),
    (2, "low", "▂", "#3974ba"),
    (3, "okay", "▄", "#3c7c7a"),
    (4, "good", "▆", "#5a7c42"),
    (5, "great", "█", "#946b24"),
)

# A filling circle for energy, so it never looks like a mood.
ENERGY_ROWS = (
    (1, "drained", "○", "#746e93"),
    (2, "tired", "◔", "#55749f"),
    (3, "steady", "◑", "#477d6e"),
    (4, "lively", "◕", "#8b6e2d"),
    (5, "buzzing", "●", "#b35a33"),
)
