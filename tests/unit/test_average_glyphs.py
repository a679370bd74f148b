"""A day's average mood has one half step: its glyph and its words always agree."""

from __future__ import annotations

import pytest

from resilience_tui.domain.insights import glyph_for, sparkline
from resilience_tui.domain.moods import MOODS, average_words

AVERAGES = [round(1 + tenth / 10, 1) for tenth in range(41)]  # 1.0, 1.1 ... 5.0
RAMP = "▁⣀▂▃▄▅▆▇█"  # very low, between, low, between, okay, between, good, between, great


@pytest.mark.parametrize("a", AVERAGES)
@pytest.mark.parametrize("b", AVERAGES)
def test_equal_words_exactly_when_equal_glyphs(a, b):
    assert (average_words(a) == average_words(b)) == (glyph_for(a) == glyph_for(b))


def test_every_half_step_has_its_own_glyph_in_order():
    steps = [1 + half / 2 for half in range(9)]
    assert "".join(glyph_for(step) for step in steps) == RAMP
    assert len({average_words(step) for step in steps}) == 9


def test_whole_levels_keep_their_own_glyph():
    for level in MOODS:
        assert glyph_for(float(level.value)) == level.glyph
        assert average_words(float(level.value)) == level.word


@pytest.mark.parametrize(("average", "glyph", "words"), [
    (2.5, "▃", "between low and okay"),
    (2.3333, "▃", "between low and okay"),
    (2.25, "▃", "between low and okay"),
    (2.2, "▂", "low"),
    (3.5, "▅", "between okay and good"),
    (1.5, "⣀", "between very low and low"),
])
def test_halves_round_up_for_glyph_and_words_alike(average, glyph, words):
    assert glyph_for(average) == glyph
    assert average_words(average) == words


def test_the_sparkline_uses_the_same_half_steps():
    assert sparkline([2.5, None, 2.3333, 4.8]) == "▃·▃█"
