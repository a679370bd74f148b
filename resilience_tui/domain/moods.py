"""Mood and energy levels: a number, a word, a glyph and a colour for each.

Colour never carries meaning alone (DESIGN.md, "Kind"), so every level has a
word and a distinct single-cell glyph as well. The colours are muted mid-tones
(relative luminance about 0.17), so each keeps a contrast of at least 3:1 on
both the default dark (#121212) and light (#E0E0E0) Textual backgrounds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from resilience_tui.domain.mood_scale import ENERGY_ROWS, MOOD_ROWS

__all__ = [
    "Level",
    "MOODS",
    "ENERGIES",
    "mood",
    "energy",
    "average_words",
    "average_glyph",
    "average_level",
    "half_steps",
    "BETWEEN_GLYPHS",
]


@dataclass(frozen=True)
class Level:
    """One step on a 1-5 scale."""

    value: int
    word: str
    glyph: str
    colour: str


MOODS: tuple[Level, ...] = tuple(Level(*row) for row in MOOD_ROWS)
ENERGIES: tuple[Level, ...] = tuple(Level(*row) for row in ENERGY_ROWS)


def _pick(levels: tuple[Level, ...], value: int, message: str) -> Level:
    # bool is an int in Python; True is not a mood.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(message)
    if not 1 <= value <= len(levels):
        raise ValueError(message)
    return levels[value - 1]


def mood(value: int) -> Level:
    """The mood level for 1..5, or ValueError with a plain message."""
    return _pick(MOODS, value, "Mood is a number from 1 (very low) to 5 (great).")


def energy(value: int) -> Level:
    """The energy level for 1..5, or ValueError with a plain message."""
    return _pick(
        ENERGIES, value, "Energy is a number from 1 (drained) to 5 (buzzing)."
    )


# The glyphs of the points between two levels, in order: between very low and low, low and
# okay, okay and good, good and great. Each sits between its two levels' glyphs on the ramp;
# no block is shorter than "▂" and taller than "▁", so that point is a dotted low bar.
BETWEEN_GLYPHS: tuple[str, ...] = ("⣀", "▃", "▅", "▇")


def half_steps(avg: float) -> int:
    """An average mood on the scale of half steps: 2 (very low), 3 (between very low and low) ... 10 (great).

    Halves round up (3.25 -> 7, between okay and good); values outside 1..5 are
    treated as the nearest end of the scale. The words, the glyph and the colour
    of an average all come from this one value.
    """
    if isinstance(avg, bool) or not isinstance(avg, (int, float)) or math.isnan(avg):
        raise ValueError("An average mood is a number from 1 to 5.")
    clamped = min(5.0, max(1.0, float(avg)))
    # floor(x + 0.5) rounds halves up; round() would round them to even.
    return math.floor(clamped * 2 + 0.5)


def average_words(avg: float) -> str:
    """Say an average mood in words, to the nearest half step.

    3.2 -> "okay", 3.7 -> "between okay and good", 1.2 -> "very low".
    """
    halves = half_steps(avg)
    if halves % 2 == 0:
        return MOODS[halves // 2 - 1].word
    lower = MOODS[halves // 2 - 1].word
    upper = MOODS[halves // 2].word
    return f"between {lower} and {upper}"


def average_glyph(avg: float) -> str:
    """The glyph of an average mood, from the same half step as its words."""
    halves = half_steps(avg)
    if halves % 2 == 0:
        return MOODS[halves // 2 - 1].glyph
    return BETWEEN_GLYPHS[halves // 2 - 1]


def average_level(avg: float) -> Level:
    """The level an average has reached: its own, or the lower one when it is between two."""
    return MOODS[half_steps(avg) // 2 - 1]
